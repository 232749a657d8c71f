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
            <location filename="../../workshop_app/ui/agenda_view.py" line="+97" />
            <source>No activities yet. Use “Add activity” to plan a brainstorm, a dot vote or a survey.</source>
            <translation>Ainda não há atividades. Use “Adicionar atividade” para planear uma chuva de ideias, uma votação por pontos ou um questionário.</translation>
        </message>
        <message>
            <location line="+32" />
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
            <location filename="../../workshop_app/ui/consent_panel.py" line="+80" />
            <location line="+3" />
            <location line="+37" />
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
            <location line="-15" />
            <location line="+34" />
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
            <location filename="../../workshop_app/ui/data_entry_window.py" line="+59" />
            <source>That agenda item belongs to another workshop.</source>
            <translation>Esta atividade do programa pertence a outro workshop.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Paper questionnaires — {title}</source>
            <translation>Questionários em papel — {title}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Only a survey or a feedback round is typed in from paper.</source>
            <translation>Só é possível introduzir a partir do papel questionários ou rondas de avaliação.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose which survey this agenda item runs first.</source>
            <translation>Escolha primeiro o questionário que esta atividade do programa vai usar.</translation>
        </message>
        <message>
            <location line="+5" />
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
            <location line="+19" />
            <source>That is not an unfinished response of this survey.</source>
            <translation>Essa não é uma resposta por terminar deste questionário.</translation>
        </message>
        <message>
            <location line="+18" />
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
        <name>KioskSurveyPage</name>
        <message>
            <location filename="../../workshop_app/ui/kiosk_survey.py" line="+66" />
            <source>Choose which survey this agenda item runs before starting the kiosk.</source>
            <translation>Escolha o questionário que esta atividade do programa vai usar antes de iniciar o quiosque.</translation>
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
        <message>
            <location line="+9" />
            <source>That agenda item belongs to another workshop.</source>
            <translation>Esta atividade do programa pertence a outro workshop.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A stakeholder map is drawn by the facilitator; it does not run at the kiosk.</source>
            <translation>Um mapa de partes interessadas é desenhado por quem facilita; não funciona no quiosque.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Only a survey can be resumed at the kiosk.</source>
            <translation>No quiosque só é possível retomar questionários.</translation>
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
            <location line="+91" />
            <source>No answers yet</source>
            <translation>Ainda não há respostas</translation>
        </message>
        <message>
            <location line="-90" />
            <source>Results appear here once people answer a survey in the kiosk, or once answers given on paper are typed in.</source>
            <translation>Os resultados aparecem aqui quando as pessoas responderem a um questionário no quiosque ou quando forem introduzidas respostas dadas em papel.</translation>
        </message>
        <message>
            <location line="+69" />
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
            <location line="-350" />
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
            <location filename="../../workshop_app/ui/agenda_view.py" line="-250" />
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
            <location filename="../../workshop_app/app.py" line="+172" />
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
            <location filename="../../workshop_app/ui/consent_panel.py" line="-103" />
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
        <name>core</name>
        <message>
            <location filename="../../workshop_app/core/activity_rules.py" line="+48" />
            <source>A sticky note</source>
            <translation>Uma nota adesiva</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A cluster name</source>
            <translation>O nome de um grupo</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/consent.py" line="+61" />
            <location filename="../../workshop_app/core/participants.py" line="+142" />
            <source>The date consent was given</source>
            <translation>O momento do consentimento</translation>
        </message>
        <message>
            <location line="+98" />
            <source>The date of a withdrawal</source>
            <translation>O momento da retirada do consentimento</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/diversity.py" line="+158" />
            <source>The target for {group} refers to a profile question this database does not have.</source>
            <translation>A meta para {group} refere-se a uma pergunta de perfil que não existe nesta base de dados.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The target for {group} refers to answers “{question}” no longer has.</source>
            <translation>A meta para {group} refere-se a respostas que “{question}” já não tem.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No one has answered “{question}” yet, so the {wanted} target for {group} cannot be checked.</source>
            <translation>Ainda ninguém respondeu a “{question}”, por isso não é possível verificar a meta de {wanted} para {group}.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Too few people answered “{question}” in each group to tell whether {group} reach the {wanted} target without singling anyone out.</source>
            <translation>Há demasiado poucas respostas a “{question}” em cada grupo para saber, sem identificar ninguém, se a meta de {wanted} para {group} é atingida.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{either} or {other}</source>
            <translation>{either} ou {other}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{group} are {share} of participants who answered, below the {wanted} target.</source>
            <translation>{group}: {share} de quem respondeu, abaixo da meta de {wanted}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{group} are fewer than 5 of the {total} participants who answered, below the {wanted} target.</source>
            <translation>{group}: menos de 5 das {total} pessoas que responderam, abaixo da meta de {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} are at most {share} of participants who answered, below the {wanted} target.</source>
            <translation>{group}: no máximo {share} de quem respondeu, abaixo da meta de {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} are {share} of participants who answered, meeting the {wanted} target.</source>
            <translation>{group}: {share} de quem respondeu, o que cumpre a meta de {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} are at least {share} of participants who answered, meeting the {wanted} target.</source>
            <translation>{group}: pelo menos {share} de quem respondeu, o que cumpre a meta de {wanted}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Answers {group} to “{question}” are {share} of participants who answered, below the {wanted} target.</source>
            <translation>Respostas {group} a “{question}”: {share} de quem respondeu, abaixo da meta de {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers {group} to “{question}” are fewer than 5 of the {total} participants who answered, below the {wanted} target.</source>
            <translation>Respostas {group} a “{question}”: menos de 5 das {total} pessoas que responderam, abaixo da meta de {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers {group} to “{question}” are at most {share} of participants who answered, below the {wanted} target.</source>
            <translation>Respostas {group} a “{question}”: no máximo {share} de quem respondeu, abaixo da meta de {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers {group} to “{question}” are {share} of participants who answered, meeting the {wanted} target.</source>
            <translation>Respostas {group} a “{question}”: {share} de quem respondeu, o que cumpre a meta de {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers {group} to “{question}” are at least {share} of participants who answered, meeting the {wanted} target.</source>
            <translation>Respostas {group} a “{question}”: pelo menos {share} de quem respondeu, o que cumpre a meta de {wanted}.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/diversity_targets.py" line="+67" />
            <source>A group</source>
            <translation>Um grupo</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/erasure.py" line="+28" />
            <location filename="../../workshop_app/core/merge_report.py" line="+19" />
            <source>participant</source>
            <translation>participante</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+1" />
            <source>name and contact</source>
            <translation>nome e contacto</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+1" />
            <source>consent records</source>
            <translation>registos de consentimento</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+4" />
            <source>profile answers</source>
            <translation>respostas de perfil</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+1" />
            <source>check-ins</source>
            <translation>presenças</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+9" />
            <source>survey responses</source>
            <translation>questionários preenchidos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>survey answers</source>
            <translation>respostas a questionários</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+3" />
            <source>ideas</source>
            <translation>ideias</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+1" />
            <source>votes</source>
            <translation>votos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>others' votes on their ideas</source>
            <translation>votos de outras pessoas nas suas ideias</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The participant was erased ({erased}). Kept without any link to them: {kept}. Backups made before now still contain them until those backups are deleted.</source>
            <translation>Os dados da pessoa foram apagados ({erased}). Mantém-se, sem qualquer ligação à pessoa: {kept}. As cópias de segurança feitas antes deste momento continuam a conter esses dados até serem eliminadas.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The participant was erased ({erased}). Backups made before now still contain them until those backups are deleted.</source>
            <translation>Os dados da pessoa foram apagados ({erased}). As cópias de segurança feitas antes deste momento continuam a conter esses dados até serem eliminadas.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{kind}: {count}</source>
            <translation>{kind}: {count}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/core/map_import.py" line="+40" />
            <source>{n} position(s) outside the axes were moved onto the edge of the map.</source>
            <translation>
                <numerusform>{n} posição fora dos eixos foi movida para o limite do mapa.</numerusform>
                <numerusform>{n} posições fora dos eixos foram movidas para o limite do mapa.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+48" />
            <source>The connection from {source!r} to {target!r} was skipped: no stakeholder is called {missing!r}.</source>
            <translation>A ligação de {source!r} para {target!r} foi ignorada: nenhuma parte interessada se chama {missing!r}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The connection from {source!r} to {target!r} was skipped: {problem}</source>
            <translation>A ligação de {source!r} para {target!r} foi ignorada: {problem}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The connection from {source!r} to {target!r} was skipped: they already have a {kind!r} relationship.</source>
            <translation>A ligação de {source!r} para {target!r} foi ignorada: já têm uma relação {kind!r}.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/map_rules.py" line="+202" />
            <location line="+79" />
            <source>A position</source>
            <translation>Uma posição</translation>
        </message>
        <message>
            <location line="-72" />
            <source>A map</source>
            <translation>Um mapa</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A map's title</source>
            <translation>O título de um mapa</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The horizontal axis title</source>
            <translation>O título do eixo horizontal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The vertical axis title</source>
            <translation>O título do eixo vertical</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The end of an axis</source>
            <translation>O limite de um eixo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A map's notes</source>
            <translation>O texto das notas de um mapa</translation>
        </message>
        <message>
            <location line="+12" />
            <source>A quadrant name</source>
            <translation>O nome de um quadrante</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A stakeholder</source>
            <translation>Uma parte interessada</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A stakeholder's name</source>
            <translation>O nome de uma parte interessada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An organisation's name</source>
            <translation>O nome de uma organização</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An engagement strategy</source>
            <translation>Uma estratégia de envolvimento</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/participants.py" line="-5" />
            <location line="+54" />
            <source>A contact</source>
            <translation>Um contacto</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A stakeholder's notes</source>
            <translation>O texto das notas de uma parte interessada</translation>
        </message>
        <message>
            <location line="+22" />
            <source>A relationship</source>
            <translation>Uma relação</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A relationship's kind</source>
            <translation>O tipo de uma relação</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/merge.py" line="+144" />
            <source>Checking {file}…</source>
            <translation>A verificar {file}…</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Checking the result…</source>
            <translation>A verificar o resultado…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Merging {package}: deletions…</source>
            <translation>A integrar {package}: eliminações…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merging {package}: {kind}…</source>
            <translation>A integrar {package}: {kind}…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>{file} was made by an older version of Workshop App ({version}); its data was brought up to date first.</source>
            <translation>{file} foi criado por uma versão anterior do Workshop App ({version}); os dados foram primeiro atualizados.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} was made on this laptop.</source>
            <translation>{file} foi criado neste portátil.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{n:,} row(s) deleted on another laptop were kept, because they were changed here after that deletion.</source>
            <translation>
                <numerusform>{n:,} registo eliminado noutro portátil foi mantido, porque foi alterado aqui depois dessa eliminação.</numerusform>
                <numerusform>{n:,} registos eliminados noutro portátil foram mantidos, porque foram alterados aqui depois dessa eliminação.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/merge_report.py" line="-22" />
            <source>workshop</source>
            <translation>workshop</translation>
        </message>
        <message>
            <location line="+0" />
            <source>workshops</source>
            <translation>workshops</translation>
        </message>
        <message>
            <location line="+1" />
            <source>agenda item</source>
            <translation>atividade do programa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>agenda items</source>
            <translation>atividades do programa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>participants</source>
            <translation>participantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>names and contacts</source>
            <translation>nomes e contactos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>consent record</source>
            <translation>registo de consentimento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>profile question</source>
            <translation>pergunta de perfil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>profile questions</source>
            <translation>perguntas de perfil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>profile choice</source>
            <translation>opção de perfil</translation>
        </message>
        <message>
            <location line="+0" />
            <source>profile choices</source>
            <translation>opções de perfil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>profile answer</source>
            <translation>resposta de perfil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>check-in</source>
            <translation>presença</translation>
        </message>
        <message>
            <location line="+1" />
            <source>survey version</source>
            <translation>versão de questionário</translation>
        </message>
        <message>
            <location line="+0" />
            <source>survey versions</source>
            <translation>versões de questionários</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choice list</source>
            <translation>lista de opções</translation>
        </message>
        <message>
            <location line="+0" />
            <source>choice lists</source>
            <translation>listas de opções</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choice</source>
            <translation>opção</translation>
        </message>
        <message>
            <location line="+0" />
            <source>choices</source>
            <translation>opções</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question</source>
            <translation>pergunta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>questions</source>
            <translation>perguntas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question translation</source>
            <translation>tradução de pergunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question translations</source>
            <translation>traduções de perguntas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choice translation</source>
            <translation>tradução de opção</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choice translations</source>
            <translation>traduções de opções</translation>
        </message>
        <message>
            <location line="+1" />
            <source>survey response</source>
            <translation>questionário preenchido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>answer</source>
            <translation>resposta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>answers</source>
            <translation>respostas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>idea cluster</source>
            <translation>grupo de ideias</translation>
        </message>
        <message>
            <location line="+0" />
            <source>idea clusters</source>
            <translation>grupos de ideias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>idea</source>
            <translation>ideia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>vote</source>
            <translation>voto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stakeholder map</source>
            <translation>mapa de partes interessadas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>stakeholder maps</source>
            <translation>mapas de partes interessadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stakeholder</source>
            <translation>parte interessada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>stakeholders</source>
            <translation>partes interessadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stakeholder re-assessment</source>
            <translation>reavaliação de parte interessada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stakeholder re-assessments</source>
            <translation>reavaliações de partes interessadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>relationship</source>
            <translation>relação</translation>
        </message>
        <message>
            <location line="+0" />
            <source>relationships</source>
            <translation>relações</translation>
        </message>
        <message>
            <location line="+1" />
            <source>map snapshot</source>
            <translation>instantâneo de mapa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>map snapshots</source>
            <translation>instantâneos de mapas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>snapshot position</source>
            <translation>posição em instantâneo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>snapshot positions</source>
            <translation>posições em instantâneos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>audit entry</source>
            <translation>registo de auditoria</translation>
        </message>
        <message>
            <location line="+0" />
            <source>audit entries</source>
            <translation>registos de auditoria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>diversity target</source>
            <translation>meta de diversidade</translation>
        </message>
        <message>
            <location line="+1" />
            <source>diversity targets</source>
            <translation>metas de diversidade</translation>
        </message>
        <message>
            <location line="+1" />
            <source>deletion record</source>
            <translation>registo de eliminação</translation>
        </message>
        <message>
            <location line="+0" />
            <source>deletion records</source>
            <translation>registos de eliminação</translation>
        </message>
        <message>
            <location line="+123" />
            <source>this laptop</source>
            <translation>este portátil</translation>
        </message>
        <message>
            <location line="+6" />
            <source>laptop {id}</source>
            <translation>portátil {id}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Nothing new: this database already holds everything in this package.</source>
            <translation>Nada de novo: esta base de dados já contém tudo o que há neste pacote.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing new: this database already holds everything in these packages.</source>
            <translation>Nada de novo: esta base de dados já contém tudo o que há nestes pacotes.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Added: {kinds}.</source>
            <translation>A integração adicionou: {kinds}.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Will add: {kinds}.</source>
            <translation>A integração vai adicionar: {kinds}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Updated: {kinds}.</source>
            <translation>A integração atualizou: {kinds}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Will update: {kinds}.</source>
            <translation>A integração vai atualizar: {kinds}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Removed because they were deleted or erased on another laptop: {kinds}.</source>
            <translation>A integração removeu o que foi eliminado ou apagado noutro portátil: {kinds}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Will remove because they were deleted or erased on another laptop: {kinds}.</source>
            <translation>A integração vai remover o que foi eliminado ou apagado noutro portátil: {kinds}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not added because they were deleted or erased here: {kinds}.</source>
            <translation>Não é adicionado o que foi eliminado ou apagado aqui: {kinds}.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>… and {n:,} more renumbered codes.</source>
            <translation>
                <numerusform>… e mais {n:,} código renumerado.</numerusform>
                <numerusform>… e mais {n:,} códigos renumerados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>… and {n:,} more conflicts.</source>
            <translation>
                <numerusform>… e mais {n:,} conflito.</numerusform>
                <numerusform>… e mais {n:,} conflitos.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>{survey} from {source} had the same version number as a different survey of the same form; it is now version {new} (was {old}).</source>
            <translation>{survey} (de {source}) tinha o mesmo número de versão que outro questionário do mesmo formulário; passou a ser a versão {new} (era a {old}).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A survey from {source} had the same version number as a different survey of the same form; it is now version {new} (was {old}).</source>
            <translation>Um questionário (de {source}) tinha o mesmo número de versão que outro questionário do mesmo formulário; passou a ser a versão {new} (era a {old}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Participant code {old} from {source} was already taken; that participant is now {new}.</source>
            <translation>O código de participante {old} (de {source}) já estava a ser usado; essa pessoa passou a ter o código {new}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Conflict in {row}, {column}: kept {kept} ({kept_from}, {kept_at}), dropped {dropped} ({dropped_from}, {dropped_at}).</source>
            <translation>Conflito em {row}, campo {column}: manteve-se {kept} ({kept_from}, {kept_at}); descartou-se {dropped} ({dropped_from}, {dropped_at}).</translation>
        </message>
        <message>
            <location line="+8" />
            <location filename="../../workshop_app/core/packing.py" line="+67" />
            <source>{n:,} {kind}</source>
            <translation>{n:,} {kind}</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/merge_rules.py" line="+43" />
            <location line="+1" />
            <location line="+1" />
            <source>(personal data, not shown)</source>
            <translation>(dados pessoais, não mostrados)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(hidden)</source>
            <translation>(oculto)</translation>
        </message>
        <message>
            <location line="+115" />
            <source>unknown time</source>
            <translation>hora desconhecida</translation>
        </message>
        <message>
            <location line="+8" />
            <source>(empty)</source>
            <translation>(vazio)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{survey} version {version}</source>
            <translation>{survey}, versão {version}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>(a row not here)</source>
            <translation>(um registo que não existe aqui)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>response of {who}</source>
            <translation>resposta de {who}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an anonymous response</source>
            <translation>uma resposta anónima</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/merge_unique.py" line="+225" />
            <source>The survey “{title}”</source>
            <translation>O questionário “{title}”</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/packing.py" line="+1" />
            <source>no data</source>
            <translation>sem dados</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Packed the workshop “{workshop}” into {path} ({size:.1f} MB): {held}.</source>
            <translation>O workshop “{workshop}” foi guardado num pacote em {path} ({size:.1f} MB): {held}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Packed everything in this database into {path} ({size:.1f} MB): {held}.</source>
            <translation>Tudo o que está nesta base de dados foi guardado num pacote em {path} ({size:.1f} MB): {held}.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Copying the data…</source>
            <translation>A copiar os dados…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Preparing the package…</source>
            <translation>A preparar o pacote…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Writing the package…</source>
            <translation>A escrever o pacote…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Done.</source>
            <translation>Concluído.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/participant_rules.py" line="+41" />
            <source>A participant code</source>
            <translation>Um código de participante</translation>
        </message>
        <message>
            <location line="+20" />
            <source>take part</source>
            <translation>participar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>be contacted</source>
            <translation>receber contactos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>appear in photos</source>
            <translation>aparecer em fotografias</translation>
        </message>
        <message>
            <location line="+45" />
            <source>The name of who records</source>
            <translation>O nome de quem regista</translation>
        </message>
        <message>
            <location line="+81" />
            <source>A question's label</source>
            <translation>A etiqueta de uma pergunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A choice's label</source>
            <translation>A etiqueta de uma opção</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A group's label</source>
            <translation>A etiqueta de um grupo</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/participants.py" line="-87" />
            <source>A search</source>
            <translation>Uma pesquisa</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+5" />
            <location line="+49" />
            <source>A name</source>
            <translation>Um nome</translation>
        </message>
        <message>
            <location line="-52" />
            <location line="+38" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+69" />
            <source>A check-in</source>
            <translation>O registo de presença</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/pin.py" line="+78" />
            <source>PIN accepted.</source>
            <translation>PIN aceite.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Please wait {n} seconds before trying again.</source>
            <translation>
                <numerusform>Aguarde {n} segundo antes de tentar novamente.</numerusform>
                <numerusform>Aguarde {n} segundos antes de tentar novamente.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Wrong PIN. Wait {n} seconds before trying again.</source>
            <translation>
                <numerusform>PIN errado. Aguarde {n} segundo antes de tentar novamente.</numerusform>
                <numerusform>PIN errado. Aguarde {n} segundos antes de tentar novamente.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrong PIN. Try again.</source>
            <translation>PIN errado. Tente novamente.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/profiles.py" line="+66" />
            <location line="+5" />
            <source>A self-described answer</source>
            <translation>Uma resposta nas palavras da própria pessoa</translation>
        </message>
        <message>
            <location line="+63" />
            <location line="+25" />
            <source>A question</source>
            <translation>Uma pergunta</translation>
        </message>
        <message>
            <location line="-24" />
            <location line="+64" />
            <location line="+21" />
            <source>A choice</source>
            <translation>Uma opção</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/results_tallies.py" line="+92" />
            <source>Other</source>
            <translation>Outra</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/workbook_data.py" line="+51" />
            <source>Writing survey responses…</source>
            <translation>A escrever os questionários preenchidos…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing workshops…</source>
            <translation>A escrever os workshops…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing participation…</source>
            <translation>A escrever a participação…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing ideas and votes…</source>
            <translation>A escrever as ideias e os votos…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing stakeholder maps…</source>
            <translation>A escrever os mapas de partes interessadas…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the diversity picture…</source>
            <translation>A escrever o retrato da diversidade…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the codebook…</source>
            <translation>A escrever o livro de códigos…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the summary…</source>
            <translation>A escrever o resumo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saving the workbook…</source>
            <translation>A guardar o livro…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/db/integrity.py" line="+78" />
            <source>SQLite found damage in the file: {shown} (and {n} more).</source>
            <translation>
                <numerusform>O SQLite encontrou danos no ficheiro: {shown} (e mais {n}).</numerusform>
                <numerusform>O SQLite encontrou danos no ficheiro: {shown} (e mais {n}).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>SQLite found damage in the file: {shown}.</source>
            <translation>O SQLite encontrou danos no ficheiro: {shown}.</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>{n} row(s) of {table} point at {parent} that no longer exist.</source>
            <translation>
                <numerusform>{n} registo da tabela {table} aponta para registos de {parent} que já não existem.</numerusform>
                <numerusform>{n} registos da tabela {table} apontam para registos de {parent} que já não existem.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>The participant code {code} is used {n} times.</source>
            <translation>
                <numerusform>O código de participante {code} é usado {n} vez.</numerusform>
                <numerusform>O código de participante {code} é usado {n} vezes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>{n} answer(s) belong to a question of another survey than their response.</source>
            <translation>
                <numerusform>{n} resposta pertence a uma pergunta de um questionário diferente do questionário preenchido a que está associada.</numerusform>
                <numerusform>{n} respostas pertencem a perguntas de um questionário diferente do questionário preenchido a que estão associadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>{n} relationship(s) join stakeholders of different maps.</source>
            <translation>
                <numerusform>{n} relação liga partes interessadas de mapas diferentes.</numerusform>
                <numerusform>{n} relações ligam partes interessadas de mapas diferentes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>{n} participant(s) have no code.</source>
            <translation>
                <numerusform>{n} participante não tem código.</numerusform>
                <numerusform>{n} participantes não têm código.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/exchange_package.py" line="+100" />
            <source>unknown version</source>
            <translation>versão desconhecida</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/exchange_values.py" line="+89" />
            <source>Row {row} of the sheet {sheet!r}: {problem}</source>
            <translation>Linha {row} da folha {sheet!r}: {problem}</translation>
        </message>
        <message>
            <location line="+20" />
            <source>row {rows}</source>
            <translation>linha {rows}</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>rows {rows} and {n:,} more</source>
            <translation>
                <numerusform>linhas {rows} e mais {n:,}</numerusform>
                <numerusform>linhas {rows} e mais {n:,}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>rows {rows}</source>
            <translation>linhas {rows}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The type {value} in {rows} of the sheet {sheet} is not a sector ({sectors}); those stakeholders were put in the civic sector.</source>
            <translation>O tipo {value} ({rows} da folha {sheet}) não é um setor ({sectors}); essas partes interessadas foram colocadas no setor da sociedade civil.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The attitude {value} in {rows} of the sheet {sheet} is not one of {attitudes}; it was imported as unknown.</source>
            <translation>A atitude {value} ({rows} da folha {sheet}) não é nenhuma destas: {attitudes}; foi importada como desconhecida.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The strength {value} in {rows} of the sheet {sheet} is not a number from 1 to 3; 2 was used.</source>
            <translation>A força {value} ({rows} da folha {sheet}) não é um número de 1 a 3; foi usado 2.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The strength {value} in {rows} of the sheet {sheet} is outside 1 to 3; the nearest was used.</source>
            <translation>A força {value} ({rows} da folha {sheet}) está fora do intervalo de 1 a 3; foi usado o valor mais próximo.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The direction {value} in {rows} of the sheet {sheet} is neither directed nor undirected; undirected was used.</source>
            <translation>A direção {value} ({rows} da folha {sheet}) não é directed nem undirected; foi usado undirected (sem direção).</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/stakeholder_exchange.py" line="+283" />
            <source>it has no label, so it was skipped.</source>
            <translation>não tem etiqueta, por isso foi ignorada.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the label {name!r} is used before; this stakeholder was imported as {unique!r}.</source>
            <translation>a etiqueta {name!r} já foi usada antes; esta parte interessada foi importada como {unique!r}.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>empty</source>
            <translation>vazio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the position ({x}, {y}) is not two numbers, so the stakeholder was placed on a grid.</source>
            <translation>a posição ({x}, {y}) não corresponde a dois números, por isso a parte interessada foi colocada numa grelha.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the label has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>a etiqueta tem {count:,} caracteres; foi encurtada para {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the description has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>a descrição tem {count:,} caracteres; foi encurtada para {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the organisation has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>a organização tem {count:,} caracteres; foi encurtada para {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the engagement has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>a estratégia de envolvimento tem {count:,} caracteres; foi encurtada para {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the contact has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>o contacto tem {count:,} caracteres; foi encurtado para {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the type has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>o tipo tem {count:,} caracteres; foi encurtado para {limit:,}.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>it does not name both stakeholders (From and To), so it was skipped.</source>
            <translation>não indica as duas partes interessadas (From e To), por isso foi ignorada.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no stakeholder is called {name!r}, so the connection was skipped.</source>
            <translation>nenhuma parte interessada se chama {name!r}, por isso a ligação foi ignorada.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the connection joins {name!r} to itself, so it was skipped.</source>
            <translation>a ligação une {name!r} a si própria, por isso foi ignorada.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{source!r} and {target!r} are already connected as {kind!r}; the repeat was skipped.</source>
            <translation>{source!r} e {target!r} já estão ligadas como {kind!r}; a repetição foi ignorada.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>{name!r} is already on the map, so it was not added again.</source>
            <translation>{name!r} já está no mapa, por isso não foi adicionada novamente.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/reader.py" line="+169" />
            <source>The form's '{key}' setting is not supported and was left out.</source>
            <translation>A definição '{key}' do formulário não é suportada e foi omitida.</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Row {row}: '{name}' is a loop, which the app reads as a group.</source>
            <translation>Linha {row}: '{name}' é um loop, que a aplicação lê como um grupo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' is a loop, which the app reads as a group.</source>
            <translation>'{name}' é um loop, que a aplicação lê como um grupo.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Row {row}: '{name}' is of type '{type}', which the app cannot ask offline; it is kept as a note and exported as it was.</source>
            <translation>Linha {row}: '{name}' é do tipo '{type}', que a aplicação não consegue perguntar sem Internet; fica como nota e é exportada tal como estava.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' is of type '{type}', which the app cannot ask offline; it is kept as a note and exported as it was.</source>
            <translation>'{name}' é do tipo '{type}', que a aplicação não consegue perguntar sem Internet; fica como nota e é exportada tal como estava.</translation>
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
        <name>errors</name>
        <message>
            <location filename="../../workshop_app/core/activity_rules.py" line="-16" />
            <source>“{colour}” is not a colour; pick one of {colours} or give #RRGGBB.</source>
            <translation>“{colour}” não é uma cor; escolha uma destas: {colours}, ou indique #RRGGBB.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A sticky note needs some text.</source>
            <translation>Uma nota adesiva precisa de texto.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+3" />
            <source>The {what} position of a note must be a number.</source>
            <translation>A posição {what} de uma nota tem de ser um número.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>An anonymous voter needs a token from new_voter_token().</source>
            <translation>Quem vota de forma anónima precisa de um token gerado por new_voter_token().</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/brainstorm.py" line="+246" />
            <source>Sticky notes belong to a brainstorm or a dot vote.</source>
            <translation>As notas adesivas pertencem a uma chuva de ideias ou a uma votação por pontos.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>That cluster is on another board.</source>
            <translation>Esse grupo está noutro quadro.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/consent.py" line="-92" />
            <source>{code} already consents to {purpose} (recorded {moment} by someone).</source>
            <translation>{code} já deu consentimento para {purpose} (registado em {moment} por alguém).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{code} already consents to {purpose} (recorded {moment} by {recorder}).</source>
            <translation>{code} já deu consentimento para {purpose} (registado em {moment} por {recorder}).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{code} withdrew consent to {purpose} on {moment}; a new consent must be dated after that.</source>
            <translation>{code} retirou o consentimento para {purpose} em {moment}; um novo consentimento tem de ter uma data posterior.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>{code} has not consented to take part, so no answers can be recorded for them.</source>
            <translation>{code} não deu consentimento para participar, por isso não é possível registar respostas desta pessoa.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>A withdrawal cannot come before the consent it withdraws ({moment}).</source>
            <translation>A retirada não pode ser anterior ao consentimento que retira ({moment}).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>That consent has been withdrawn since; its record is kept.</source>
            <translation>Esse consentimento foi entretanto retirado; o registo é mantido.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>That consent is not withdrawn.</source>
            <translation>Esse consentimento não está retirado.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consent was given again after this withdrawal, so the withdrawal stays on record.</source>
            <translation>O consentimento voltou a ser dado depois desta retirada, por isso a retirada continua registada.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{code}'s consent to {purpose} was already withdrawn on {moment}; a withdrawn consent cannot be used again. Record a new consent instead.</source>
            <translation>O consentimento de {code} para {purpose} já foi retirado em {moment}; um consentimento retirado não pode voltar a ser usado. Em vez disso, registe um novo consentimento.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Say which consent to withdraw.</source>
            <translation>Indique que consentimento quer retirar.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{code} has no consent to {purpose} to withdraw.</source>
            <translation>{code} não tem nenhum consentimento para {purpose} que possa ser retirado.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/data_entry.py" line="+92" />
            <location line="+13" />
            <source>Begin a paper first.</source>
            <translation>Comece primeiro um questionário em papel.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/demo/__init__.py" line="+44" />
            <source>The demo can have between 1 and {maximum} participants.</source>
            <translation>A demonstração pode ter entre 1 e {maximum} participantes.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This database already holds workshops or participants; demo data only goes into a new or empty database.</source>
            <translation>Esta base de dados já contém workshops ou participantes; os dados de demonstração só podem ir para uma base de dados nova ou vazia.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/diversity_targets.py" line="-3" />
            <source>A target share is more than 0 % and at most 100 % (write 0.15 for 15 %).</source>
            <translation>A percentagem de uma meta tem de ser superior a 0 % e no máximo 100 % (escreva 0.15 para 15 %).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A target share is more than 0 % and at most 100 %.</source>
            <translation>A percentagem de uma meta tem de ser superior a 0 % e no máximo 100 %.</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../workshop_app/core/profiles.py" line="-165" />
            <source>There is no profile question called {question_name!r}.</source>
            <translation>Não existe nenhuma pergunta de perfil chamada {question_name!r}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose at least one answer that makes up the group.</source>
            <translation>Escolha pelo menos uma resposta que forme o grupo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{answer!r} is not an answer to “{question}” that a target can be set for.</source>
            <translation>{answer!r} não é uma resposta a “{question}” para a qual se possa definir uma meta.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/erasure.py" line="+23" />
            <source>Choose whether their answers are erased or kept anonymously.</source>
            <translation>Escolha se as respostas da pessoa são apagadas ou mantidas de forma anónima.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>That participant has already been erased or deleted; there is nothing left to erase.</source>
            <translation>Essa pessoa já foi apagada ou eliminada; não há mais nada a apagar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That participant does not exist; nothing was erased.</source>
            <translation>Essa pessoa não existe na base de dados; nada foi apagado.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/compiler.py" line="+150" />
            <source>indexed-repeat() takes {question}, then pairs of {repeat} and a number</source>
            <translation>indexed-repeat() recebe {question} e depois pares de {repeat} e um número</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/errors.py" line="+27" />
            <source>In '{question}', position {position} of the {field}: {message}.</source>
            <translation>Em '{question}', posição {position} da coluna {field}: {message}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In '{question}', position {position}: {message}.</source>
            <translation>Em '{question}', posição {position}: {message}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>At position {position} of the {field}: {message}.</source>
            <translation>Na posição {position} da coluna {field}: {message}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>At position {position}: {message}.</source>
            <translation>Na posição {position}: {message}.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/functions.py" line="+145" />
            <source>this regular expression repeats a repeated group, which could freeze the kiosk</source>
            <translation>esta expressão regular repete um grupo que já se repete, o que pode bloquear o quiosque</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the regular expression is not valid ({problem})</source>
            <translation>a expressão regular não é válida ({problem})</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/lexer.py" line="+41" />
            <source>the expression is longer than {maximum:,} characters</source>
            <translation>a expressão tem mais de {maximum:,} caracteres</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the text starting with {quote} is never closed</source>
            <translation>o texto que começa com {quote} nunca é fechado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a reference must look like {example}</source>
            <translation>uma referência tem de ter a forma {example}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unexpected character {char!r}</source>
            <translation>carácter inesperado {char!r}</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/parser.py" line="+65" />
            <source>a closing ')' for '{name}(' is missing</source>
            <translation>falta um ')' a fechar '{name}('</translation>
        </message>
        <message>
            <location line="+3" />
            <source>expected a closing ')' for '{name}(', found {found}</source>
            <translation>esperava-se um ')' a fechar '{name}(', mas foi encontrado {found}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a closing ')' is missing</source>
            <translation>falta um ')' de fecho</translation>
        </message>
        <message>
            <location line="+1" />
            <source>expected a closing ')', found {found}</source>
            <translation>esperava-se um ')' de fecho, mas foi encontrado {found}</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+179" />
            <source>the expression is nested more than {maximum} levels deep</source>
            <translation>a expressão tem mais de {maximum} níveis de aninhamento</translation>
        </message>
        <message>
            <location line="-173" />
            <source>the expression is empty</source>
            <translation>a expressão está vazia</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+66" />
            <location line="+80" />
            <source>unexpected {found}</source>
            <translation>{found} não era esperado aqui</translation>
        </message>
        <message>
            <location line="-127" />
            <source>an operator such as 'and' or '=' is missing before {found}</source>
            <translation>falta um operador, como 'and' ou '=', antes de {found}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the union operator '|' is not supported</source>
            <translation>o operador de união '|' não é suportado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{op}' needs something after it</source>
            <translation>'{op}' precisa de algo a seguir</translation>
        </message>
        <message>
            <location line="+26" />
            <source>empty brackets '()'</source>
            <translation>parênteses vazios '()'</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the expression ends too early</source>
            <translation>a expressão termina cedo demais</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{found} cannot follow {token}</source>
            <translation>{found} não pode vir a seguir a {token}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>unknown function '{name}()'</source>
            <translation>função desconhecida '{name}()'</translation>
        </message>
        <message>
            <location line="+18" />
            <source>lookups in instance() are not supported</source>
            <translation>as pesquisas em instance() não são suportadas</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+8" />
            <source>'//' paths are not supported; use {example}</source>
            <translation>os caminhos '//' não são suportados; use {example}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>filters in square brackets are not supported</source>
            <translation>os filtros entre parênteses retos não são suportados</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{name}' is not a reference; write {reference} to use that question's answer</source>
            <translation>'{name}' não é uma referência; escreva {reference} para usar a resposta dessa pergunta</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{found} in a path is not supported</source>
            <translation>{found} num caminho não é suportado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a path step is missing</source>
            <translation>falta um passo do caminho</translation>
        </message>
        <message>
            <location line="+33" />
            <source>'{name}()' takes 1 argument, not {given}</source>
            <translation>'{name}()' precisa de 1 argumento, não de {given}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}()' takes at least 1 argument, not {given}</source>
            <translation>'{name}()' precisa de pelo menos 1 argumento, não de {given}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>'{name}()' takes {n} arguments, not {given}</source>
            <translation>
                <numerusform>'{name}()' precisa de {n} argumento, não de {given}</numerusform>
                <numerusform>'{name}()' precisa de {n} argumentos, não de {given}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>'{name}()' takes at least {n} arguments, not {given}</source>
            <translation>
                <numerusform>'{name}()' precisa de pelo menos {n} argumento, não de {given}</numerusform>
                <numerusform>'{name}()' precisa de pelo menos {n} argumentos, não de {given}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>'{name}()' takes {fewest} to {n} arguments, not {given}</source>
            <translation>
                <numerusform>'{name}()' precisa de {fewest} a {n} argumento, não de {given}</numerusform>
                <numerusform>'{name}()' precisa de {fewest} a {n} argumentos, não de {given}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>the end</source>
            <translation>o fim da expressão</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/feedback.py" line="+113" />
            <source>That activity is not a feedback round.</source>
            <translation>Essa atividade não é uma ronda de avaliação.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/answers.py" line="+24" />
            <source>This question needs an answer.</source>
            <translation>Esta pergunta precisa de resposta.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This answer is not allowed here.</source>
            <translation>Esta resposta não é permitida aqui.</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/response_rules.py" line="+185" />
            <source>Enter a whole number.</source>
            <translation>Escreva um número inteiro.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a number.</source>
            <translation>Escreva um número.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a date as year-month-day.</source>
            <translation>Escreva uma data no formato ano-mês-dia.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a time as hours:minutes.</source>
            <translation>Escreva uma hora no formato horas:minutos.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose among the answers offered.</source>
            <translation>Escolha uma das respostas apresentadas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a value on the scale.</source>
            <translation>Escolha um valor na escala.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/graph.py" line="+24" />
            <source>there is no question named '{name}'</source>
            <translation>não há nenhuma pergunta chamada '{name}'</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/logic.py" line="+186" />
            <source>The form has no question called '{name}'.</source>
            <translation>O formulário não tem nenhuma pergunta chamada '{name}'.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/state.py" line="+41" />
            <source>'{text}' is not a repeat instance (such as '2' or '2.1').</source>
            <translation>'{text}' não é uma instância de repetição (como '2' ou '2.1').</translation>
        </message>
        <message>
            <location line="+34" />
            <source>'{name}' is not in a repeat; its instance {instance} does not fit.</source>
            <translation>'{name}' não está numa repetição; a instância {instance} não se aplica.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}' is in a repeat; its instance (none) does not fit.</source>
            <translation>'{name}' está numa repetição; é preciso indicar a instância.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' is in a repeat; its instance {instance} does not fit.</source>
            <translation>'{name}' está numa repetição; a instância {instance} não é válida.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A repeat can have at most {maximum} entries; '{name}' was given entry {instance}.</source>
            <translation>Uma repetição pode ter no máximo {maximum} entradas; '{name}' recebeu a entrada {instance}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' is a group or repeat and has no answer of its own.</source>
            <translation>'{name}' é um grupo ou uma repetição e não tem resposta própria.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>'{repeat}' is not a repeat.</source>
            <translation>'{repeat}' não é uma repetição.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The instance (none) does not fit the repeat '{repeat}'.</source>
            <translation>A repetição '{repeat}' precisa de uma instância, mas não foi indicada nenhuma.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The instance {instance} does not fit the repeat '{repeat}'.</source>
            <translation>A instância {instance} não é válida para a repetição '{repeat}'.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{repeat}' can have at most {maximum} entries.</source>
            <translation>'{repeat}' pode ter no máximo {maximum} entradas.</translation>
        </message>
        <message>
            <location line="+165" />
            <source>'{name}' is not a question the form shows.</source>
            <translation>'{name}' não é uma pergunta que o formulário mostre.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/validation.py" line="+65" />
            <source>The name '{name}' is used by more than one question; every name must be unique.</source>
            <translation>O nome '{name}' é usado por mais de uma pergunta; cada nome tem de ser único.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>'{name}' has 'or other', which needs the name '{name}_other' for itself, but a question already uses it.</source>
            <translation>'{name}' tem 'or other', que precisa do nome '{name}_other' para si, mas já há uma pergunta que o usa.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>These questions depend on each other in a circle: {cycle}.</source>
            <translation>Estas perguntas dependem umas das outras em círculo: {cycle}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The form needs an id (form_id).</source>
            <translation>O formulário precisa de um id (form_id).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The form id can have at most {maximum} characters.</source>
            <translation>O id do formulário pode ter no máximo {maximum} caracteres.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The form needs a title.</source>
            <translation>O formulário precisa de um título.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The form title can have at most {maximum} characters.</source>
            <translation>O título do formulário pode ter no máximo {maximum} caracteres.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The form needs at least one language.</source>
            <translation>O formulário precisa de pelo menos uma língua.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A language is listed twice.</source>
            <translation>Há uma língua indicada duas vezes.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{code}' is not a usable language code (letters, digits, '-' or '_', at most {maximum} characters).</source>
            <translation>'{code}' não é um código de língua utilizável (letras, algarismos, '-' ou '_', no máximo {maximum} caracteres).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The default language '{default_language}' is not one of the form's languages.</source>
            <translation>A língua predefinida '{default_language}' não é uma das línguas do formulário.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{choice_list}' is not a usable list name.</source>
            <translation>'{choice_list}' não é um nome de lista utilizável.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There are two choice lists called '{choice_list}'.</source>
            <translation>Há duas listas de opções chamadas '{choice_list}'.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A choice of the list '{choice_list}' has no usable name.</source>
            <translation>Uma opção da lista '{choice_list}' não tem um nome utilizável.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The list '{choice_list}' has the choice '{choice}' twice.</source>
            <translation>A lista '{choice_list}' tem a opção '{choice}' duas vezes.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{name}' is not a usable question name: start with a letter or '_', then letters, digits, '_', '-' or '.', at most {maximum} characters.</source>
            <translation>'{name}' não é um nome de pergunta utilizável: comece por uma letra ou '_' e use depois letras, algarismos, '_', '-' ou '.', no máximo {maximum} caracteres.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' has the type '{type}', which the app does not know.</source>
            <translation>'{name}' tem o tipo '{type}', que a aplicação não conhece.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' is a {type}, so it cannot hold other questions.</source>
            <translation>'{name}' é do tipo {type}, por isso não pode conter outras perguntas.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>'{name}' needs a choice list.</source>
            <translation>'{name}' precisa de uma lista de opções.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' uses the choice list '{list_name}', which does not exist.</source>
            <translation>'{name}' usa a lista de opções '{list_name}', que não existe.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The choice list '{list_name}' of '{name}' has no choices.</source>
            <translation>A lista de opções '{list_name}' de '{name}' não tem opções.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The choice codes of '{list_name}' cannot contain spaces, because '{name}' allows several answers.</source>
            <translation>Os códigos das opções de '{list_name}' não podem ter espaços, porque '{name}' permite várias respostas.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' is a {type}, so it cannot have a choice list.</source>
            <translation>'{name}' é do tipo {type}, por isso não pode ter uma lista de opções.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only select questions can have 'or other'; '{name}' is a {type}.</source>
            <translation>Só as perguntas de escolha (select) podem ter 'or other'; '{name}' é do tipo {type}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}' cannot have both 'or other' and a choice filter.</source>
            <translation>'{name}' não pode ter ao mesmo tempo 'or other' e um filtro de opções (choice_filter).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The calculation '{name}' needs a formula.</source>
            <translation>O cálculo '{name}' precisa de uma fórmula.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}' needs a label or a hint.</source>
            <translation>'{name}' precisa de uma etiqueta ou de uma dica.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The {key} of the range '{question}' must be a number.</source>
            <translation>O valor {key} da pergunta de intervalo (range) '{question}' tem de ser um número.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The step of the range '{question}' cannot be 0.</source>
            <translation>O passo (step) da pergunta de intervalo (range) '{question}' não pode ser 0.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{name}' has a text in '{code}', which is not one of the form's languages.</source>
            <translation>'{name}' tem um texto em '{code}', que não é uma das línguas do formulário.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A choice has a text in '{code}', which is not one of the form's languages.</source>
            <translation>Uma opção tem um texto em '{code}', que não é uma das línguas do formulário.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/kiosk.py" line="+103" />
            <source>This survey is not available in '{code}'.</source>
            <translation>Este questionário não está disponível em '{code}'.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This survey needs your participant code.</source>
            <translation>Este questionário precisa do seu código de participante.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{code} has already answered this survey. Thank you!</source>
            <translation>{code} já respondeu a este questionário. Agradecemos a sua participação!</translation>
        </message>
        <message>
            <location line="+18" />
            <source>That response belongs to another survey.</source>
            <translation>Essa resposta pertence a outro questionário.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That response is already finished.</source>
            <translation>Essa resposta já está terminada.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>There is no question on screen to answer.</source>
            <translation>Não há nenhuma pergunta no ecrã para responder.</translation>
        </message>
        <message>
            <location line="+120" />
            <source>This kiosk has no PIN; set one for the workshop first.</source>
            <translation>Este quiosque não tem PIN; defina primeiro um PIN para o workshop.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/kiosk_pins.py" line="+46" />
            <source>Set a kiosk PIN for this workshop before starting the kiosk.</source>
            <translation>Defina um PIN do quiosque para este workshop antes de iniciar o quiosque.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/listing.py" line="+70" />
            <source>Cannot list {kind!r}; choose one of {kinds}.</source>
            <translation>Não é possível listar {kind!r}; escolha uma destas opções: {kinds}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Name a {what} by its id or title.</source>
            <translation>Indique o elemento ({what}) pelo id ou pelo título.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No {what} has the id or title {reference!r}.</source>
            <translation>Nenhum elemento ({what}) tem o id ou o título {reference!r}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} {what}s match {reference!r}; give more of the id.</source>
            <translation>{n} elementos ({what}) correspondem a {reference!r}; indique mais caracteres do id.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/live_results.py" line="+72" />
            <source>The survey has no question called '{question_name}'.</source>
            <translation>O questionário não tem nenhuma pergunta chamada '{question_name}'.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/map_import.py" line="-28" />
            <source>Stakeholder {number} of the list cannot be imported, so nothing was: {problem}</source>
            <translation>Não é possível importar a parte interessada {number} da lista, por isso nada foi importado: {problem}</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/map_rules.py" line="-242" />
            <location line="+159" />
            <source>A map is one of: {kinds}.</source>
            <translation>Um mapa é de um destes tipos: {kinds}.</translation>
        </message>
        <message>
            <location line="-37" />
            <location filename="../../workshop_app/core/participant_rules.py" line="-54" />
            <location line="+10" />
            <source>{what} can have at most {limit:,} characters; this one has {count:,}.</source>
            <translation>{what}: no máximo {limit:,} caracteres (este texto tem {count:,}).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{what} has no field called {field!r}.</source>
            <translation>{what} não tem nenhum campo chamado {field!r}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{what} must be a number.</source>
            <translation>{what} tem de ser um número.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>A map needs a title.</source>
            <translation>Um mapa precisa de um título.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>An axis runs from 0 to a number above 0 and at most {maximum:,.0f}.</source>
            <translation>Um eixo vai de 0 até um número superior a 0 e no máximo {maximum:,.0f}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A map's quadrant names are a list of four names.</source>
            <translation>Os nomes dos quadrantes de um mapa são uma lista de quatro nomes.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A map has four quadrant names (or none), not {count}.</source>
            <translation>Um mapa tem quatro nomes de quadrantes (ou nenhum), não {count}.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A stakeholder needs a name.</source>
            <translation>Uma parte interessada precisa de um nome.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A stakeholder's sector is one of: {sectors}.</source>
            <translation>O setor de uma parte interessada é um destes: {sectors}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A stakeholder's attitude is one of: {attitudes}.</source>
            <translation>A atitude de uma parte interessada é uma destas: {attitudes}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A relationship joins two stakeholders; choose both.</source>
            <translation>Uma relação liga duas partes interessadas; escolha as duas.</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../workshop_app/core/maps.py" line="+240" />
            <source>A stakeholder cannot have a relationship with itself.</source>
            <translation>Uma parte interessada não pode ter uma relação consigo própria.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A relationship needs a kind, such as {example!r}.</source>
            <translation>Uma relação precisa de um tipo, como {example!r}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A relationship's strength is 1 (weak), 2 or 3 (strong).</source>
            <translation>A força de uma relação é 1 (fraca), 2 ou 3 (forte).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A relationship either has a direction or not.</source>
            <translation>Uma relação tem direção ou não tem; indique uma das duas opções.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/map_snapshots.py" line="+27" />
            <source>A snapshot needs a name, such as the meeting it records.</source>
            <translation>Um instantâneo precisa de um nome, por exemplo o da reunião que regista.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A snapshot's name can have at most {maximum} characters.</source>
            <translation>O nome de um instantâneo pode ter no máximo {maximum} caracteres.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A snapshot's date must be a date and time with its time zone.</source>
            <translation>A data de um instantâneo tem de ser uma data e hora com o respetivo fuso horário.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/maps.py" line="-111" />
            <source>This cannot be undone: the map or stakeholders it belonged to are gone.</source>
            <translation>Não é possível anular esta ação: o mapa ou as partes interessadas a que pertencia já não existem.</translation>
        </message>
        <message>
            <location line="+58" />
            <location filename="../../workshop_app/db/lookup.py" line="+27" />
            <source>That stakeholder no longer exists.</source>
            <translation>Essa parte interessada já não existe.</translation>
        </message>
        <message>
            <location line="+144" />
            <source>Those two snapshots are of different maps; compare snapshots of one map.</source>
            <translation>Esses dois instantâneos são de mapas diferentes; compare instantâneos do mesmo mapa.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A relationship joins two stakeholders of the same map.</source>
            <translation>Uma relação liga duas partes interessadas do mesmo mapa.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{first!r} and {second!r} already have a {kind!r} relationship.</source>
            <translation>{first!r} e {second!r} já têm uma relação {kind!r}.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/merge.py" line="-134" />
            <source>Choose at least one package to merge.</source>
            <translation>Escolha pelo menos um pacote para integrar.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+21" />
            <source>The merge was cancelled; nothing was changed.</source>
            <translation>A integração foi cancelada; nada foi alterado.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The packages could not be merged ({reason}); nothing was changed.</source>
            <translation>Não foi possível integrar os pacotes ({reason}); nada foi alterado.</translation>
        </message>
        <message numerus="yes">
            <location line="+70" />
            <source>The packages could not be merged ({n} row(s) of {kind} would point at rows that do not exist); nothing was changed.</source>
            <translation>
                <numerusform>Não foi possível integrar os pacotes ({n} registo de {kind} ficaria a apontar para registos que não existem); nada foi alterado.</numerusform>
                <numerusform>Não foi possível integrar os pacotes ({n} registos de {kind} ficariam a apontar para registos que não existem); nada foi alterado.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/packing.py" line="-45" />
            <source>A package cannot overwrite the database it is made from; choose another file.</source>
            <translation>Um pacote não pode substituir a base de dados a partir da qual é criado; escolha outro ficheiro.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../workshop_app/db/backup.py" line="+25" />
            <location filename="../../workshop_app/formats/exchange_package.py" line="+38" />
            <source>Cannot write {target}: the folder {folder} does not exist.</source>
            <translation>Não é possível escrever {target}: a pasta {folder} não existe.</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../../workshop_app/db/lookup.py" line="+4" />
            <source>That workshop no longer exists.</source>
            <translation>Esse workshop já não existe.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Packing was cancelled; no package was written.</source>
            <translation>A criação do pacote foi cancelada; não foi gravado nenhum pacote.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/participant_rules.py" line="-104" />
            <source>A participant needs a code, such as P-0042.</source>
            <translation>Cada participante precisa de um código, por exemplo P-0042.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A participant code cannot contain spaces.</source>
            <translation>Um código de participante não pode ter espaços.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Consent is given to {purposes}; {purpose!r} is not one of these.</source>
            <translation>O consentimento é dado para {purposes}; {purpose!r} não é nenhuma destas finalidades.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{what} needs a date and time with its time zone.</source>
            <translation>{what} precisa de uma data e hora com o respetivo fuso horário.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{what} cannot be in the future ({moment} has not happened yet).</source>
            <translation>{what} não pode ser no futuro ({moment} ainda não aconteceu).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Say who is recording the consent (set your name in the settings).</source>
            <translation>Indique quem está a registar o consentimento (defina o seu nome nas definições).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say who is recording the withdrawal (set your name in the settings).</source>
            <translation>Indique quem está a registar a retirada do consentimento (defina o seu nome nas definições).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say who is recording the erasure (set your name in the settings).</source>
            <translation>Indique quem está a registar o apagamento (defina o seu nome nas definições).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Say who is recording the {what} (set your name in the settings).</source>
            <translation>Indique quem está a fazer este registo: {what} (defina o seu nome nas definições).</translation>
        </message>
        <message>
            <location line="+61" />
            <source>A question's name uses lower-case letters a–z, digits and _, starts with a letter and has at most 64 characters, such as age_band.</source>
            <translation>O nome de uma pergunta usa letras minúsculas a–z, algarismos e _, começa por uma letra e tem no máximo 64 caracteres, por exemplo age_band.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A choice code uses lower-case letters a–z, digits and _ (at most 64), such as 60_74.</source>
            <translation>Um código de opção usa letras minúsculas a–z, algarismos e _ (no máximo 64), por exemplo 60_74.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{what} needs its labels as language and text pairs.</source>
            <translation>{what} precisa das etiquetas em pares de língua e texto.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{language!r} is not a language code such as en, pt or pt_BR.</source>
            <translation>{language!r} não é um código de língua como en, pt ou pt_BR.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{what} needs a label in at least one language.</source>
            <translation>{what} precisa de uma etiqueta em pelo menos uma língua.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/participants.py" line="-75" />
            <source>A participant has no field called {field!r} that can be changed here.</source>
            <translation>O registo de participante não tem nenhum campo chamado {field!r} que se possa alterar aqui.</translation>
        </message>
        <message>
            <location line="+91" />
            <source>{code} is not checked in to that workshop.</source>
            <translation>{code} não tem presença marcada nesse workshop.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{code} is already checked in to this workshop.</source>
            <translation>{code} já tem presença marcada neste workshop.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{code} is already the code of another participant.</source>
            <translation>{code} já é o código de outra pessoa.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/pin.py" line="-50" />
            <source>A kiosk PIN is {fewest} to {most} digits.</source>
            <translation>Um PIN do quiosque tem entre {fewest} e {most} algarismos.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/profiles.py" line="+9" />
            <source>{code!r} is not one of the answers to “{label}”.</source>
            <translation>{code!r} não é uma das respostas a “{label}”.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only a self-described answer to “{label}” can have the person's own words.</source>
            <translation>Em “{label}”, só a opção de resposta nas próprias palavras pode incluir texto escrito pela pessoa.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>“{typed}” is not one of the answers to “{label}”.</source>
            <translation>“{typed}” não é uma das respostas a “{label}”.</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Each choice of a question needs its own code.</source>
            <translation>Cada opção de uma pergunta precisa do seu próprio código.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is already a profile question called {name!r}.</source>
            <translation>Já existe uma pergunta de perfil chamada {name!r}.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>“{question}” already has a choice {code!r}.</source>
            <translation>“{question}” já tem uma opção {code!r}.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Every question keeps “Prefer not to say”, so answering stays voluntary.</source>
            <translation>Todas as perguntas mantêm “Prefiro não responder”, para que responder continue a ser voluntário.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>1 participant gave the answer “{answer}”, so it cannot be deleted; change its label instead.</source>
            <translation>1 pessoa escolheu a resposta “{answer}”, por isso não pode ser eliminada; em vez disso, mude-lhe a etiqueta.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>{n} participants gave the answer “{answer}”, so it cannot be deleted; change its label instead.</source>
            <translation>
                <numerusform>{n} pessoa escolheu a resposta “{answer}”, por isso não pode ser eliminada; em vez disso, mude-lhe a etiqueta.</numerusform>
                <numerusform>{n} pessoas escolheram a resposta “{answer}”, por isso não pode ser eliminada; em vez disso, mude-lhe a etiqueta.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/response_memory.py" line="+51" />
            <location filename="../../workshop_app/db/lookup.py" line="-2" />
            <source>That survey no longer exists.</source>
            <translation>Esse questionário já não existe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This survey cannot be answered anonymously; a participant code is needed.</source>
            <translation>Este questionário não pode ser respondido de forma anónima; é necessário um código de participante.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>No one has the code “{code}”.</source>
            <translation>Ninguém tem o código “{code}”.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{code} has not consented to take part.</source>
            <translation>{code} não deu consentimento para participar.</translation>
        </message>
        <message>
            <location line="+13" />
            <location filename="../../workshop_app/core/responses.py" line="+203" />
            <location filename="../../workshop_app/db/lookup.py" line="-4" />
            <source>That response no longer exists.</source>
            <translation>Essa resposta já não existe.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/response_rules.py" line="-149" />
            <source>Write the number with one decimal comma or point and no thousands separator, for example 1234,5.</source>
            <translation>Escreva o número com uma vírgula ou um ponto decimal e sem separador de milhares, por exemplo 1234,5.</translation>
        </message>
        <message>
            <location line="+114" />
            <source>This answer is not text or a number.</source>
            <translation>Esta resposta não é texto nem número.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>An answer can have at most {maximum:,} characters; this one has {length:,}.</source>
            <translation>Uma resposta pode ter no máximo {maximum:,} caracteres; esta tem {length:,}.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>The survey has no question called '{name}'.</source>
            <translation>O questionário não tem nenhuma pergunta chamada '{name}'.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>'{name}' is not a question to answer.</source>
            <translation>'{name}' não é uma pergunta a que se responda.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This question does not apply given the earlier answers.</source>
            <translation>Esta pergunta não se aplica, tendo em conta as respostas anteriores.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A repeat can have at most {maximum} entries.</source>
            <translation>Uma repetição pode ter no máximo {maximum} entradas.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>A response is given in the kiosk or typed in from paper ({modes}).</source>
            <translation>Uma resposta é dada no quiosque ou introduzida a partir do papel ({modes}).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>One question still needs an answer: {shown}.</source>
            <translation>Falta responder a uma pergunta: {shown}.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{n} questions still need an answer: {shown} and {more} more.</source>
            <translation>
                <numerusform>Falta responder a {n} pergunta: {shown} e mais {more}.</numerusform>
                <numerusform>Falta responder a {n} perguntas: {shown} e mais {more}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{n} questions still need an answer: {shown}.</source>
            <translation>
                <numerusform>Falta responder a {n} pergunta: {shown}.</numerusform>
                <numerusform>Falta responder a {n} perguntas: {shown}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/responses.py" line="-90" />
            <source>This survey is not available in '{language}'; it has {languages}.</source>
            <translation>Este questionário não está disponível em '{language}'; está disponível em {languages}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>That activity belongs to another workshop.</source>
            <translation>Essa atividade pertence a outro workshop.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{title}” cannot be answered anonymously; a participant code is needed.</source>
            <translation>“{title}” não pode ser respondido de forma anónima; é necessário um código de participante.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>No one has the code “{code}”. Check the code on your card, or ask the facilitator.</source>
            <translation>Ninguém tem o código “{code}”. Verifique o código no seu cartão ou peça ajuda a quem está a facilitar.</translation>
        </message>
        <message>
            <location line="+65" />
            <source>The survey has no stored question called '{name}'.</source>
            <translation>O questionário não tem nenhuma pergunta guardada chamada '{name}'.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This survey is not available in '{language}'.</source>
            <translation>Este questionário não está disponível em '{language}'.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/results.py" line="+180" />
            <source>“{title}” has no question called '{question_name}' with results.</source>
            <translation>“{title}” não tem nenhuma pergunta chamada '{question_name}' com resultados.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>There is no survey '{form_id}'.</source>
            <translation>Não existe nenhum questionário '{form_id}'.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/run_session.py" line="+48" />
            <location line="+38" />
            <source>That activity is not on this workshop's agenda.</source>
            <translation>Essa atividade não está no programa deste workshop.</translation>
        </message>
        <message>
            <location line="-4" />
            <source>This workshop has no agenda yet.</source>
            <translation>Este workshop ainda não tem programa.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/survey_templates.py" line="+31" />
            <source>The template {key} is missing from this installation.</source>
            <translation>O modelo {key} não existe nesta instalação.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/core/voting.py" line="+92" />
            <source>All {n} dots are placed. Take one back to move it.</source>
            <translation>
                <numerusform>Já colocou {n} ponto, o máximo. Retire-o para o mudar de lugar.</numerusform>
                <numerusform>Já colocou os {n} pontos todos. Retire um para o mudar de lugar.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>There is no dot of yours on that note.</source>
            <translation>Não tem nenhum ponto seu nessa nota.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A count of dots is a whole number from 0 to {maximum:,}.</source>
            <translation>O número de pontos é um número inteiro de 0 a {maximum:,}.</translation>
        </message>
        <message>
            <location line="+67" />
            <source>Say who votes: a participant, or an anonymous kiosk voter's token.</source>
            <translation>Indique quem vota: uma pessoa inscrita ou o token anónimo de quem vota no quiosque.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Dots are placed in a dot vote.</source>
            <translation>Os pontos só se colocam numa votação por pontos.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The brainstorm this dot vote is about no longer exists.</source>
            <translation>A chuva de ideias a que esta votação por pontos se refere já não existe.</translation>
        </message>
        <message>
            <location line="+13" />
            <location filename="../../workshop_app/db/lookup.py" line="+3" />
            <source>That sticky note no longer exists.</source>
            <translation>Essa nota adesiva já não existe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That sticky note is not part of this dot vote.</source>
            <translation>Essa nota adesiva não faz parte desta votação por pontos.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/workbook_scope.py" line="+116" />
            <source>The first day of the date range comes after the last day; swap them and export again.</source>
            <translation>O primeiro dia do intervalo de datas é posterior ao último; troque-os e exporte novamente.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/workshop_rules.py" line="+93" />
            <source>A workshop has no field called {field!r}.</source>
            <translation>Um workshop não tem nenhum campo chamado {field!r}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A workshop needs a title.</source>
            <translation>Um workshop precisa de um título.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A workshop title can have at most {maximum} characters.</source>
            <translation>O título de um workshop pode ter no máximo {maximum} caracteres.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A workshop's status is one of {statuses}.</source>
            <translation>O estado de um workshop é um destes: {statuses}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A workshop's start must be a date and time with its time zone.</source>
            <translation>O início de um workshop tem de ser uma data e hora com o respetivo fuso horário.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>An activity has no field called {field!r}.</source>
            <translation>Uma atividade não tem nenhum campo chamado {field!r}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>An activity is one of: {kinds}.</source>
            <translation>Uma atividade é de um destes tipos: {kinds}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>An activity's planned time is between 1 and {maximum} minutes.</source>
            <translation>O tempo previsto de uma atividade tem de estar entre 1 e {maximum} minutos.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose a survey from the list.</source>
            <translation>Escolha um questionário da lista.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>An activity's settings must be a set of named values.</source>
            <translation>As definições de uma atividade têm de ser um conjunto de valores com nome.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Each person gets between 1 and {maximum} dots in a dot vote.</source>
            <translation>Cada pessoa recebe entre 1 e {maximum} pontos numa votação por pontos.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/workshops.py" line="+220" />
            <source>Only a survey item on the agenda runs a survey.</source>
            <translation>Só uma atividade do tipo questionário no programa pode usar um questionário.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/backup.py" line="-3" />
            <source>A backup cannot overwrite the database it is a copy of; choose another file.</source>
            <translation>Uma cópia de segurança não pode substituir a base de dados de que é cópia; escolha outro ficheiro.</translation>
        </message>
        <message>
            <location line="+18" />
            <location filename="../../workshop_app/formats/exchange_package.py" line="+21" />
            <source>Cannot write {target}: {reason}.</source>
            <translation>Não é possível escrever {target}: {reason}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The backup to {target} failed: {problem}.</source>
            <translation>A cópia de segurança para {target} falhou: {problem}.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>That file is the database itself; choose a backup to restore from.</source>
            <translation>Esse ficheiro é a própria base de dados; escolha uma cópia de segurança a partir da qual restaurar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{source} is empty; it is not a Workshop App backup.</source>
            <translation>{source} está vazio; não é uma cópia de segurança do Workshop App.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{source} was written by a newer version of Workshop App; update the app first.</source>
            <translation>{source} foi criado por uma versão mais recente do Workshop App; atualize primeiro a aplicação.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{source} could not be restored: {problem}.</source>
            <translation>Não foi possível restaurar {source}: {problem}.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{source} is damaged ({problem}); choose another backup.</source>
            <translation>{source} está danificado ({problem}); escolha outra cópia de segurança.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/database.py" line="+61" />
            <source>{path} could not be opened: {reason}.</source>
            <translation>Não foi possível abrir {path}: {reason}.</translation>
        </message>
        <message>
            <location line="+72" />
            <source>{path} was written by a newer version of Workshop App; update the app to open it.</source>
            <translation>{path} foi criado por uma versão mais recente do Workshop App; atualize a aplicação para o abrir.</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>Upgrading the database would leave {n} broken link(s) (first in table {table}); nothing was changed.</source>
            <translation>
                <numerusform>A atualização da base de dados deixaria {n} ligação quebrada (na tabela {table}); nada foi alterado.</numerusform>
                <numerusform>A atualização da base de dados deixaria {n} ligações quebradas (a primeira na tabela {table}); nada foi alterado.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/lock.py" line="+70" />
            <source>{database} is busy: another Workshop App window or command ({holder}) is using it. Close that one first, or open a different file.</source>
            <translation>{database} está em uso noutra janela ou comando do Workshop App ({holder}). Feche primeiro essa janela ou comando, ou abra outro ficheiro.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{database} is busy: another Workshop App window or command is using it. Close that one first, or open a different file.</source>
            <translation>{database} está em uso noutra janela ou comando do Workshop App. Feche primeiro essa janela ou comando, ou abra outro ficheiro.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/lookup.py" line="-11" />
            <source>That activity no longer exists.</source>
            <translation>Essa atividade já não existe.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That choice no longer exists.</source>
            <translation>Essa opção já não existe.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That cluster no longer exists.</source>
            <translation>Esse grupo já não existe.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That consent record no longer exists.</source>
            <translation>Esse registo de consentimento já não existe.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That map no longer exists.</source>
            <translation>Esse mapa já não existe.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That participant no longer exists.</source>
            <translation>O registo dessa pessoa já não existe.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That profile question no longer exists.</source>
            <translation>Essa pergunta de perfil já não existe.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That relationship no longer exists.</source>
            <translation>Essa relação já não existe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That snapshot no longer exists.</source>
            <translation>Esse instantâneo já não existe.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>That target no longer exists.</source>
            <translation>Essa meta já não existe.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>That {what} no longer exists.</source>
            <translation>Esse elemento ({what}) já não existe.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/probe.py" line="+35" />
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} é uma pasta, não um ficheiro de base de dados.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There is no database at {path}.</source>
            <translation>Não há nenhuma base de dados em {path}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot create {path}: the folder {folder} does not exist.</source>
            <translation>Não é possível criar {path}: a pasta {folder} não existe.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot create {path}: the folder {folder} is read-only.</source>
            <translation>Não é possível criar {path}: a pasta {folder} é só de leitura.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{path} cannot be read ({reason}).</source>
            <translation>Não é possível ler {path} ({reason}).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{path} is empty; it is not a Workshop App database.</source>
            <translation>{path} está vazio; não é uma base de dados do Workshop App.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is not a Workshop App database (it is not an SQLite file).</source>
            <translation>{path} não é uma base de dados do Workshop App (não é um ficheiro SQLite).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is damaged (the file is incomplete); restore it from a backup.</source>
            <translation>{path} está danificado (o ficheiro está incompleto); restaure-o a partir de uma cópia de segurança.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is read-only; copy it to a folder where you can write, then open the copy.</source>
            <translation>{path} é só de leitura; copie-o para uma pasta onde possa escrever e abra a cópia.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{path} is an SQLite database, but not one made by Workshop App.</source>
            <translation>{path} é uma base de dados SQLite, mas não foi criada pelo Workshop App.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>{path} cannot be opened as a database.</source>
            <translation>Não é possível abrir {path} como base de dados.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{path} is damaged (its schema version is missing); restore it from a backup.</source>
            <translation>{path} está danificado (falta a versão do esquema); restaure-o a partir de uma cópia de segurança.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{path} is damaged (the file is corrupt); restore it from a backup.</source>
            <translation>{path} está danificado (o ficheiro está corrompido); restaure-o a partir de uma cópia de segurança.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/exchange_package.py" line="-65" />
            <location line="+176" />
            <location line="+33" />
            <location line="+3" />
            <location line="+37" />
            <source>{name} is not a Workshop App exchange package.</source>
            <translation>{name} não é um pacote do Workshop App.</translation>
        </message>
        <message>
            <location line="-246" />
            <source>{name} is damaged: its manifest has no format version.</source>
            <translation>{name} está danificado: o manifesto não tem versão de formato.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+131" />
            <source>This package was made by a newer version of Workshop App ({app_version}); update the app to merge it.</source>
            <translation>Este pacote foi criado por uma versão mais recente do Workshop App ({app_version}); atualize a aplicação para o integrar.</translation>
        </message>
        <message>
            <location line="-119" />
            <source>{name} is damaged: its manifest is incomplete.</source>
            <translation>{name} está danificado: o manifesto está incompleto.</translation>
        </message>
        <message>
            <location line="+140" />
            <source>{name} is a folder, not an exchange package.</source>
            <translation>{name} é uma pasta, não um pacote do Workshop App.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>There is no file {path}.</source>
            <translation>O ficheiro {path} não existe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} cannot be read ({reason}).</source>
            <translation>Não é possível ler {name} ({reason}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is empty; it is not a Workshop App exchange package.</source>
            <translation>{name} está vazio; não é um pacote do Workshop App.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is a database file, not an exchange package; to bring back a backup, use Restore instead.</source>
            <translation>{name} é um ficheiro de base de dados, não um pacote; para recuperar uma cópia de segurança, use antes Restaurar.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+6" />
            <source>{name} is incomplete or damaged (perhaps it was cut short while copying); make the package again.</source>
            <translation>{name} está incompleto ou danificado (talvez a cópia tenha sido interrompida); crie o pacote novamente.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{name} contains a file with an unsafe name ({member!r}); it was not opened.</source>
            <translation>{name} contém um ficheiro com um nome inseguro ({member!r}); não foi aberto.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} contains the same part twice; it was not opened.</source>
            <translation>{name} contém a mesma parte duas vezes; não foi aberto.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} contains an unexpected file ({member!r}); it is not a Workshop App exchange package.</source>
            <translation>{name} contém um ficheiro inesperado ({member!r}); não é um pacote do Workshop App.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{name} is incomplete: part of its content is missing.</source>
            <translation>{name} está incompleto: falta parte do conteúdo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{name} is encrypted; Workshop App packages never are.</source>
            <translation>{name} está encriptado; os pacotes do Workshop App nunca o estão.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} unpacks to far more than its size (it looks like a zip bomb); it was not opened.</source>
            <translation>{name} descomprime para muito mais do que o seu tamanho (parece uma bomba zip); não foi aberto.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} would unpack to more than {maximum} GB; it was not opened.</source>
            <translation>{name} ocuparia mais de {maximum} GB depois de descomprimido; não foi aberto.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+5" />
            <source>{name} is not a Workshop App exchange package (its manifest is far too large).</source>
            <translation>{name} não é um pacote do Workshop App (o manifesto é demasiado grande).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name} is damaged: its manifest cannot be read.</source>
            <translation>{name} está danificado: não é possível ler o manifesto.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+10" />
            <location line="+12" />
            <source>{name} is damaged: its content does not match its checksums; make the package again.</source>
            <translation>{name} está danificado: o conteúdo não corresponde às somas de verificação; crie o pacote novamente.</translation>
        </message>
        <message>
            <location line="-5" />
            <source>{name} unpacks to more than it declares; it was not opened.</source>
            <translation>{name} descomprime para mais do que declara; não foi aberto.</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+6" />
            <source>{name} does not hold Workshop App data.</source>
            <translation>{name} não contém dados do Workshop App.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <source>{name} is damaged: its data cannot be read.</source>
            <translation>{name} está danificado: não é possível ler os dados.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{name} was made by an older version of Workshop App and could not be brought up to date; nothing was merged.</source>
            <translation>{name} foi criado por uma versão anterior do Workshop App e não foi possível atualizá-lo; nada foi integrado.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/stakeholder_exchange.py" line="-308" />
            <source>A stakeholder list is written as an .xlsx file; {file} has another extension.</source>
            <translation>Uma lista de partes interessadas é guardada como ficheiro .xlsx; {file} tem outra extensão.</translation>
        </message>
        <message>
            <location line="+24" />
            <location filename="../../workshop_app/formats/xlsform/writer.py" line="+161" />
            <source>{path} cannot be written: the folder {folder} does not exist.</source>
            <translation>Não é possível escrever {path}: a pasta {folder} não existe.</translation>
        </message>
        <message>
            <location line="+31" />
            <location filename="../../workshop_app/formats/xlsform/writer.py" line="+28" />
            <source>{path} could not be written: {reason}.</source>
            <translation>Não foi possível escrever {path}: {reason}.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{file} is not a readable Excel workbook.</source>
            <translation>{file} não é um livro Excel legível.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{file} could not be read; the workbook seems damaged ({error}).</source>
            <translation>Não foi possível ler {file}; o livro parece estar danificado ({error}).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{path} does not exist or is not a file.</source>
            <translation>{path} não existe ou não é um ficheiro.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is not an Excel workbook; save the list as .xlsx and import that.</source>
            <translation>{file} não é um livro Excel; guarde a lista como .xlsx e importe esse ficheiro.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} is empty.</source>
            <translation>{file} está vazio.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is {size:.0f} MB; a stakeholder list can be at most {maximum} MB.</source>
            <translation>{file} tem {size:.0f} MB; uma lista de partes interessadas pode ter no máximo {maximum} MB.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{file} unpacks to more than {maximum} MB, too much for a stakeholder list.</source>
            <translation>{file} ocupa mais de {maximum} MB depois de descomprimido, demasiado para uma lista de partes interessadas.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} cannot be opened: this user may not read it.</source>
            <translation>Não é possível abrir {file}: este utilizador não tem permissão para o ler.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} is not a readable Excel workbook, although its name says so.</source>
            <translation>{file} não é um livro Excel legível, embora o nome indique que sim.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{file_name} has no sheet of stakeholders; name it 'Elements' with a 'Label' column.</source>
            <translation>{file_name} não tem nenhuma folha de partes interessadas; dê-lhe o nome 'Elements' e inclua uma coluna 'Label'.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The sheet {title!r} of {file_name} lists no stakeholders.</source>
            <translation>A folha {title!r} de {file_name} não tem nenhuma parte interessada.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The sheet {title!r} of {file_name} has more than {limit:,} stakeholders; Workshop App imports up to {limit:,}.</source>
            <translation>A folha {title!r} de {file_name} tem mais de {limit:,} partes interessadas; o Workshop App importa até {limit:,}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sheet {title!r} of {file_name} has more than {limit:,} connections; Workshop App imports up to {limit:,}.</source>
            <translation>A folha {title!r} de {file_name} tem mais de {limit:,} ligações; o Workshop App importa até {limit:,}.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The sheet {title!r} of {file_name} has no {column!r} column in its first rows; put them in the header row.</source>
            <translation>A folha {title!r} de {file_name} não tem a coluna {column!r} nas primeiras linhas; coloque os nomes das colunas na linha de cabeçalho.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sheet {title!r} of {file_name} has no {first!r} and {second!r} columns in its first rows; put them in the header row.</source>
            <translation>A folha {title!r} de {file_name} não tem as colunas {first!r} e {second!r} nas primeiras linhas; coloque os nomes das colunas na linha de cabeçalho.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/ulg_workbook.py" line="+330" />
            <source>The workbook must be saved as an .xlsx file; “{file}” has another extension.</source>
            <translation>O livro tem de ser guardado como ficheiro .xlsx; “{file}” tem outra extensão.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The folder {folder} does not exist; choose another place for the workbook.</source>
            <translation>A pasta {folder} não existe; escolha outro local para o livro.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is a folder; give the workbook a file name ending in .xlsx.</source>
            <translation>{path} é uma pasta; dê ao livro um nome de ficheiro terminado em .xlsx.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{file}” is open in another program; close it there and export again (if it is not open, delete the lock file “{lock}” in the same folder).</source>
            <translation>“{file}” está aberto noutro programa; feche-o nesse programa e exporte novamente (se não estiver aberto, elimine o ficheiro de bloqueio “{lock}” na mesma pasta).</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+23" />
            <source>You may not save files in {folder}; choose another folder.</source>
            <translation>Não tem permissão para guardar ficheiros em {folder}; escolha outra pasta.</translation>
        </message>
        <message>
            <location line="-20" />
            <source>“{file}” is read-only; choose another name or folder.</source>
            <translation>“{file}” é só de leitura; escolha outro nome ou outra pasta.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>There is not enough space on the disk for “{file}”; free some space or choose another place. Nothing was written.</source>
            <translation>Não há espaço suficiente no disco para “{file}”; liberte espaço ou escolha outro local. Não foi escrito nada.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{file}” is open in another program or read-only; close it there and export again. Nothing was changed.</source>
            <translation>“{file}” está aberto noutro programa ou é só de leitura; feche-o nesse programa e exporte novamente. Nada foi alterado.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{file}” could not be written: {reason}. Nothing was changed.</source>
            <translation>Não foi possível escrever “{file}”: {reason}. Nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/guard.py" line="+35" />
            <source>{path} does not exist.</source>
            <translation>{path} não existe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{path} is not a file.</source>
            <translation>{path} não é um ficheiro.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is empty.</source>
            <translation>{name} está vazio.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} is {size:.0f} MB; a form file can be at most {maximum} MB.</source>
            <translation>{name} tem {size:.0f} MB; um ficheiro de formulário pode ter no máximo {maximum} MB.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} is not an XLSForm: Workshop App reads forms saved as .xlsx, .xls, .csv or .md.</source>
            <translation>{name} não é um XLSForm: o Workshop App lê formulários guardados como .xlsx, .xls, .csv ou .md.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{file} is not a text file, although its name says so.</source>
            <translation>{file} não é um ficheiro de texto, embora o nome indique que sim.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{file} has more than {maximum:,} lines, too many for a form.</source>
            <translation>{file} tem mais de {maximum:,} linhas, demasiadas para um formulário.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{name} unpacks to more than {maximum} MB, too much for a form.</source>
            <translation>{name} ocupa mais de {maximum} MB depois de descomprimido, demasiado para um formulário.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} is not an Excel workbook, although its name says so.</source>
            <translation>{name} não é um livro Excel, embora o nome indique que sim.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The '{sheet}' sheet of {name} has more than {limit:,} rows; Workshop App imports forms of up to {limit:,} rows there.</source>
            <translation>A folha '{sheet}' de {name} tem mais de {limit:,} linhas; o Workshop App importa formulários com até {limit:,} linhas nessa folha.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{name} is not a readable Excel workbook ({reason}).</source>
            <translation>{name} não é um livro Excel legível ({reason}).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The workbook's table of sheets is implausibly large.</source>
            <translation>A tabela de folhas do livro é anormalmente grande.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>A row of the workbook is implausibly large.</source>
            <translation>Uma linha do livro é anormalmente grande.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/messages.py" line="+20" />
            <source>the '{sheet}' sheet, row {row}, column '{column}'</source>
            <translation>folha '{sheet}', linha {row}, coluna '{column}'</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the '{sheet}' sheet, row {row}</source>
            <translation>folha '{sheet}', linha {row}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the '{sheet}' sheet</source>
            <translation>folha '{sheet}'</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{file} is not an XLSForm: it has no sheet named 'survey'. {hint}</source>
            <translation>{file} não é um XLSForm: não tem nenhuma folha chamada 'survey'. {hint}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is not an XLSForm: it has no sheet named 'survey'.</source>
            <translation>{file} não é um XLSForm: não tem nenhuma folha chamada 'survey'.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{file} is not a valid XLSForm ({where}): {problem}.</source>
            <translation>{file} não é um XLSForm válido ({where}): {problem}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is not a valid XLSForm: {problem}.</source>
            <translation>{file} não é um XLSForm válido: {problem}.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{file} cannot be imported ({where}): {problem}</source>
            <translation>Não é possível importar {file} ({where}): {problem}</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/reader.py" line="-221" />
            <location line="+33" />
            <source>{file} nests groups too deeply to be read.</source>
            <translation>{file} tem grupos dentro de grupos com demasiados níveis para poder ser lido.</translation>
        </message>
        <message>
            <location line="-26" />
            <source>{file} could not be read as an XLSForm ({error}: no details).</source>
            <translation>Não foi possível ler {file} como XLSForm ({error}: sem detalhes).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} could not be read as an XLSForm ({error}: {details}).</source>
            <translation>Não foi possível ler {file} como XLSForm ({error}: {details}).</translation>
        </message>
        <message>
            <location line="+28" />
            <source>{file} could not be turned into a form ({error}: no details).</source>
            <translation>Não foi possível converter {file} num formulário ({error}: sem detalhes).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} could not be turned into a form ({error}: {details}).</source>
            <translation>Não foi possível converter {file} num formulário ({error}: {details}).</translation>
        </message>
        <message>
            <location line="+168" />
            <source>{file} is not a valid XLSForm ({where}): '{name}' has the type '{pyxform_type}', which XLSForm does not know.</source>
            <translation>{file} não é um XLSForm válido ({where}): '{name}' tem o tipo '{pyxform_type}', que o XLSForm não conhece.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/writer.py" line="-161" />
            <source>An XLSForm is written as an .xlsx file; {file} has another extension.</source>
            <translation>Um XLSForm é guardado como ficheiro .xlsx; {file} tem outra extensão.</translation>
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