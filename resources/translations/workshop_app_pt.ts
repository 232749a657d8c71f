<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
    <context>
        <name>AcknowledgeWidget</name>
        <message>
            <location filename="../../workshop_app/ui/question_widgets.py" line="+223" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>AddLanguageDialog</name>
        <message>
            <location filename="../../workshop_app/ui/survey_languages.py" line="+44" />
            <source>Add language</source>
            <translation>Adicionar língua</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Which language should the survey also be in? Pick one or type its name and code, for example “Tetum (tet)”.</source>
            <translation>Em que outra língua deve estar o questionário? Escolha uma ou escreva o nome e o código, por exemplo “Tétum (tet)”.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>Language</source>
            <translation>Língua</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Add</source>
            <translation>Adicionar</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Type a name with a short code in brackets, such as “Tetum (tet)”.</source>
            <translation>Escreva um nome com um código curto entre parênteses, como “Tétum (tet)”.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The survey is already in that language.</source>
            <translation>O questionário já está nessa língua.</translation>
        </message>
    </context>
    <context>
        <name>AgendaView</name>
        <message>
            <location filename="../../workshop_app/ui/agenda_view.py" line="+96" />
            <source>No activities yet. Use “Add activity” to plan a brainstorm, a dot vote or a survey.</source>
            <translation>Ainda não há atividades. Use “Adicionar atividade” para planear uma chuva de ideias, uma votação por pontos ou um questionário.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Agenda</source>
            <translation>Programa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The activities of the workshop, in order. Double-click to edit.</source>
            <translation>As atividades do workshop, por ordem. Faça duplo clique para editar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A&amp;genda</source>
            <translation>&amp;Programa</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Total time of the agenda</source>
            <translation>Duração total do programa</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Add activity</source>
            <translation>&amp;Adicionar atividade</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add activity</source>
            <translation>Adicionar atividade</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Remove</source>
            <translation>&amp;Remover</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remove activity</source>
            <translation>Remover atividade</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move activity up</source>
            <translation>Mover atividade para cima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move activity down</source>
            <translation>Mover atividade para baixo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected activity (Delete)</source>
            <translation>Remover a atividade selecionada (Delete)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the selected activity earlier (Alt+Up)</source>
            <translation>Passar a atividade selecionada para mais cedo (Alt+Cima)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the selected activity later (Alt+Down)</source>
            <translation>Passar a atividade selecionada para mais tarde (Alt+Baixo)</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Total: {duration} (ends about {time})</source>
            <translation>Total: {duration} (termina por volta das {time})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Total: {duration}</source>
            <translation>Total: {duration}</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Add {activity}</source>
            <translation>Adicionar {activity}</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Change activity title</source>
            <translation>Alterar o título da atividade</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change activity time</source>
            <translation>Alterar a duração da atividade</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change dots per person</source>
            <translation>Alterar os pontos por pessoa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the survey</source>
            <translation>Escolher o questionário</translation>
        </message>
        <message>
            <location line="+27" />
            <source>{title} (version {version})</source>
            <translation>{title} (versão {version})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No survey chosen yet</source>
            <translation>Ainda não foi escolhido nenhum questionário</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New from template: {title}</source>
            <translation>Novo a partir de modelo: {title}</translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <location filename="../../workshop_app/ui/board_view.py" line="+42" />
            <location line="+8" />
            <source>Brainstorm board</source>
            <translation>Quadro da chuva de ideias</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Drag notes between clusters; right-click a note for its menu; F2 edits the selected note, Delete removes it.</source>
            <translation>Arraste as notas entre grupos; clique com o botão direito numa nota para abrir o menu; F2 edita a nota selecionada e Delete elimina-a.</translation>
        </message>
    </context>
    <context>
        <name>BrainstormPanel</name>
        <message>
            <location filename="../../workshop_app/ui/brainstorm_panel.py" line="+48" />
            <source>Yellow</source>
            <translation>Amarelo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pink</source>
            <translation>Cor-de-rosa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Blue</source>
            <translation>Azul</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Green</source>
            <translation>Verde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orange</source>
            <translation>Laranja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purple</source>
            <translation>Roxo</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Type an idea from the room and press Enter</source>
            <translation>Escreva uma ideia dita na sala e prima Enter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New sticky note</source>
            <translation>Nova nota adesiva</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Put new notes into</source>
            <translation>Colocar as novas notas em</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where new notes go</source>
            <translation>Onde ficam as novas notas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add note</source>
            <translation>Adicionar nota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the typed note</source>
            <translation>Adicionar a nota escrita</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add &amp;cluster…</source>
            <translation>Adicionar &amp;grupo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a cluster</source>
            <translation>Adicionar um grupo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A new titled column to group notes in</source>
            <translation>Uma nova coluna com título para agrupar notas</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Drag notes into clusters (Ctrl+click picks several) · double-click or F2 edits · right-click to colour, move or delete · Ctrl+Z undoes</source>
            <translation>Arraste as notas para os grupos (Ctrl+clique seleciona várias) · duplo clique ou F2 edita · botão direito para mudar a cor, mover ou eliminar · Ctrl+Z anula</translation>
        </message>
        <message>
            <location line="+5" />
            <source>into</source>
            <translation>em</translation>
        </message>
        <message>
            <location line="+48" />
            <location line="+115" />
            <source>New ideas</source>
            <translation>Novas ideias</translation>
        </message>
        <message>
            <location line="-113" />
            <location line="+115" />
            <source>Unnamed group</source>
            <translation>Grupo sem nome</translation>
        </message>
        <message>
            <location line="-91" />
            <source>Edit note</source>
            <translation>Editar nota</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Text of the note:</source>
            <translation>Texto da nota:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Colour notes</source>
            <translation>Cor das notas</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Add cluster</source>
            <translation>Adicionar grupo</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+13" />
            <source>Name of the cluster:</source>
            <translation>Nome do grupo:</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Cluster {number}</source>
            <translation>Grupo {number}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Rename cluster</source>
            <translation>Mudar o nome do grupo</translation>
        </message>
        <message>
            <location line="+21" />
            <source>&amp;Edit text…</source>
            <translation>&amp;Editar texto…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Colour</source>
            <translation>&amp;Cor</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Move to</source>
            <translation>&amp;Mover para</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Delete</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Rename…</source>
            <translation>Mudar o &amp;nome…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;left</source>
            <translation>Mover para a &amp;esquerda</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Move &amp;right</source>
            <translation>Mover para a &amp;direita</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Delete cluster (keep its notes)</source>
            <translation>&amp;Eliminar grupo (manter as notas)</translation>
        </message>
    </context>
    <context>
        <name>CheckinForm</name>
        <message>
            <location filename="../../workshop_app/ui/checkin_form.py" line="+49" />
            <source>Register someone new</source>
            <translation>Inscrever uma pessoa nova</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Everything is optional except the consent. Press Enter to register.</source>
            <translation>Tudo é opcional exceto o consentimento. Prima Enter para inscrever.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name (optional, personal data)</source>
            <translation>Nome (opcional, dados pessoais)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name — optional</source>
            <translation>Nome — opcional</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or e-mail (optional, personal data)</source>
            <translation>Telefone ou e-mail (opcional, dados pessoais)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or e-mail — optional</source>
            <translation>Telefone ou e-mail — opcional</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Takes part (needed to answer surveys)</source>
            <translation>&amp;Participa (necessário para responder a questionários)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May be &amp;contacted again</source>
            <translation>Aceita novos &amp;contactos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agrees to appear in &amp;photos</source>
            <translation>Aceita aparecer em &amp;fotografias</translation>
        </message>
        <message>
            <location line="+12" />
            <source>About them (optional profile questions)</source>
            <translation>Sobre a pessoa (perguntas de perfil opcionais)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the optional profile questions</source>
            <translation>Mostrar as perguntas de perfil opcionais</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Register  ⏎</source>
            <translation>Inscrever  ⏎</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Register</source>
            <translation>Inscrever</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Register and check in (Enter)</source>
            <translation>Inscrever e marcar presença (Enter)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or &amp;e-mail</source>
            <translation>Telefone ou &amp;e-mail</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Consent:</source>
            <translation>Consentimento:</translation>
        </message>
    </context>
    <context>
        <name>CheckinListDialog</name>
        <message>
            <location filename="../../workshop_app/ui/run_checkin.py" line="+48" />
            <source>Checked in</source>
            <translation>Presentes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Checked in: {count}</source>
            <translation>Presentes: {count}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>People checked in</source>
            <translation>Pessoas presentes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{code} — {time}</source>
            <translation>{code} — {time}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Register people and record their consent in Participants › Check-in.</source>
            <translation>Inscreva as pessoas e registe o seu consentimento em Participantes › Presenças.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
    </context>
    <context>
        <name>CheckinView</name>
        <message>
            <location filename="../../workshop_app/ui/checkin_view.py" line="+63" />
            <source>Workshop people are checked in to</source>
            <translation>Workshop onde se marcam as presenças</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Change who is recording</source>
            <translation>Mudar quem está a registar</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Check in someone already registered</source>
            <translation>Marcar a presença de alguém que já tem inscrição</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Already registered? Type their code (or just the number) and press Enter</source>
            <translation>Já tem inscrição? Escreva o código (ou só o número) e prima Enter</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Checked-in participants</source>
            <translation>Participantes presentes</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Remove check-in</source>
            <translation>Remover presença</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected check-in</source>
            <translation>Remover a presença selecionada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checked in by mistake? Take it back (you can undo this)</source>
            <translation>Presença marcada por engano? Remova-a (pode anular esta ação)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Checking in to</source>
            <translation>Presenças em</translation>
        </message>
        <message>
            <location line="+49" />
            <source>{title} — {when} ({status})</source>
            <translation>{title} — {when} ({status})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no date</source>
            <translation>sem data</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No workshop — register only</source>
            <translation>Nenhum workshop — só inscrever</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Recording as {name}</source>
            <translation>A registar como {name}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who is recording? Set it</source>
            <translation>Quem está a registar? Indique aqui</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consent is recorded in this name; click to change it</source>
            <translation>O consentimento fica registado com este nome; clique para o mudar</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Matching participants</source>
            <translation>Participantes correspondentes</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Checked in: %n</source>
            <translation>
                <numerusform>Presenças: %n</numerusform>
                <numerusform>Presenças: %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a workshop to see who is checked in</source>
            <translation>Escolha um workshop para ver quem está presente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No workshops yet: people are registered without a check-in</source>
            <translation>Ainda não há workshops: as pessoas são inscritas sem marcar presença</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No one yet. Register the first person above.</source>
            <translation>Ainda não há ninguém. Inscreva a primeira pessoa acima.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No one matches. Register them above as someone new.</source>
            <translation>Ninguém corresponde. Inscreva a pessoa acima como nova.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Consent must say who recorded it: enter your name to register.</source>
            <translation>O consentimento tem de indicar quem o registou: escreva o seu nome para inscrever.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Choose the workshop to check people in to.</source>
            <translation>Escolha o workshop em que quer marcar presenças.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No single participant has the code “{text}”. Type the whole code, or double-click them in the list.</source>
            <translation>O código “{text}” não corresponde a uma única pessoa. Escreva o código completo ou faça duplo clique na pessoa na lista.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>{code} is not checked in to this workshop.</source>
            <translation>{code} não tem presença marcada neste workshop.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>— write this on the name badge.</source>
            <translation>— escreva este código no crachá.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>— checked in. Welcome back!</source>
            <translation>— presença marcada. Bom regresso!</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <location filename="../../workshop_app/ui/question_choices.py" line="+125" />
            <source>Choice list</source>
            <translation>Lista de opções</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions can share a list of choices</source>
            <translation>Várias perguntas podem partilhar uma lista de opções</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New list</source>
            <translation>Nova lista</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New choice list for this question</source>
            <translation>Nova lista de opções para esta pergunta</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choices</source>
            <translation>Opções</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+1" />
            <location line="+122" />
            <source>Add choice</source>
            <translation>Adicionar opção</translation>
        </message>
        <message>
            <location line="-120" />
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+132" />
            <source>Remove choice</source>
            <translation>Remover opção</translation>
        </message>
        <message>
            <location line="-128" />
            <source>Move choice up</source>
            <translation>Mover opção para cima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move choice down</source>
            <translation>Mover opção para baixo</translation>
        </message>
        <message>
            <location line="+46" />
            <source>{list} ({example}, …)</source>
            <translation>{list} ({example}, …)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>One other question uses this list too; changes apply to both.</source>
            <translation>Há outra pergunta que também usa esta lista; as alterações aplicam-se às duas.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n other questions use this list too; changes apply to all.</source>
            <translation>
                <numerusform>Há %n outra pergunta que também usa esta lista; as alterações aplicam-se a todas.</numerusform>
                <numerusform>Há %n outras perguntas que também usam esta lista; as alterações aplicam-se a todas.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+11" />
            <source>Change choice list</source>
            <translation>Alterar a lista de opções</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Option 1</source>
            <translation>Opção 1</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>New choice list</source>
            <translation>Nova lista de opções</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Option {number}</source>
            <translation>Opção {number}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Move choice</source>
            <translation>Mover opção</translation>
        </message>
    </context>
    <context>
        <name>ChoiceTableModel</name>
        <message>
            <location filename="../../workshop_app/ui/profile_editor_model.py" line="+113" />
            <location filename="../../workshop_app/ui/question_choices.py" line="-228" />
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <location line="+24" />
            <source>(missing)</source>
            <translation>(em falta)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Every question keeps “Prefer not to say”; it can be renamed, not deleted.</source>
            <translation>Todas as perguntas mantêm “Prefiro não responder”; pode mudar-lhe o nome, mas não eliminá-la.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/question_choices.py" line="+43" />
            <source>Edit choice</source>
            <translation>Editar opção</translation>
        </message>
    </context>
    <context>
        <name>ComingPage</name>
        <message>
            <location filename="../../workshop_app/ui/coming_view.py" line="+36" />
            <source>Coming in a later version.</source>
            <translation>Disponível numa versão futura.</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../../workshop_app/ui/map_snapshots.py" line="+94" />
            <source>Compare snapshots</source>
            <translation>Comparar instantâneos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Compare from</source>
            <translation>Comparar a partir de</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compare with</source>
            <translation>Comparar com</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Now (the map as it is)</source>
            <translation>Agora (o mapa tal como está)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;From</source>
            <translation>&amp;De</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;To</source>
            <translation>&amp;Para</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Arrows will show who moved, from where they stood to where they stand.</source>
            <translation>As setas mostram quem mudou de posição: de onde estava para onde está.</translation>
        </message>
    </context>
    <context>
        <name>ComparisonBar</name>
        <message>
            <location line="+27" />
            <source>Who moved</source>
            <translation>Quem mudou de posição</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Close comparison</source>
            <translation>Fechar comparação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close the comparison</source>
            <translation>Fechar a comparação</translation>
        </message>
        <message>
            <location line="+17" />
            <source>1 stakeholder moved</source>
            <translation>1 parte interessada mudou de posição</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n stakeholders moved</source>
            <translation>
                <numerusform>%n parte interessada mudou de posição</numerusform>
                <numerusform>%n partes interessadas mudaram de posição</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} since “{before}”.</source>
            <translation>{count} desde “{before}”.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} between “{before}” and “{after}”.</source>
            <translation>{count} entre “{before}” e “{after}”.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n added</source>
            <translation>
                <numerusform>%n adicionada</numerusform>
                <numerusform>%n adicionadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n removed</source>
            <translation>
                <numerusform>%n removida</numerusform>
                <numerusform>%n removidas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Also: {changes}.</source>
            <translation>Além disso: {changes}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{name} was added.</source>
            <translation>Entrou no mapa: {name}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} was removed.</source>
            <translation>Saiu do mapa: {name}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}: from {x0:.1f}, {y0:.1f} to {x1:.1f}, {y1:.1f}</source>
            <translation>{name}: de {x0:.1f}, {y0:.1f} para {x1:.1f}, {y1:.1f}</translation>
        </message>
    </context>
    <context>
        <name>ConsentPanel</name>
        <message>
            <location filename="../../workshop_app/ui/consent_panel.py" line="+79" />
            <location line="+3" />
            <location line="+38" />
            <source>Record consent</source>
            <translation>Registar consentimento</translation>
        </message>
        <message>
            <location line="-36" />
            <location line="+37" />
            <source>{purpose}: record consent</source>
            <translation>{purpose}: registar consentimento</translation>
        </message>
        <message>
            <location line="-23" />
            <source>Consent history</source>
            <translation>Histórico de consentimentos</translation>
        </message>
        <message>
            <location line="-16" />
            <location line="+35" />
            <source>Withdraw</source>
            <translation>Retirar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{purpose}: withdraw consent</source>
            <translation>{purpose}: retirar consentimento</translation>
        </message>
        <message>
            <location line="+6" />
            <source>History (newest first):</source>
            <translation>Histórico (mais recente primeiro):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No consent recorded yet.</source>
            <translation>Ainda não há nenhum consentimento registado.</translation>
        </message>
    </context>
    <context>
        <name>DataEntryWindow</name>
        <message>
            <location filename="../../workshop_app/ui/data_entry_window.py" line="+65" />
            <source>Paper questionnaires — {title}</source>
            <translation>Questionários em papel — {title}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Paper questionnaires: {title}</source>
            <translation>Questionários em papel: {title}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Code on the paper, e.g. 42</source>
            <translation>Código no papel, p. ex. 42</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code on the paper, or empty if anonymous</source>
            <translation>Código no papel, ou vazio se for anónimo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant code on the paper</source>
            <translation>Código de participante no papel</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Language of the paper</source>
            <translation>Língua do papel</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Resume a paper…</source>
            <translation>Retomar um questionário em papel…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Participant code:</source>
            <translation>Código de participante:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language of the paper:</source>
            <translation>Língua do papel:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Questions of the paper questionnaire</source>
            <translation>Perguntas do questionário em papel</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Finish and next questionnaire (Ctrl+Enter)</source>
            <translation>Terminar e passar ao questionário seguinte (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+82" />
            <location line="+110" />
            <source>anonymous</source>
            <translation>anónimo</translation>
        </message>
        <message>
            <location line="-59" />
            <source>Correct the fields marked in red first.</source>
            <translation>Corrija primeiro os campos assinalados a vermelho.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the answers of a paper first.</source>
            <translation>Escreva primeiro as respostas de um questionário em papel.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Saved. Type the next paper.</source>
            <translation>Guardado. Escreva o questionário seguinte.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>No paper is waiting</source>
            <translation>Não há nenhum questionário em papel à espera</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{who} — {count} answers ({mode})</source>
            <translation>{who} — {count} respostas ({mode})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kiosk</source>
            <translation>quiosque</translation>
        </message>
        <message>
            <location line="+0" />
            <source>paper</source>
            <translation>papel</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Paper questionnaires entered: {count}</source>
            <translation>Questionários em papel introduzidos: {count}</translation>
        </message>
    </context>
    <context>
        <name>DatabaseActions</name>
        <message>
            <location filename="../../workshop_app/ui/database_actions.py" line="+31" />
            <source>New &amp;database…</source>
            <translation>Nova &amp;base de dados…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start an empty database in a file of your choice</source>
            <translation>Começar uma base de dados vazia num ficheiro à sua escolha</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Open database…</source>
            <translation>&amp;Abrir base de dados…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Work on another database file</source>
            <translation>Trabalhar noutro ficheiro de base de dados</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Backup…</source>
            <translation>&amp;Cópia de segurança…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save a copy of the open database, e.g. on a USB stick</source>
            <translation>Guardar uma cópia da base de dados aberta, p. ex. numa pen USB</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace the open database with a backup</source>
            <translation>Substituir a base de dados aberta por uma cópia de segurança</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{name} already existed, so it was opened, not replaced.</source>
            <translation>{name} já existia, por isso foi aberto e não substituído.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Back up database</source>
            <translation>Fazer cópia de segurança da base de dados</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Backup failed</source>
            <translation>A cópia de segurança falhou</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Backup saved to {path}.</source>
            <translation>Cópia de segurança guardada em {path}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Restore from a backup</source>
            <translation>Restaurar a partir de uma cópia de segurança</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Replace “{name}” with the backup “{source}”?</source>
            <translation>Substituir “{name}” pela cópia de segurança “{source}”?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The current data is kept as a backup at {folder}.</source>
            <translation>Os dados atuais ficam guardados como cópia de segurança em {folder}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore backup</source>
            <translation>Restaurar cópia de segurança</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Replace</source>
            <translation>Substituir</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Restore failed</source>
            <translation>O restauro falhou</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Backup restored</source>
            <translation>Cópia de segurança restaurada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} now holds the restored data. The data it had before is kept at {kept}.</source>
            <translation>{name} tem agora os dados restaurados. Os dados que tinha antes ficam guardados em {kept}.</translation>
        </message>
    </context>
    <context>
        <name>DiversityView</name>
        <message>
            <location filename="../../workshop_app/ui/diversity_view.py" line="+56" />
            <source>Show who took part in</source>
            <translation>Mostrar quem participou em</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Targets…</source>
            <translation>&amp;Metas…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set diversity targets</source>
            <translation>Definir metas de diversidade</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say which groups should make up at least a share of the room</source>
            <translation>Indique que grupos devem representar uma percentagem mínima das pessoas presentes</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+142" />
            <source>Missing voices</source>
            <translation>Vozes em falta</translation>
        </message>
        <message>
            <location line="-116" />
            <source>Who took part: missing voices and charts</source>
            <translation>Quem participou: vozes em falta e gráficos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scroll with the arrow keys to read every chart</source>
            <translation>Use as teclas de seta para percorrer e ler todos os gráficos</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Who took part in</source>
            <translation>&amp;Quem participou em</translation>
        </message>
        <message>
            <location line="+28" />
            <source>All workshops (everyone registered)</source>
            <translation>Todos os workshops (todas as pessoas inscritas)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{title} — {when}</source>
            <translation>{title} — {when}</translation>
        </message>
        <message>
            <location line="+49" />
            <source>{people} people counted. Shares are of those who answered each question. Counts under 5 show as “&lt;5” (a hatched stub), so no one can be singled out; “≥5” is hidden so a small group cannot be worked out.</source>
            <translation>{people} pessoas contadas. As percentagens referem-se a quem respondeu a cada pergunta. As contagens abaixo de 5 aparecem como “&lt;5” (uma barra curta tracejada), para que nenhuma pessoa possa ser identificada; “≥5” indica uma contagem oculta (pelo menos 5), para que não se possa deduzir um grupo pequeno.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No targets are set yet. Use “Targets…” to say who should be in the room, for example at least 15 % aged 60 or over.</source>
            <translation>Ainda não há metas definidas. Use “Metas…” para indicar quem deve estar na sala, por exemplo pelo menos 15 % com 60 ou mais anos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No group is below its target.</source>
            <translation>Nenhum grupo está abaixo da sua meta.</translation>
        </message>
    </context>
    <context>
        <name>EntryRow</name>
        <message>
            <location filename="../../workshop_app/ui/data_entry_fields.py" line="+151" />
            <source>Does not apply to this paper (skipped)</source>
            <translation>Não se aplica a este questionário em papel (saltada)</translation>
        </message>
    </context>
    <context>
        <name>ErasureDialog</name>
        <message>
            <location filename="../../workshop_app/ui/erasure_dialog.py" line="+28" />
            <source>Erase {code}</source>
            <translation>Apagar {code}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Erase {code} for good?</source>
            <translation>Apagar {code} definitivamente?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This removes everything about this person: their name and contact, every consent record, their profile answers and the workshops they checked in to. Their code will not come back.</source>
            <translation>Esta ação remove tudo sobre esta pessoa: o nome e o contacto, todos os registos de consentimento, as respostas de perfil e os workshops em que marcou presença. O código não volta a ser usado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Their survey answers, ideas and votes:</source>
            <translation>As respostas aos questionários, as ideias e os votos da pessoa:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Erase them too (recommended)</source>
            <translation>&amp;Apagá-los também (recomendado)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Erase their answers, ideas and votes too</source>
            <translation>Apagar também as respostas, ideias e votos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keep them anonymously, with no link to this person</source>
            <translation>&amp;Mantê-los de forma anónima, sem ligação a esta pessoa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep their answers, ideas and votes anonymously</source>
            <translation>Manter as respostas, ideias e votos de forma anónima</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This cannot be undone, and the undo history is cleared so the person cannot be brought back. An audit entry records when and by whom, never who was erased. Backups made before now still contain them until those backups are deleted.</source>
            <translation>Esta ação não pode ser anulada, e o histórico de anulação é limpo para que a pessoa não possa ser recuperada. Um registo de auditoria guarda quando e por quem foi feito o apagamento, nunca a identidade da pessoa apagada. As cópias de segurança feitas antes deste momento continuam a conter os dados até serem eliminadas.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+3" />
            <source>Erase for good</source>
            <translation>Apagar definitivamente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <location filename="../../workshop_app/ui/exchange_actions.py" line="+36" />
            <source>Workshop App packages (*.wspack);;All files (*)</source>
            <translation>Pacotes do Workshop App (*.wspack);;Todos os ficheiros (*)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>E&amp;xport for merge…</source>
            <translation>E&amp;xportar para integração…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save everything on this laptop in one file for the ULG secretary</source>
            <translation>Guardar tudo o que está neste portátil num só ficheiro para o secretariado do ULG</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Merge…</source>
            <translation>&amp;Integrar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bring in packages from other laptops, after a preview</source>
            <translation>Integrar pacotes de outros portáteis, depois de uma pré-visualização</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Check database…</source>
            <translation>&amp;Verificar base de dados…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Look for damage and inconsistencies in the open database</source>
            <translation>Procurar danos e incoerências na base de dados aberta</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The previous step is still finishing; try again in a moment.</source>
            <translation>O passo anterior ainda está a terminar; tente novamente daqui a pouco.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+14" />
            <source>Export for merge</source>
            <translation>Exportar para integração</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Packing…</source>
            <translation>A criar o pacote…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved {name} ({size} MB) in {folder}. Take it to the ULG secretary, who adds it to the shared database with File &gt; Merge.</source>
            <translation>{name} ({size} MB) guardado em {folder}. Entregue-o ao secretariado do ULG, que o integra na base de dados comum com Ficheiro &gt; Integrar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Package saved to {path}.</source>
            <translation>Pacote guardado em {path}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Package saved</source>
            <translation>Pacote guardado</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+19" />
            <location line="+35" />
            <source>Merge packages</source>
            <translation>Integrar pacotes</translation>
        </message>
        <message>
            <location line="-34" />
            <source>Reading the packages…</source>
            <translation>A ler os pacotes…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Saving a backup first…</source>
            <translation>A guardar primeiro uma cópia de segurança…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The backup before merging could not be made ({reason}); nothing was merged.</source>
            <translation>Não foi possível fazer a cópia de segurança antes da integração ({reason}); nada foi integrado.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Merging…</source>
            <translation>A integrar…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The packages were merged.</source>
            <translation>Os pacotes foram integrados.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A conflict keeps the newer change. The database as it was before the merge is kept at {backup}; File &gt; Restore brings it back.</source>
            <translation>Em caso de conflito, fica a alteração mais recente. A base de dados tal como estava antes da integração fica guardada em {backup}; Ficheiro &gt; Restaurar repõe-na.</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+13" />
            <source>Check database</source>
            <translation>Verificar base de dados</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Checking {name}…</source>
            <translation>A verificar {name}…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{kind}: {count}</source>
            <translation>{kind}: {count}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No problems found in {name}.</source>
            <translation>Não foram encontrados problemas em {name}.</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n problem found in {name}. Restore a recent backup (File &gt; Restore) or ask for help before going on.</source>
            <translation>
                <numerusform>%n problema encontrado em {name}. Restaure uma cópia de segurança recente (Ficheiro &gt; Restaurar) ou peça ajuda antes de continuar.</numerusform>
                <numerusform>%n problemas encontrados em {name}. Restaure uma cópia de segurança recente (Ficheiro &gt; Restaurar) ou peça ajuda antes de continuar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n problems found in {name}. Restore a recent backup (File &gt; Restore) or ask for help before going on.</source>
            <translation>
                <numerusform>%n problema encontrado em {name}. Restaure uma cópia de segurança recente (Ficheiro &gt; Restaurar) ou peça ajuda antes de continuar.</numerusform>
                <numerusform>%n problemas encontrados em {name}. Restaure uma cópia de segurança recente (Ficheiro &gt; Restaurar) ou peça ajuda antes de continuar.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>It holds: {held}.</source>
            <translation>Contém: {held}.</translation>
        </message>
    </context>
    <context>
        <name>ExchangePanel</name>
        <message>
            <location filename="../../workshop_app/ui/exchange_panel.py" line="+32" />
            <source>What to pack</source>
            <translation>O que incluir no pacote</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Pack…</source>
            <translation>&amp;Criar pacote…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pack</source>
            <translation>Criar pacote</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose where to save the package, e.g. on a USB stick</source>
            <translation>Escolha onde guardar o pacote, p. ex. numa pen USB</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Merge packages…</source>
            <translation>&amp;Integrar pacotes…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+18" />
            <source>Merge packages</source>
            <translation>Integrar pacotes</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Choose one or more .wspack files; you see a preview first</source>
            <translation>Escolha um ou mais ficheiros .wspack; primeiro verá uma pré-visualização</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Pack for the ULG secretary</source>
            <translation>Pacote para o secretariado do ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save everything this laptop holds, or one workshop, in one file (.wspack). Take it to the ULG secretary on a USB stick; nothing is removed from this laptop.</source>
            <translation>Guarde tudo o que este portátil contém, ou um só workshop, num único ficheiro (.wspack). Leve-o ao secretariado do ULG numa pen USB; nada é removido deste portátil.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Bring in the packages other facilitators made. You see what will be added, updated and in conflict before anything is written. Nothing is doubled, a package merged before adds nothing, and a participant erased on any laptop does not come back.</source>
            <translation>Integre os pacotes criados por outras pessoas que facilitam workshops. Vê o que vai ser adicionado, atualizado e em conflito antes de qualquer gravação. Nada fica duplicado, um pacote já integrado não acrescenta nada e uma pessoa apagada em qualquer portátil não volta a aparecer.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Everything on this laptop</source>
            <translation>Tudo o que está neste portátil</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no date</source>
            <translation>sem data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only “{title}” ({when})</source>
            <translation>Só “{title}” ({when})</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <location filename="../../workshop_app/ui/export_page.py" line="+33" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
    </context>
    <context>
        <name>FeedbackPanel</name>
        <message>
            <location filename="../../workshop_app/ui/feedback_panel.py" line="+76" />
            <source>How useful was this session? 1 = not useful, 5 = very useful</source>
            <translation>Que utilidade teve esta sessão? 1 = nada útil, 5 = muito útil</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Start &amp;kiosk</source>
            <translation>Iniciar &amp;quiosque</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start the kiosk for the feedback round</source>
            <translation>Iniciar o quiosque para a ronda de avaliação</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Rating {rating}</source>
            <translation>Classificação {rating}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rating {rating} (key {rating})</source>
            <translation>Classificação {rating} (tecla {rating})</translation>
        </message>
        <message>
            <location line="+8" />
            <source>One thing to keep or change — optional; Enter saves</source>
            <translation>Uma coisa a manter ou a mudar — opcional; Enter guarda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Comment</source>
            <translation>Comentário</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save this person's feedback</source>
            <translation>Guardar a avaliação desta pessoa</translation>
        </message>
        <message>
            <location line="+15" />
            <source>People who gave {rating}</source>
            <translation>Pessoas que deram {rating}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Comments — on this screen only, never on the projector</source>
            <translation>Comentários — só neste ecrã, nunca no projetor</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Comments</source>
            <translation>Comentários</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Choose a rating from 1 to 5 first (keys 1–5).</source>
            <translation>Escolha primeiro uma classificação de 1 a 5 (teclas 1–5).</translation>
        </message>
        <message>
            <location line="+25" />
            <source>No feedback yet</source>
            <translation>Ainda não há avaliações</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} answers · average {average}</source>
            <translation>{count} respostas · média {average}</translation>
        </message>
    </context>
    <context>
        <name>GroupDialog</name>
        <message>
            <location filename="../../workshop_app/ui/results_group_dialog.py" line="+29" />
            <source>Group of several answers</source>
            <translation>Grupo de várias respostas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Profile question</source>
            <translation>Pergunta de perfil</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Answers in the group</source>
            <translation>Respostas incluídas no grupo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>People count in the group when their profile answer is one of those ticked. People who answered anonymously are never in a group.</source>
            <translation>Uma pessoa conta no grupo quando a sua resposta de perfil é uma das assinaladas. Quem respondeu de forma anónima nunca entra num grupo.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Question</source>
            <translation>&amp;Pergunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Answers</source>
            <translation>&amp;Respostas</translation>
        </message>
        <message>
            <location line="+47" />
            <source>The group will be called “{name}”.</source>
            <translation>O grupo vai chamar-se “{name}”.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick at least one answer.</source>
            <translation>Assinale pelo menos uma resposta.</translation>
        </message>
    </context>
    <context>
        <name>ImportResultDialog</name>
        <message>
            <location filename="../../workshop_app/ui/survey_dialogs.py" line="+46" />
            <source>XLSForm imported</source>
            <translation>XLSForm importado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{title}” is now in your surveys</source>
            <translation>“{title}” está agora nos seus questionários</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From {file}: version {version}, {questions}, in {languages}.</source>
            <translation>De {file}: versão {version}, {questions}, em {languages}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Warnings</source>
            <translation>Avisos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>One thing to know:</source>
            <translation>Uma coisa a saber:</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n things to know:</source>
            <translation>
                <numerusform>%n coisa a saber:</numerusform>
                <numerusform>%n coisas a saber:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InfoWidget</name>
        <message>
            <location filename="../../workshop_app/ui/question_widgets.py" line="-77" />
            <source>Participants do not see calculations; the app works out the value.</source>
            <translation>Quem responde não vê os cálculos; a aplicação calcula o valor.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This group holds one question.</source>
            <translation>Este grupo contém uma pergunta.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>This group holds %n questions, shown one after another.</source>
            <translation>
                <numerusform>Este grupo contém %n pergunta.</numerusform>
                <numerusform>Este grupo contém %n perguntas, apresentadas uma após a outra.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Participants answer this repeat's question once per entry and can add entries.</source>
            <translation>As pessoas respondem à pergunta desta repetição uma vez por entrada e podem acrescentar entradas.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Participants answer the %n questions of this repeat once per entry and can add entries.</source>
            <translation>
                <numerusform>As pessoas respondem a %n pergunta desta repetição uma vez por entrada e podem acrescentar entradas.</numerusform>
                <numerusform>As pessoas respondem às %n perguntas desta repetição uma vez por entrada e podem acrescentar entradas.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>The device fills this in; participants do not see it.</source>
            <translation>O dispositivo preenche este valor; quem responde não o vê.</translation>
        </message>
    </context>
    <context>
        <name>InlineMessage</name>
        <message>
            <location filename="../../workshop_app/ui/inline_message.py" line="+32" />
            <source>Dismiss message</source>
            <translation>Fechar mensagem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Message</source>
            <translation>Mensagem</translation>
        </message>
    </context>
    <context>
        <name>KioskPinDialog</name>
        <message>
            <location filename="../../workshop_app/ui/run_pin_dialog.py" line="+35" />
            <source>Change kiosk PIN</source>
            <translation>Alterar o PIN do quiosque</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Set kiosk PIN</source>
            <translation>Definir o PIN do quiosque</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The kiosk asks for this PIN before it lets anyone leave it. Choose {low} to {high} digits that participants will not guess.</source>
            <translation>O quiosque pede este PIN antes de deixar alguém sair. Escolha entre {low} e {high} algarismos que mais ninguém consiga adivinhar.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New PIN</source>
            <translation>Novo PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New PIN again</source>
            <translation>Repita o novo PIN</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;PIN</source>
            <translation>&amp;PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Again</source>
            <translation>Repe&amp;tir</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Remove PIN</source>
            <translation>&amp;Remover PIN</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove the kiosk PIN</source>
            <translation>Remover o PIN do quiosque</translation>
        </message>
        <message>
            <location line="+27" />
            <source>A PIN has {low} to {high} digits.</source>
            <translation>Um PIN tem entre {low} e {high} algarismos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The two PINs are not the same. Type it again in both fields.</source>
            <translation>Os dois PIN não são iguais. Escreva-o novamente nos dois campos.</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <location filename="../../workshop_app/ui/kiosk_window.py" line="+82" />
            <location line="+1" />
            <source>Kiosk</source>
            <translation>Quiosque</translation>
        </message>
    </context>
    <context>
        <name>ListPane</name>
        <message>
            <location filename="../../workshop_app/ui/list_pane.py" line="+91" />
            <source>&amp;Undo</source>
            <translation>&amp;Anular</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../workshop_app/ui/main_window.py" line="+82" />
            <source>Workshop App</source>
            <translation>Workshop App</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sections</source>
            <translation>Secções</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Workshops</source>
            <translation>Workshops</translation>
        </message>
        <message>
            <location line="+120" />
            <source>{section} (Ctrl+{number})</source>
            <translation>{section} (Ctrl+{number})</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Opening {name}…</source>
            <translation>A abrir {name}…</translation>
        </message>
        <message>
            <location line="+39" />
            <source>No database is open.</source>
            <translation>Não há nenhuma base de dados aberta.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{name} — Workshop App</source>
            <translation>{name} — Workshop App</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database: {name}</source>
            <translation>Base de dados: {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open database: {path}</source>
            <translation>Base de dados aberta: {path}</translation>
        </message>
        <message>
            <location line="+44" />
            <source>{name} is already open.</source>
            <translation>{name} já está aberto.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot open database</source>
            <translation>Não é possível abrir a base de dados</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Opened {name}.</source>
            <translation>{name} aberto.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>The automatic backup could not be made: {reason}</source>
            <translation>Não foi possível fazer a cópia de segurança automática: {reason}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Automatic backup saved.</source>
            <translation>Cópia de segurança automática guardada.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/main_menus.py" line="+27" />
            <source>&amp;File</source>
            <translation>&amp;Ficheiro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New workshop</source>
            <translation>&amp;Novo workshop</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create a workshop, starting at the next full hour</source>
            <translation>Criar um workshop, a começar à próxima hora certa</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>&amp;Anular</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>&amp;Refazer</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Help</source>
            <translation>&amp;Ajuda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Workshop App</source>
            <translation>&amp;Acerca do Workshop App</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&lt;h3&gt;Workshop App {version}&lt;/h3&gt;&lt;p&gt;Prepare and run community workshops and surveys offline, keep every answer, and report to your URBACT Local Group.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Workshop App {version}&lt;/h3&gt;&lt;p&gt;Prepare e dinamize workshops comunitários e questionários sem Internet, guarde todas as respostas e partilhe os resultados com o seu Grupo Local URBACT (ULG).&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+5" />
            <source>About Workshop App</source>
            <translation>Acerca do Workshop App</translation>
        </message>
    </context>
    <context>
        <name>MapForm</name>
        <message>
            <location filename="../../workshop_app/ui/map_panel.py" line="+44" />
            <source>Map</source>
            <translation>Mapa</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Title of the map</source>
            <translation>Título do mapa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title of the horizontal axis</source>
            <translation>Título do eixo horizontal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title of the vertical axis</source>
            <translation>Título do eixo vertical</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top right</source>
            <translation>Superior direito</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bottom right</source>
            <translation>Inferior direito</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bottom left</source>
            <translation>Inferior esquerdo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Top left</source>
            <translation>Superior esquerdo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Quadrant name, {corner}</source>
            <translation>Nome do quadrante, {corner}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Notes on the map</source>
            <translation>Notas sobre o mapa</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Double-click an empty place to add a stakeholder. Select a stakeholder or a line to edit it here.</source>
            <translation>Faça duplo clique num espaço vazio para adicionar uma parte interessada. Selecione uma parte interessada ou uma linha para a editar aqui.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hori&amp;zontal axis</source>
            <translation>Eixo hori&amp;zontal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Vertical axis</source>
            <translation>Eixo &amp;vertical</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Quadrants</source>
            <translation>Quadrantes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
    </context>
    <context>
        <name>MapLegend</name>
        <message>
            <location filename="../../workshop_app/ui/map_view.py" line="+45" />
            <source>Legend</source>
            <translation>Legenda</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Shapes and colours show the sector; thick lines are strong ties, dashed lines weak ones; arrows show a direction.</source>
            <translation>As formas e as cores indicam o setor; as linhas grossas são ligações fortes e as tracejadas, ligações fracas; as setas indicam uma direção.</translation>
        </message>
    </context>
    <context>
        <name>MapListPane</name>
        <message>
            <location filename="../../workshop_app/ui/map_list_pane.py" line="+16" />
            <source>Stakeholder maps</source>
            <translation>Mapas de partes interessadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New map…</source>
            <translation>&amp;Novo mapa…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New map from a template</source>
            <translation>Novo mapa a partir de um modelo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Import from Excel…</source>
            <translation>&amp;Importar do Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import stakeholders from Excel</source>
            <translation>Importar partes interessadas do Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A workbook with an Elements sheet (stakeholders) and a Connections sheet (who works with whom)</source>
            <translation>Um livro com uma folha Elements (partes interessadas) e uma folha Connections (quem trabalha com quem)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>E&amp;xport to Excel…</source>
            <translation>E&amp;xportar para Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export stakeholders to Excel</source>
            <translation>Exportar partes interessadas para Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the map's stakeholders and relationships as an Excel workbook</source>
            <translation>Guardar as partes interessadas e as relações do mapa num livro Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete map…</source>
            <translation>Eliminar mapa…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete map</source>
            <translation>Eliminar mapa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo deleting the map</source>
            <translation>Anular a eliminação do mapa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No maps yet. Start one with New map, or import a list of stakeholders from Excel.</source>
            <translation>Ainda não há mapas. Comece um com Novo mapa ou importe uma lista de partes interessadas do Excel.</translation>
        </message>
    </context>
    <context>
        <name>MapToolbar</name>
        <message>
            <location filename="../../workshop_app/ui/map_toolbar.py" line="+22" />
            <source>Map tools</source>
            <translation>Ferramentas do mapa</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Add stakeholder</source>
            <translation>Adicionar parte interessada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a stakeholder in the middle of the map; or double-click an empty place</source>
            <translation>Adicionar uma parte interessada no centro do mapa; ou faça duplo clique num espaço vazio</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connect</source>
            <translation>Ligar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Draw relationships: drag from one stakeholder to another</source>
            <translation>Desenhar relações: arraste de uma parte interessada para outra</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Align left</source>
            <translation>Alinhar à esquerda</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line the selected stakeholders up on the leftmost one</source>
            <translation>Alinhar as partes interessadas selecionadas pela que está mais à esquerda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Align top</source>
            <translation>Alinhar em cima</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line the selected stakeholders up on the highest one</source>
            <translation>Alinhar as partes interessadas selecionadas pela que está mais acima</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Align centres</source>
            <translation>Alinhar ao centro</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line the selected stakeholders up on a vertical line through their middle</source>
            <translation>Alinhar as partes interessadas selecionadas numa linha vertical que passa pelo seu centro</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete the selected stakeholders and relationships (Del)</source>
            <translation>Eliminar as partes interessadas e as relações selecionadas (Del)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zoom in</source>
            <translation>Ampliar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom out</source>
            <translation>Reduzir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fit</source>
            <translation>Ver tudo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show the whole map</source>
            <translation>Mostrar o mapa inteiro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Snap to grid</source>
            <translation>Ajustar à grelha</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dragged stakeholders land on the grid</source>
            <translation>As partes interessadas arrastadas encaixam na grelha</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Legend</source>
            <translation>Legenda</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show or hide the legend</source>
            <translation>Mostrar ou ocultar a legenda</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Take snapshot…</source>
            <translation>Guardar instantâneo…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save where everybody stands now, e.g. at a ULG meeting</source>
            <translation>Guardar a posição atual de todas as partes interessadas, p. ex. numa reunião do ULG</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compare…</source>
            <translation>Comparar…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show who moved since a snapshot</source>
            <translation>Mostrar quem mudou de posição desde um instantâneo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Print the map with its title, date and legend</source>
            <translation>Imprimir o mapa com o título, a data e a legenda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print preview…</source>
            <translation>Pré-visualizar impressão…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>See the printed page before printing it</source>
            <translation>Ver a página impressa antes de imprimir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export as PDF…</source>
            <translation>Exportar como PDF…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the map as a PDF file</source>
            <translation>Guardar o mapa como ficheiro PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export as PNG…</source>
            <translation>Exportar como PNG…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the map as a picture (PNG)</source>
            <translation>Guardar o mapa como imagem (PNG)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export as SVG…</source>
            <translation>Exportar como SVG…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the map as a drawing (SVG)</source>
            <translation>Guardar o mapa como desenho (SVG)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Align</source>
            <translation>Alinhar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Align the selected stakeholders</source>
            <translation>Alinhar as partes interessadas selecionadas</translation>
        </message>
        <message>
            <location line="+7" />
            <source>View</source>
            <translation>Ver</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Snap to grid, legend</source>
            <translation>Ajustar à grelha, legenda</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the map as PDF, PNG or SVG</source>
            <translation>Guardar o mapa como PDF, PNG ou SVG</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <location filename="../../workshop_app/ui/map_view.py" line="+30" />
            <source>Stakeholder map</source>
            <translation>Mapa de partes interessadas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Double-click an empty place to add a stakeholder; drag stakeholders to move them; in connect mode drag from one stakeholder to another. Delete removes the selection, the arrow keys nudge it.</source>
            <translation>Faça duplo clique num espaço vazio para adicionar uma parte interessada; arraste as partes interessadas para as mover; no modo de ligação, arraste de uma parte interessada para outra. Delete elimina a seleção e as teclas de seta deslocam-na ligeiramente.</translation>
        </message>
    </context>
    <context>
        <name>MapsPage</name>
        <message>
            <location filename="../../workshop_app/ui/maps_page.py" line="+132" />
            <source>Choose a map on the left, or start one with New map.</source>
            <translation>Escolha um mapa à esquerda ou comece um com Novo mapa.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No database is open.</source>
            <translation>Não há nenhuma base de dados aberta.</translation>
        </message>
        <message>
            <location line="+210" />
            <source>Delete “{title}”?</source>
            <translation>Eliminar “{title}”?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Its stakeholders, relationships and snapshots are deleted with it. You can undo this.</source>
            <translation>As partes interessadas, as relações e os instantâneos do mapa são eliminados com ele. Pode anular esta ação.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete map</source>
            <translation>Eliminar mapa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“{title}” was deleted.</source>
            <translation>“{title}” foi eliminado.</translation>
        </message>
    </context>
    <context>
        <name>MergePreviewDialog</name>
        <message>
            <location filename="../../workshop_app/ui/merge_preview_dialog.py" line="+47" />
            <source>Workshops</source>
            <translation>Workshops</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agenda items</source>
            <translation>Atividades do programa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names and contacts</source>
            <translation>Nomes e contactos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent records</source>
            <translation>Registos de consentimento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check-ins</source>
            <translation>Presenças</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profile answers</source>
            <translation>Respostas de perfil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Survey versions</source>
            <translation>Versões de questionários</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Survey responses</source>
            <translation>Questionários preenchidos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answers</source>
            <translation>Respostas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ideas</source>
            <translation>Ideias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Idea clusters</source>
            <translation>Grupos de ideias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Votes</source>
            <translation>Votos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholder maps</source>
            <translation>Mapas de partes interessadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholders</source>
            <translation>Partes interessadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relationships</source>
            <translation>Relações</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholder re-assessments</source>
            <translation>Reavaliações de partes interessadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map snapshots</source>
            <translation>Instantâneos de mapas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Snapshot positions</source>
            <translation>Posições nos instantâneos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Survey questions</source>
            <translation>Perguntas de questionários</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choice lists</source>
            <translation>Listas de opções</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choices</source>
            <translation>Opções</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Question translations</source>
            <translation>Traduções de perguntas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choice translations</source>
            <translation>Traduções de opções</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profile questions</source>
            <translation>Perguntas de perfil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profile choices</source>
            <translation>Opções das perguntas de perfil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Diversity targets</source>
            <translation>Metas de diversidade</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit entries</source>
            <translation>Registos de auditoria</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Packages merged</source>
            <translation>Pacotes integrados</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Merge packages</source>
            <translation>Integrar pacotes</translation>
        </message>
        <message>
            <location line="+10" />
            <source>What changes</source>
            <translation>O que muda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New</source>
            <translation>Novos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Updated</source>
            <translation>Atualizados</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Removed (deleted elsewhere)</source>
            <translation>Removidos (eliminados noutro local)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not added (deleted here)</source>
            <translation>Não adicionados (eliminados aqui)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Conflicts ({n})</source>
            <translation>Conflitos ({n})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changed on two laptops</source>
            <translation>Alterado em dois portáteis</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kept (the newer change)</source>
            <translation>Mantido (a alteração mais recente)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dropped</source>
            <translation>Descartado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Renumbered ({n})</source>
            <translation>Renumerados ({n})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What</source>
            <translation>O quê</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Was</source>
            <translation>Antes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Now</source>
            <translation>Agora</translation>
        </message>
        <message>
            <location line="+0" />
            <source>From</source>
            <translation>Origem</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Notes ({n})</source>
            <translation>Notas ({n})</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Merge</source>
            <translation>&amp;Integrar</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Nothing new: this database already holds everything in these packages.</source>
            <translation>Nada de novo: esta base de dados já contém tudo o que há nestes pacotes.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Merged: {added} new rows, {updated} updated, {removed} removed.</source>
            <translation>Integração concluída: {added} registos novos, {updated} atualizados, {removed} removidos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merging will add {added} rows, update {updated} and remove {removed}.</source>
            <translation>A integração vai adicionar {added} registos, atualizar {updated} e remover {removed}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merging will add {added} rows and update {updated}.</source>
            <translation>A integração vai adicionar {added} registos e atualizar {updated}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts: {conflicts}. Renumbered codes: {renumbered}.</source>
            <translation>Conflitos: {conflicts}. Códigos renumerados: {renumbered}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>everything</source>
            <translation>tudo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>workshop “{title}”</source>
            <translation>workshop “{title}”</translation>
        </message>
        <message>
            <location line="+2" />
            <source>laptop {id}</source>
            <translation>portátil {id}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} — from {who}, packed {when}, {scope}</source>
            <translation>{file} — de {who}, criado em {when}, {scope}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A conflict keeps the newer change; the dropped value is listed here and in the report.</source>
            <translation>Em caso de conflito, fica a alteração mais recente; o valor descartado aparece aqui e no relatório.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing will be written.</source>
            <translation>Nada será gravado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing is written until you press Merge. The merge is one step: if anything goes wrong, the database stays as it is. Nothing is doubled, and nobody erased comes back.</source>
            <translation>Nada é gravado até premir Integrar. A integração é feita num só passo: se algo correr mal, a base de dados fica como estava. Nada fica duplicado e nenhuma pessoa apagada volta a aparecer.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{laptop}, {when}</source>
            <translation>{laptop}, {when}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Participant code</source>
            <translation>Código de participante</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Survey version</source>
            <translation>Versão do questionário</translation>
        </message>
    </context>
    <context>
        <name>NewMapDialog</name>
        <message>
            <location filename="../../workshop_app/ui/map_new_dialog.py" line="+121" />
            <source>New stakeholder map</source>
            <translation>Novo mapa de partes interessadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What kind of map?</source>
            <translation>Que tipo de mapa?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kinds of map</source>
            <translation>Tipos de mapa</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Title of the new map</source>
            <translation>Título do novo mapa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Digital skills — who matters</source>
            <translation>p. ex. Competências digitais — quem conta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create map</source>
            <translation>Criar mapa</translation>
        </message>
    </context>
    <context>
        <name>NewPinDialog</name>
        <message>
            <location filename="../../workshop_app/ui/kiosk_pin_pad.py" line="+158" />
            <source>Set a kiosk PIN</source>
            <translation>Definir um PIN do quiosque</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants cannot leave the kiosk. You leave it with this PIN (press Ctrl+Shift+L or tap the top corner of the screen five times). Use {low} to {high} digits.</source>
            <translation>Quem participa não pode sair do quiosque. Para sair, use este PIN (prima Ctrl+Shift+L ou toque cinco vezes no canto superior do ecrã). Use entre {low} e {high} algarismos.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN again</source>
            <translation>Repetir PIN</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The two PINs are not the same.</source>
            <translation>Os dois PIN não são iguais.</translation>
        </message>
    </context>
    <context>
        <name>PageOptionsDialog</name>
        <message>
            <location filename="../../workshop_app/ui/map_exchange_actions.py" line="+98" />
            <source>Export map</source>
            <translation>Exportar mapa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paper size</source>
            <translation>Tamanho do papel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Landscape</source>
            <translation>&amp;Horizontal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Portrait</source>
            <translation>&amp;Vertical</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Resolution</source>
            <translation>Resolução</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{dpi} dots per inch</source>
            <translation>{dpi} pontos por polegada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Paper</source>
            <translation>&amp;Papel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orientation</source>
            <translation>Orientação</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Resolution</source>
            <translation>&amp;Resolução</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The map is drawn with its title, today's date, the quadrant names and the legend.</source>
            <translation>O mapa é desenhado com o título, a data de hoje, os nomes dos quadrantes e a legenda.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDetail</name>
        <message>
            <location filename="../../workshop_app/ui/participant_detail.py" line="+66" />
            <source>&amp;Delete…</source>
            <translation>&amp;Eliminar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete this registration</source>
            <translation>Eliminar esta inscrição</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For a registration made by mistake; you can undo it</source>
            <translation>Para uma inscrição feita por engano; pode anular esta ação</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Participant code</source>
            <translation>Código de participante</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anything to remember, e.g. needs an interpreter</source>
            <translation>Algo a ter em conta, p. ex. precisa de intérprete</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Name (personal data)</source>
            <translation>Nome (dados pessoais)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Contact (personal data)</source>
            <translation>Contacto (dados pessoais)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or e-mail</source>
            <translation>Telefone ou e-mail</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+87" />
            <source>Workshops attended</source>
            <translation>Workshops em que participou</translation>
        </message>
        <message>
            <location line="-86" />
            <source>Erase this person…</source>
            <translation>Apagar esta pessoa…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Erase this person</source>
            <translation>Apagar esta pessoa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For a request to be forgotten; it cannot be undone</source>
            <translation>Para um pedido de apagamento (direito a ser esquecido); não pode ser anulado</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Select a participant in the list, or register people on the Check-in tab.</source>
            <translation>Selecione uma pessoa na lista ou faça inscrições no separador Presenças.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>C&amp;ode</source>
            <translation>Có&amp;digo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;otes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Personal data — kept apart, never exported unless asked</source>
            <translation>Dados pessoais — guardados à parte e nunca exportados, salvo pedido expresso</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Con&amp;tact</source>
            <translation>Con&amp;tacto</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Consent</source>
            <translation>Consentimento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>About them (voluntary, any can be left out)</source>
            <translation>Sobre a pessoa (voluntário; qualquer resposta pode ficar em branco)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>When someone asks to be forgotten: removes their personal data, consent and profile for good.</source>
            <translation>Quando alguém pede para ser esquecido: remove definitivamente os seus dados pessoais, consentimentos e perfil.</translation>
        </message>
        <message>
            <location line="+100" />
            <source>A name or contact is on file. Tick “Show personal data” above to see or change it.</source>
            <translation>Há um nome ou contacto registado. Assinale “Mostrar dados pessoais” acima para o ver ou alterar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>None on file: this person is known only by their code. Tick “Show personal data” above to add a name or contact.</source>
            <translation>Nada registado: esta pessoa é conhecida apenas pelo seu código. Assinale “Mostrar dados pessoais” acima para adicionar um nome ou contacto.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{code} has not consented to take part, so no answers can be recorded for them.</source>
            <translation>{code} não deu consentimento para participar, por isso não é possível registar respostas desta pessoa.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>(a workshop no longer listed)</source>
            <translation>(um workshop que já não consta da lista)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>None yet.</source>
            <translation>Ainda nenhum.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Change code</source>
            <translation>Alterar código</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Change notes</source>
            <translation>Alterar notas</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <location filename="../../workshop_app/ui/participants_page.py" line="+54" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show &amp;personal data</source>
            <translation>&amp;Mostrar dados pessoais</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show personal data (names and contacts)</source>
            <translation>Mostrar dados pessoais (nomes e contactos)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names and contacts stay hidden unless ticked; leaving this section hides them again</source>
            <translation>Os nomes e contactos ficam ocultos a menos que assinale esta opção; ao sair desta secção, voltam a ficar ocultos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit profile &amp;questions…</source>
            <translation>Editar &amp;perguntas de perfil…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit profile questions</source>
            <translation>Editar perguntas de perfil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The voluntary questions about age, gender and more, in every language</source>
            <translation>As perguntas voluntárias sobre idade, género e outros aspetos, em todas as línguas</translation>
        </message>
        <message>
            <location line="+9" />
            <source>People</source>
            <translation>Pessoas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check-in</source>
            <translation>Presenças</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who took part</source>
            <translation>Quem participou</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants views</source>
            <translation>Vistas de participantes</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No database is open.</source>
            <translation>Não há nenhuma base de dados aberta.</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <location filename="../../workshop_app/ui/participants_people.py" line="+47" />
            <source>Search participants</source>
            <translation>Procurar participantes</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Search by code, name or phone</source>
            <translation>Procurar por código, nome ou telefone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search by code</source>
            <translation>Procurar por código</translation>
        </message>
        <message>
            <location line="+31" />
            <source>No one matches. Clear the search, or register them on the Check-in tab.</source>
            <translation>Ninguém corresponde. Limpe a pesquisa ou inscreva a pessoa no separador Presenças.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No participants yet. Register people at the door on the Check-in tab.</source>
            <translation>Ainda não há participantes. Inscreva as pessoas à entrada no separador Presenças.</translation>
        </message>
        <message numerus="yes">
            <location line="+17" />
            <source>%n participant listed</source>
            <translation>
                <numerusform>%n participante na lista</numerusform>
                <numerusform>%n participantes na lista</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n participants listed</source>
            <translation>
                <numerusform>%n participante na lista</numerusform>
                <numerusform>%n participantes na lista</numerusform>
            </translation>
        </message>
        <message>
            <location line="+33" />
            <source>Delete registration</source>
            <translation>Eliminar inscrição</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the registration of {code}?</source>
            <translation>Eliminar a inscrição de {code}?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use this for a registration made by mistake; you can undo it with Edit › Undo. Their survey answers stay, without their code. When someone asks to be forgotten, use “Erase this person…” instead.</source>
            <translation>Use esta opção para uma inscrição feita por engano; pode anulá-la com Editar › Anular. As respostas da pessoa aos questionários ficam, sem o código. Quando alguém pede para ser esquecido, use antes “Apagar esta pessoa…”.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{code}: {report} The undo history was cleared, so they cannot be brought back.</source>
            <translation>{code}: {report} O histórico de anulação foi limpo, por isso a pessoa não pode ser recuperada.</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../../workshop_app/ui/kiosk_pin_pad.py" line="-151" />
            <source>Facilitator: enter the kiosk PIN to leave the kiosk</source>
            <translation>Para quem facilita: introduza o PIN do quiosque para sair do quiosque</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Kiosk PIN</source>
            <translation>PIN do quiosque</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The facilitator's PIN, to leave the kiosk</source>
            <translation>O PIN de quem facilita, para sair do quiosque</translation>
        </message>
        <message>
            <location line="+9" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Delete the last digit</source>
            <translation>Apagar o último algarismo</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Back to the kiosk</source>
            <translation>Voltar ao quiosque</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Wrong PIN. Try again.</source>
            <translation>PIN errado. Tente novamente.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Wrong PIN. Try again in {seconds} s.</source>
            <translation>PIN errado. Tente novamente daqui a {seconds} s.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>You can try again now.</source>
            <translation>Já pode tentar novamente.</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <location filename="../../workshop_app/ui/builder_problems.py" line="+35" />
            <source>Problems to fix</source>
            <translation>Problemas a corrigir</translation>
        </message>
        <message>
            <location line="+35" />
            <source>✓ No problems: the survey can be saved and exported.</source>
            <translation>✓ Sem problemas: o questionário pode ser guardado e exportado.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n problem to fix before saving</source>
            <translation>
                <numerusform>%n problema a corrigir antes de guardar</numerusform>
                <numerusform>%n problemas a corrigir antes de guardar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n problems to fix before saving</source>
            <translation>
                <numerusform>%n problema a corrigir antes de guardar</numerusform>
                <numerusform>%n problemas a corrigir antes de guardar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProfileEditorDialog</name>
        <message>
            <location filename="../../workshop_app/ui/profile_editor_dialog.py" line="+66" />
            <location line="+25" />
            <source>Profile questions</source>
            <translation>Perguntas de perfil</translation>
        </message>
        <message>
            <location line="-7" />
            <source>The questions people may answer about themselves at registration. Every question keeps “Prefer not to say”, so answering stays voluntary.</source>
            <translation>As perguntas a que as pessoas podem responder sobre si próprias na inscrição. Todas as perguntas mantêm “Prefiro não responder”, para que responder continue a ser voluntário.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>New question, e.g. Housing situation</source>
            <translation>Nova pergunta, p. ex. Situação habitacional</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label of a new question</source>
            <translation>Etiqueta de uma nova pergunta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add</source>
            <translation>Adicionar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add question</source>
            <translation>Adicionar pergunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move question up</source>
            <translation>Mover pergunta para cima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move question down</source>
            <translation>Mover pergunta para baixo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+270" />
            <source>Delete question</source>
            <translation>Eliminar pergunta</translation>
        </message>
        <message>
            <location line="-264" />
            <source>Questions</source>
            <translation>Perguntas</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Language to add</source>
            <translation>Língua a adicionar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add language</source>
            <translation>Adicionar língua</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a language column</source>
            <translation>Adicionar uma coluna de língua</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Answers, with their label in each language</source>
            <translation>Respostas, com a etiqueta em cada língua</translation>
        </message>
        <message>
            <location line="+12" />
            <source>New answer, in {language}</source>
            <translation>Nova resposta, em {language}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Label of a new answer</source>
            <translation>Etiqueta de uma nova resposta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add answer</source>
            <translation>Adicionar resposta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move answer up</source>
            <translation>Mover resposta para cima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move answer down</source>
            <translation>Mover resposta para baixo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete answer</source>
            <translation>Eliminar resposta</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Question</source>
            <translation>Pergunta</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Answers (double-click a label to change it)</source>
            <translation>Respostas (faça duplo clique numa etiqueta para a alterar)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Undo</source>
            <translation>Anular</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Redo</source>
            <translation>Refazer</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Question label in {language}</source>
            <translation>Etiqueta da pergunta em {language}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(missing)</source>
            <translation>(em falta)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>known in exports as {name}</source>
            <translation>aparece nas exportações como {name}</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Type the new question first.</source>
            <translation>Escreva primeiro a nova pergunta.</translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>%n person answered it; that answer goes too.</source>
            <translation>
                <numerusform>%n pessoa respondeu a esta pergunta; essa resposta também é eliminada.</numerusform>
                <numerusform>%n pessoas responderam a esta pergunta; as respostas também são eliminadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n people answered it; their answers go too.</source>
            <translation>
                <numerusform>%n pessoa respondeu a esta pergunta; essa resposta também é eliminada.</numerusform>
                <numerusform>%n pessoas responderam a esta pergunta; as respostas também são eliminadas.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can undo this.</source>
            <translation>Pode anular esta ação.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete the question “{label}”?</source>
            <translation>Eliminar a pergunta “{label}”?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Type the new answer first.</source>
            <translation>Escreva primeiro a nova resposta.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Every question keeps “Prefer not to say”, so answering stays voluntary. You can rename it.</source>
            <translation>Todas as perguntas mantêm “Prefiro não responder”, para que responder continue a ser voluntário. Pode mudar-lhe o nome.</translation>
        </message>
    </context>
    <context>
        <name>ProfileForm</name>
        <message>
            <location filename="../../workshop_app/ui/profile_form.py" line="+67" />
            <source>Not answered</source>
            <translation>Sem resposta</translation>
        </message>
        <message>
            <location line="+12" />
            <source>In their own words (optional)</source>
            <translation>Nas suas próprias palavras (opcional)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{question}: in their own words</source>
            <translation>{question}: nas suas próprias palavras</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <location filename="../../workshop_app/ui/projector_window.py" line="+62" />
            <source>Projector — {title}</source>
            <translation>Projetor — {title}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Projector</source>
            <translation>Projetor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the room sees: the current activity and its anonymous results</source>
            <translation>O que a sala vê: a atividade em curso e os respetivos resultados anónimos</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Answers are anonymous. Results appear once {count} people have answered.</source>
            <translation>As respostas são anónimas. Os resultados aparecem quando {count} pessoas tiverem respondido.</translation>
        </message>
        <message>
            <location line="+58" />
            <source>{kind}: {title}</source>
            <translation>{kind}: {title}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Welcome</source>
            <translation>Boas-vindas</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Waiting for at least {minimum} voters ({count} so far)</source>
            <translation>À espera de pelo menos {minimum} votantes ({count} até agora)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Waiting for at least {minimum} answers ({count} so far)</source>
            <translation>À espera de pelo menos {minimum} respostas ({count} até agora)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Waiting for at least {minimum} answers to this question</source>
            <translation>À espera de pelo menos {minimum} respostas a esta pergunta</translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>%n answers</source>
            <translation>
                <numerusform>%n resposta</numerusform>
                <numerusform>%n respostas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>Ideas will appear here</source>
            <translation>As ideias vão aparecer aqui</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Nothing to vote on yet</source>
            <translation>Ainda não há nada para votar</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n people voted</source>
            <translation>
                <numerusform>%n pessoa votou</numerusform>
                <numerusform>%n pessoas votaram</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>The {count} ideas with the most dots</source>
            <translation>As {count} ideias com mais pontos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dots per idea</source>
            <translation>Pontos por ideia</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{count} answers · average {average}</source>
            <translation>{count} respostas · média {average}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How useful was this session?</source>
            <translation>Que utilidade teve esta sessão?</translation>
        </message>
    </context>
    <context>
        <name>QuestionCard</name>
        <message>
            <location filename="../../workshop_app/ui/results_cards.py" line="+129" />
            <source>Save chart…</source>
            <translation>Guardar gráfico…</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Chart of “{question}”</source>
            <translation>Gráfico de “{question}”</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save the chart of “{question}”</source>
            <translation>Guardar o gráfico de “{question}”</translation>
        </message>
    </context>
    <context>
        <name>QuestionEditor</name>
        <message>
            <location filename="../../workshop_app/ui/question_editor.py" line="+65" />
            <location line="+195" />
            <source>Question</source>
            <translation>Pergunta</translation>
        </message>
        <message>
            <location line="-192" />
            <source>Language of the texts edited here</source>
            <translation>Língua dos textos editados aqui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The label, hint and messages below are in this language</source>
            <translation>A etiqueta, a dica e as mensagens abaixo estão nesta língua</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The short code of the question in exports</source>
            <translation>O código curto da pergunta nas exportações</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Type</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Label</source>
            <translation>&amp;Etiqueta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hint</source>
            <translation>Dica</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shown under the label, smaller</source>
            <translation>Aparece por baixo da etiqueta, em letra mais pequena</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Hint</source>
            <translation>&amp;Dica</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Calculation</source>
            <translation>Cálculo</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Edit calculation</source>
            <translation>Editar cálculo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location line="+0" />
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <location line="+0" />
            <source>step</source>
            <translation>passo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scale {part}</source>
            <translation>Escala: {part}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Scale</source>
            <translation>Escala</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add an “&amp;Other” choice with a box to say what</source>
            <translation>Adicionar uma opção “&amp;Outra” com uma caixa para especificar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Or other</source>
            <translation>Ou outra</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change “Other” choice</source>
            <translation>Alterar a opção “Outra”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choices</source>
            <translation>Opções</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An answer is &amp;required</source>
            <translation>A resposta é &amp;obrigatória</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Required</source>
            <translation>Obrigatória</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Message when required</source>
            <translation>Mensagem de resposta obrigatória</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What to say when it is left empty (optional)</source>
            <translation>O que dizer quando fica em branco (opcional)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show when (relevance)</source>
            <translation>Mostrar quando (relevância)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit relevance</source>
            <translation>Editar relevância</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show &amp;when…</source>
            <translation>Mostrar &amp;quando…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build the condition for showing this question</source>
            <translation>Criar a condição para mostrar esta pergunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pick an earlier question and an answer</source>
            <translation>Escolha uma pergunta anterior e uma resposta</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Show when</source>
            <translation>Mostrar quando</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+6" />
            <source>Constraint</source>
            <translation>Restrição</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Edit constraint</source>
            <translation>Editar restrição</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Constraint message</source>
            <translation>Mensagem de restrição</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What to say when the answer is not allowed</source>
            <translation>O que dizer quando a resposta não é permitida</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>Appearance</source>
            <translation>Aparência</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+2" />
            <source>Edit appearance</source>
            <translation>Editar aparência</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Appearance</source>
            <translation>&amp;Aparência</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Default answer</source>
            <translation>Resposta predefinida</translation>
        </message>
        <message>
            <location line="+0" />
            <source>An answer given in advance (optional)</source>
            <translation>Uma resposta dada antecipadamente (opcional)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit default</source>
            <translation>Editar predefinição</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Default</source>
            <translation>&amp;Predefinição</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Texts in</source>
            <translation>Textos em</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Select a question to edit it, or add one.</source>
            <translation>Selecione uma pergunta para a editar ou adicione uma.</translation>
        </message>
        <message>
            <location line="+151" />
            <source>The question as participants read it, in {language}</source>
            <translation>A pergunta tal como as pessoas a leem, em {language}</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Make required</source>
            <translation>Tornar obrigatória</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Make optional</source>
            <translation>Tornar opcional</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Edit scale</source>
            <translation>Editar escala</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Set relevance</source>
            <translation>Definir relevância</translation>
        </message>
    </context>
    <context>
        <name>QuestionListModel</name>
        <message>
            <location filename="../../workshop_app/ui/profile_editor_model.py" line="-70" />
            <source>Known in exports as {name}</source>
            <translation>Aparece nas exportações como {name}</translation>
        </message>
    </context>
    <context>
        <name>QuestionPreview</name>
        <message>
            <location filename="../../workshop_app/ui/question_preview.py" line="+29" />
            <source>Preview</source>
            <translation>Pré-visualização</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Preview language</source>
            <translation>Língua da pré-visualização</translation>
        </message>
        <message>
            <location line="+1" />
            <source>See the question in another language of the survey</source>
            <translation>Ver a pergunta noutra língua do questionário</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The selected question appears here as participants will see it.</source>
            <translation>A pergunta selecionada aparece aqui tal como as pessoas a vão ver.</translation>
        </message>
    </context>
    <context>
        <name>QuestionTree</name>
        <message>
            <location filename="../../workshop_app/ui/builder_views.py" line="+28" />
            <source>Questions</source>
            <translation>Perguntas</translation>
        </message>
    </context>
    <context>
        <name>QuestionTreeModel</name>
        <message>
            <location filename="../../workshop_app/ui/builder_model.py" line="+139" />
            <source>Question</source>
            <translation>Pergunta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{type} · {name}</source>
            <translation>{type} · {name}</translation>
        </message>
    </context>
    <context>
        <name>RankWidget</name>
        <message>
            <location filename="../../workshop_app/ui/question_inputs.py" line="+130" />
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move down</source>
            <translation>Descer</translation>
        </message>
    </context>
    <context>
        <name>RelationshipForm</name>
        <message>
            <location filename="../../workshop_app/ui/map_panel_forms.py" line="+249" />
            <source>Relationship</source>
            <translation>Relação</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kind of relationship</source>
            <translation>Tipo de relação</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Strength</source>
            <translation>Intensidade</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{number} — {label}</source>
            <translation>{number} — {label}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Direction</source>
            <translation>Direção</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <source>Delete relationship</source>
            <translation>Eliminar relação</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>St&amp;rength</source>
            <translation>Intensi&amp;dade</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Direction</source>
            <translation>&amp;Direção</translation>
        </message>
        <message>
            <location line="+42" />
            <source>{source} and {target}</source>
            <translation>{source} e {target}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No direction (both ways)</source>
            <translation>Sem direção (nos dois sentidos)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{source} → {target}</source>
            <translation>{source} → {target}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{target} → {source}</source>
            <translation>{target} → {source}</translation>
        </message>
    </context>
    <context>
        <name>RelevanceDialog</name>
        <message>
            <location filename="../../workshop_app/ui/question_relevance.py" line="+194" />
            <source>Show this question when…</source>
            <translation>Mostrar esta pergunta quando…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ask “{question}” only when an earlier answer is as follows.</source>
            <translation>Fazer a pergunta “{question}” só quando uma resposta anterior for a seguinte.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Earlier question</source>
            <translation>Pergunta anterior</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{label} ({name})</source>
            <translation>{label} ({name})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Condition</source>
            <translation>Condição</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Answer</source>
            <translation>Resposta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The answer to compare with</source>
            <translation>A resposta com que comparar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Replace the condition</source>
            <translation>Substituir a condição</translation>
        </message>
        <message>
            <location line="+0" />
            <source>And (both)</source>
            <translation>E (ambas)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Or (either)</source>
            <translation>Ou (qualquer uma)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The question already has a condition: {condition}</source>
            <translation>A pergunta já tem uma condição: {condition}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Question</source>
            <translation>&amp;Pergunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Condition</source>
            <translation>&amp;Condição</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Answer</source>
            <translation>&amp;Resposta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use this condition</source>
            <translation>Usar esta condição</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The condition, as XLSForm writes it:</source>
            <translation>A condição, tal como fica escrita no XLSForm:</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Other</source>
            <translation>Outra</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Pick a question and an answer.</source>
            <translation>Escolha uma pergunta e uma resposta.</translation>
        </message>
    </context>
    <context>
        <name>ResultsFilterBar</name>
        <message>
            <location filename="../../workshop_app/ui/results_filters.py" line="+90" />
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Any date</source>
            <translation>Qualquer data</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Answered from</source>
            <translation>Respondido a partir de</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answered until</source>
            <translation>Respondido até</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Finished only</source>
            <translation>Só &amp;terminadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count finished responses only</source>
            <translation>Contar só as respostas terminadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show results of</source>
            <translation>Mostrar resultados de</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compare with</source>
            <translation>Comparar com</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;lear filters</source>
            <translation>&amp;Limpar filtros</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear all filters</source>
            <translation>Limpar todos os filtros</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Workshop</source>
            <translation>&amp;Workshop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>F&amp;rom</source>
            <translation>&amp;De</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;to</source>
            <translation>&amp;até</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Who</source>
            <translation>&amp;Quem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Co&amp;mpare with</source>
            <translation>Co&amp;mparar com</translation>
        </message>
        <message>
            <location line="+50" />
            <source>All workshops</source>
            <translation>Todos os workshops</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{title} — {when}</source>
            <translation>{title} — {when}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No comparison</source>
            <translation>Sem comparação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everyone</source>
            <translation>Todas as pessoas</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Several answers…</source>
            <translation>Várias respostas…</translation>
        </message>
        <message>
            <location line="+65" />
            <source>{start} to {end}</source>
            <translation>de {start} a {end}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>from {start}</source>
            <translation>a partir de {start}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>until {end}</source>
            <translation>até {end}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>any date</source>
            <translation>qualquer data</translation>
        </message>
        <message>
            <location line="+4" />
            <source>finished responses only</source>
            <translation>só respostas terminadas</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <location filename="../../workshop_app/ui/results_page.py" line="+89" />
            <source>Surveys with answers</source>
            <translation>Questionários com respostas</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Counts under 5 show as “&lt;5” and a question with fewer than 5 answers shows no chart, so no one can be singled out; “≥5” is hidden so a small count cannot be worked out. Typed answers are never shown here, only the words many people used.</source>
            <translation>As contagens abaixo de 5 aparecem como “&lt;5” e uma pergunta com menos de 5 respostas não mostra gráfico, para que nenhuma pessoa possa ser identificada; “≥5” indica uma contagem oculta (pelo menos 5), para que não se possa deduzir uma contagem pequena. As respostas escritas nunca aparecem aqui, apenas as palavras usadas por muitas pessoas.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Surveys appear here once someone has answered them.</source>
            <translation>Os questionários aparecem aqui quando alguém lhes tiver respondido.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Results of the survey</source>
            <translation>Resultados do questionário</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One card per question; scroll with the arrow keys</source>
            <translation>Um cartão por pergunta; percorra com as teclas de seta</translation>
        </message>
        <message>
            <location line="+29" />
            <source>No database is open.</source>
            <translation>Não há nenhuma base de dados aberta.</translation>
        </message>
        <message>
            <location line="+72" />
            <location line="+86" />
            <source>No answers yet</source>
            <translation>Ainda não há respostas</translation>
        </message>
        <message>
            <location line="-85" />
            <source>Results appear here once people answer a survey in the kiosk, or once answers given on paper are typed in.</source>
            <translation>Os resultados aparecem aqui quando as pessoas responderem a um questionário no quiosque ou quando forem introduzidas respostas dadas em papel.</translation>
        </message>
        <message>
            <location line="+64" />
            <source>No answers from these groups</source>
            <translation>Não há respostas destes grupos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Neither group answered this survey in the responses the filters select.</source>
            <translation>Nenhum dos grupos respondeu a este questionário nas respostas selecionadas pelos filtros.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{survey}: “{first}” and “{second}” side by side · {filters}</source>
            <translation>{survey}: “{first}” e “{second}” lado a lado · {filters}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No answers match</source>
            <translation>Nenhuma resposta corresponde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No answers match these filters. Choose another workshop or group, or widen the dates.</source>
            <translation>Nenhuma resposta corresponde a estes filtros. Escolha outro workshop ou grupo, ou alargue as datas.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This survey has no answers yet.</source>
            <translation>Este questionário ainda não tem respostas.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Too few answers to show</source>
            <translation>Respostas insuficientes para mostrar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fewer than 5 responses match these filters, so no results are shown: with so few, an answer could point to a person.</source>
            <translation>Menos de 5 respostas correspondem a estes filtros, por isso não são mostrados resultados: com tão poucas, uma resposta poderia identificar uma pessoa.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{survey}: {responses} · {filters}</source>
            <translation>{survey}: {responses} · {filters}</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Saved the chart as {path}.</source>
            <translation>Gráfico guardado como {path}.</translation>
        </message>
    </context>
    <context>
        <name>ResultsSurveyModel</name>
        <message>
            <location line="-345" />
            <source>Version {version}</source>
            <translation>Versão {version}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Versions {versions}</source>
            <translation>Versões {versions}</translation>
        </message>
    </context>
    <context>
        <name>ResumeOffer</name>
        <message>
            <location filename="../../workshop_app/ui/run_resume.py" line="+34" />
            <source>Resume…</source>
            <translation>Retomar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resume the unfinished surveys</source>
            <translation>Retomar os questionários por terminar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the run view of their workshop</source>
            <translation>Abrir a vista de dinamização do respetivo workshop</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Dismiss the offer to resume</source>
            <translation>Ignorar a sugestão de retomar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hide this offer; the unfinished surveys stay saved</source>
            <translation>Esconder esta sugestão; os questionários por terminar continuam guardados</translation>
        </message>
        <message numerus="yes">
            <location line="+29" />
            <source>%n survey was not finished —</source>
            <translation>
                <numerusform>%n questionário ficou por terminar —</numerusform>
                <numerusform>%n questionários ficaram por terminar —</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n surveys were not finished —</source>
            <translation>
                <numerusform>%n questionário ficou por terminar —</numerusform>
                <numerusform>%n questionários ficaram por terminar —</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RunAgendaModel</name>
        <message>
            <location filename="../../workshop_app/ui/run_agenda.py" line="+93" />
            <source>{item} (on now)</source>
            <translation>{item} (a decorrer)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{marker}{number}. {kind}</source>
            <translation>{marker}{number}. {kind}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{line} — {title}</source>
            <translation>{line} — {title}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{planned} · {clock}</source>
            <translation>{planned} · {clock}</translation>
        </message>
    </context>
    <context>
        <name>RunLayout</name>
        <message>
            <location filename="../../workshop_app/ui/run_layout.py" line="+66" />
            <source>Workshop status</source>
            <translation>Estado do workshop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check-in</source>
            <translation>Presenças</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Check people in</source>
            <translation>Registar presenças</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Register and check people in at the door (Ctrl+I)</source>
            <translation>Inscrever pessoas e marcar a sua presença à entrada (Ctrl+I)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kiosk PIN…</source>
            <translation>PIN do quiosque…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Set the kiosk PIN</source>
            <translation>Definir o PIN do quiosque</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The PIN that lets you leave the kiosk</source>
            <translation>O PIN que permite sair do quiosque</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open projector</source>
            <translation>Abrir projetor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open the projector view</source>
            <translation>Abrir a vista do projetor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timer and results for the room, on the second screen (F5)</source>
            <translation>Temporizador e resultados para a sala, no segundo ecrã (F5)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End workshop</source>
            <translation>Terminar workshop</translation>
        </message>
        <message>
            <location line="+0" />
            <source>End the workshop</source>
            <translation>Terminar o workshop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark the workshop as done</source>
            <translation>Marcar o workshop como concluído</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+57" />
            <source>Agenda</source>
            <translation>Programa</translation>
        </message>
        <message>
            <location line="-48" />
            <source>← Previous</source>
            <translation>← Anterior</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Previous activity</source>
            <translation>Atividade anterior</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The activity before (Alt+Left)</source>
            <translation>A atividade anterior (Alt+Esquerda)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next →</source>
            <translation>Seguinte →</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next activity</source>
            <translation>Atividade seguinte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The next activity (Alt+Right)</source>
            <translation>A atividade seguinte (Alt+Direita)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>&amp;Status</source>
            <translation>E&amp;stado</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Check-in ({count})</source>
            <translation>Presenças ({count})</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This workshop has no agenda yet. Add activities in Workshops.</source>
            <translation>Este workshop ainda não tem programa. Adicione atividades em Workshops.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{hint}

Run it with the timer; the maps are drawn in the Stakeholder maps section.</source>
            <translation>{hint}

Use o temporizador para esta atividade; os mapas são desenhados na secção Mapas de partes interessadas.</translation>
        </message>
    </context>
    <context>
        <name>RunWindow</name>
        <message>
            <location filename="../../workshop_app/ui/run_window.py" line="+95" />
            <source>&amp;Workshop</source>
            <translation>&amp;Workshop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Check-in</source>
            <translation>&amp;Presenças</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kiosk &amp;PIN…</source>
            <translation>PI&amp;N do quiosque…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open p&amp;rojector</source>
            <translation>Abrir p&amp;rojetor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the timer and results on the second screen</source>
            <translation>Mostrar o temporizador e os resultados no segundo ecrã</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;End workshop</source>
            <translation>&amp;Terminar workshop</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Close run view</source>
            <translation>&amp;Fechar vista de dinamização</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>&amp;Anular</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>&amp;Refazer</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Timer</source>
            <translation>&amp;Temporizador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Start or pause</source>
            <translation>&amp;Iniciar ou pausar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;One more minute</source>
            <translation>Mais &amp;um minuto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Five more minutes</source>
            <translation>Mais &amp;cinco minutos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reset</source>
            <translation>&amp;Repor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Previous activity</source>
            <translation>Atividade &amp;anterior</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Next activity</source>
            <translation>Atividade &amp;seguinte</translation>
        </message>
        <message>
            <location line="+32" />
            <source>This workshop no longer exists.</source>
            <translation>Este workshop já não existe.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Run — {title}</source>
            <translation>Dinamização — {title}</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>%n survey was not finished. It is listed below; resume it from there.</source>
            <translation>
                <numerusform>%n questionário ficou por terminar. Está na lista abaixo; retome-o a partir daí.</numerusform>
                <numerusform>%n questionários ficaram por terminar. Estão na lista abaixo; retome-os a partir daí.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n surveys were not finished. They are listed below; resume them from there.</source>
            <translation>
                <numerusform>%n questionário ficou por terminar. Está na lista abaixo; retome-o a partir daí.</numerusform>
                <numerusform>%n questionários ficaram por terminar. Estão na lista abaixo; retome-os a partir daí.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+65" />
            <source>Time is up for {title}.</source>
            <translation>Acabou o tempo de {title}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>time is up</source>
            <translation>tempo esgotado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{clock} left</source>
            <translation>faltam {clock}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>paused at {clock}</source>
            <translation>em pausa ({clock})</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Mark as {status}</source>
            <translation>Mudar o estado para {status}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The workshop is marked as done and everything is saved in this database. Packing it for the ULG secretary comes with the merge feature; until then, bring this laptop or a backup of the database.</source>
            <translation>O workshop foi marcado como concluído e está tudo guardado nesta base de dados. A criação de pacotes para o secretariado do ULG chega com a funcionalidade de integração; até lá, leve este portátil ou uma cópia de segurança da base de dados.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The kiosk PIN is set.</source>
            <translation>O PIN do quiosque está definido.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The kiosk PIN is removed.</source>
            <translation>O PIN do quiosque foi removido.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Set a kiosk PIN first: it lets you, and only you, leave the kiosk.</source>
            <translation>Defina primeiro um PIN do quiosque: é o que lhe permite, só a si, sair do quiosque.</translation>
        </message>
    </context>
    <context>
        <name>ScaleWidget</name>
        <message>
            <location filename="../../workshop_app/ui/question_inputs.py" line="+83" />
            <source>{value} on the scale</source>
            <translation>{value} na escala</translation>
        </message>
    </context>
    <context>
        <name>SelectionForm</name>
        <message>
            <location filename="../../workshop_app/ui/map_panel.py" line="+50" />
            <source>Align &amp;left</source>
            <translation>Alinhar à &amp;esquerda</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Align &amp;top</source>
            <translation>Alinhar em &amp;cima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Align &amp;centres</source>
            <translation>Alinhar ao c&amp;entro</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete selected</source>
            <translation>Eliminar seleção</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete the selected stakeholders</source>
            <translation>Eliminar as partes interessadas selecionadas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Drag any of them to move them all; the arrow keys nudge them.</source>
            <translation>Arraste qualquer uma para mover todas; as teclas de seta deslocam-nas ligeiramente.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>1 stakeholder selected</source>
            <translation>1 parte interessada selecionada</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n stakeholders selected</source>
            <translation>
                <numerusform>%n parte interessada selecionada</numerusform>
                <numerusform>%n partes interessadas selecionadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n relationships selected</source>
            <translation>
                <numerusform>%n relação selecionada</numerusform>
                <numerusform>%n relações selecionadas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StakeholderForm</name>
        <message>
            <location filename="../../workshop_app/ui/map_panel_forms.py" line="-213" />
            <source>Stakeholder</source>
            <translation>Parte interessada</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Organisation</source>
            <translation>Organização</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sector</source>
            <translation>Setor</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attitude</source>
            <translation>Atitude</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Engagement strategy</source>
            <translation>Estratégia de envolvimento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How to involve them</source>
            <translation>Como a envolver</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Contact (personal data)</source>
            <translation>Contacto (dados pessoais)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail or phone of a contact person</source>
            <translation>E-mail ou telefone de uma pessoa de contacto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Personal data</source>
            <translation>Dados pessoais</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Left out of exports unless you choose to include contacts.</source>
            <translation>Fica fora das exportações, a menos que opte por incluir os contactos.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Delete stakeholder</source>
            <translation>Eliminar parte interessada</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Organisation</source>
            <translation>&amp;Organização</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sector</source>
            <translation>&amp;Setor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Attitude</source>
            <translation>&amp;Atitude</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Engagement</source>
            <translation>&amp;Envolvimento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No&amp;tes</source>
            <translation>No&amp;tas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Contact</source>
            <translation>&amp;Contacto</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Across</source>
            <translation>Horizontal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Up</source>
            <translation>Vertical</translation>
        </message>
    </context>
    <context>
        <name>SurveyBuilder</name>
        <message>
            <location filename="../../workshop_app/ui/survey_builder.py" line="+57" />
            <source>Survey title</source>
            <translation>Título do questionário</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title of the survey</source>
            <translation>Título do questionário</translation>
        </message>
        <message>
            <location line="+2" />
            <source>• Unsaved changes</source>
            <translation>• Alterações por guardar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Undo</source>
            <translation>Anular</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Redo</source>
            <translation>Refazer</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save survey</source>
            <translation>Guardar questionário</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the survey (Ctrl+S)</source>
            <translation>Guardar o questionário (Ctrl+S)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add &amp;question</source>
            <translation>Adicionar &amp;pergunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add question</source>
            <translation>Adicionar pergunta</translation>
        </message>
        <message>
            <location line="+12" />
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplicar</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+250" />
            <source>Duplicate question</source>
            <translation>Duplicar pergunta</translation>
        </message>
        <message>
            <location line="-248" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete question</source>
            <translation>Eliminar pergunta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Move question up (Alt+Up)</source>
            <translation>Mover pergunta para cima (Alt+Cima)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Move question down (Alt+Down)</source>
            <translation>Mover pergunta para baixo (Alt+Baixo)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Survey builder views</source>
            <translation>Vistas do editor de questionários</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions</source>
            <translation>Perguntas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Translations</source>
            <translation>Traduções</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{action} ({keys})</source>
            <translation>{action} ({keys})</translation>
        </message>
        <message>
            <location line="+83" />
            <source>Change title</source>
            <translation>Alterar título</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Version {version} already has responses, so saving changes makes version {next}.</source>
            <translation>A versão {version} já tem respostas, por isso guardar as alterações cria a versão {next}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Version {version} · no responses yet</source>
            <translation>Versão {version} · ainda sem respostas</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Add question: {type}</source>
            <translation>Adicionar pergunta: {type}</translation>
        </message>
    </context>
    <context>
        <name>SurveyListPane</name>
        <message>
            <location filename="../../workshop_app/ui/survey_list_pane.py" line="+16" />
            <source>Surveys</source>
            <translation>Questionários</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New from template…</source>
            <translation>&amp;Novo a partir de modelo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New survey from a template</source>
            <translation>Novo questionário a partir de um modelo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Import XLSForm…</source>
            <translation>&amp;Importar XLSForm…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import XLSForm</source>
            <translation>Importar XLSForm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a questionnaire from KoboToolbox, ODK or another XLSForm file</source>
            <translation>Adicionar um questionário do KoboToolbox, do ODK ou de outro ficheiro XLSForm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport XLSForm…</source>
            <translation>E&amp;xportar XLSForm…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export XLSForm</source>
            <translation>Exportar XLSForm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the survey as an XLSForm for KoboToolbox or ODK</source>
            <translation>Guardar o questionário como XLSForm para o KoboToolbox ou o ODK</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete survey…</source>
            <translation>Eliminar questionário…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete survey</source>
            <translation>Eliminar questionário</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo deleting the survey</source>
            <translation>Anular a eliminação do questionário</translation>
        </message>
    </context>
    <context>
        <name>SurveyPanel</name>
        <message>
            <location filename="../../workshop_app/ui/run_survey_panel.py" line="+99" />
            <source>Start &amp;kiosk</source>
            <translation>Iniciar &amp;quiosque</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start the kiosk</source>
            <translation>Iniciar o quiosque</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People answer on this laptop, one after another, in a locked screen</source>
            <translation>As pessoas respondem neste portátil, umas a seguir às outras, num ecrã bloqueado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter &amp;paper answers</source>
            <translation>Introduzir respostas em &amp;papel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter paper answers</source>
            <translation>Introduzir respostas em papel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type in questionnaires filled in on paper</source>
            <translation>Introduzir questionários preenchidos em papel</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Question shown on the projector</source>
            <translation>Pergunta mostrada no projetor</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Every answer given so far is saved. Pick one and resume it where the person stopped.</source>
            <translation>Todas as respostas dadas até agora estão guardadas. Escolha um questionário e retome-o onde a pessoa parou.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Unfinished responses</source>
            <translation>Questionários por terminar</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Resume in kiosk</source>
            <translation>&amp;Retomar no quiosque</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resume the selected response in the kiosk</source>
            <translation>Retomar no quiosque o questionário selecionado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resume as paper &amp;entry</source>
            <translation>Retomar como questionário em pap&amp;el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resume the selected response as paper entry</source>
            <translation>Retomar o questionário selecionado como introdução de respostas em papel</translation>
        </message>
        <message>
            <location line="+5" />
            <source>On the projector:</source>
            <translation>No projetor:</translation>
        </message>
        <message>
            <location line="+58" />
            <source>No survey is chosen for this activity yet.</source>
            <translation>Ainda não foi escolhido nenhum questionário para esta atividade.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>{started} started · {finished} finished · {open} not finished</source>
            <translation>{started} iniciados · {finished} terminados · {open} por terminar</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not finished ({count})</source>
            <translation>Por terminar ({count})</translation>
        </message>
    </context>
    <context>
        <name>SurveysPage</name>
        <message>
            <location filename="../../workshop_app/ui/surveys_page.py" line="+98" />
            <source>No database is open.</source>
            <translation>Não há nenhuma base de dados aberta.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Save survey</source>
            <translation>&amp;Guardar questionário</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Import XLSForm…</source>
            <translation>&amp;Importar XLSForm…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a questionnaire from an XLSForm file (KoboToolbox, ODK)</source>
            <translation>Adicionar um questionário a partir de um ficheiro XLSForm (KoboToolbox, ODK)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>E&amp;xport XLSForm…</source>
            <translation>E&amp;xportar XLSForm…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the selected survey as an XLSForm file</source>
            <translation>Guardar o questionário selecionado como ficheiro XLSForm</translation>
        </message>
        <message>
            <location line="+149" />
            <source>The survey cannot be saved yet: {problem}</source>
            <translation>Ainda não é possível guardar o questionário: {problem}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Saved as version {version}. Version {old} keeps its {responses} with the questions they answered.</source>
            <translation>Guardado como versão {version}. A versão {old} mantém as respostas que já tinha ({responses}), com as perguntas a que correspondem.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>New survey</source>
            <translation>Novo questionário</translation>
        </message>
        <message>
            <location line="+39" />
            <source>The survey cannot be exported yet: {problem}</source>
            <translation>Ainda não é possível exportar o questionário: {problem}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Exported to {path}.</source>
            <translation>Exportado para {path}.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Delete “{title}” (version {version})?</source>
            <translation>Eliminar “{title}” (versão {version})?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Its {responses} are deleted with it.</source>
            <translation>As respostas que recebeu ({responses}) também são eliminadas.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Its unsaved changes are lost.</source>
            <translation>As alterações por guardar perdem-se.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete survey</source>
            <translation>Eliminar questionário</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{title}” was deleted.</source>
            <translation>“{title}” foi eliminado.</translation>
        </message>
    </context>
    <context>
        <name>TakeSnapshotDialog</name>
        <message>
            <location filename="../../workshop_app/ui/map_snapshots.py" line="-139" />
            <location line="+15" />
            <source>Take snapshot</source>
            <translation>Guardar instantâneo</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Save where every stakeholder stands now, to compare with later.</source>
            <translation>Guardar a posição atual de cada parte interessada, para comparar mais tarde.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name of the snapshot</source>
            <translation>Nome do instantâneo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Date of the snapshot</source>
            <translation>Data do instantâneo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>&amp;Data</translation>
        </message>
    </context>
    <context>
        <name>TargetTableModel</name>
        <message>
            <location filename="../../workshop_app/ui/diversity_targets_dialog.py" line="+78" />
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Question</source>
            <translation>Pergunta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>At least</source>
            <translation>Pelo menos</translation>
        </message>
    </context>
    <context>
        <name>TargetsDialog</name>
        <message>
            <location line="+22" />
            <source>Diversity targets</source>
            <translation>Metas de diversidade</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Say which groups should make up at least a share of those who took part. The “Who took part” tab then says plainly when a group is missing.</source>
            <translation>Indique que grupos devem representar pelo menos uma certa percentagem de quem participou. O separador “Quem participou” passa a indicar claramente quando falta um grupo.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Targets set</source>
            <translation>Metas definidas</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Remove target</source>
            <translation>&amp;Remover meta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected target</source>
            <translation>Remover a meta selecionada</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Question the group is defined by</source>
            <translation>Pergunta que define o grupo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Answers that make up the group</source>
            <translation>Respostas que formam o grupo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Least share, in per cent</source>
            <translation>Percentagem mínima</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. People over 60 (optional)</source>
            <translation>p. ex. Pessoas com mais de 60 anos (opcional)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name of the group</source>
            <translation>Nome do grupo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Set target</source>
            <translation>&amp;Definir meta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set target</source>
            <translation>Definir meta</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Question</source>
            <translation>&amp;Pergunta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A&amp;nswers</source>
            <translation>Res&amp;postas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At &amp;least</source>
            <translation>Pelo &amp;menos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Group &amp;name</source>
            <translation>&amp;Nome do grupo</translation>
        </message>
        <message>
            <location line="+14" />
            <source>New or changed target</source>
            <translation>Meta nova ou alterada</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Select the target to remove.</source>
            <translation>Selecione a meta a remover.</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <location filename="../../workshop_app/ui/survey_template_dialog.py" line="+126" />
            <source>New survey from a template</source>
            <translation>Novo questionário a partir de um modelo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Templates</source>
            <translation>Modelos</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Language of the preview</source>
            <translation>Língua da pré-visualização</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title of the new survey</source>
            <translation>Título do novo questionário</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Questions of the template</source>
            <translation>Perguntas do modelo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Start from a questionnaire that works, then adapt it.</source>
            <translation>Comece com um questionário que já funciona e depois adapte-o.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Show in</source>
            <translation>&amp;Mostrar em</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Create survey</source>
            <translation>Criar questionário</translation>
        </message>
    </context>
    <context>
        <name>TimerClock</name>
        <message>
            <location filename="../../workshop_app/ui/timer_widget.py" line="+53" />
            <source>Time left</source>
            <translation>Tempo restante</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Time is up, {clock} over</source>
            <translation>Tempo esgotado, {clock} a mais</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{clock} left</source>
            <translation>Faltam {clock}</translation>
        </message>
    </context>
    <context>
        <name>TimerPanel</name>
        <message>
            <location line="+27" />
            <source>Share of the time left</source>
            <translation>Parte do tempo restante</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+68" />
            <source>Start</source>
            <translation>Iniciar</translation>
        </message>
        <message>
            <location line="-68" />
            <source>Start or pause the timer (Space)</source>
            <translation>Iniciar ou pausar o temporizador (Espaço)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start or pause the timer</source>
            <translation>Iniciar ou pausar o temporizador</translation>
        </message>
        <message>
            <location line="+2" />
            <source>+1 min</source>
            <translation>+1 min</translation>
        </message>
        <message>
            <location line="+0" />
            <source>One more minute (+)</source>
            <translation>Mais um minuto (+)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add one minute</source>
            <translation>Adicionar um minuto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>+5 min</source>
            <translation>+5 min</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Five more minutes (Shift++)</source>
            <translation>Mais cinco minutos (Shift++)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add five minutes</source>
            <translation>Adicionar cinco minutos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reset</source>
            <translation>Repor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Back to the planned time, stopped</source>
            <translation>Voltar ao tempo previsto, com o temporizador parado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset the timer</source>
            <translation>Repor o temporizador</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Resume</source>
            <translation>Retomar</translation>
        </message>
    </context>
    <context>
        <name>TranslationsModel</name>
        <message>
            <location filename="../../workshop_app/ui/survey_translations.py" line="+107" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{language} (default)</source>
            <translation>{language} (predefinida)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>label</source>
            <translation>etiqueta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>hint</source>
            <translation>dica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>constraint message</source>
            <translation>mensagem de restrição</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} · {field}</source>
            <translation>{name} · {field}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{list} · {choice}</source>
            <translation>{list} · {choice}</translation>
        </message>
        <message>
            <location line="+25" />
            <source>(missing)</source>
            <translation>(em falta)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not translated yet: participants see the default language here</source>
            <translation>Ainda sem tradução: aqui os participantes veem a língua predefinida</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+7" />
            <source>Edit translation</source>
            <translation>Editar tradução</translation>
        </message>
    </context>
    <context>
        <name>TranslationsView</name>
        <message>
            <location line="+12" />
            <source>Every text of the survey, one column per language. Tinted cells still need a translation; participants see the default language there.</source>
            <translation>Todos os textos do questionário, uma coluna por língua. As células coloridas ainda precisam de tradução; nessas, as pessoas veem a língua predefinida.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Default language</source>
            <translation>Língua predefinida</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Default language</source>
            <translation>Língua &amp;predefinida</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Add language…</source>
            <translation>&amp;Adicionar língua…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add language</source>
            <translation>Adicionar língua</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove language…</source>
            <translation>Remover língua…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove language</source>
            <translation>Remover língua</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Translations</source>
            <translation>Traduções</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Change default language</source>
            <translation>Alterar a língua predefinida</translation>
        </message>
    </context>
    <context>
        <name>UnfinishedModel</name>
        <message>
            <location filename="../../workshop_app/ui/run_survey_panel.py" line="-187" />
            <source>Who</source>
            <translation>Quem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Started</source>
            <translation>Início</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last answer</source>
            <translation>Última resposta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answers</source>
            <translation>Respostas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where</source>
            <translation>Onde</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Anonymous</source>
            <translation>Anónimo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no answer yet</source>
            <translation>ainda sem respostas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kiosk</source>
            <translation>Quiosque</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
    </context>
    <context>
        <name>ViewMenu</name>
        <message>
            <location filename="../../workshop_app/ui/view_menu.py" line="+40" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Language</source>
            <translation>Lín&amp;gua</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Show the app in this language</source>
            <translation>Mostrar a aplicação nesta língua</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Text &amp;size</source>
            <translation>&amp;Tamanho do texto</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{percent} %</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;High contrast</source>
            <translation>&amp;Alto contraste</translation>
        </message>
        <message>
            <location line="+2" />
            <source>White and yellow on black, with thick outlines</source>
            <translation>Branco e amarelo sobre preto, com contornos grossos</translation>
        </message>
    </context>
    <context>
        <name>VoteTallyModel</name>
        <message>
            <location filename="../../workshop_app/ui/voting_model.py" line="+37" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cluster</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dots in all</source>
            <translation>Total de pontos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counted in the room</source>
            <translation>Contados na sala</translation>
        </message>
    </context>
    <context>
        <name>VotingPanel</name>
        <message>
            <location filename="../../workshop_app/ui/voting_panel.py" line="+61" />
            <source>Start &amp;kiosk voting</source>
            <translation>Iniciar votação no &amp;quiosque</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start kiosk voting</source>
            <translation>Iniciar votação no quiosque</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People place their dots one after another on this laptop</source>
            <translation>As pessoas colocam os seus pontos neste portátil, umas a seguir às outras</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type an option to vote on and press Enter</source>
            <translation>Escreva uma opção a votar e prima Enter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New option to vote on</source>
            <translation>Nova opção a votar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dots per note</source>
            <translation>Pontos por nota</translation>
        </message>
        <message>
            <location line="+17" />
            <source>One dot less on the selected note</source>
            <translation>Menos um ponto na nota selecionada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One dot less (−)</source>
            <translation>Menos um ponto (−)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>One dot more on the selected note</source>
            <translation>Mais um ponto na nota selecionada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One dot more (+)</source>
            <translation>Mais um ponto (+)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Counting paper dots? Select a note and press + or −, or type the number.</source>
            <translation>Está a contar pontos em papel? Selecione uma nota e prima + ou −, ou escreva o número.</translation>
        </message>
        <message numerus="yes">
            <location line="+61" />
            <source>%n person voted in the kiosk</source>
            <translation>
                <numerusform>%n pessoa votou no quiosque</numerusform>
                <numerusform>%n pessoas votaram no quiosque</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n people voted in the kiosk</source>
            <translation>
                <numerusform>%n pessoa votou no quiosque</numerusform>
                <numerusform>%n pessoas votaram no quiosque</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{dots} · {people}</source>
            <translation>{dots} · {people}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>People vote on the options typed here.</source>
            <translation>As pessoas votam nas opções escritas aqui.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No brainstorm comes before this dot vote: type the options to vote on.</source>
            <translation>Esta votação por pontos não vem depois de uma chuva de ideias: escreva as opções a votar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>People vote on the notes of the brainstorm before it.</source>
            <translation>As pessoas votam nas notas da chuva de ideias anterior.</translation>
        </message>
    </context>
    <context>
        <name>WorkbookPanel</name>
        <message>
            <location filename="../../workshop_app/ui/workbook_panel.py" line="+73" />
            <source>ULG workbook</source>
            <translation>Livro Excel do ULG</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One Excel file for the ULG meeting and the Integrated Action Plan: a summary with charts, every survey response, ideas and votes, stakeholder maps and who took part.</source>
            <translation>Um ficheiro Excel para a reunião do ULG e para o Plano de Ação Integrado: um resumo com gráficos, todas as respostas aos questionários, as ideias e os votos, os mapas de partes interessadas e quem participou.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>E&amp;verything</source>
            <translation>&amp;Tudo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One &amp;workshop</source>
            <translation>Um &amp;workshop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workshops &amp;between</source>
            <translation>Workshops e&amp;ntre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export everything</source>
            <translation>Exportar tudo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export one workshop</source>
            <translation>Exportar um workshop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the workshops between two dates</source>
            <translation>Exportar os workshops entre duas datas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Workshop to export</source>
            <translation>Workshop a exportar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>First day of the range</source>
            <translation>Primeiro dia do período</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last day of the range</source>
            <translation>Último dia do período</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Language of the labels</source>
            <translation>Língua das etiquetas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include names and contacts (personal &amp;data)</source>
            <translation>Incluir nomes e contactos (&amp;dados pessoais)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include names and contacts</source>
            <translation>Incluir nomes e contactos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Personal data is left out unless you tick this</source>
            <translation>Os dados pessoais ficam de fora, a menos que assinale esta opção</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The workbook will contain personal data. Keep it safe, share it only with people who need it, and delete it when it is no longer needed.</source>
            <translation>O livro vai conter dados pessoais. Guarde-o em segurança, partilhe-o apenas com quem precisa dele e elimine-o quando deixar de ser necessário.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>E&amp;xport ULG workbook…</source>
            <translation>E&amp;xportar livro Excel do ULG…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+162" />
            <location line="+28" />
            <location line="+22" />
            <source>Export ULG workbook</source>
            <translation>Exportar livro Excel do ULG</translation>
        </message>
        <message>
            <location line="-204" />
            <source>Open &amp;folder</source>
            <translation>Abrir &amp;pasta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the folder of the workbook</source>
            <translation>Abrir a pasta do livro</translation>
        </message>
        <message>
            <location line="+11" />
            <source>and</source>
            <translation>e</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Labels in</source>
            <translation>&amp;Etiquetas em</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Open a database to export its workbook.</source>
            <translation>Abra uma base de dados para exportar o respetivo livro Excel.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>no date</source>
            <translation>sem data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{title} ({date})</source>
            <translation>{title} ({date})</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{name} ({code})</source>
            <translation>{name} ({code})</translation>
        </message>
        <message>
            <location line="+41" />
            <source>{workshops}, {responses} and {participants} will be exported.</source>
            <translation>Vão ser exportados: {workshops}, {responses} e {participants}.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n workshop</source>
            <translation>
                <numerusform>%n workshop</numerusform>
                <numerusform>%n workshops</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n workshops</source>
            <translation>
                <numerusform>%n workshop</numerusform>
                <numerusform>%n workshops</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n survey response</source>
            <translation>
                <numerusform>%n resposta a questionários</numerusform>
                <numerusform>%n respostas a questionários</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n survey responses</source>
            <translation>
                <numerusform>%n resposta a questionários</numerusform>
                <numerusform>%n respostas a questionários</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n participant</source>
            <translation>
                <numerusform>%n participante</numerusform>
                <numerusform>%n participantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n participants</source>
            <translation>
                <numerusform>%n participante</numerusform>
                <numerusform>%n participantes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Livros do Excel (*.xlsx)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Writing {name}…</source>
            <translation>A escrever {name}…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Saved {path}.</source>
            <translation>{path} guardado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It contains names and contacts: keep it safe.</source>
            <translation>Contém nomes e contactos: guarde-o em segurança.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n long text was cut to fit an Excel cell; the Answers sheet marks it.</source>
            <translation>
                <numerusform>%n texto longo foi cortado para caber numa célula do Excel; a folha Answers assinala-o.</numerusform>
                <numerusform>%n textos longos foram cortados para caberem nas células do Excel; a folha Answers assinala-os.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n long texts were cut to fit Excel's cells; the Answers sheet marks them.</source>
            <translation>
                <numerusform>%n texto longo foi cortado para caber numa célula do Excel; a folha Answers assinala-o.</numerusform>
                <numerusform>%n textos longos foram cortados para caberem nas células do Excel; a folha Answers assinala-os.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkshopEditor</name>
        <message>
            <location filename="../../workshop_app/ui/workshop_editor.py" line="+69" />
            <source>Workshop title</source>
            <translation>Título do workshop</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What is the workshop called?</source>
            <translation>Como se chama o workshop?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not set</source>
            <translation>Por definir</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Date and time</source>
            <translation>Data e hora</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Place</source>
            <translation>Local</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Parish hall, Rua Direita 12</source>
            <translation>p. ex. Salão paroquial, Rua Direita 12</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ULG theme</source>
            <translation>Tema do ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The ULG theme this workshop feeds</source>
            <translation>O tema do ULG para o qual este workshop contribui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator</source>
            <translation>Facilitação</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Language of the workshop</source>
            <translation>Língua do workshop</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anything to remember: access, interpreters, materials…</source>
            <translation>Algo a ter em conta: acessibilidade, intérpretes, materiais…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Delete…</source>
            <translation>&amp;Eliminar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete workshop</source>
            <translation>Eliminar workshop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete this workshop and its agenda</source>
            <translation>Eliminar este workshop e o respetivo programa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Run workshop…</source>
            <translation>&amp;Dinamizar workshop…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Run workshop</source>
            <translation>Dinamizar workshop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the run view: agenda, timer, kiosk and projector (Ctrl+R)</source>
            <translation>Abrir a vista de dinamização: programa, temporizador, quiosque e projetor (Ctrl+R)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Select a workshop in the list, or create a new one.</source>
            <translation>Selecione um workshop na lista ou crie um novo.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;When</source>
            <translation>&amp;Quando</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Place</source>
            <translation>&amp;Local</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ULG the&amp;me</source>
            <translation>Te&amp;ma do ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fa&amp;cilitator</source>
            <translation>Fa&amp;cilitação</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Status</source>
            <translation>E&amp;stado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language</source>
            <translation>Lín&amp;gua</translation>
        </message>
        <message>
            <location line="+2" />
            <source>N&amp;otes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Workshop details</source>
            <translation>Detalhes do workshop</translation>
        </message>
        <message>
            <location line="+178" />
            <source>Change title</source>
            <translation>Alterar título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change date and time</source>
            <translation>Alterar data e hora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change place</source>
            <translation>Alterar local</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change ULG theme</source>
            <translation>Alterar tema do ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change facilitator</source>
            <translation>Alterar facilitação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change language</source>
            <translation>Alterar língua</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change status</source>
            <translation>Alterar estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change notes</source>
            <translation>Alterar notas</translation>
        </message>
    </context>
    <context>
        <name>WorkshopsView</name>
        <message>
            <location filename="../../workshop_app/ui/workshops_view.py" line="+76" />
            <location line="+20" />
            <source>Workshops</source>
            <translation>Workshops</translation>
        </message>
        <message>
            <location line="-18" />
            <location line="+2" />
            <location line="+237" />
            <source>New workshop</source>
            <translation>Novo workshop</translation>
        </message>
        <message>
            <location line="-236" />
            <source>Create a workshop (Ctrl+N)</source>
            <translation>Criar um workshop (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search titles and places</source>
            <translation>Procurar por título e local</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search workshops</source>
            <translation>Procurar workshops</translation>
        </message>
        <message>
            <location line="+70" />
            <source>No workshops yet — create your first one</source>
            <translation>Ainda não há workshops — crie o primeiro</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A workshop holds the date, the place and the agenda of one meeting with your group. You can change everything later.</source>
            <translation>Um workshop reúne a data, o local e o programa de um encontro com o seu grupo. Pode alterar tudo mais tarde.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+2" />
            <source>Create a workshop</source>
            <translation>Criar um workshop</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No database is open.</source>
            <translation>Não há nenhuma base de dados aberta.</translation>
        </message>
        <message>
            <location line="+157" />
            <source>Delete the workshop “{title}”?</source>
            <translation>Eliminar o workshop “{title}”?</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Its agenda of %n activity goes with it.</source>
            <translation>
                <numerusform>O programa, com %n atividade, também é eliminado.</numerusform>
                <numerusform>O programa, com %n atividades, também é eliminado.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Its agenda of %n activities goes with it.</source>
            <translation>
                <numerusform>O programa, com %n atividade, também é eliminado.</numerusform>
                <numerusform>O programa, com %n atividades, também é eliminado.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>The attendance of %n participant goes with it; the person stays.</source>
            <translation>
                <numerusform>O registo de presença de %n participante também é eliminado; a pessoa continua inscrita.</numerusform>
                <numerusform>Os registos de presença de %n participantes também são eliminados; as pessoas continuam inscritas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>The attendance of %n participants goes with it; the people stay.</source>
            <translation>
                <numerusform>O registo de presença de %n participante também é eliminado; a pessoa continua inscrita.</numerusform>
                <numerusform>Os registos de presença de %n participantes também são eliminados; as pessoas continuam inscritas.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can undo this with Edit › Undo.</source>
            <translation>Pode anular esta ação com Editar › Anular.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete workshop</source>
            <translation>Eliminar workshop</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
    </context>
    <context>
        <name>_NumberDelegate</name>
        <message>
            <location filename="../../workshop_app/ui/agenda_view.py" line="-248" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned minutes</source>
            <translation>Minutos previstos</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Survey this activity runs</source>
            <translation>Questionário usado nesta atividade</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dots per person</source>
            <translation>Pontos por pessoa</translation>
        </message>
    </context>
    <context>
        <name>agenda</name>
        <message>
            <location filename="../../workshop_app/ui/agenda_model.py" line="+32" />
            <source>Activity</source>
            <translation>Atividade</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>Duração</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>Detalhes</translation>
        </message>
        <message>
            <location line="+91" />
            <source>Choose a survey…</source>
            <translation>Escolher um questionário…</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../workshop_app/app.py" line="+148" />
            <source>Something went wrong ({error}). Everything saved so far is safe; the details are in {log}.</source>
            <translation>Algo correu mal ({error}). Tudo o que foi guardado até agora está seguro; os detalhes estão em {log}.</translation>
        </message>
    </context>
    <context>
        <name>board</name>
        <message>
            <location filename="../../workshop_app/ui/board_scene.py" line="+110" />
            <source>New ideas</source>
            <translation>Novas ideias</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unnamed group</source>
            <translation>Grupo sem nome</translation>
        </message>
        <message>
            <location line="+123" />
            <source>Type an idea above and press Enter.</source>
            <translation>Escreva uma ideia acima e prima Enter.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drag notes here.</source>
            <translation>Arraste notas para aqui.</translation>
        </message>
    </context>
    <context>
        <name>brainstorm</name>
        <message>
            <location filename="../../workshop_app/ui/brainstorm_commands.py" line="+31" />
            <source>Add note</source>
            <translation>Adicionar nota</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Edit note</source>
            <translation>Editar nota</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Colour note</source>
            <translation>Mudar a cor da nota</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Move note</source>
            <translation>Mover nota</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Move %n notes</source>
            <translation>
                <numerusform>Mover %n notas</numerusform>
                <numerusform>Mover %n notas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+18" />
            <source>Delete note</source>
            <translation>Eliminar nota</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n notes</source>
            <translation>
                <numerusform>Eliminar %n notas</numerusform>
                <numerusform>Eliminar %n notas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>Add cluster</source>
            <translation>Adicionar grupo</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Rename cluster</source>
            <translation>Mudar o nome do grupo</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Move cluster</source>
            <translation>Mover grupo</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Delete cluster</source>
            <translation>Eliminar grupo</translation>
        </message>
    </context>
    <context>
        <name>builder</name>
        <message>
            <location filename="../../workshop_app/ui/builder_commands.py" line="+43" />
            <source>Add question</source>
            <translation>Adicionar pergunta</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Delete question</source>
            <translation>Eliminar pergunta</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Move question</source>
            <translation>Mover pergunta</translation>
        </message>
        <message>
            <location line="+103" />
            <source>Rename question</source>
            <translation>Mudar o nome da pergunta</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Change type to {type}</source>
            <translation>Mudar o tipo para {type}</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../workshop_app/ui/builder_types.py" line="+147" />
            <source>Option 1</source>
            <translation>Opção 1</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/ui/builder_types.py" line="+1" />
            <source>Option 2</source>
            <translation>Opção 2</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Edit label</source>
            <translation>Editar etiqueta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit hint</source>
            <translation>Editar dica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit constraint message</source>
            <translation>Editar mensagem de restrição</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Edit required message</source>
            <translation>Editar mensagem de resposta obrigatória</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/builder_types.py" line="-128" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whole number</source>
            <translation>Número inteiro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decimal</source>
            <translation>Número decimal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Single choice</source>
            <translation>Escolha única</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Multiple choice</source>
            <translation>Escolha múltipla</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ranking</source>
            <translation>Ordenação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rating scale</source>
            <translation>Escala de avaliação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Acknowledge</source>
            <translation>Confirmação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calculation</source>
            <translation>Cálculo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Repeat</source>
            <translation>Repetição</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Filled in by the device ({type})</source>
            <translation>Preenchido pelo dispositivo ({type})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kept as a note ({type})</source>
            <translation>Mantido como nota ({type})</translation>
        </message>
        <message>
            <location line="+102" />
            <source>A note for the participant.</source>
            <translation>Uma nota para quem participa.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New group</source>
            <translation>Novo grupo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New repeat</source>
            <translation>Nova repetição</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I have read and understood this.</source>
            <translation>Li e compreendi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New question</source>
            <translation>Nova pergunta</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Start with a letter or “_”, then use letters, digits, “_”, “-” or “.”, no spaces.</source>
            <translation>Comece por uma letra ou “_” e use depois letras, algarismos, “_”, “-” ou “.”, sem espaços.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Another question is already called “{name}”.</source>
            <translation>Já existe outra pergunta chamada “{name}”.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/survey_languages.py" line="+13" />
            <source>Add language {language}</source>
            <translation>Adicionar a língua {language}</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+7" />
            <source>Remove language</source>
            <translation>Remover língua</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Which language should the survey no longer have?</source>
            <translation>Que língua deve deixar de existir no questionário?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Remove {language} and every text in it?</source>
            <translation>Remover {language} e todos os textos nessa língua?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can undo this with Edit › Undo until you switch surveys.</source>
            <translation>Pode anular esta ação com Editar › Anular enquanto não mudar de questionário.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Remove language {language}</source>
            <translation>Remover a língua {language}</translation>
        </message>
    </context>
    <context>
        <name>coming</name>
        <message>
            <location filename="../../workshop_app/ui/coming_view.py" line="+10" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check people in at the door with a pseudonymous code each, and record consent for every purpose. Names and phone numbers stay optional and are kept apart.</source>
            <translation>Marque a presença das pessoas à entrada, cada uma com um código pseudónimo, e registe o consentimento para cada finalidade. Os nomes e os números de telefone continuam a ser opcionais e são guardados à parte.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Surveys</source>
            <translation>Questionários</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build questionnaires in several languages or import them from KoboToolbox, and let people answer on this laptop in a locked kiosk.</source>
            <translation>Crie questionários em várias línguas ou importe-os do KoboToolbox, e deixe as pessoas responder neste portátil, num quiosque bloqueado.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Stakeholder maps</source>
            <translation>Mapas de partes interessadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Place stakeholders on a power and interest grid or an ecosystem map, draw who works with whom, and print it on A4 or A3.</source>
            <translation>Coloque as partes interessadas numa grelha de poder e interesse ou num mapa de ecossistema, desenhe quem trabalha com quem e imprima em A4 ou A3.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>See answers, ideas and votes as charts, and who took part: the diversity of the group, never names.</source>
            <translation>Veja as respostas, as ideias e os votos em gráficos, e quem participou: a diversidade do grupo, nunca nomes.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the ULG workbook for Excel, and pack workshops onto a USB stick for the ULG secretary to merge.</source>
            <translation>Guarde o livro Excel do ULG e crie pacotes de workshops numa pen USB para o secretariado do ULG integrar.</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <location filename="../../workshop_app/ui/commands.py" line="+35" />
            <source>New workshop</source>
            <translation>Novo workshop</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Delete workshop</source>
            <translation>Eliminar workshop</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Remove activity</source>
            <translation>Remover atividade</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Move activity</source>
            <translation>Mover atividade</translation>
        </message>
    </context>
    <context>
        <name>consent</name>
        <message>
            <location filename="../../workshop_app/ui/consent_panel.py" line="-104" />
            <source>Take part</source>
            <translation>Participar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Be contacted</source>
            <translation>Receber contactos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appear in photos</source>
            <translation>Aparecer em fotografias</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{purpose}: given {when} (recorded by {who})</source>
            <translation>{purpose}: dado em {when} (registado por {who})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{given}; withdrawn {when} (recorded by {who})</source>
            <translation>{given}; retirado em {when} (registado por {who})</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not given</source>
            <translation>Não foi dado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Withdrawn {when}</source>
            <translation>Retirado em {when}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Given {when}</source>
            <translation>Dado em {when}</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <location filename="../../workshop_app/ui/dialogs.py" line="+18" />
            <source>Workshop App databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bases de dados do Workshop App (*.sqlite *.db);;Todos os ficheiros (*)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Open database</source>
            <translation>Abrir base de dados</translation>
        </message>
        <message>
            <location line="+9" />
            <source>New database</source>
            <translation>Nova base de dados</translation>
        </message>
    </context>
    <context>
        <name>diversity</name>
        <message>
            <location filename="../../workshop_app/ui/diversity_chart.py" line="+33" />
            <source>{count} · {share}</source>
            <translation>{count} · {share}</translation>
        </message>
        <message>
            <location line="+36" />
            <source>people</source>
            <translation>pessoas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{answered} of {people} answered; {skipped} did not answer</source>
            <translation>{answered} de {people} responderam; {skipped} não responderam</translation>
        </message>
    </context>
    <context>
        <name>feedback</name>
        <message>
            <location filename="../../workshop_app/ui/feedback_panel.py" line="-162" />
            <source>Record feedback</source>
            <translation>Registar avaliação</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../workshop_app/ui/labels.py" line="+16" />
            <source>Survey</source>
            <translation>Questionário</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Brainstorm</source>
            <translation>Chuva de ideias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dot vote</source>
            <translation>Votação por pontos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Feedback round</source>
            <translation>Ronda de avaliação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholder mapping</source>
            <translation>Mapeamento de partes interessadas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>People answer a questionnaire, on paper or on the laptop.</source>
            <translation>As pessoas respondem a um questionário, em papel ou no portátil.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ideas from the room go on sticky notes and into clusters.</source>
            <translation>As ideias da sala são escritas em notas adesivas e organizadas em grupos.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everyone places a few dots on the ideas they like most.</source>
            <translation>Cada pessoa coloca alguns pontos nas ideias de que mais gosta.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each person says, in turn, how the session went for them.</source>
            <translation>Cada pessoa diz, à vez, como correu a sessão para si.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The group places stakeholders on a map together.</source>
            <translation>O grupo coloca em conjunto as partes interessadas num mapa.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Planned</source>
            <translation>Planeado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Running</source>
            <translation>A decorrer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Concluído</translation>
        </message>
        <message>
            <location line="+4" />
            <source>English</source>
            <translation>Inglês</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Portuguese</source>
            <translation>Português</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spanish</source>
            <translation>Espanhol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>French</source>
            <translation>Francês</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Polish</source>
            <translation>Polaco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Italian</source>
            <translation>Italiano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arabic</source>
            <translation>Árabe</translation>
        </message>
        <message numerus="yes">
            <location line="+38" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n h</source>
            <translation>
                <numerusform>%n h</numerusform>
                <numerusform>%n h</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n dot each</source>
            <translation>
                <numerusform>%n ponto por pessoa</numerusform>
                <numerusform>%n pontos por pessoa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n dots each</source>
            <translation>
                <numerusform>%n pontos por pessoa</numerusform>
                <numerusform>%n pontos por pessoa</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>map_export</name>
        <message>
            <location filename="../../workshop_app/ui/map_export.py" line="+58" />
            <source>Maps can only be drawn in a program that shows windows.</source>
            <translation>Os mapas só podem ser desenhados num programa que mostre janelas.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Paper size {paper} is not available; choose A4 or A3.</source>
            <translation>O tamanho de papel {paper} não está disponível; escolha A4 ou A3.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>A map can be saved as PDF, PNG or SVG; “{name}” ends in none of these (.pdf, .png, .svg).</source>
            <translation>Um mapa pode ser guardado como PDF, PNG ou SVG; “{name}” não termina em nenhuma destas extensões (.pdf, .png, .svg).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The resolution must be between {low} and {high} dots per inch.</source>
            <translation>A resolução tem de estar entre {low} e {high} pontos por polegada.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The folder {folder} does not exist.</source>
            <translation>A pasta {folder} não existe.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot write in the folder {folder}: {reason}</source>
            <translation>Não é possível escrever na pasta {folder}: {reason}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot save the map as {path}: {reason}</source>
            <translation>Não é possível guardar o mapa como {path}: {reason}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>the file could not be opened for writing</source>
            <translation>não foi possível abrir o ficheiro para escrita</translation>
        </message>
        <message>
            <location line="+23" />
            <source>not enough memory for a picture of {width} × {height} pixels</source>
            <translation>memória insuficiente para uma imagem de {width} × {height} píxeis</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the picture could not be written</source>
            <translation>não foi possível escrever a imagem</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Stakeholder map made with Workshop App</source>
            <translation>Mapa de partes interessadas criado com o Workshop App</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The printer could not be started.</source>
            <translation>Não foi possível iniciar a impressora.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Print map</source>
            <translation>Imprimir mapa</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Print preview — {title}</source>
            <translation>Pré-visualização da impressão — {title}</translation>
        </message>
    </context>
    <context>
        <name>map_render</name>
        <message>
            <location filename="../../workshop_app/ui/map_render.py" line="+39" />
            <source>Power / interest grid</source>
            <translation>Grelha poder / interesse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Importance / influence matrix</source>
            <translation>Matriz importância / influência</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ecosystem map</source>
            <translation>Mapa de ecossistema</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+110" />
            <source>Stakeholder map</source>
            <translation>Mapa de partes interessadas</translation>
        </message>
        <message>
            <location line="+8" />
            <source>1 stakeholder</source>
            <translation>1 parte interessada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} stakeholders</source>
            <translation>{count} partes interessadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 relationship</source>
            <translation>1 relação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} relationships</source>
            <translation>{count} relações</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{kind} · {stakeholders} · {relationships}</source>
            <translation>{kind} · {stakeholders} · {relationships}</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Low</source>
            <translation>Baixo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>High</source>
            <translation>Alto</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_render_legend.py" line="+34" />
            <source>Weak tie</source>
            <translation>Ligação fraca</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tie</source>
            <translation>Ligação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strong tie</source>
            <translation>Ligação forte</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Sectors</source>
            <translation>Setores</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Relationships</source>
            <translation>Relações</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One-way (from → to)</source>
            <translation>Num só sentido (de → para)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attitude</source>
            <translation>Atitude</translation>
        </message>
    </context>
    <context>
        <name>map_style</name>
        <message>
            <location filename="../../workshop_app/ui/map_style.py" line="+49" />
            <source>Public sector</source>
            <translation>Setor público</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Private sector</source>
            <translation>Setor privado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Civil society</source>
            <translation>Sociedade civil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge &amp; research</source>
            <translation>Conhecimento e investigação</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Supportive</source>
            <translation>Favorável</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Neutral</source>
            <translation>Neutral</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opposed</source>
            <translation>Desfavorável</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attitude unknown</source>
            <translation>Atitude desconhecida</translation>
        </message>
    </context>
    <context>
        <name>maps</name>
        <message>
            <location filename="../../workshop_app/ui/map_commands.py" line="+57" />
            <source>New map</source>
            <translation>Novo mapa</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Delete map “{title}”</source>
            <translation>Eliminar o mapa “{title}”</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Add stakeholder</source>
            <translation>Adicionar parte interessada</translation>
        </message>
        <message>
            <location line="+85" />
            <source>Delete relationship</source>
            <translation>Eliminar relação</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n relationships</source>
            <translation>
                <numerusform>Eliminar %n relações</numerusform>
                <numerusform>Eliminar %n relações</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete stakeholder</source>
            <translation>Eliminar parte interessada</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n stakeholders</source>
            <translation>
                <numerusform>Eliminar %n partes interessadas</numerusform>
                <numerusform>Eliminar %n partes interessadas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+27" />
            <source>Connect stakeholders</source>
            <translation>Ligar partes interessadas</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Take snapshot “{name}”</source>
            <translation>Guardar instantâneo “{name}”</translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>Import %n stakeholders</source>
            <translation>
                <numerusform>Importar %n parte interessada</numerusform>
                <numerusform>Importar %n partes interessadas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_exchange_actions.py" line="-77" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PNG pictures (*.png)</source>
            <translation>Imagens PNG (*.png)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SVG drawings (*.svg)</source>
            <translation>Desenhos SVG (*.svg)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Livros do Excel (*.xlsx);;Todos os ficheiros (*)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import stakeholders from Excel</source>
            <translation>Importar partes interessadas do Excel</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Export stakeholders to Excel</source>
            <translation>Exportar partes interessadas para Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Livros do Excel (*.xlsx)</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+262" />
            <source>Export map</source>
            <translation>Exportar mapa</translation>
        </message>
        <message>
            <location line="-196" />
            <location line="+6" />
            <location line="+84" />
            <location line="+25" />
            <source>Reading {name}…</source>
            <translation>A ler {name}…</translation>
        </message>
        <message>
            <location line="-110" />
            <location line="+48" />
            <location line="+61" />
            <location line="+16" />
            <source>Import stakeholders</source>
            <translation>Importar partes interessadas</translation>
        </message>
        <message>
            <location line="-109" />
            <location line="+124" />
            <source>Export stakeholders</source>
            <translation>Exportar partes interessadas</translation>
        </message>
        <message>
            <location line="-123" />
            <source>Writing {name}…</source>
            <translation>A escrever {name}…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Import stakeholders from E&amp;xcel…</source>
            <translation>Importar partes interessadas do E&amp;xcel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add stakeholders and who works with whom from a workbook</source>
            <translation>Adicionar partes interessadas e quem trabalha com quem a partir de um livro Excel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export stakeholders to Excel…</source>
            <translation>Exportar partes interessadas para Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the map's stakeholders and relationships as a workbook</source>
            <translation>Guardar as partes interessadas e as relações do mapa num livro Excel</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Where should the stakeholders go?</source>
            <translation>Para onde devem ir as partes interessadas?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Into a &amp;new map</source>
            <translation>Para um &amp;novo mapa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Into “{title}”</source>
            <translation>Para “{title}”</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Imported stakeholders</source>
            <translation>Partes interessadas importadas</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Imported {stakeholders} and {relationships} from {file}.</source>
            <translation>Importação de {file}: {stakeholders} e {relationships}.</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>… and %n more.</source>
            <translation>
                <numerusform>… e mais %n.</numerusform>
                <numerusform>… e mais %n.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Some stakeholders have a contact, which is personal data. Include the contacts in the workbook?</source>
            <translation>Algumas partes interessadas têm um contacto, que é um dado pessoal. Incluir os contactos no livro Excel?</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Exported to {path}.</source>
            <translation>Exportado para {path}.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Print map</source>
            <translation>Imprimir mapa</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Saved the map as {path}.</source>
            <translation>Mapa guardado como {path}.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_items.py" line="+88" />
            <source>{sector} · {attitude}</source>
            <translation>{sector} · {attitude}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{source} → {kind} → {target}</source>
            <translation>{source} → {kind} → {target}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{source} — {kind} — {target}</source>
            <translation>{source} — {kind} — {target}</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_items_plot.py" line="+73" />
            <source>Low</source>
            <translation>Baixo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>High</source>
            <translation>Alto</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/ui/map_list_model.py" line="+26" />
            <source>%n stakeholder</source>
            <translation>
                <numerusform>%n parte interessada</numerusform>
                <numerusform>%n partes interessadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n stakeholders</source>
            <translation>
                <numerusform>%n partes interessadas</numerusform>
                <numerusform>%n partes interessadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n relationship</source>
            <translation>
                <numerusform>%n relação</numerusform>
                <numerusform>%n relações</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n relationships</source>
            <translation>
                <numerusform>%n relações</numerusform>
                <numerusform>%n relações</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>{kind}
{stakeholders} · {relationships}</source>
            <translation>{kind}
{stakeholders} · {relationships}</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_new_dialog.py" line="-103" />
            <source>Power / interest grid</source>
            <translation>Grelha poder / interesse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who can shape the plan, and who cares about it: manage closely, keep satisfied, keep informed, monitor.</source>
            <translation>Quem pode influenciar o plano e quem se interessa por ele: gerir de perto, garantir a satisfação, informar regularmente, monitorizar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Importance / influence matrix</source>
            <translation>Matriz importância / influência</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How much the action matters to each stakeholder, and how much they can sway it.</source>
            <translation>Quanto a ação importa a cada parte interessada e quanto esta a pode influenciar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stakeholder ecosystem</source>
            <translation>Ecossistema de partes interessadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The actors of the city in four sectors: public, private, civil society, knowledge and research.</source>
            <translation>Os atores da cidade em quatro setores: público, privado, sociedade civil, conhecimento e investigação.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Blank canvas</source>
            <translation>Mapa em branco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No axes and no quadrants: place people freely and draw who works with whom.</source>
            <translation>Sem eixos nem quadrantes: coloque as pessoas livremente e desenhe quem trabalha com quem.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Interest</source>
            <translation>Interesse</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Power</source>
            <translation>Poder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Influence</source>
            <translation>Influência</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Importance</source>
            <translation>Importância</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Manage closely</source>
            <translation>Gerir de perto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep informed</source>
            <translation>Informar regularmente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Monitor</source>
            <translation>Monitorizar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep satisfied</source>
            <translation>Garantir a satisfação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key players</source>
            <translation>Intervenientes-chave</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Least priority</source>
            <translation>Menor prioridade</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protect and involve</source>
            <translation>Proteger e envolver</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Public</source>
            <translation>Público</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Private</source>
            <translation>Privado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Civil society</source>
            <translation>Sociedade civil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge &amp; research</source>
            <translation>Conhecimento e investigação</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_panel_editor.py" line="+37" />
            <source>Rename stakeholder</source>
            <translation>Mudar o nome da parte interessada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit organisation</source>
            <translation>Editar organização</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change sector</source>
            <translation>Alterar setor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change attitude</source>
            <translation>Alterar atitude</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit engagement</source>
            <translation>Editar envolvimento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit notes</source>
            <translation>Editar notas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit contact</source>
            <translation>Editar contacto</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <location line="+36" />
            <source>Move stakeholder</source>
            <translation>Mover parte interessada</translation>
        </message>
        <message>
            <location line="-34" />
            <source>Edit stakeholder</source>
            <translation>Editar parte interessada</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rename map</source>
            <translation>Mudar o nome do mapa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rename horizontal axis</source>
            <translation>Mudar o nome do eixo horizontal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rename vertical axis</source>
            <translation>Mudar o nome do eixo vertical</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rename quadrants</source>
            <translation>Mudar o nome dos quadrantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit map notes</source>
            <translation>Editar notas do mapa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit map</source>
            <translation>Editar mapa</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Move stakeholders</source>
            <translation>Mover partes interessadas</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Connect: drag from one stakeholder to another. Press Escape when you are done.</source>
            <translation>Ligar: arraste de uma parte interessada para outra. Prima Esc quando terminar.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>New stakeholder</source>
            <translation>Nova parte interessada</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Nudge stakeholders</source>
            <translation>Deslocar ligeiramente partes interessadas</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Select two or more stakeholders to align them.</source>
            <translation>Selecione duas ou mais partes interessadas para as alinhar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Align left</source>
            <translation>Alinhar à esquerda</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Align top</source>
            <translation>Alinhar em cima</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Align centres</source>
            <translation>Alinhar ao centro</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Edit relationship</source>
            <translation>Editar relação</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_snapshots.py" line="-28" />
            <source>{name} — {date}</source>
            <translation>{name} — {date}</translation>
        </message>
        <message>
            <location line="+182" />
            <source>ULG meeting {number}</source>
            <translation>Reunião do ULG {number}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Snapshot “{name}” saved. Move stakeholders as things change, then Compare to see who moved.</source>
            <translation>Instantâneo “{name}” guardado. Mova as partes interessadas à medida que a situação muda e depois use Comparar para ver quem mudou de posição.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>There is nothing to compare yet: take a snapshot first (for example at a ULG meeting).</source>
            <translation>Ainda não há nada para comparar: guarde primeiro um instantâneo (por exemplo, numa reunião do ULG).</translation>
        </message>
    </context>
    <context>
        <name>people</name>
        <message>
            <location filename="../../workshop_app/ui/participant_commands.py" line="+100" />
            <source>Register participant</source>
            <translation>Inscrever participante</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Delete participant</source>
            <translation>Eliminar participante</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Change name or contact</source>
            <translation>Alterar nome ou contacto</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Change profile answer</source>
            <translation>Alterar resposta de perfil</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Record consent</source>
            <translation>Registar consentimento</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Withdraw consent</source>
            <translation>Retirar consentimento</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Check in</source>
            <translation>Marcar presença</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Remove check-in</source>
            <translation>Remover presença</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Set diversity target</source>
            <translation>Definir meta de diversidade</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Remove diversity target</source>
            <translation>Remover meta de diversidade</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/participant_recorder.py" line="+23" />
            <source>Who is recording?</source>
            <translation>Quem está a registar?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your name is saved with every consent and erasure you record, as the law asks.
It is asked once; you can change it on the Check-in tab.</source>
            <translation>O seu nome fica guardado com cada consentimento e cada apagamento que registar, como a lei exige.
Só é pedido uma vez; pode alterá-lo no separador Presenças.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/participants_model.py" line="+24" />
            <source>Take part</source>
            <translation>Participar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Photos</source>
            <translation>Fotografias</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Consents to take part.</source>
            <translation>Consente em participar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consents to be contacted.</source>
            <translation>Consente em receber contactos.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consents to appear in photos.</source>
            <translation>Consente em aparecer em fotografias.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No consent to take part: no answers can be recorded for them.</source>
            <translation>Sem consentimento para participar: não é possível registar respostas desta pessoa.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No consent to be contacted.</source>
            <translation>Sem consentimento para receber contactos.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No consent to appear in photos.</source>
            <translation>Sem consentimento para aparecer em fotografias.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workshops</source>
            <translation>Workshops</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation>Consentimento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checked in</source>
            <translation>Presença</translation>
        </message>
    </context>
    <context>
        <name>profile</name>
        <message>
            <location filename="../../workshop_app/ui/profile_commands.py" line="+40" />
            <source>Add profile question</source>
            <translation>Adicionar pergunta de perfil</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Delete profile question</source>
            <translation>Eliminar pergunta de perfil</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Move profile question</source>
            <translation>Mover pergunta de perfil</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Rename profile question</source>
            <translation>Mudar o nome da pergunta de perfil</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Add answer</source>
            <translation>Adicionar resposta</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Delete answer</source>
            <translation>Eliminar resposta</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Move answer</source>
            <translation>Mover resposta</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Rename answer</source>
            <translation>Mudar o nome da resposta</translation>
        </message>
    </context>
    <context>
        <name>projector</name>
        <message>
            <location filename="../../workshop_app/ui/live_chart.py" line="+100" />
            <location line="+46" />
            <source>{count} people answered</source>
            <translation>{count} pessoas responderam</translation>
        </message>
        <message>
            <location line="-40" />
            <source>{count} · {share} %</source>
            <translation>{count} · {share} %</translation>
        </message>
        <message>
            <location line="+4" />
            <source>average {mean} · median {median}</source>
            <translation>média {mean} · mediana {median}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>dots</source>
            <translation>pontos</translation>
        </message>
        <message>
            <location line="+17" />
            <source>1 = not useful · 5 = very useful</source>
            <translation>1 = nada útil · 5 = muito útil</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+3" />
            <location line="+3" />
            <source>{label}: {count}</source>
            <translation>{label}: {count}</translation>
        </message>
    </context>
    <context>
        <name>relevance</name>
        <message>
            <location filename="../../workshop_app/ui/question_relevance.py" line="-303" />
            <source>is</source>
            <translation>é</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is not</source>
            <translation>não é</translation>
        </message>
        <message>
            <location line="+4" />
            <source>includes</source>
            <translation>inclui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>does not include</source>
            <translation>não inclui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is more than</source>
            <translation>é maior que</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is at least</source>
            <translation>é pelo menos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is less than</source>
            <translation>é menor que</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is at most</source>
            <translation>é no máximo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is after</source>
            <translation>é posterior a</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is before</source>
            <translation>é anterior a</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is answered</source>
            <translation>tem resposta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is not answered</source>
            <translation>não tem resposta</translation>
        </message>
        <message>
            <location line="+63" />
            <source>there is no question named '{name}'</source>
            <translation>não há nenhuma pergunta chamada '{name}'</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+47" />
            <source>Position {position}: {message}.</source>
            <translation>Posição {position}: {message}.</translation>
        </message>
    </context>
    <context>
        <name>results</name>
        <message>
            <location filename="../../workshop_app/ui/results_cards.py" line="-138" />
            <source>{n} answered</source>
            <translation>{n} responderam</translation>
        </message>
        <message>
            <location line="+2" />
            <source>more than one answer each, so shares add up to more than 100 %</source>
            <translation>mais de uma resposta por pessoa, por isso as percentagens somam mais de 100 %</translation>
        </message>
        <message>
            <location line="+1" />
            <source>each person's first choice</source>
            <translation>a primeira escolha de cada pessoa</translation>
        </message>
        <message>
            <location line="+3" />
            <source>words used by at least 5 people; the answers themselves are never shown</source>
            <translation>palavras usadas por pelo menos 5 pessoas; as respostas em si nunca são mostradas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>answers of this kind are counted, not charted</source>
            <translation>as respostas deste tipo são contadas, mas não aparecem em gráfico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} · {note}</source>
            <translation>{count} · {note}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No one answered this question in the responses shown.</source>
            <translation>Ninguém respondeu a esta pergunta nas respostas apresentadas.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fewer than 5 answers, so nothing is shown: no one can be singled out.</source>
            <translation>Menos de 5 respostas, por isso nada é mostrado: nenhuma pessoa pode ser identificada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not shown: everyone else who answered is fewer than 5 people, and comparing this group with everyone would single them out.</source>
            <translation>Não mostrado: as restantes pessoas que responderam são menos de 5, e comparar este grupo com todas as pessoas permitiria identificá-las.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No word was used by 5 or more people.</source>
            <translation>Nenhuma palavra foi usada por 5 ou mais pessoas.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{group}: mean {mean}, median {median}</source>
            <translation>{group}: média {mean}, mediana {median}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mean {mean} · median {median}</source>
            <translation>Média {mean} · mediana {median}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not on the scale: {answers}</source>
            <translation>Fora da escala: {answers}</translation>
        </message>
        <message>
            <location line="+67" />
            <source>{group}: {n} answered</source>
            <translation>{group}: {n} responderam</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/results_chart.py" line="+78" />
            <source>{count} · {share}</source>
            <translation>{count} · {share}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{share} ({count})</source>
            <translation>{share} ({count})</translation>
        </message>
        <message>
            <location line="+61" />
            <source>{group} · fewer than 5 answers</source>
            <translation>{group} · menos de 5 respostas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} · hidden: everyone else is fewer than 5</source>
            <translation>{group} · oculto: as restantes pessoas são menos de 5</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} · no answers</source>
            <translation>{group} · sem respostas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} · n = {n}</source>
            <translation>{group} · n = {n}</translation>
        </message>
        <message>
            <location line="+33" />
            <location line="+90" />
            <source>people</source>
            <translation>pessoas</translation>
        </message>
        <message>
            <location line="-60" />
            <source>share of each group's respondents</source>
            <translation>percentagem de quem respondeu em cada grupo</translation>
        </message>
        <message>
            <location line="+55" />
            <source>share of each group</source>
            <translation>percentagem de cada grupo</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/results_likert.py" line="+64" />
            <source>No breakdown for this group</source>
            <translation>Sem discriminação para este grupo</translation>
        </message>
        <message>
            <location line="+55" />
            <source>hidden: {share}</source>
            <translation>oculto: {share}</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Hidden: small counts</source>
            <translation>Oculto: contagens pequenas</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/results_save.py" line="+33" />
            <source>PNG pictures (*.png)</source>
            <translation>Imagens PNG (*.png)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>SVG drawings (*.svg)</source>
            <translation>Desenhos SVG (*.svg)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save chart</source>
            <translation>Guardar gráfico</translation>
        </message>
        <message>
            <location line="+29" />
            <source>A chart can be saved as PNG or SVG; “{name}” ends in neither.</source>
            <translation>Um gráfico pode ser guardado como PNG ou SVG; “{name}” não termina em nenhuma destas extensões.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>This question has no chart to save.</source>
            <translation>Esta pergunta não tem nenhum gráfico para guardar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{filters} · n = {n}</source>
            <translation>{filters} · n = {n}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{small}” marks fewer than 5 people; some counts are hidden so that a small one cannot be worked out.</source>
            <translation>“{small}” indica menos de 5 pessoas; algumas contagens estão ocultas para que não se possa deduzir uma contagem pequena.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The folder {folder} does not exist.</source>
            <translation>A pasta {folder} não existe.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot save the chart as {path}: {reason}</source>
            <translation>Não é possível guardar o gráfico como {path}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>run</name>
        <message>
            <location filename="../../workshop_app/ui/run_launch.py" line="+42" />
            <source>The kiosk is already running. Leave it with the PIN first.</source>
            <translation>O quiosque já está a funcionar. Saia primeiro com o PIN.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The kiosk is not available in this version of the app.</source>
            <translation>O quiosque não está disponível nesta versão da aplicação.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Paper data entry is not available in this version of the app.</source>
            <translation>A introdução de questionários em papel não está disponível nesta versão da aplicação.</translation>
        </message>
    </context>
    <context>
        <name>startup</name>
        <message>
            <location filename="../../workshop_app/ui/startup.py" line="+39" />
            <source>{path} could not be opened: {reason}.</source>
            <translation>Não foi possível abrir {path}: {reason}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Workshop App</source>
            <translation>Workshop App</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The database could not be opened.</source>
            <translation>Não foi possível abrir a base de dados.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open another file…</source>
            <translation>Abrir outro ficheiro…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create a new database…</source>
            <translation>Criar uma nova base de dados…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit</source>
            <translation>Sair</translation>
        </message>
    </context>
    <context>
        <name>surveys</name>
        <message>
            <location filename="../../workshop_app/ui/survey_dialogs.py" line="-38" />
            <source>Unsaved changes</source>
            <translation>Alterações por guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the changes to “{title}”?</source>
            <translation>Guardar as alterações a “{title}”?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If you don't save them, the changes since the last save are lost.</source>
            <translation>Se não as guardar, as alterações feitas desde a última gravação perdem-se.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/ui/survey_list_model.py" line="+34" />
            <source>%n question</source>
            <translation>
                <numerusform>%n pergunta</numerusform>
                <numerusform>%n perguntas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n questions</source>
            <translation>
                <numerusform>%n perguntas</numerusform>
                <numerusform>%n perguntas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n response</source>
            <translation>
                <numerusform>%n resposta</numerusform>
                <numerusform>%n respostas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n responses</source>
            <translation>
                <numerusform>%n respostas</numerusform>
                <numerusform>%n respostas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Version {version} · {languages}
{questions} · {responses}</source>
            <translation>Versão {version} · {languages}
{questions} · {responses}</translation>
        </message>
    </context>
    <context>
        <name>templates</name>
        <message>
            <location filename="../../workshop_app/ui/survey_template_dialog.py" line="-121" />
            <source>ULG workshop feedback</source>
            <translation>Avaliação de workshop do ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At the end of a workshop: was it useful, did people feel heard, could they follow, what to improve.</source>
            <translation>No fim de um workshop: foi útil, as pessoas sentiram-se ouvidas, conseguiram acompanhar, o que se pode melhorar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Neighbourhood needs assessment</source>
            <translation>Diagnóstico das necessidades do bairro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What a neighbourhood needs most, which services people use and what keeps them from taking part.</source>
            <translation>Aquilo de que um bairro mais precisa, que serviços as pessoas usam e o que as impede de participar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Training evaluation</source>
            <translation>Avaliação de formação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After a training: objectives, pace, the trainer, and what people learned.</source>
            <translation>Depois de uma formação: objetivos, ritmo, quem deu a formação e o que as pessoas aprenderam.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Blank survey</source>
            <translation>Questionário em branco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start with one question and build the rest yourself.</source>
            <translation>Comece com uma pergunta e construa o resto por si.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New survey</source>
            <translation>Novo questionário</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New question</source>
            <translation>Nova pergunta</translation>
        </message>
    </context>
    <context>
        <name>voting</name>
        <message>
            <location filename="../../workshop_app/ui/voting_model.py" line="+50" />
            <source>Count dots</source>
            <translation>Contar pontos</translation>
        </message>
    </context>
    <context>
        <name>worker</name>
        <message>
            <location filename="../../workshop_app/ui/worker.py" line="+144" />
            <source>Something went wrong ({error}); nothing was changed.</source>
            <translation>Algo correu mal ({error}); nada foi alterado.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>workshops</name>
        <message>
            <location filename="../../workshop_app/ui/workshop_list_model.py" line="+33" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date and time</source>
            <translation>Data e hora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Place</source>
            <translation>Local</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activities</source>
            <translation>Atividades</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned time</source>
            <translation>Duração prevista</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Not set</source>
            <translation>Por definir</translation>
        </message>
    </context>
    <context>
        <name>xlsform</name>
        <message>
            <location filename="../../workshop_app/ui/xlsform_actions.py" line="+24" />
            <source>XLSForm spreadsheets (*.xlsx *.xls);;All files (*)</source>
            <translation>Folhas de cálculo XLSForm (*.xlsx *.xls);;Todos os ficheiros (*)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+28" />
            <source>Import XLSForm</source>
            <translation>Importar XLSForm</translation>
        </message>
        <message>
            <location line="-21" />
            <location line="+39" />
            <source>Export XLSForm</source>
            <translation>Exportar XLSForm</translation>
        </message>
        <message>
            <location line="-38" />
            <source>XLSForm spreadsheets (*.xlsx)</source>
            <translation>Folhas de cálculo XLSForm (*.xlsx)</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+6" />
            <source>Reading {name}…</source>
            <translation>A ler {name}…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Writing {name}…</source>
            <translation>A escrever {name}…</translation>
        </message>
    </context>
</TS>