<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
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
            <translation>Aggiungi lingua</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Which language should the survey also be in? Pick one or type its name and code, for example “Tetum (tet)”.</source>
            <translation>In quale altra lingua deve essere disponibile il questionario? Sceglila dall’elenco o scrivi nome e codice, ad esempio “Tetum (tet)”.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Add</source>
            <translation>Aggiungi</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Type a name with a short code in brackets, such as “Tetum (tet)”.</source>
            <translation>Scrivi un nome seguito da un codice breve tra parentesi, ad esempio “Tetum (tet)”.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The survey is already in that language.</source>
            <translation>Il questionario è già disponibile in questa lingua.</translation>
        </message>
    </context>
    <context>
        <name>AgendaView</name>
        <message>
            <location filename="../../workshop_app/ui/agenda_view.py" line="+97" />
            <source>No activities yet. Use “Add activity” to plan a brainstorm, a dot vote or a survey.</source>
            <translation>Nessuna attività per ora. Usa “Aggiungi attività” per programmare un brainstorming, una votazione a punti o un questionario.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Agenda</source>
            <translation>Programma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The activities of the workshop, in order. Double-click to edit.</source>
            <translation>Le attività del workshop, in ordine. Fai doppio clic su un’attività per modificarla.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A&amp;genda</source>
            <translation>&amp;Programma</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Total time of the agenda</source>
            <translation>Durata totale del programma</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Add activity</source>
            <translation>&amp;Aggiungi attività</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add activity</source>
            <translation>Aggiungi attività</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Remove</source>
            <translation>&amp;Rimuovi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remove activity</source>
            <translation>Rimuovi attività</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move activity up</source>
            <translation>Sposta attività in su</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move activity down</source>
            <translation>Sposta attività in giù</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected activity (Delete)</source>
            <translation>Rimuovi l’attività selezionata (Canc)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the selected activity earlier (Alt+Up)</source>
            <translation>Anticipa l’attività selezionata (Alt+Freccia su)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the selected activity later (Alt+Down)</source>
            <translation>Posticipa l’attività selezionata (Alt+Freccia giù)</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Total: {duration} (ends about {time})</source>
            <translation>Totale: {duration} (fine verso le {time})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Total: {duration}</source>
            <translation>Totale: {duration}</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Add {activity}</source>
            <translation>Aggiungi {activity}</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Change activity title</source>
            <translation>Modifica il titolo dell’attività</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change activity time</source>
            <translation>Modifica la durata dell’attività</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change dots per person</source>
            <translation>Modifica i punti a persona</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the survey</source>
            <translation>Scegli il questionario</translation>
        </message>
        <message>
            <location line="+27" />
            <source>{title} (version {version})</source>
            <translation>{title} (versione {version})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No survey chosen yet</source>
            <translation>Nessun questionario scelto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New from template: {title}</source>
            <translation>Nuovo da modello: {title}</translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <location filename="../../workshop_app/ui/board_view.py" line="+42" />
            <location line="+8" />
            <source>Brainstorm board</source>
            <translation>Bacheca del brainstorming</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Drag notes between clusters; right-click a note for its menu; F2 edits the selected note, Delete removes it.</source>
            <translation>Trascina le note da un gruppo all’altro; fai clic destro su una nota per il suo menu; F2 modifica la nota selezionata, Canc la elimina.</translation>
        </message>
    </context>
    <context>
        <name>BrainstormPanel</name>
        <message>
            <location filename="../../workshop_app/ui/brainstorm_panel.py" line="+48" />
            <source>Yellow</source>
            <translation>Giallo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pink</source>
            <translation>Rosa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Blue</source>
            <translation>Blu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Green</source>
            <translation>Verde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orange</source>
            <translation>Arancione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purple</source>
            <translation>Viola</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Type an idea from the room and press Enter</source>
            <translation>Scrivi un’idea proposta in sala e premi Invio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New sticky note</source>
            <translation>Nuova nota adesiva</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Put new notes into</source>
            <translation>Metti le nuove note in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where new notes go</source>
            <translation>Dove vanno le nuove note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add note</source>
            <translation>Aggiungi nota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the typed note</source>
            <translation>Aggiungi la nota scritta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add &amp;cluster…</source>
            <translation>Aggiungi &amp;gruppo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a cluster</source>
            <translation>Aggiungi un gruppo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A new titled column to group notes in</source>
            <translation>Una nuova colonna con titolo in cui raggruppare le note</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Drag notes into clusters (Ctrl+click picks several) · double-click or F2 edits · right-click to colour, move or delete · Ctrl+Z undoes</source>
            <translation>Trascina le note nei gruppi (Ctrl+clic per sceglierne più di una) · doppio clic o F2 per modificare · clic destro per colorare, spostare o eliminare · Ctrl+Z per annullare</translation>
        </message>
        <message>
            <location line="+5" />
            <source>into</source>
            <translation>in</translation>
        </message>
        <message>
            <location line="+48" />
            <location line="+115" />
            <source>New ideas</source>
            <translation>Nuove idee</translation>
        </message>
        <message>
            <location line="-113" />
            <location line="+115" />
            <source>Unnamed group</source>
            <translation>Gruppo senza nome</translation>
        </message>
        <message>
            <location line="-91" />
            <source>Edit note</source>
            <translation>Modifica nota</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Text of the note:</source>
            <translation>Testo della nota:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Colour notes</source>
            <translation>Colora le note</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Add cluster</source>
            <translation>Aggiungi gruppo</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+13" />
            <source>Name of the cluster:</source>
            <translation>Nome del gruppo:</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Cluster {number}</source>
            <translation>Gruppo {number}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Rename cluster</source>
            <translation>Rinomina gruppo</translation>
        </message>
        <message>
            <location line="+21" />
            <source>&amp;Edit text…</source>
            <translation>&amp;Modifica testo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Colour</source>
            <translation>&amp;Colore</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Move to</source>
            <translation>&amp;Sposta in</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Delete</source>
            <translation>&amp;Elimina</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Rename…</source>
            <translation>&amp;Rinomina…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;left</source>
            <translation>Sposta a &amp;sinistra</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Move &amp;right</source>
            <translation>Sposta a &amp;destra</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Delete cluster (keep its notes)</source>
            <translation>&amp;Elimina gruppo (mantieni le note)</translation>
        </message>
    </context>
    <context>
        <name>CheckinForm</name>
        <message>
            <location filename="../../workshop_app/ui/checkin_form.py" line="+49" />
            <source>Register someone new</source>
            <translation>Registra una nuova persona</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Everything is optional except the consent. Press Enter to register.</source>
            <translation>Tutto è facoltativo tranne il consenso. Premi Invio per registrare.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name (optional, personal data)</source>
            <translation>Nome (facoltativo, dato personale)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name — optional</source>
            <translation>Nome — facoltativo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or e-mail (optional, personal data)</source>
            <translation>Telefono o e-mail (facoltativo, dato personale)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or e-mail — optional</source>
            <translation>Telefono o e-mail — facoltativo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Takes part (needed to answer surveys)</source>
            <translation>&amp;Partecipa (necessario per rispondere ai questionari)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May be &amp;contacted again</source>
            <translation>Si può &amp;ricontattare</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agrees to appear in &amp;photos</source>
            <translation>Acconsente a comparire nelle &amp;foto</translation>
        </message>
        <message>
            <location line="+12" />
            <source>About them (optional profile questions)</source>
            <translation>Sulla persona (domande facoltative del profilo)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the optional profile questions</source>
            <translation>Mostra le domande facoltative del profilo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Register  ⏎</source>
            <translation>Registra  ⏎</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Register</source>
            <translation>Registra</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Register and check in (Enter)</source>
            <translation>Registra e fai il check-in (Invio)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or &amp;e-mail</source>
            <translation>&amp;Telefono o e-mail</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Consent:</source>
            <translation>Consenso:</translation>
        </message>
    </context>
    <context>
        <name>CheckinListDialog</name>
        <message>
            <location filename="../../workshop_app/ui/run_checkin.py" line="+48" />
            <source>Checked in</source>
            <translation>Presenti</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Checked in: {count}</source>
            <translation>Presenti: {count}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>People checked in</source>
            <translation>Persone presenti</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{code} — {time}</source>
            <translation>{code} — {time}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Register people and record their consent in Participants › Check-in.</source>
            <translation>Registra le persone e il loro consenso in Partecipanti › Check-in.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
    </context>
    <context>
        <name>CheckinView</name>
        <message>
            <location filename="../../workshop_app/ui/checkin_view.py" line="+63" />
            <source>Workshop people are checked in to</source>
            <translation>Workshop per cui si fa il check-in</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Change who is recording</source>
            <translation>Cambia chi registra</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Check in someone already registered</source>
            <translation>Fai il check-in di una persona già registrata</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Already registered? Type their code (or just the number) and press Enter</source>
            <translation>Ha già un codice? Scrivilo (anche solo il numero) e premi Invio</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Checked-in participants</source>
            <translation>Partecipanti presenti</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Remove check-in</source>
            <translation>Rimuovi check-in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected check-in</source>
            <translation>Rimuovi il check-in selezionato</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checked in by mistake? Take it back (you can undo this)</source>
            <translation>Check-in fatto per errore? Rimuovilo (puoi annullare l’operazione)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Checking in to</source>
            <translation>Check-in per</translation>
        </message>
        <message>
            <location line="+49" />
            <source>{title} — {when} ({status})</source>
            <translation>{title} — {when} ({status})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no date</source>
            <translation>senza data</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No workshop — register only</source>
            <translation>Nessun workshop — solo registrazione</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Recording as {name}</source>
            <translation>Registrazione a nome di {name}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who is recording? Set it</source>
            <translation>Chi sta registrando? Indicalo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consent is recorded in this name; click to change it</source>
            <translation>Il consenso viene registrato a questo nome; fai clic per cambiarlo</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Matching participants</source>
            <translation>Partecipanti corrispondenti</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Checked in: %n</source>
            <translation>
                <numerusform>Presenti: %n</numerusform>
                <numerusform>Presenti: %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a workshop to see who is checked in</source>
            <translation>Scegli un workshop per vedere chi è presente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No workshops yet: people are registered without a check-in</source>
            <translation>Nessun workshop per ora: le persone vengono registrate senza check-in</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No one yet. Register the first person above.</source>
            <translation>Ancora nessuno. Registra la prima persona qui sopra.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No one matches. Register them above as someone new.</source>
            <translation>Nessuna corrispondenza. Registra la persona qui sopra come nuova.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Consent must say who recorded it: enter your name to register.</source>
            <translation>Il consenso deve indicare chi lo ha registrato: inserisci il tuo nome per registrare.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Choose the workshop to check people in to.</source>
            <translation>Scegli il workshop per cui fare il check-in.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No single participant has the code “{text}”. Type the whole code, or double-click them in the list.</source>
            <translation>Nessuna persona ha il codice “{text}”. Scrivi il codice completo o fai doppio clic sulla persona nell’elenco.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>{code} is not checked in to this workshop.</source>
            <translation>{code} non risulta presente a questo workshop.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>— write this on the name badge.</source>
            <translation>— scrivilo sul cartellino con il nome.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>— checked in. Welcome back!</source>
            <translation>— check-in fatto. Che bello rivederti!</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <location filename="../../workshop_app/ui/question_choices.py" line="+125" />
            <source>Choice list</source>
            <translation>Elenco di opzioni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions can share a list of choices</source>
            <translation>Più domande possono condividere lo stesso elenco di opzioni</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New list</source>
            <translation>Nuovo elenco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New choice list for this question</source>
            <translation>Nuovo elenco di opzioni per questa domanda</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choices</source>
            <translation>Opzioni</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+1" />
            <location line="+122" />
            <source>Add choice</source>
            <translation>Aggiungi opzione</translation>
        </message>
        <message>
            <location line="-120" />
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+132" />
            <source>Remove choice</source>
            <translation>Rimuovi opzione</translation>
        </message>
        <message>
            <location line="-128" />
            <source>Move choice up</source>
            <translation>Sposta opzione in su</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move choice down</source>
            <translation>Sposta opzione in giù</translation>
        </message>
        <message>
            <location line="+46" />
            <source>{list} ({example}, …)</source>
            <translation>{list} ({example}, …)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>One other question uses this list too; changes apply to both.</source>
            <translation>Anche un’altra domanda usa questo elenco: le modifiche valgono per entrambe.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n other questions use this list too; changes apply to all.</source>
            <translation>
                <numerusform>Anche %n altra domanda usa questo elenco: le modifiche valgono per tutte.</numerusform>
                <numerusform>Anche altre %n domande usano questo elenco: le modifiche valgono per tutte.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+11" />
            <source>Change choice list</source>
            <translation>Cambia elenco di opzioni</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Option 1</source>
            <translation>Opzione 1</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>New choice list</source>
            <translation>Nuovo elenco di opzioni</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Option {number}</source>
            <translation>Opzione {number}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Move choice</source>
            <translation>Sposta opzione</translation>
        </message>
    </context>
    <context>
        <name>ChoiceTableModel</name>
        <message>
            <location filename="../../workshop_app/ui/profile_editor_model.py" line="+113" />
            <location filename="../../workshop_app/ui/question_choices.py" line="-228" />
            <source>Code</source>
            <translation>Codice</translation>
        </message>
        <message>
            <location line="+24" />
            <source>(missing)</source>
            <translation>(mancante)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Every question keeps “Prefer not to say”; it can be renamed, not deleted.</source>
            <translation>Ogni domanda mantiene “Preferisco non rispondere”: si può rinominare, ma non eliminare.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/question_choices.py" line="+43" />
            <source>Edit choice</source>
            <translation>Modifica opzione</translation>
        </message>
    </context>
    <context>
        <name>ComingPage</name>
        <message>
            <location filename="../../workshop_app/ui/coming_view.py" line="+36" />
            <source>Coming in a later version.</source>
            <translation>Disponibile in una versione futura.</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../../workshop_app/ui/map_snapshots.py" line="+94" />
            <source>Compare snapshots</source>
            <translation>Confronta istantanee</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Compare from</source>
            <translation>Confronta da</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compare with</source>
            <translation>Confronta con</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Now (the map as it is)</source>
            <translation>Adesso (la mappa com’è ora)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;From</source>
            <translation>&amp;Da</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;To</source>
            <translation>&amp;A</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compare</source>
            <translation>Confronta</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Arrows will show who moved, from where they stood to where they stand.</source>
            <translation>Le frecce mostreranno chi si è spostato, da dove si trovava a dove si trova ora.</translation>
        </message>
    </context>
    <context>
        <name>ComparisonBar</name>
        <message>
            <location line="+27" />
            <source>Who moved</source>
            <translation>Chi si è spostato</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Close comparison</source>
            <translation>Chiudi confronto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close the comparison</source>
            <translation>Chiudi il confronto</translation>
        </message>
        <message>
            <location line="+17" />
            <source>1 stakeholder moved</source>
            <translation>1 stakeholder spostato</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n stakeholders moved</source>
            <translation>
                <numerusform>%n stakeholder spostato</numerusform>
                <numerusform>%n stakeholder spostati</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} since “{before}”.</source>
            <translation>{count} rispetto a “{before}”.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} between “{before}” and “{after}”.</source>
            <translation>{count} tra “{before}” e “{after}”.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n added</source>
            <translation>
                <numerusform>%n aggiunto</numerusform>
                <numerusform>%n aggiunti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n removed</source>
            <translation>
                <numerusform>%n rimosso</numerusform>
                <numerusform>%n rimossi</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Also: {changes}.</source>
            <translation>Inoltre: {changes}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{name} was added.</source>
            <translation>Aggiunto: {name}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} was removed.</source>
            <translation>Rimosso: {name}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}: from {x0:.1f}, {y0:.1f} to {x1:.1f}, {y1:.1f}</source>
            <translation>{name}: da {x0:.1f}, {y0:.1f} a {x1:.1f}, {y1:.1f}</translation>
        </message>
    </context>
    <context>
        <name>ConsentPanel</name>
        <message>
            <location filename="../../workshop_app/ui/consent_panel.py" line="+80" />
            <location line="+3" />
            <location line="+37" />
            <source>Record consent</source>
            <translation>Registra consenso</translation>
        </message>
        <message>
            <location line="-36" />
            <location line="+37" />
            <source>{purpose}: record consent</source>
            <translation>{purpose}: registra il consenso</translation>
        </message>
        <message>
            <location line="-23" />
            <source>Consent history</source>
            <translation>Cronologia dei consensi</translation>
        </message>
        <message>
            <location line="-15" />
            <location line="+34" />
            <source>Withdraw</source>
            <translation>Revoca</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{purpose}: withdraw consent</source>
            <translation>{purpose}: revoca il consenso</translation>
        </message>
        <message>
            <location line="+6" />
            <source>History (newest first):</source>
            <translation>Cronologia (dal più recente):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No consent recorded yet.</source>
            <translation>Nessun consenso registrato.</translation>
        </message>
    </context>
    <context>
        <name>DataEntryWindow</name>
        <message>
            <location filename="../../workshop_app/ui/data_entry_window.py" line="+59" />
            <source>That agenda item belongs to another workshop.</source>
            <translation>Questa attività del programma appartiene a un altro workshop.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Paper questionnaires — {title}</source>
            <translation>Questionari cartacei — {title}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Only a survey or a feedback round is typed in from paper.</source>
            <translation>Da carta si inseriscono solo questionari e giri di feedback.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose which survey this agenda item runs first.</source>
            <translation>Scegli prima quale questionario propone questa attività del programma.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Paper questionnaires: {title}</source>
            <translation>Questionari cartacei: {title}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Code on the paper, e.g. 42</source>
            <translation>Codice sul foglio, ad es. 42</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code on the paper, or empty if anonymous</source>
            <translation>Codice sul foglio, o vuoto se anonimo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant code on the paper</source>
            <translation>Codice partecipante scritto sul foglio</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Language of the paper</source>
            <translation>Lingua del questionario cartaceo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Resume a paper…</source>
            <translation>Riprendi un questionario cartaceo…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Participant code:</source>
            <translation>Codice partecipante:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language of the paper:</source>
            <translation>Lingua del questionario:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Questions of the paper questionnaire</source>
            <translation>Domande del questionario cartaceo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Finish and next questionnaire (Ctrl+Enter)</source>
            <translation>Concludi e passa al questionario successivo (Ctrl+Invio)</translation>
        </message>
        <message>
            <location line="+82" />
            <location line="+110" />
            <source>anonymous</source>
            <translation>anonimo</translation>
        </message>
        <message>
            <location line="-59" />
            <source>Correct the fields marked in red first.</source>
            <translation>Correggi prima i campi segnati in rosso.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the answers of a paper first.</source>
            <translation>Inserisci prima le risposte di un questionario cartaceo.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Saved. Type the next paper.</source>
            <translation>Salvato. Inserisci il questionario successivo.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>That is not an unfinished response of this survey.</source>
            <translation>Questa non è una compilazione in sospeso di questo questionario.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>No paper is waiting</source>
            <translation>Nessun questionario in sospeso</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{who} — {count} answers ({mode})</source>
            <translation>{who} — {count} risposte ({mode})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kiosk</source>
            <translation>chiosco</translation>
        </message>
        <message>
            <location line="+0" />
            <source>paper</source>
            <translation>cartaceo</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Paper questionnaires entered: {count}</source>
            <translation>Questionari cartacei inseriti: {count}</translation>
        </message>
    </context>
    <context>
        <name>DatabaseActions</name>
        <message>
            <location filename="../../workshop_app/ui/database_actions.py" line="+31" />
            <source>New &amp;database…</source>
            <translation>Nuovo &amp;database…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start an empty database in a file of your choice</source>
            <translation>Crea un database vuoto in un file a tua scelta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Open database…</source>
            <translation>&amp;Apri database…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Work on another database file</source>
            <translation>Lavora su un altro file di database</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Backup…</source>
            <translation>&amp;Backup…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save a copy of the open database, e.g. on a USB stick</source>
            <translation>Salva una copia del database aperto, ad esempio su una chiavetta USB</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Restore…</source>
            <translation>&amp;Ripristina…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace the open database with a backup</source>
            <translation>Sostituisci il database aperto con un backup</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{name} already existed, so it was opened, not replaced.</source>
            <translation>{name} esisteva già, quindi è stato aperto e non sostituito.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Back up database</source>
            <translation>Backup del database</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Backup failed</source>
            <translation>Backup non riuscito</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Backup saved to {path}.</source>
            <translation>Backup salvato in {path}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Restore from a backup</source>
            <translation>Ripristina da un backup</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Replace “{name}” with the backup “{source}”?</source>
            <translation>Sostituire “{name}” con il backup “{source}”?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The current data is kept as a backup at {folder}.</source>
            <translation>I dati attuali vengono conservati come backup in {folder}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore backup</source>
            <translation>Ripristina backup</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Replace</source>
            <translation>Sostituisci</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Restore failed</source>
            <translation>Ripristino non riuscito</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Backup restored</source>
            <translation>Backup ripristinato</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} now holds the restored data. The data it had before is kept at {kept}.</source>
            <translation>{name} ora contiene i dati ripristinati. I dati che conteneva prima sono conservati in {kept}.</translation>
        </message>
    </context>
    <context>
        <name>DiversityView</name>
        <message>
            <location filename="../../workshop_app/ui/diversity_view.py" line="+56" />
            <source>Show who took part in</source>
            <translation>Mostra chi ha partecipato a</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Targets…</source>
            <translation>&amp;Obiettivi…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set diversity targets</source>
            <translation>Imposta gli obiettivi di diversità</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say which groups should make up at least a share of the room</source>
            <translation>Indica quali gruppi dovrebbero rappresentare almeno una certa quota dei presenti</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+142" />
            <source>Missing voices</source>
            <translation>Voci mancanti</translation>
        </message>
        <message>
            <location line="-116" />
            <source>Who took part: missing voices and charts</source>
            <translation>Chi ha partecipato: voci mancanti e grafici</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scroll with the arrow keys to read every chart</source>
            <translation>Scorri con i tasti freccia per leggere tutti i grafici</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Who took part in</source>
            <translation>&amp;Chi ha partecipato a</translation>
        </message>
        <message>
            <location line="+28" />
            <source>All workshops (everyone registered)</source>
            <translation>Tutti i workshop (tutte le persone registrate)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{title} — {when}</source>
            <translation>{title} — {when}</translation>
        </message>
        <message>
            <location line="+49" />
            <source>{people} people counted. Shares are of those who answered each question. Counts under 5 show as “&lt;5” (a hatched stub), so no one can be singled out; “≥5” is hidden so a small group cannot be worked out.</source>
            <translation>{people} persone conteggiate. Le percentuali si riferiscono a chi ha risposto a ciascuna domanda. I numeri inferiori a 5 compaiono come “&lt;5” (una barra tratteggiata), così nessuno può essere identificato; anche “≥5” viene nascosto, così non si può risalire a un gruppo piccolo.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No targets are set yet. Use “Targets…” to say who should be in the room, for example at least 15 % aged 60 or over.</source>
            <translation>Nessun obiettivo impostato. Usa “Obiettivi…” per indicare chi dovrebbe essere presente, ad esempio almeno il 15% di persone con 60 anni o più.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No group is below its target.</source>
            <translation>Nessun gruppo è sotto il proprio obiettivo.</translation>
        </message>
    </context>
    <context>
        <name>EntryRow</name>
        <message>
            <location filename="../../workshop_app/ui/data_entry_fields.py" line="+151" />
            <source>Does not apply to this paper (skipped)</source>
            <translation>Non si applica a questo questionario cartaceo (saltata)</translation>
        </message>
    </context>
    <context>
        <name>ErasureDialog</name>
        <message>
            <location filename="../../workshop_app/ui/erasure_dialog.py" line="+28" />
            <source>Erase {code}</source>
            <translation>Cancella {code}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Erase {code} for good?</source>
            <translation>Cancellare definitivamente {code}?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This removes everything about this person: their name and contact, every consent record, their profile answers and the workshops they checked in to. Their code will not come back.</source>
            <translation>Verrà rimosso tutto ciò che riguarda questa persona: nome e contatto, tutte le registrazioni di consenso, le risposte del profilo e i workshop a cui ha partecipato. Il suo codice non ricomparirà.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Their survey answers, ideas and votes:</source>
            <translation>Le sue risposte ai questionari, idee e voti:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Erase them too (recommended)</source>
            <translation>&amp;Cancella anche questi (consigliato)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Erase their answers, ideas and votes too</source>
            <translation>Cancella anche le sue risposte, idee e voti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keep them anonymously, with no link to this person</source>
            <translation>&amp;Mantienili in forma anonima, senza alcun collegamento con questa persona</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep their answers, ideas and votes anonymously</source>
            <translation>Mantieni in forma anonima le sue risposte, idee e voti</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This cannot be undone, and the undo history is cleared so the person cannot be brought back. An audit entry records when and by whom, never who was erased. Backups made before now still contain them until those backups are deleted.</source>
            <translation>L’operazione non si può annullare e la cronologia degli annullamenti viene svuotata, così la persona non può essere ripristinata. Una voce nel registro di controllo indica quando e da chi è stata fatta la cancellazione, mai la persona cancellata. I backup fatti prima di adesso contengono ancora i suoi dati finché non vengono eliminati.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+3" />
            <source>Erase for good</source>
            <translation>Cancella definitivamente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <location filename="../../workshop_app/ui/exchange_actions.py" line="+36" />
            <source>Workshop App packages (*.wspack);;All files (*)</source>
            <translation>Pacchetti di Workshop App (*.wspack);;Tutti i file (*)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>E&amp;xport for merge…</source>
            <translation>E&amp;sporta per l’unione…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save everything on this laptop in one file for the ULG secretary</source>
            <translation>Salva tutto ciò che c’è su questo portatile in un unico file per la segreteria dell’ULG</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Merge…</source>
            <translation>&amp;Unisci…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bring in packages from other laptops, after a preview</source>
            <translation>Importa i pacchetti di altri portatili, dopo un’anteprima</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Check database…</source>
            <translation>&amp;Verifica database…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Look for damage and inconsistencies in the open database</source>
            <translation>Cerca danni e incoerenze nel database aperto</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The previous step is still finishing; try again in a moment.</source>
            <translation>L’operazione precedente non è ancora terminata: riprova tra un momento.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+14" />
            <source>Export for merge</source>
            <translation>Esporta per l’unione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Packing…</source>
            <translation>Creazione del pacchetto…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved {name} ({size} MB) in {folder}. Take it to the ULG secretary, who adds it to the shared database with File &gt; Merge.</source>
            <translation>{name} ({size} MB) salvato in {folder}. Consegnalo alla segreteria dell’ULG, che lo aggiungerà al database comune con File &gt; Unisci.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Package saved to {path}.</source>
            <translation>Pacchetto salvato in {path}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Package saved</source>
            <translation>Pacchetto salvato</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+19" />
            <location line="+35" />
            <source>Merge packages</source>
            <translation>Unisci pacchetti</translation>
        </message>
        <message>
            <location line="-34" />
            <source>Reading the packages…</source>
            <translation>Lettura dei pacchetti…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Saving a backup first…</source>
            <translation>Salvataggio di un backup preliminare…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The backup before merging could not be made ({reason}); nothing was merged.</source>
            <translation>Non è stato possibile creare il backup prima dell’unione ({reason}): non è stato unito nulla.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Merging…</source>
            <translation>Unione in corso…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The packages were merged.</source>
            <translation>I pacchetti sono stati uniti.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A conflict keeps the newer change. The database as it was before the merge is kept at {backup}; File &gt; Restore brings it back.</source>
            <translation>In caso di conflitto prevale la modifica più recente. Il database com’era prima dell’unione è conservato in {backup}; puoi recuperarlo con File &gt; Ripristina.</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+13" />
            <source>Check database</source>
            <translation>Verifica database</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Checking {name}…</source>
            <translation>Verifica di {name}…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{kind}: {count}</source>
            <translation>{kind}: {count}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No problems found in {name}.</source>
            <translation>Nessun problema trovato in {name}.</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n problem found in {name}. Restore a recent backup (File &gt; Restore) or ask for help before going on.</source>
            <translation>
                <numerusform>%n problema trovato in {name}. Ripristina un backup recente (File &gt; Ripristina) o chiedi aiuto prima di continuare.</numerusform>
                <numerusform>%n problemi trovati in {name}. Ripristina un backup recente (File &gt; Ripristina) o chiedi aiuto prima di continuare.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n problems found in {name}. Restore a recent backup (File &gt; Restore) or ask for help before going on.</source>
            <translation>
                <numerusform>%n problema trovato in {name}. Ripristina un backup recente (File &gt; Ripristina) o chiedi aiuto prima di continuare.</numerusform>
                <numerusform>%n problemi trovati in {name}. Ripristina un backup recente (File &gt; Ripristina) o chiedi aiuto prima di continuare.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>It holds: {held}.</source>
            <translation>Contenuto: {held}.</translation>
        </message>
    </context>
    <context>
        <name>ExchangePanel</name>
        <message>
            <location filename="../../workshop_app/ui/exchange_panel.py" line="+32" />
            <source>What to pack</source>
            <translation>Cosa mettere nel pacchetto</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Pack…</source>
            <translation>Crea &amp;pacchetto…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pack</source>
            <translation>Crea pacchetto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose where to save the package, e.g. on a USB stick</source>
            <translation>Scegli dove salvare il pacchetto, ad esempio su una chiavetta USB</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Merge packages…</source>
            <translation>&amp;Unisci pacchetti…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+18" />
            <source>Merge packages</source>
            <translation>Unisci pacchetti</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Choose one or more .wspack files; you see a preview first</source>
            <translation>Scegli uno o più file .wspack; prima vedrai un’anteprima</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Pack for the ULG secretary</source>
            <translation>Pacchetto per la segreteria dell’ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save everything this laptop holds, or one workshop, in one file (.wspack). Take it to the ULG secretary on a USB stick; nothing is removed from this laptop.</source>
            <translation>Salva in un unico file (.wspack) tutto ciò che c’è su questo portatile, oppure un solo workshop. Consegnalo alla segreteria dell’ULG su una chiavetta USB: da questo portatile non viene rimosso nulla.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Bring in the packages other facilitators made. You see what will be added, updated and in conflict before anything is written. Nothing is doubled, a package merged before adds nothing, and a participant erased on any laptop does not come back.</source>
            <translation>Importa i pacchetti creati sugli altri portatili. Prima che venga scritto qualcosa, vedi cosa sarà aggiunto, aggiornato o in conflitto. Nulla viene duplicato, un pacchetto già unito non aggiunge niente e una persona cancellata su un portatile non ricompare.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Everything on this laptop</source>
            <translation>Tutto ciò che c’è su questo portatile</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no date</source>
            <translation>senza data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only “{title}” ({when})</source>
            <translation>Solo “{title}” ({when})</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <location filename="../../workshop_app/ui/export_page.py" line="+33" />
            <source>Export</source>
            <translation>Esporta</translation>
        </message>
    </context>
    <context>
        <name>FeedbackPanel</name>
        <message>
            <location filename="../../workshop_app/ui/feedback_panel.py" line="+76" />
            <source>How useful was this session? 1 = not useful, 5 = very useful</source>
            <translation>Quanto ti è stato utile questo incontro? 1 = per niente utile, 5 = molto utile</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Start &amp;kiosk</source>
            <translation>Avvia il &amp;chiosco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start the kiosk for the feedback round</source>
            <translation>Avvia il chiosco per il giro di feedback</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Rating {rating}</source>
            <translation>Voto {rating}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rating {rating} (key {rating})</source>
            <translation>Voto {rating} (tasto {rating})</translation>
        </message>
        <message>
            <location line="+8" />
            <source>One thing to keep or change — optional; Enter saves</source>
            <translation>Una cosa da mantenere o da cambiare — facoltativo; Invio per salvare</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Comment</source>
            <translation>Commento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save</source>
            <translation>&amp;Salva</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save this person's feedback</source>
            <translation>Salva il feedback di questa persona</translation>
        </message>
        <message>
            <location line="+15" />
            <source>People who gave {rating}</source>
            <translation>Persone che hanno dato {rating}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Comments — on this screen only, never on the projector</source>
            <translation>Commenti — solo su questo schermo, mai sul proiettore</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Comments</source>
            <translation>Commenti</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Choose a rating from 1 to 5 first (keys 1–5).</source>
            <translation>Scegli prima un voto da 1 a 5 (tasti 1–5).</translation>
        </message>
        <message>
            <location line="+25" />
            <source>No feedback yet</source>
            <translation>Ancora nessun feedback</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} answers · average {average}</source>
            <translation>{count} risposte · media {average}</translation>
        </message>
    </context>
    <context>
        <name>GroupDialog</name>
        <message>
            <location filename="../../workshop_app/ui/results_group_dialog.py" line="+29" />
            <source>Group of several answers</source>
            <translation>Gruppo di più risposte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Profile question</source>
            <translation>Domanda del profilo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Answers in the group</source>
            <translation>Risposte incluse nel gruppo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>People count in the group when their profile answer is one of those ticked. People who answered anonymously are never in a group.</source>
            <translation>Una persona rientra nel gruppo se la sua risposta alla domanda del profilo è tra quelle spuntate. Chi ha risposto in forma anonima non rientra mai in un gruppo.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Question</source>
            <translation>&amp;Domanda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Answers</source>
            <translation>&amp;Risposte</translation>
        </message>
        <message>
            <location line="+47" />
            <source>The group will be called “{name}”.</source>
            <translation>Il gruppo si chiamerà “{name}”.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick at least one answer.</source>
            <translation>Spunta almeno una risposta.</translation>
        </message>
    </context>
    <context>
        <name>ImportResultDialog</name>
        <message>
            <location filename="../../workshop_app/ui/survey_dialogs.py" line="+46" />
            <source>XLSForm imported</source>
            <translation>XLSForm importato</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{title}” is now in your surveys</source>
            <translation>“{title}” è ora tra i tuoi questionari</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From {file}: version {version}, {questions}, in {languages}.</source>
            <translation>Da {file}: versione {version}, {questions}, in {languages}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Warnings</source>
            <translation>Avvisi</translation>
        </message>
        <message>
            <location line="+4" />
            <source>One thing to know:</source>
            <translation>Una cosa da sapere:</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n things to know:</source>
            <translation>
                <numerusform>%n cosa da sapere:</numerusform>
                <numerusform>%n cose da sapere:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InfoWidget</name>
        <message>
            <location filename="../../workshop_app/ui/question_widgets.py" line="-77" />
            <source>Participants do not see calculations; the app works out the value.</source>
            <translation>Chi partecipa non vede i calcoli: il valore lo ricava l’app.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This group holds one question.</source>
            <translation>Questo gruppo contiene una domanda.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>This group holds %n questions, shown one after another.</source>
            <translation>
                <numerusform>Questo gruppo contiene %n domanda.</numerusform>
                <numerusform>Questo gruppo contiene %n domande, mostrate una dopo l’altra.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Participants answer this repeat's question once per entry and can add entries.</source>
            <translation>Chi partecipa risponde alla domanda di questo gruppo ripetuto una volta per ogni voce e può aggiungere altre voci.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Participants answer the %n questions of this repeat once per entry and can add entries.</source>
            <translation>
                <numerusform>In questo gruppo ripetuto c’è %n domanda: chi partecipa risponde una volta per ogni voce e può aggiungere altre voci.</numerusform>
                <numerusform>In questo gruppo ripetuto ci sono %n domande: chi partecipa risponde una volta per ogni voce e può aggiungere altre voci.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>The device fills this in; participants do not see it.</source>
            <translation>Questo campo lo compila il dispositivo; chi partecipa non lo vede.</translation>
        </message>
    </context>
    <context>
        <name>InlineMessage</name>
        <message>
            <location filename="../../workshop_app/ui/inline_message.py" line="+32" />
            <source>Dismiss message</source>
            <translation>Chiudi il messaggio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Message</source>
            <translation>Messaggio</translation>
        </message>
    </context>
    <context>
        <name>KioskPinDialog</name>
        <message>
            <location filename="../../workshop_app/ui/run_pin_dialog.py" line="+35" />
            <source>Change kiosk PIN</source>
            <translation>Cambia il PIN del chiosco</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Set kiosk PIN</source>
            <translation>Imposta il PIN del chiosco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The kiosk asks for this PIN before it lets anyone leave it. Choose {low} to {high} digits that participants will not guess.</source>
            <translation>Il chiosco chiede questo PIN prima di permettere a chiunque di uscire. Scegli da {low} a {high} cifre che chi partecipa non possa indovinare.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New PIN</source>
            <translation>Nuovo PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New PIN again</source>
            <translation>Ripeti il nuovo PIN</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;PIN</source>
            <translation>&amp;PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Again</source>
            <translation>&amp;Conferma</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Remove PIN</source>
            <translation>&amp;Rimuovi PIN</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove the kiosk PIN</source>
            <translation>Rimuovi il PIN del chiosco</translation>
        </message>
        <message>
            <location line="+27" />
            <source>A PIN has {low} to {high} digits.</source>
            <translation>Il PIN deve avere da {low} a {high} cifre.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The two PINs are not the same. Type it again in both fields.</source>
            <translation>I due PIN non coincidono. Scrivilo di nuovo in entrambi i campi.</translation>
        </message>
    </context>
    <context>
        <name>KioskSurveyPage</name>
        <message>
            <location filename="../../workshop_app/ui/kiosk_survey.py" line="+66" />
            <source>Choose which survey this agenda item runs before starting the kiosk.</source>
            <translation>Prima di avviare il chiosco, scegli quale questionario propone questa attività del programma.</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <location filename="../../workshop_app/ui/kiosk_window.py" line="+82" />
            <location line="+1" />
            <source>Kiosk</source>
            <translation>Chiosco</translation>
        </message>
        <message>
            <location line="+9" />
            <source>That agenda item belongs to another workshop.</source>
            <translation>Questa attività del programma appartiene a un altro workshop.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A stakeholder map is drawn by the facilitator; it does not run at the kiosk.</source>
            <translation>La mappa degli stakeholder la disegna chi facilita; non si usa nel chiosco.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Only a survey can be resumed at the kiosk.</source>
            <translation>Al chiosco si può riprendere solo un questionario.</translation>
        </message>
    </context>
    <context>
        <name>ListPane</name>
        <message>
            <location filename="../../workshop_app/ui/list_pane.py" line="+91" />
            <source>&amp;Undo</source>
            <translation>&amp;Annulla</translation>
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
            <translation>Sezioni</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Workshops</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location line="+120" />
            <source>{section} (Ctrl+{number})</source>
            <translation>{section} (Ctrl+{number})</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Opening {name}…</source>
            <translation>Apertura di {name}…</translation>
        </message>
        <message>
            <location line="+39" />
            <source>No database is open.</source>
            <translation>Nessun database aperto.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{name} — Workshop App</source>
            <translation>{name} — Workshop App</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database: {name}</source>
            <translation>Database: {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open database: {path}</source>
            <translation>Database aperto: {path}</translation>
        </message>
        <message>
            <location line="+44" />
            <source>{name} is already open.</source>
            <translation>{name} è già aperto.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot open database</source>
            <translation>Impossibile aprire il database</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Opened {name}.</source>
            <translation>{name} aperto.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>The automatic backup could not be made: {reason}</source>
            <translation>Non è stato possibile creare il backup automatico: {reason}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Automatic backup saved.</source>
            <translation>Backup automatico salvato.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/main_menus.py" line="+27" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New workshop</source>
            <translation>&amp;Nuovo workshop</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create a workshop, starting at the next full hour</source>
            <translation>Crea un workshop che inizia alla prossima ora piena</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Quit</source>
            <translation>&amp;Esci</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Edit</source>
            <translation>&amp;Modifica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>&amp;Annulla</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>&amp;Ripeti</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Help</source>
            <translation>&amp;Aiuto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Workshop App</source>
            <translation>&amp;Informazioni su Workshop App</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&lt;h3&gt;Workshop App {version}&lt;/h3&gt;&lt;p&gt;Prepare and run community workshops and surveys offline, keep every answer, and report to your URBACT Local Group.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Workshop App {version}&lt;/h3&gt;&lt;p&gt;Prepara e conduci workshop e questionari di comunità anche senza connessione, conserva ogni risposta e presenta i risultati al tuo Gruppo locale URBACT (ULG).&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+5" />
            <source>About Workshop App</source>
            <translation>Informazioni su Workshop App</translation>
        </message>
    </context>
    <context>
        <name>MapForm</name>
        <message>
            <location filename="../../workshop_app/ui/map_panel.py" line="+44" />
            <source>Map</source>
            <translation>Mappa</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Title of the map</source>
            <translation>Titolo della mappa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title of the horizontal axis</source>
            <translation>Titolo dell’asse orizzontale</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title of the vertical axis</source>
            <translation>Titolo dell’asse verticale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top right</source>
            <translation>In alto a destra</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bottom right</source>
            <translation>In basso a destra</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bottom left</source>
            <translation>In basso a sinistra</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Top left</source>
            <translation>In alto a sinistra</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Quadrant name, {corner}</source>
            <translation>Nome del quadrante, {corner}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Notes on the map</source>
            <translation>Note sulla mappa</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Double-click an empty place to add a stakeholder. Select a stakeholder or a line to edit it here.</source>
            <translation>Fai doppio clic su uno spazio vuoto per aggiungere uno stakeholder. Seleziona uno stakeholder o una linea per modificarli qui.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Title</source>
            <translation>&amp;Titolo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hori&amp;zontal axis</source>
            <translation>Asse &amp;orizzontale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Vertical axis</source>
            <translation>Asse &amp;verticale</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Quadrants</source>
            <translation>Quadranti</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notes</source>
            <translation>Note</translation>
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
            <translation>Forme e colori indicano il settore; le linee spesse sono legami forti, quelle tratteggiate legami deboli; le frecce indicano una direzione.</translation>
        </message>
    </context>
    <context>
        <name>MapListPane</name>
        <message>
            <location filename="../../workshop_app/ui/map_list_pane.py" line="+16" />
            <source>Stakeholder maps</source>
            <translation>Mappe degli stakeholder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New map…</source>
            <translation>&amp;Nuova mappa…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New map from a template</source>
            <translation>Nuova mappa da un modello</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Import from Excel…</source>
            <translation>&amp;Importa da Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import stakeholders from Excel</source>
            <translation>Importa stakeholder da Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A workbook with an Elements sheet (stakeholders) and a Connections sheet (who works with whom)</source>
            <translation>Una cartella di lavoro con un foglio Elements (gli stakeholder) e un foglio Connections (chi lavora con chi)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>E&amp;xport to Excel…</source>
            <translation>E&amp;sporta in Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export stakeholders to Excel</source>
            <translation>Esporta stakeholder in Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the map's stakeholders and relationships as an Excel workbook</source>
            <translation>Salva gli stakeholder e le relazioni della mappa in una cartella di lavoro Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete map…</source>
            <translation>Elimina mappa…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete map</source>
            <translation>Elimina mappa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo deleting the map</source>
            <translation>Annulla l’eliminazione della mappa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No maps yet. Start one with New map, or import a list of stakeholders from Excel.</source>
            <translation>Nessuna mappa per ora. Creane una con Nuova mappa oppure importa un elenco di stakeholder da Excel.</translation>
        </message>
    </context>
    <context>
        <name>MapToolbar</name>
        <message>
            <location filename="../../workshop_app/ui/map_toolbar.py" line="+22" />
            <source>Map tools</source>
            <translation>Strumenti della mappa</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Add stakeholder</source>
            <translation>Aggiungi stakeholder</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a stakeholder in the middle of the map; or double-click an empty place</source>
            <translation>Aggiungi uno stakeholder al centro della mappa, oppure fai doppio clic su uno spazio vuoto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connect</source>
            <translation>Collega</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Draw relationships: drag from one stakeholder to another</source>
            <translation>Disegna le relazioni: trascina da uno stakeholder a un altro</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Align left</source>
            <translation>Allinea a sinistra</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line the selected stakeholders up on the leftmost one</source>
            <translation>Allinea gli stakeholder selezionati a quello più a sinistra</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Align top</source>
            <translation>Allinea in alto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line the selected stakeholders up on the highest one</source>
            <translation>Allinea gli stakeholder selezionati a quello più in alto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Align centres</source>
            <translation>Allinea al centro</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line the selected stakeholders up on a vertical line through their middle</source>
            <translation>Allinea gli stakeholder selezionati su una linea verticale passante per il loro centro</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete the selected stakeholders and relationships (Del)</source>
            <translation>Elimina gli stakeholder e le relazioni selezionati (Canc)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zoom in</source>
            <translation>Aumenta zoom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom out</source>
            <translation>Riduci zoom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fit</source>
            <translation>Adatta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show the whole map</source>
            <translation>Mostra tutta la mappa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Snap to grid</source>
            <translation>Aggancia alla griglia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dragged stakeholders land on the grid</source>
            <translation>Gli stakeholder trascinati si agganciano alla griglia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Legend</source>
            <translation>Legenda</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show or hide the legend</source>
            <translation>Mostra o nascondi la legenda</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Take snapshot…</source>
            <translation>Crea istantanea…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save where everybody stands now, e.g. at a ULG meeting</source>
            <translation>Salva la posizione attuale di tutti, ad esempio durante un incontro dell’ULG</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compare…</source>
            <translation>Confronta…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show who moved since a snapshot</source>
            <translation>Mostra chi si è spostato rispetto a un’istantanea</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print…</source>
            <translation>Stampa…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Print the map with its title, date and legend</source>
            <translation>Stampa la mappa con titolo, data e legenda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print preview…</source>
            <translation>Anteprima di stampa…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>See the printed page before printing it</source>
            <translation>Guarda la pagina prima di stamparla</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export as PDF…</source>
            <translation>Esporta in PDF…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the map as a PDF file</source>
            <translation>Salva la mappa come file PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export as PNG…</source>
            <translation>Esporta in PNG…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the map as a picture (PNG)</source>
            <translation>Salva la mappa come immagine (PNG)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export as SVG…</source>
            <translation>Esporta in SVG…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the map as a drawing (SVG)</source>
            <translation>Salva la mappa come disegno vettoriale (SVG)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Align</source>
            <translation>Allinea</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Align the selected stakeholders</source>
            <translation>Allinea gli stakeholder selezionati</translation>
        </message>
        <message>
            <location line="+7" />
            <source>View</source>
            <translation>Visualizza</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Snap to grid, legend</source>
            <translation>Griglia magnetica, legenda</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export</source>
            <translation>Esporta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the map as PDF, PNG or SVG</source>
            <translation>Salva la mappa in PDF, PNG o SVG</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <location filename="../../workshop_app/ui/map_view.py" line="+30" />
            <source>Stakeholder map</source>
            <translation>Mappa degli stakeholder</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Double-click an empty place to add a stakeholder; drag stakeholders to move them; in connect mode drag from one stakeholder to another. Delete removes the selection, the arrow keys nudge it.</source>
            <translation>Fai doppio clic su uno spazio vuoto per aggiungere uno stakeholder; trascina gli stakeholder per spostarli; in modalità Collega trascina da uno stakeholder a un altro. Canc rimuove la selezione, i tasti freccia la spostano di poco.</translation>
        </message>
    </context>
    <context>
        <name>MapsPage</name>
        <message>
            <location filename="../../workshop_app/ui/maps_page.py" line="+132" />
            <source>Choose a map on the left, or start one with New map.</source>
            <translation>Scegli una mappa a sinistra, oppure creane una con Nuova mappa.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No database is open.</source>
            <translation>Nessun database aperto.</translation>
        </message>
        <message>
            <location line="+210" />
            <source>Delete “{title}”?</source>
            <translation>Eliminare “{title}”?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Its stakeholders, relationships and snapshots are deleted with it. You can undo this.</source>
            <translation>Insieme alla mappa vengono eliminati i suoi stakeholder, le relazioni e le istantanee. Puoi annullare l’operazione.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete map</source>
            <translation>Elimina mappa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“{title}” was deleted.</source>
            <translation>La mappa “{title}” è stata eliminata.</translation>
        </message>
    </context>
    <context>
        <name>MergePreviewDialog</name>
        <message>
            <location filename="../../workshop_app/ui/merge_preview_dialog.py" line="+47" />
            <source>Workshops</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agenda items</source>
            <translation>Attività del programma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants</source>
            <translation>Partecipanti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names and contacts</source>
            <translation>Nomi e contatti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent records</source>
            <translation>Registrazioni di consenso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check-ins</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profile answers</source>
            <translation>Risposte del profilo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Survey versions</source>
            <translation>Versioni dei questionari</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Survey responses</source>
            <translation>Compilazioni dei questionari</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answers</source>
            <translation>Risposte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ideas</source>
            <translation>Idee</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Idea clusters</source>
            <translation>Gruppi di idee</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Votes</source>
            <translation>Voti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholder maps</source>
            <translation>Mappe degli stakeholder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholders</source>
            <translation>Stakeholder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relationships</source>
            <translation>Relazioni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholder re-assessments</source>
            <translation>Rivalutazioni degli stakeholder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map snapshots</source>
            <translation>Istantanee delle mappe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Snapshot positions</source>
            <translation>Posizioni nelle istantanee</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Survey questions</source>
            <translation>Domande dei questionari</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choice lists</source>
            <translation>Elenchi di opzioni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choices</source>
            <translation>Opzioni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Question translations</source>
            <translation>Traduzioni delle domande</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choice translations</source>
            <translation>Traduzioni delle opzioni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profile questions</source>
            <translation>Domande del profilo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profile choices</source>
            <translation>Opzioni del profilo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Diversity targets</source>
            <translation>Obiettivi di diversità</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit entries</source>
            <translation>Voci del registro di controllo</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Packages merged</source>
            <translation>Pacchetti uniti</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Merge packages</source>
            <translation>Unisci pacchetti</translation>
        </message>
        <message>
            <location line="+10" />
            <source>What changes</source>
            <translation>Cosa cambia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New</source>
            <translation>Nuovi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Updated</source>
            <translation>Aggiornati</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Removed (deleted elsewhere)</source>
            <translation>Rimossi (eliminati altrove)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not added (deleted here)</source>
            <translation>Non aggiunti (eliminati qui)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Conflicts ({n})</source>
            <translation>Conflitti ({n})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changed on two laptops</source>
            <translation>Modificato su due portatili</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kept (the newer change)</source>
            <translation>Mantenuto (la modifica più recente)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dropped</source>
            <translation>Scartato</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Renumbered ({n})</source>
            <translation>Rinumerati ({n})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What</source>
            <translation>Cosa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Was</source>
            <translation>Prima</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Now</source>
            <translation>Ora</translation>
        </message>
        <message>
            <location line="+0" />
            <source>From</source>
            <translation>Da</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Notes ({n})</source>
            <translation>Note ({n})</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Merge</source>
            <translation>&amp;Unisci</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Nothing new: this database already holds everything in these packages.</source>
            <translation>Niente di nuovo: questo database contiene già tutto ciò che c’è in questi pacchetti.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Merged: {added} new rows, {updated} updated, {removed} removed.</source>
            <translation>Unione completata: {added} righe nuove, {updated} aggiornate, {removed} rimosse.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merging will add {added} rows, update {updated} and remove {removed}.</source>
            <translation>L’unione aggiungerà {added} righe, ne aggiornerà {updated} e ne rimuoverà {removed}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merging will add {added} rows and update {updated}.</source>
            <translation>L’unione aggiungerà {added} righe e ne aggiornerà {updated}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts: {conflicts}. Renumbered codes: {renumbered}.</source>
            <translation>Conflitti: {conflicts}. Codici rinumerati: {renumbered}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>everything</source>
            <translation>tutto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>workshop “{title}”</source>
            <translation>workshop “{title}”</translation>
        </message>
        <message>
            <location line="+2" />
            <source>laptop {id}</source>
            <translation>portatile {id}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} — from {who}, packed {when}, {scope}</source>
            <translation>{file} — da {who}, creato il {when}, {scope}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A conflict keeps the newer change; the dropped value is listed here and in the report.</source>
            <translation>In caso di conflitto prevale la modifica più recente; il valore scartato è indicato qui e nel resoconto.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing will be written.</source>
            <translation>Non verrà scritto nulla.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing is written until you press Merge. The merge is one step: if anything goes wrong, the database stays as it is. Nothing is doubled, and nobody erased comes back.</source>
            <translation>Non viene scritto nulla finché non premi Unisci. L’unione avviene in un unico passaggio: se qualcosa va storto, il database resta com’era. Nulla viene duplicato e nessuna persona cancellata ricompare.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{laptop}, {when}</source>
            <translation>{laptop}, {when}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Participant code</source>
            <translation>Codice partecipante</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Survey version</source>
            <translation>Versione del questionario</translation>
        </message>
    </context>
    <context>
        <name>NewMapDialog</name>
        <message>
            <location filename="../../workshop_app/ui/map_new_dialog.py" line="+121" />
            <source>New stakeholder map</source>
            <translation>Nuova mappa degli stakeholder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What kind of map?</source>
            <translation>Che tipo di mappa?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kinds of map</source>
            <translation>Tipi di mappa</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Title of the new map</source>
            <translation>Titolo della nuova mappa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Digital skills — who matters</source>
            <translation>ad es. Competenze digitali — chi conta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Title</source>
            <translation>&amp;Titolo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create map</source>
            <translation>Crea mappa</translation>
        </message>
    </context>
    <context>
        <name>NewPinDialog</name>
        <message>
            <location filename="../../workshop_app/ui/kiosk_pin_pad.py" line="+158" />
            <source>Set a kiosk PIN</source>
            <translation>Imposta un PIN per il chiosco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants cannot leave the kiosk. You leave it with this PIN (press Ctrl+Shift+L or tap the top corner of the screen five times). Use {low} to {high} digits.</source>
            <translation>Chi partecipa non può uscire dal chiosco. Tu puoi uscirne con questo PIN (premi Ctrl+Maiusc+L o tocca cinque volte l’angolo in alto dello schermo). Usa da {low} a {high} cifre.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN again</source>
            <translation>Ripeti il PIN</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The two PINs are not the same.</source>
            <translation>I due PIN non coincidono.</translation>
        </message>
    </context>
    <context>
        <name>PageOptionsDialog</name>
        <message>
            <location filename="../../workshop_app/ui/map_exchange_actions.py" line="+98" />
            <source>Export map</source>
            <translation>Esporta mappa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paper size</source>
            <translation>Formato carta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Landscape</source>
            <translation>&amp;Orizzontale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Portrait</source>
            <translation>&amp;Verticale</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Resolution</source>
            <translation>Risoluzione</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{dpi} dots per inch</source>
            <translation>{dpi} punti per pollice</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Paper</source>
            <translation>&amp;Formato carta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orientation</source>
            <translation>Orientamento</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Resolution</source>
            <translation>&amp;Risoluzione</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The map is drawn with its title, today's date, the quadrant names and the legend.</source>
            <translation>La mappa viene disegnata con il titolo, la data di oggi, i nomi dei quadranti e la legenda.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save</source>
            <translation>Salva</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDetail</name>
        <message>
            <location filename="../../workshop_app/ui/participant_detail.py" line="+66" />
            <source>&amp;Delete…</source>
            <translation>&amp;Elimina…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete this registration</source>
            <translation>Elimina questa registrazione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For a registration made by mistake; you can undo it</source>
            <translation>Per una registrazione fatta per errore; puoi annullare l’operazione</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Participant code</source>
            <translation>Codice partecipante</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anything to remember, e.g. needs an interpreter</source>
            <translation>Qualsiasi cosa da ricordare, ad es. ha bisogno di un interprete</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Name (personal data)</source>
            <translation>Nome (dato personale)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Contact (personal data)</source>
            <translation>Contatto (dato personale)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or e-mail</source>
            <translation>Telefono o e-mail</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+87" />
            <source>Workshops attended</source>
            <translation>Workshop frequentati</translation>
        </message>
        <message>
            <location line="-86" />
            <source>Erase this person…</source>
            <translation>Cancella questa persona…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Erase this person</source>
            <translation>Cancella questa persona</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For a request to be forgotten; it cannot be undone</source>
            <translation>Per una richiesta di cancellazione (diritto all’oblio); non si può annullare</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Select a participant in the list, or register people on the Check-in tab.</source>
            <translation>Seleziona una persona nell’elenco, oppure registra le persone nella scheda Check-in.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>C&amp;ode</source>
            <translation>C&amp;odice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;otes</source>
            <translation>Not&amp;e</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Personal data — kept apart, never exported unless asked</source>
            <translation>Dati personali — conservati a parte, mai esportati se non su richiesta esplicita</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Con&amp;tact</source>
            <translation>Con&amp;tatto</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Consent</source>
            <translation>Consenso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>About them (voluntary, any can be left out)</source>
            <translation>Sulla persona (facoltativo: ogni domanda si può saltare)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>When someone asks to be forgotten: removes their personal data, consent and profile for good.</source>
            <translation>Quando qualcuno chiede di essere dimenticato: rimuove definitivamente i suoi dati personali, i consensi e il profilo.</translation>
        </message>
        <message>
            <location line="+100" />
            <source>A name or contact is on file. Tick “Show personal data” above to see or change it.</source>
            <translation>È registrato un nome o un contatto. Spunta “Mostra dati personali” qui sopra per vederlo o modificarlo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>None on file: this person is known only by their code. Tick “Show personal data” above to add a name or contact.</source>
            <translation>Nessun dato registrato: questa persona è identificata solo dal suo codice. Spunta “Mostra dati personali” qui sopra per aggiungere un nome o un contatto.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{code} has not consented to take part, so no answers can be recorded for them.</source>
            <translation>{code} non ha dato il consenso a partecipare, quindi non si possono registrare risposte a suo nome.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>(a workshop no longer listed)</source>
            <translation>(un workshop non più in elenco)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>None yet.</source>
            <translation>Ancora nessuno.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Change code</source>
            <translation>Cambia codice</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Change notes</source>
            <translation>Modifica note</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <location filename="../../workshop_app/ui/participants_page.py" line="+54" />
            <source>Participants</source>
            <translation>Partecipanti</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show &amp;personal data</source>
            <translation>Mostra dati &amp;personali</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show personal data (names and contacts)</source>
            <translation>Mostra dati personali (nomi e contatti)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names and contacts stay hidden unless ticked; leaving this section hides them again</source>
            <translation>Nomi e contatti restano nascosti finché non spunti questa casella; quando esci da questa sezione vengono nascosti di nuovo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit profile &amp;questions…</source>
            <translation>Modifica &amp;domande del profilo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit profile questions</source>
            <translation>Modifica domande del profilo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The voluntary questions about age, gender and more, in every language</source>
            <translation>Le domande facoltative su età, genere e altro, in tutte le lingue</translation>
        </message>
        <message>
            <location line="+9" />
            <source>People</source>
            <translation>Persone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check-in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who took part</source>
            <translation>Chi ha partecipato</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants views</source>
            <translation>Viste della sezione Partecipanti</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No database is open.</source>
            <translation>Nessun database aperto.</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <location filename="../../workshop_app/ui/participants_people.py" line="+47" />
            <source>Search participants</source>
            <translation>Cerca partecipanti</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Participants</source>
            <translation>Partecipanti</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Search by code, name or phone</source>
            <translation>Cerca per codice, nome o telefono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search by code</source>
            <translation>Cerca per codice</translation>
        </message>
        <message>
            <location line="+31" />
            <source>No one matches. Clear the search, or register them on the Check-in tab.</source>
            <translation>Nessuna corrispondenza. Svuota la ricerca, oppure registra la persona nella scheda Check-in.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No participants yet. Register people at the door on the Check-in tab.</source>
            <translation>Nessuna persona registrata per ora. Registra le persone all’ingresso nella scheda Check-in.</translation>
        </message>
        <message numerus="yes">
            <location line="+17" />
            <source>%n participant listed</source>
            <translation>
                <numerusform>%n partecipante in elenco</numerusform>
                <numerusform>%n partecipanti in elenco</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n participants listed</source>
            <translation>
                <numerusform>%n partecipante in elenco</numerusform>
                <numerusform>%n partecipanti in elenco</numerusform>
            </translation>
        </message>
        <message>
            <location line="+33" />
            <source>Delete registration</source>
            <translation>Elimina registrazione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the registration of {code}?</source>
            <translation>Eliminare la registrazione di {code}?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use this for a registration made by mistake; you can undo it with Edit › Undo. Their survey answers stay, without their code. When someone asks to be forgotten, use “Erase this person…” instead.</source>
            <translation>Usa questa opzione per una registrazione fatta per errore: puoi annullarla con Modifica › Annulla. Le risposte ai questionari restano, ma senza il codice. Se qualcuno chiede di essere dimenticato, usa invece “Cancella questa persona…”.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{code}: {report} The undo history was cleared, so they cannot be brought back.</source>
            <translation>{code}: {report} La cronologia degli annullamenti è stata svuotata, quindi i dati non si possono più recuperare.</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../../workshop_app/ui/kiosk_pin_pad.py" line="-151" />
            <source>Facilitator: enter the kiosk PIN to leave the kiosk</source>
            <translation>Per chi facilita: inserisci il PIN per uscire dal chiosco</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Kiosk PIN</source>
            <translation>PIN del chiosco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The facilitator's PIN, to leave the kiosk</source>
            <translation>Il PIN di chi facilita, per uscire dal chiosco</translation>
        </message>
        <message>
            <location line="+9" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Delete the last digit</source>
            <translation>Cancella l’ultima cifra</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Back to the kiosk</source>
            <translation>Torna al chiosco</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Wrong PIN. Try again.</source>
            <translation>PIN errato. Riprova.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Wrong PIN. Try again in {seconds} s.</source>
            <translation>PIN errato. Riprova tra {seconds} s.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>You can try again now.</source>
            <translation>Ora puoi riprovare.</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <location filename="../../workshop_app/ui/builder_problems.py" line="+35" />
            <source>Problems to fix</source>
            <translation>Problemi da risolvere</translation>
        </message>
        <message>
            <location line="+35" />
            <source>✓ No problems: the survey can be saved and exported.</source>
            <translation>✓ Nessun problema: il questionario si può salvare ed esportare.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n problem to fix before saving</source>
            <translation>
                <numerusform>%n problema da risolvere prima di salvare</numerusform>
                <numerusform>%n problemi da risolvere prima di salvare</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n problems to fix before saving</source>
            <translation>
                <numerusform>%n problema da risolvere prima di salvare</numerusform>
                <numerusform>%n problemi da risolvere prima di salvare</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProfileEditorDialog</name>
        <message>
            <location filename="../../workshop_app/ui/profile_editor_dialog.py" line="+66" />
            <location line="+25" />
            <source>Profile questions</source>
            <translation>Domande del profilo</translation>
        </message>
        <message>
            <location line="-7" />
            <source>The questions people may answer about themselves at registration. Every question keeps “Prefer not to say”, so answering stays voluntary.</source>
            <translation>Le domande a cui le persone possono rispondere su di sé al momento della registrazione. Ogni domanda mantiene “Preferisco non rispondere”, così rispondere resta sempre volontario.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>New question, e.g. Housing situation</source>
            <translation>Nuova domanda, ad es. Situazione abitativa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label of a new question</source>
            <translation>Etichetta della nuova domanda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add</source>
            <translation>Aggiungi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add question</source>
            <translation>Aggiungi domanda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move question up</source>
            <translation>Sposta domanda in su</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move question down</source>
            <translation>Sposta domanda in giù</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete…</source>
            <translation>Elimina…</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+270" />
            <source>Delete question</source>
            <translation>Elimina domanda</translation>
        </message>
        <message>
            <location line="-264" />
            <source>Questions</source>
            <translation>Domande</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Language to add</source>
            <translation>Lingua da aggiungere</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add language</source>
            <translation>Aggiungi lingua</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a language column</source>
            <translation>Aggiungi una colonna per la lingua</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Answers, with their label in each language</source>
            <translation>Risposte, con la loro etichetta in ogni lingua</translation>
        </message>
        <message>
            <location line="+12" />
            <source>New answer, in {language}</source>
            <translation>Nuova risposta, in {language}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Label of a new answer</source>
            <translation>Etichetta della nuova risposta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add answer</source>
            <translation>Aggiungi risposta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move answer up</source>
            <translation>Sposta risposta in su</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move answer down</source>
            <translation>Sposta risposta in giù</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete answer</source>
            <translation>Elimina risposta</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Question</source>
            <translation>Domanda</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Answers (double-click a label to change it)</source>
            <translation>Risposte (fai doppio clic su un’etichetta per cambiarla)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Undo</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Redo</source>
            <translation>Ripeti</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Question label in {language}</source>
            <translation>Etichetta della domanda in {language}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(missing)</source>
            <translation>(mancante)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>known in exports as {name}</source>
            <translation>nelle esportazioni: {name}</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Type the new question first.</source>
            <translation>Scrivi prima la nuova domanda.</translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>%n person answered it; that answer goes too.</source>
            <translation>
                <numerusform>%n persona ha risposto: verrà eliminata anche la sua risposta.</numerusform>
                <numerusform>%n persone hanno risposto: verranno eliminate anche le loro risposte.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n people answered it; their answers go too.</source>
            <translation>
                <numerusform>%n persona ha risposto: verrà eliminata anche la sua risposta.</numerusform>
                <numerusform>%n persone hanno risposto: verranno eliminate anche le loro risposte.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can undo this.</source>
            <translation>Puoi annullare l’operazione.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete the question “{label}”?</source>
            <translation>Eliminare la domanda “{label}”?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Type the new answer first.</source>
            <translation>Scrivi prima la nuova risposta.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Every question keeps “Prefer not to say”, so answering stays voluntary. You can rename it.</source>
            <translation>Ogni domanda mantiene “Preferisco non rispondere”, così rispondere resta sempre volontario. Puoi rinominare questa opzione.</translation>
        </message>
    </context>
    <context>
        <name>ProfileForm</name>
        <message>
            <location filename="../../workshop_app/ui/profile_form.py" line="+67" />
            <source>Not answered</source>
            <translation>Nessuna risposta</translation>
        </message>
        <message>
            <location line="+12" />
            <source>In their own words (optional)</source>
            <translation>Con parole proprie (facoltativo)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{question}: in their own words</source>
            <translation>{question}: con parole proprie</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <location filename="../../workshop_app/ui/projector_window.py" line="+62" />
            <source>Projector — {title}</source>
            <translation>Proiettore — {title}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Projector</source>
            <translation>Proiettore</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the room sees: the current activity and its anonymous results</source>
            <translation>Ciò che vede la sala: l’attività in corso e i suoi risultati anonimi</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Answers are anonymous. Results appear once {count} people have answered.</source>
            <translation>Le risposte sono anonime. I risultati compaiono quando avranno risposto almeno {count} persone.</translation>
        </message>
        <message>
            <location line="+58" />
            <source>{kind}: {title}</source>
            <translation>{kind}: {title}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Welcome</source>
            <translation>Vi diamo il benvenuto</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Waiting for at least {minimum} voters ({count} so far)</source>
            <translation>In attesa che votino almeno {minimum} persone (finora {count})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Waiting for at least {minimum} answers ({count} so far)</source>
            <translation>In attesa di almeno {minimum} risposte (finora {count})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Waiting for at least {minimum} answers to this question</source>
            <translation>In attesa di almeno {minimum} risposte a questa domanda</translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>%n answers</source>
            <translation>
                <numerusform>%n risposta</numerusform>
                <numerusform>%n risposte</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>Ideas will appear here</source>
            <translation>Qui compariranno le idee</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Nothing to vote on yet</source>
            <translation>Ancora niente da votare</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n people voted</source>
            <translation>
                <numerusform>Ha votato %n persona</numerusform>
                <numerusform>Hanno votato %n persone</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>The {count} ideas with the most dots</source>
            <translation>Le {count} idee con più punti</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dots per idea</source>
            <translation>Punti per idea</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{count} answers · average {average}</source>
            <translation>{count} risposte · media {average}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How useful was this session?</source>
            <translation>Quanto vi è stato utile questo incontro?</translation>
        </message>
    </context>
    <context>
        <name>QuestionCard</name>
        <message>
            <location filename="../../workshop_app/ui/results_cards.py" line="+129" />
            <source>Save chart…</source>
            <translation>Salva grafico…</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Chart of “{question}”</source>
            <translation>Grafico di “{question}”</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save the chart of “{question}”</source>
            <translation>Salva il grafico di “{question}”</translation>
        </message>
    </context>
    <context>
        <name>QuestionEditor</name>
        <message>
            <location filename="../../workshop_app/ui/question_editor.py" line="+65" />
            <location line="+195" />
            <source>Question</source>
            <translation>Domanda</translation>
        </message>
        <message>
            <location line="-192" />
            <source>Language of the texts edited here</source>
            <translation>Lingua dei testi modificati qui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The label, hint and messages below are in this language</source>
            <translation>Etichetta, suggerimento e messaggi qui sotto sono in questa lingua</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The short code of the question in exports</source>
            <translation>Il codice breve della domanda nelle esportazioni</translation>
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
            <translation>Etichetta</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Label</source>
            <translation>&amp;Etichetta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hint</source>
            <translation>Suggerimento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shown under the label, smaller</source>
            <translation>Mostrato sotto l’etichetta, in piccolo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Hint</source>
            <translation>&amp;Suggerimento</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Calculation</source>
            <translation>Calcolo</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Edit calculation</source>
            <translation>Modifica calcolo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>From</source>
            <translation>Da</translation>
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
            <translation>Scala: {part}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Scale</source>
            <translation>Scala</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add an “&amp;Other” choice with a box to say what</source>
            <translation>Aggiungi un’opzione “&amp;Altro” con una casella per specificare</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Or other</source>
            <translation>Opzione “Altro”</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change “Other” choice</source>
            <translation>Cambia l’opzione “Altro”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choices</source>
            <translation>Opzioni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An answer is &amp;required</source>
            <translation>La risposta è &amp;obbligatoria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Required</source>
            <translation>Obbligatoria</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Message when required</source>
            <translation>Messaggio se manca la risposta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What to say when it is left empty (optional)</source>
            <translation>Cosa dire se la risposta resta vuota (facoltativo)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show when (relevance)</source>
            <translation>Mostra quando (condizione di visibilità)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit relevance</source>
            <translation>Modifica la condizione di visibilità</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show &amp;when…</source>
            <translation>Mostra &amp;quando…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build the condition for showing this question</source>
            <translation>Crea la condizione per mostrare questa domanda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pick an earlier question and an answer</source>
            <translation>Scegli una domanda precedente e una risposta</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Show when</source>
            <translation>Mostra quando</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+6" />
            <source>Constraint</source>
            <translation>Vincolo</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Edit constraint</source>
            <translation>Modifica vincolo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Constraint message</source>
            <translation>Messaggio del vincolo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What to say when the answer is not allowed</source>
            <translation>Cosa dire se la risposta non è ammessa</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>Appearance</source>
            <translation>Aspetto</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+2" />
            <source>Edit appearance</source>
            <translation>Modifica aspetto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Appearance</source>
            <translation>As&amp;petto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Default answer</source>
            <translation>Risposta predefinita</translation>
        </message>
        <message>
            <location line="+0" />
            <source>An answer given in advance (optional)</source>
            <translation>Una risposta già inserita in partenza (facoltativo)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit default</source>
            <translation>Modifica la risposta predefinita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Default</source>
            <translation>&amp;Valore predefinito</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Texts in</source>
            <translation>Testi in</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Select a question to edit it, or add one.</source>
            <translation>Seleziona una domanda per modificarla, oppure aggiungine una.</translation>
        </message>
        <message>
            <location line="+151" />
            <source>The question as participants read it, in {language}</source>
            <translation>La domanda come la legge chi partecipa, in {language}</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Make required</source>
            <translation>Rendi obbligatoria</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Make optional</source>
            <translation>Rendi facoltativa</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Edit scale</source>
            <translation>Modifica scala</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Set relevance</source>
            <translation>Imposta la condizione di visibilità</translation>
        </message>
    </context>
    <context>
        <name>QuestionListModel</name>
        <message>
            <location filename="../../workshop_app/ui/profile_editor_model.py" line="-70" />
            <source>Known in exports as {name}</source>
            <translation>Nelle esportazioni: {name}</translation>
        </message>
    </context>
    <context>
        <name>QuestionPreview</name>
        <message>
            <location filename="../../workshop_app/ui/question_preview.py" line="+29" />
            <source>Preview</source>
            <translation>Anteprima</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Preview language</source>
            <translation>Lingua dell’anteprima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>See the question in another language of the survey</source>
            <translation>Guarda la domanda in un’altra lingua del questionario</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The selected question appears here as participants will see it.</source>
            <translation>Qui compare la domanda selezionata, come la vedrà chi partecipa.</translation>
        </message>
    </context>
    <context>
        <name>QuestionTree</name>
        <message>
            <location filename="../../workshop_app/ui/builder_views.py" line="+28" />
            <source>Questions</source>
            <translation>Domande</translation>
        </message>
    </context>
    <context>
        <name>QuestionTreeModel</name>
        <message>
            <location filename="../../workshop_app/ui/builder_model.py" line="+139" />
            <source>Question</source>
            <translation>Domanda</translation>
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
            <translation>Sposta in su</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move down</source>
            <translation>Sposta in giù</translation>
        </message>
    </context>
    <context>
        <name>RelationshipForm</name>
        <message>
            <location filename="../../workshop_app/ui/map_panel_forms.py" line="+249" />
            <source>Relationship</source>
            <translation>Relazione</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kind of relationship</source>
            <translation>Tipo di relazione</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Strength</source>
            <translation>Intensità</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{number} — {label}</source>
            <translation>{number} — {label}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Direction</source>
            <translation>Direzione</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <source>Delete relationship</source>
            <translation>Elimina relazione</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>St&amp;rength</source>
            <translation>&amp;Intensità</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Direction</source>
            <translation>&amp;Direzione</translation>
        </message>
        <message>
            <location line="+42" />
            <source>{source} and {target}</source>
            <translation>{source} e {target}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No direction (both ways)</source>
            <translation>Nessuna direzione (in entrambi i sensi)</translation>
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
            <translation>Mostra questa domanda quando…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ask “{question}” only when an earlier answer is as follows.</source>
            <translation>Chiedi “{question}” solo quando una risposta precedente soddisfa questa condizione.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Earlier question</source>
            <translation>Domanda precedente</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{label} ({name})</source>
            <translation>{label} ({name})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Condition</source>
            <translation>Condizione</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Answer</source>
            <translation>Risposta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The answer to compare with</source>
            <translation>La risposta con cui confrontare</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Replace the condition</source>
            <translation>Sostituisci la condizione</translation>
        </message>
        <message>
            <location line="+0" />
            <source>And (both)</source>
            <translation>E (entrambe)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Or (either)</source>
            <translation>O (almeno una)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The question already has a condition: {condition}</source>
            <translation>La domanda ha già una condizione: {condition}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Question</source>
            <translation>&amp;Domanda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Condition</source>
            <translation>&amp;Condizione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Answer</source>
            <translation>&amp;Risposta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use this condition</source>
            <translation>Usa questa condizione</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The condition, as XLSForm writes it:</source>
            <translation>La condizione, come la scrive XLSForm:</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Other</source>
            <translation>Altro</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Pick a question and an answer.</source>
            <translation>Scegli una domanda e una risposta.</translation>
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
            <translation>Qualsiasi data</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Answered from</source>
            <translation>Risposte dal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answered until</source>
            <translation>Risposte fino al</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Finished only</source>
            <translation>Solo co&amp;mpletate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count finished responses only</source>
            <translation>Conta solo le compilazioni completate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show results of</source>
            <translation>Mostra i risultati di</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compare with</source>
            <translation>Confronta con</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;lear filters</source>
            <translation>A&amp;zzera filtri</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear all filters</source>
            <translation>Azzera tutti i filtri</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Workshop</source>
            <translation>&amp;Workshop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>F&amp;rom</source>
            <translation>&amp;Dal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;to</source>
            <translation>&amp;al</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Who</source>
            <translation>&amp;Chi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Co&amp;mpare with</source>
            <translation>Con&amp;fronta con</translation>
        </message>
        <message>
            <location line="+50" />
            <source>All workshops</source>
            <translation>Tutti i workshop</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{title} — {when}</source>
            <translation>{title} — {when}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No comparison</source>
            <translation>Nessun confronto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everyone</source>
            <translation>Tutte le persone</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Several answers…</source>
            <translation>Più risposte…</translation>
        </message>
        <message>
            <location line="+65" />
            <source>{start} to {end}</source>
            <translation>dal {start} al {end}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>from {start}</source>
            <translation>dal {start}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>until {end}</source>
            <translation>fino al {end}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>any date</source>
            <translation>qualsiasi data</translation>
        </message>
        <message>
            <location line="+4" />
            <source>finished responses only</source>
            <translation>solo compilazioni completate</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <location filename="../../workshop_app/ui/results_page.py" line="+89" />
            <source>Surveys with answers</source>
            <translation>Questionari con risposte</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Counts under 5 show as “&lt;5” and a question with fewer than 5 answers shows no chart, so no one can be singled out; “≥5” is hidden so a small count cannot be worked out. Typed answers are never shown here, only the words many people used.</source>
            <translation>I numeri inferiori a 5 compaiono come “&lt;5” e una domanda con meno di 5 risposte non mostra alcun grafico, così nessuno può essere identificato; anche “≥5” viene nascosto, così un numero piccolo non si può ricavare. Le risposte scritte non compaiono mai qui: solo le parole usate da molte persone.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Results</source>
            <translation>Risultati</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Surveys appear here once someone has answered them.</source>
            <translation>I questionari compaiono qui quando qualcuno vi ha risposto.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Results of the survey</source>
            <translation>Risultati del questionario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One card per question; scroll with the arrow keys</source>
            <translation>Una scheda per domanda; scorri con i tasti freccia</translation>
        </message>
        <message>
            <location line="+29" />
            <source>No database is open.</source>
            <translation>Nessun database aperto.</translation>
        </message>
        <message>
            <location line="+72" />
            <location line="+91" />
            <source>No answers yet</source>
            <translation>Ancora nessuna risposta</translation>
        </message>
        <message>
            <location line="-90" />
            <source>Results appear here once people answer a survey in the kiosk, or once answers given on paper are typed in.</source>
            <translation>I risultati compaiono qui quando le persone rispondono a un questionario nel chiosco o quando vengono inserite le risposte date su carta.</translation>
        </message>
        <message>
            <location line="+69" />
            <source>No answers from these groups</source>
            <translation>Nessuna risposta da questi gruppi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Neither group answered this survey in the responses the filters select.</source>
            <translation>Nessuno dei due gruppi ha risposto a questo questionario nelle compilazioni selezionate dai filtri.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{survey}: “{first}” and “{second}” side by side · {filters}</source>
            <translation>{survey}: “{first}” e “{second}” a confronto · {filters}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No answers match</source>
            <translation>Nessuna risposta corrispondente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No answers match these filters. Choose another workshop or group, or widen the dates.</source>
            <translation>Nessuna risposta corrisponde a questi filtri. Scegli un altro workshop o gruppo, oppure amplia l’intervallo di date.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This survey has no answers yet.</source>
            <translation>Questo questionario non ha ancora risposte.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Too few answers to show</source>
            <translation>Risposte troppo poche per essere mostrate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fewer than 5 responses match these filters, so no results are shown: with so few, an answer could point to a person.</source>
            <translation>Meno di 5 compilazioni corrispondono a questi filtri, quindi non viene mostrato alcun risultato: con così pochi dati, una risposta potrebbe ricondurre a una persona.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{survey}: {responses} · {filters}</source>
            <translation>{survey}: {responses} · {filters}</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Saved the chart as {path}.</source>
            <translation>Grafico salvato come {path}.</translation>
        </message>
    </context>
    <context>
        <name>ResultsSurveyModel</name>
        <message>
            <location line="-350" />
            <source>Version {version}</source>
            <translation>Versione {version}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Versions {versions}</source>
            <translation>Versioni {versions}</translation>
        </message>
    </context>
    <context>
        <name>ResumeOffer</name>
        <message>
            <location filename="../../workshop_app/ui/run_resume.py" line="+34" />
            <source>Resume…</source>
            <translation>Riprendi…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resume the unfinished surveys</source>
            <translation>Riprendi i questionari non completati</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the run view of their workshop</source>
            <translation>Apri la schermata di conduzione del loro workshop</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Dismiss the offer to resume</source>
            <translation>Chiudi la proposta di ripresa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hide this offer; the unfinished surveys stay saved</source>
            <translation>Nascondi questo avviso; i questionari non completati restano salvati</translation>
        </message>
        <message numerus="yes">
            <location line="+29" />
            <source>%n survey was not finished —</source>
            <translation>
                <numerusform>%n questionario non completato —</numerusform>
                <numerusform>%n questionari non completati —</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n surveys were not finished —</source>
            <translation>
                <numerusform>%n questionario non completato —</numerusform>
                <numerusform>%n questionari non completati —</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RunAgendaModel</name>
        <message>
            <location filename="../../workshop_app/ui/run_agenda.py" line="+93" />
            <source>{item} (on now)</source>
            <translation>{item} (in corso)</translation>
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
            <translation>Stato del workshop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check-in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Check people in</source>
            <translation>Registra le presenze</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Register and check people in at the door (Ctrl+I)</source>
            <translation>Registra le persone all’ingresso e segna la loro presenza (Ctrl+I)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kiosk PIN…</source>
            <translation>PIN del chiosco…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Set the kiosk PIN</source>
            <translation>Imposta il PIN del chiosco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The PIN that lets you leave the kiosk</source>
            <translation>Il PIN che permette di uscire dal chiosco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open projector</source>
            <translation>Apri proiettore</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open the projector view</source>
            <translation>Apri la vista per il proiettore</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timer and results for the room, on the second screen (F5)</source>
            <translation>Timer e risultati per la sala, sul secondo schermo (F5)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End workshop</source>
            <translation>Termina workshop</translation>
        </message>
        <message>
            <location line="+0" />
            <source>End the workshop</source>
            <translation>Termina il workshop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark the workshop as done</source>
            <translation>Segna il workshop come concluso</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+57" />
            <source>Agenda</source>
            <translation>Programma</translation>
        </message>
        <message>
            <location line="-48" />
            <source>← Previous</source>
            <translation>← Precedente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Previous activity</source>
            <translation>Attività precedente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The activity before (Alt+Left)</source>
            <translation>L’attività precedente (Alt+Freccia sinistra)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next →</source>
            <translation>Successiva →</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next activity</source>
            <translation>Attività successiva</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The next activity (Alt+Right)</source>
            <translation>L’attività successiva (Alt+Freccia destra)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>&amp;Status</source>
            <translation>&amp;Stato</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Check-in ({count})</source>
            <translation>Check-in ({count})</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This workshop has no agenda yet. Add activities in Workshops.</source>
            <translation>Questo workshop non ha ancora un programma. Aggiungi le attività nella sezione Workshop.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{hint}

Run it with the timer; the maps are drawn in the Stakeholder maps section.</source>
            <translation>{hint}

Conduci questa attività con il timer; le mappe si disegnano nella sezione Mappe degli stakeholder.</translation>
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
            <translation>&amp;Check-in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kiosk &amp;PIN…</source>
            <translation>&amp;PIN del chiosco…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open p&amp;rojector</source>
            <translation>Apri p&amp;roiettore</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the timer and results on the second screen</source>
            <translation>Mostra il timer e i risultati sul secondo schermo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;End workshop</source>
            <translation>&amp;Termina workshop</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Close run view</source>
            <translation>Chiu&amp;di la schermata di conduzione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>&amp;Modifica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>&amp;Annulla</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>&amp;Ripeti</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Timer</source>
            <translation>&amp;Timer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Start or pause</source>
            <translation>&amp;Avvia o metti in pausa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;One more minute</source>
            <translation>&amp;Un minuto in più</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Five more minutes</source>
            <translation>&amp;Cinque minuti in più</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reset</source>
            <translation>A&amp;zzera</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Go</source>
            <translation>&amp;Vai</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Previous activity</source>
            <translation>Attività &amp;precedente</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Next activity</source>
            <translation>Attività &amp;successiva</translation>
        </message>
        <message>
            <location line="+32" />
            <source>This workshop no longer exists.</source>
            <translation>Questo workshop non esiste più.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Run — {title}</source>
            <translation>Conduzione — {title}</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>%n survey was not finished. It is listed below; resume it from there.</source>
            <translation>
                <numerusform>%n questionario non è stato completato: lo trovi qui sotto e puoi riprenderlo da lì.</numerusform>
                <numerusform>%n questionari non sono stati completati: li trovi qui sotto e puoi riprenderli da lì.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n surveys were not finished. They are listed below; resume them from there.</source>
            <translation>
                <numerusform>%n questionario non è stato completato: lo trovi qui sotto e puoi riprenderlo da lì.</numerusform>
                <numerusform>%n questionari non sono stati completati: li trovi qui sotto e puoi riprenderli da lì.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+65" />
            <source>Time is up for {title}.</source>
            <translation>Tempo scaduto per {title}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>time is up</source>
            <translation>tempo scaduto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{clock} left</source>
            <translation>mancano {clock}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>paused at {clock}</source>
            <translation>in pausa a {clock}</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Mark as {status}</source>
            <translation>Cambia stato in “{status}”</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The workshop is marked as done and everything is saved in this database. Packing it for the ULG secretary comes with the merge feature; until then, bring this laptop or a backup of the database.</source>
            <translation>Il workshop è segnato come concluso e tutto è salvato in questo database. La creazione del pacchetto per la segreteria dell’ULG arriverà con la funzione di unione; nel frattempo, porta con te questo portatile o un backup del database.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The kiosk PIN is set.</source>
            <translation>Il PIN del chiosco è impostato.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The kiosk PIN is removed.</source>
            <translation>Il PIN del chiosco è stato rimosso.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Set a kiosk PIN first: it lets you, and only you, leave the kiosk.</source>
            <translation>Imposta prima un PIN per il chiosco: permette a te, e solo a te, di uscirne.</translation>
        </message>
    </context>
    <context>
        <name>ScaleWidget</name>
        <message>
            <location filename="../../workshop_app/ui/question_inputs.py" line="+83" />
            <source>{value} on the scale</source>
            <translation>{value} sulla scala</translation>
        </message>
    </context>
    <context>
        <name>SelectionForm</name>
        <message>
            <location filename="../../workshop_app/ui/map_panel.py" line="+50" />
            <source>Align &amp;left</source>
            <translation>Allinea a &amp;sinistra</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Align &amp;top</source>
            <translation>Allinea in &amp;alto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Align &amp;centres</source>
            <translation>Allinea al &amp;centro</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete selected</source>
            <translation>Elimina selezionati</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete the selected stakeholders</source>
            <translation>Elimina gli stakeholder selezionati</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Drag any of them to move them all; the arrow keys nudge them.</source>
            <translation>Trascinane uno qualsiasi per spostarli tutti; i tasti freccia li spostano di poco.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>1 stakeholder selected</source>
            <translation>1 stakeholder selezionato</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n stakeholders selected</source>
            <translation>
                <numerusform>%n stakeholder selezionato</numerusform>
                <numerusform>%n stakeholder selezionati</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n relationships selected</source>
            <translation>
                <numerusform>%n relazione selezionata</numerusform>
                <numerusform>%n relazioni selezionate</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StakeholderForm</name>
        <message>
            <location filename="../../workshop_app/ui/map_panel_forms.py" line="-213" />
            <source>Stakeholder</source>
            <translation>Stakeholder</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Organisation</source>
            <translation>Organizzazione</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sector</source>
            <translation>Settore</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attitude</source>
            <translation>Atteggiamento</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Engagement strategy</source>
            <translation>Strategia di coinvolgimento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How to involve them</source>
            <translation>Come coinvolgerlo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Contact (personal data)</source>
            <translation>Contatto (dato personale)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail or phone of a contact person</source>
            <translation>E-mail o telefono di una persona di riferimento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Personal data</source>
            <translation>Dati personali</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Left out of exports unless you choose to include contacts.</source>
            <translation>Escluso dalle esportazioni, a meno che tu non scelga di includere i contatti.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Delete stakeholder</source>
            <translation>Elimina stakeholder</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Organisation</source>
            <translation>&amp;Organizzazione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sector</source>
            <translation>&amp;Settore</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Attitude</source>
            <translation>&amp;Atteggiamento</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Engagement</source>
            <translation>Co&amp;involgimento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No&amp;tes</source>
            <translation>No&amp;te</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Contact</source>
            <translation>&amp;Contatto</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Across</source>
            <translation>Orizzontale</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Up</source>
            <translation>Verticale</translation>
        </message>
    </context>
    <context>
        <name>SurveyBuilder</name>
        <message>
            <location filename="../../workshop_app/ui/survey_builder.py" line="+57" />
            <source>Survey title</source>
            <translation>Titolo del questionario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title of the survey</source>
            <translation>Titolo del questionario</translation>
        </message>
        <message>
            <location line="+2" />
            <source>• Unsaved changes</source>
            <translation>• Modifiche non salvate</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Undo</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Redo</source>
            <translation>Ripeti</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Save</source>
            <translation>&amp;Salva</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save survey</source>
            <translation>Salva questionario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the survey (Ctrl+S)</source>
            <translation>Salva il questionario (Ctrl+S)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add &amp;question</source>
            <translation>Aggiungi &amp;domanda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add question</source>
            <translation>Aggiungi domanda</translation>
        </message>
        <message>
            <location line="+12" />
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplica</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+250" />
            <source>Duplicate question</source>
            <translation>Duplica domanda</translation>
        </message>
        <message>
            <location line="-248" />
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete question</source>
            <translation>Elimina domanda</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Move question up (Alt+Up)</source>
            <translation>Sposta la domanda in su (Alt+Freccia su)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Move question down (Alt+Down)</source>
            <translation>Sposta la domanda in giù (Alt+Freccia giù)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Survey builder views</source>
            <translation>Viste dell’editor di questionari</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions</source>
            <translation>Domande</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Translations</source>
            <translation>Traduzioni</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{action} ({keys})</source>
            <translation>{action} ({keys})</translation>
        </message>
        <message>
            <location line="+83" />
            <source>Change title</source>
            <translation>Cambia titolo</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Version {version} already has responses, so saving changes makes version {next}.</source>
            <translation>La versione {version} ha già delle compilazioni, quindi salvando le modifiche si crea la versione {next}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Version {version} · no responses yet</source>
            <translation>Versione {version} · ancora nessuna compilazione</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Add question: {type}</source>
            <translation>Aggiungi domanda: {type}</translation>
        </message>
    </context>
    <context>
        <name>SurveyListPane</name>
        <message>
            <location filename="../../workshop_app/ui/survey_list_pane.py" line="+16" />
            <source>Surveys</source>
            <translation>Questionari</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New from template…</source>
            <translation>&amp;Nuovo da modello…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New survey from a template</source>
            <translation>Nuovo questionario da un modello</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Import XLSForm…</source>
            <translation>&amp;Importa XLSForm…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import XLSForm</source>
            <translation>Importa XLSForm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a questionnaire from KoboToolbox, ODK or another XLSForm file</source>
            <translation>Aggiungi un questionario da KoboToolbox, ODK o un altro file XLSForm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport XLSForm…</source>
            <translation>E&amp;sporta XLSForm…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export XLSForm</source>
            <translation>Esporta XLSForm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the survey as an XLSForm for KoboToolbox or ODK</source>
            <translation>Salva il questionario come XLSForm per KoboToolbox o ODK</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete survey…</source>
            <translation>Elimina questionario…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete survey</source>
            <translation>Elimina questionario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo deleting the survey</source>
            <translation>Annulla l’eliminazione del questionario</translation>
        </message>
    </context>
    <context>
        <name>SurveyPanel</name>
        <message>
            <location filename="../../workshop_app/ui/run_survey_panel.py" line="+99" />
            <source>Start &amp;kiosk</source>
            <translation>Avvia il &amp;chiosco</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start the kiosk</source>
            <translation>Avvia il chiosco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People answer on this laptop, one after another, in a locked screen</source>
            <translation>Le persone rispondono su questo portatile, una dopo l’altra, in una schermata bloccata</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter &amp;paper answers</source>
            <translation>&amp;Inserisci questionari cartacei</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter paper answers</source>
            <translation>Inserisci questionari cartacei</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type in questionnaires filled in on paper</source>
            <translation>Trascrivi i questionari compilati su carta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Question shown on the projector</source>
            <translation>Domanda mostrata sul proiettore</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Every answer given so far is saved. Pick one and resume it where the person stopped.</source>
            <translation>Ogni risposta data finora è salvata. Scegli una compilazione e riprendila dal punto in cui la persona si è fermata.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Unfinished responses</source>
            <translation>Compilazioni non completate</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Resume in kiosk</source>
            <translation>&amp;Riprendi nel chiosco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resume the selected response in the kiosk</source>
            <translation>Riprendi nel chiosco la compilazione selezionata</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resume as paper &amp;entry</source>
            <translation>Riprendi come &amp;inserimento da carta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resume the selected response as paper entry</source>
            <translation>Riprendi la compilazione selezionata come inserimento da carta</translation>
        </message>
        <message>
            <location line="+5" />
            <source>On the projector:</source>
            <translation>Sul proiettore:</translation>
        </message>
        <message>
            <location line="+58" />
            <source>No survey is chosen for this activity yet.</source>
            <translation>Nessun questionario scelto per questa attività.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>{started} started · {finished} finished · {open} not finished</source>
            <translation>{started} iniziati · {finished} completati · {open} non completati</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not finished ({count})</source>
            <translation>Non completati ({count})</translation>
        </message>
    </context>
    <context>
        <name>SurveysPage</name>
        <message>
            <location filename="../../workshop_app/ui/surveys_page.py" line="+98" />
            <source>No database is open.</source>
            <translation>Nessun database aperto.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Save survey</source>
            <translation>&amp;Salva questionario</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Import XLSForm…</source>
            <translation>&amp;Importa XLSForm…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a questionnaire from an XLSForm file (KoboToolbox, ODK)</source>
            <translation>Aggiungi un questionario da un file XLSForm (KoboToolbox, ODK)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>E&amp;xport XLSForm…</source>
            <translation>E&amp;sporta XLSForm…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the selected survey as an XLSForm file</source>
            <translation>Salva il questionario selezionato come file XLSForm</translation>
        </message>
        <message>
            <location line="+149" />
            <source>The survey cannot be saved yet: {problem}</source>
            <translation>Il questionario non può ancora essere salvato: {problem}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Saved as version {version}. Version {old} keeps its {responses} with the questions they answered.</source>
            <translation>Salvato come versione {version}. La versione {old} conserva {responses} con le domande a cui si riferiscono.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>New survey</source>
            <translation>Nuovo questionario</translation>
        </message>
        <message>
            <location line="+39" />
            <source>The survey cannot be exported yet: {problem}</source>
            <translation>Il questionario non può ancora essere esportato: {problem}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Exported to {path}.</source>
            <translation>Esportato in {path}.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Delete “{title}” (version {version})?</source>
            <translation>Eliminare “{title}” (versione {version})?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Its {responses} are deleted with it.</source>
            <translation>Verranno eliminate anche le risposte raccolte: {responses}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Its unsaved changes are lost.</source>
            <translation>Le modifiche non salvate andranno perse.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete survey</source>
            <translation>Elimina questionario</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{title}” was deleted.</source>
            <translation>Il questionario “{title}” è stato eliminato.</translation>
        </message>
    </context>
    <context>
        <name>TakeSnapshotDialog</name>
        <message>
            <location filename="../../workshop_app/ui/map_snapshots.py" line="-139" />
            <location line="+15" />
            <source>Take snapshot</source>
            <translation>Crea istantanea</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Save where every stakeholder stands now, to compare with later.</source>
            <translation>Salva la posizione attuale di ogni stakeholder, per confrontarla in seguito.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name of the snapshot</source>
            <translation>Nome dell’istantanea</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Date of the snapshot</source>
            <translation>Data dell’istantanea</translation>
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
            <translation>Gruppo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Question</source>
            <translation>Domanda</translation>
        </message>
        <message>
            <location line="+0" />
            <source>At least</source>
            <translation>Almeno</translation>
        </message>
    </context>
    <context>
        <name>TargetsDialog</name>
        <message>
            <location line="+22" />
            <source>Diversity targets</source>
            <translation>Obiettivi di diversità</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Say which groups should make up at least a share of those who took part. The “Who took part” tab then says plainly when a group is missing.</source>
            <translation>Indica quali gruppi dovrebbero rappresentare almeno una certa quota di chi ha partecipato. La scheda “Chi ha partecipato” segnalerà poi chiaramente quando un gruppo manca.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Targets set</source>
            <translation>Obiettivi impostati</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Remove target</source>
            <translation>&amp;Rimuovi obiettivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected target</source>
            <translation>Rimuovi l’obiettivo selezionato</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Question the group is defined by</source>
            <translation>Domanda che definisce il gruppo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Answers that make up the group</source>
            <translation>Risposte che formano il gruppo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Least share, in per cent</source>
            <translation>Quota minima, in percentuale</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. People over 60 (optional)</source>
            <translation>ad es. Persone con più di 60 anni (facoltativo)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name of the group</source>
            <translation>Nome del gruppo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Set target</source>
            <translation>&amp;Imposta obiettivo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set target</source>
            <translation>Imposta obiettivo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Question</source>
            <translation>&amp;Domanda</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A&amp;nswers</source>
            <translation>Ris&amp;poste</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At &amp;least</source>
            <translation>&amp;Almeno</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Group &amp;name</source>
            <translation>&amp;Nome del gruppo</translation>
        </message>
        <message>
            <location line="+14" />
            <source>New or changed target</source>
            <translation>Obiettivo nuovo o modificato</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Select the target to remove.</source>
            <translation>Seleziona l’obiettivo da rimuovere.</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <location filename="../../workshop_app/ui/survey_template_dialog.py" line="+126" />
            <source>New survey from a template</source>
            <translation>Nuovo questionario da un modello</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Templates</source>
            <translation>Modelli</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Language of the preview</source>
            <translation>Lingua dell’anteprima</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title of the new survey</source>
            <translation>Titolo del nuovo questionario</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Questions of the template</source>
            <translation>Domande del modello</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Start from a questionnaire that works, then adapt it.</source>
            <translation>Parti da un questionario già collaudato, poi adattalo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Title</source>
            <translation>&amp;Titolo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Show in</source>
            <translation>&amp;Mostra in</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Create survey</source>
            <translation>Crea questionario</translation>
        </message>
    </context>
    <context>
        <name>TimerClock</name>
        <message>
            <location filename="../../workshop_app/ui/timer_widget.py" line="+53" />
            <source>Time left</source>
            <translation>Tempo rimasto</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Time is up, {clock} over</source>
            <translation>Tempo scaduto da {clock}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{clock} left</source>
            <translation>mancano {clock}</translation>
        </message>
    </context>
    <context>
        <name>TimerPanel</name>
        <message>
            <location line="+27" />
            <source>Share of the time left</source>
            <translation>Percentuale di tempo rimasto</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+68" />
            <source>Start</source>
            <translation>Avvia</translation>
        </message>
        <message>
            <location line="-68" />
            <source>Start or pause the timer (Space)</source>
            <translation>Avvia o metti in pausa il timer (Spazio)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start or pause the timer</source>
            <translation>Avvia o metti in pausa il timer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>+1 min</source>
            <translation>+1 min</translation>
        </message>
        <message>
            <location line="+0" />
            <source>One more minute (+)</source>
            <translation>Un minuto in più (+)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add one minute</source>
            <translation>Aggiungi un minuto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>+5 min</source>
            <translation>+5 min</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Five more minutes (Shift++)</source>
            <translation>Cinque minuti in più (Maiusc++)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add five minutes</source>
            <translation>Aggiungi cinque minuti</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reset</source>
            <translation>Azzera</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Back to the planned time, stopped</source>
            <translation>Torna al tempo previsto, con il timer fermo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset the timer</source>
            <translation>Azzera il timer</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Resume</source>
            <translation>Riprendi</translation>
        </message>
    </context>
    <context>
        <name>TranslationsModel</name>
        <message>
            <location filename="../../workshop_app/ui/survey_translations.py" line="+107" />
            <source>Text</source>
            <translation>Testo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{language} (default)</source>
            <translation>{language} (predefinita)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>label</source>
            <translation>etichetta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>hint</source>
            <translation>suggerimento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>constraint message</source>
            <translation>messaggio del vincolo</translation>
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
            <translation>(mancante)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not translated yet: participants see the default language here</source>
            <translation>Non ancora tradotto: qui chi partecipa vede la lingua predefinita</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+7" />
            <source>Edit translation</source>
            <translation>Modifica traduzione</translation>
        </message>
    </context>
    <context>
        <name>TranslationsView</name>
        <message>
            <location line="+12" />
            <source>Every text of the survey, one column per language. Tinted cells still need a translation; participants see the default language there.</source>
            <translation>Tutti i testi del questionario, una colonna per lingua. Le celle colorate devono ancora essere tradotte: lì chi partecipa vede la lingua predefinita.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Default language</source>
            <translation>Lingua predefinita</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Default language</source>
            <translation>&amp;Lingua predefinita</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Add language…</source>
            <translation>&amp;Aggiungi lingua…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add language</source>
            <translation>Aggiungi lingua</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove language…</source>
            <translation>Rimuovi lingua…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove language</source>
            <translation>Rimuovi lingua</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Translations</source>
            <translation>Traduzioni</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Change default language</source>
            <translation>Cambia lingua predefinita</translation>
        </message>
    </context>
    <context>
        <name>UnfinishedModel</name>
        <message>
            <location filename="../../workshop_app/ui/run_survey_panel.py" line="-187" />
            <source>Who</source>
            <translation>Chi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Started</source>
            <translation>Inizio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last answer</source>
            <translation>Ultima risposta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answers</source>
            <translation>Risposte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where</source>
            <translation>Dove</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Anonymous</source>
            <translation>Anonimo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no answer yet</source>
            <translation>ancora nessuna risposta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kiosk</source>
            <translation>Chiosco</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Paper</source>
            <translation>Carta</translation>
        </message>
    </context>
    <context>
        <name>ViewMenu</name>
        <message>
            <location filename="../../workshop_app/ui/view_menu.py" line="+40" />
            <source>&amp;View</source>
            <translation>&amp;Visualizza</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Language</source>
            <translation>L&amp;ingua</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Show the app in this language</source>
            <translation>Mostra l’app in questa lingua</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Text &amp;size</source>
            <translation>&amp;Dimensione del testo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{percent} %</source>
            <translation>{percent}%</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;High contrast</source>
            <translation>&amp;Contrasto elevato</translation>
        </message>
        <message>
            <location line="+2" />
            <source>White and yellow on black, with thick outlines</source>
            <translation>Bianco e giallo su nero, con contorni spessi</translation>
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
            <translation>Gruppo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dots in all</source>
            <translation>Punti in totale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counted in the room</source>
            <translation>Contati in sala</translation>
        </message>
    </context>
    <context>
        <name>VotingPanel</name>
        <message>
            <location filename="../../workshop_app/ui/voting_panel.py" line="+61" />
            <source>Start &amp;kiosk voting</source>
            <translation>Avvia la votazione nel &amp;chiosco</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start kiosk voting</source>
            <translation>Avvia la votazione nel chiosco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People place their dots one after another on this laptop</source>
            <translation>Le persone assegnano i loro punti una dopo l’altra su questo portatile</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type an option to vote on and press Enter</source>
            <translation>Scrivi un’opzione da votare e premi Invio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New option to vote on</source>
            <translation>Nuova opzione da votare</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dots per note</source>
            <translation>Punti per nota</translation>
        </message>
        <message>
            <location line="+17" />
            <source>One dot less on the selected note</source>
            <translation>Un punto in meno sulla nota selezionata</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One dot less (−)</source>
            <translation>Un punto in meno (−)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>One dot more on the selected note</source>
            <translation>Un punto in più sulla nota selezionata</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One dot more (+)</source>
            <translation>Un punto in più (+)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Counting paper dots? Select a note and press + or −, or type the number.</source>
            <translation>Stai contando i punti dati su carta? Seleziona una nota e premi + o −, oppure scrivi il numero.</translation>
        </message>
        <message numerus="yes">
            <location line="+61" />
            <source>%n person voted in the kiosk</source>
            <translation>
                <numerusform>%n persona ha votato nel chiosco</numerusform>
                <numerusform>%n persone hanno votato nel chiosco</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n people voted in the kiosk</source>
            <translation>
                <numerusform>%n persona ha votato nel chiosco</numerusform>
                <numerusform>%n persone hanno votato nel chiosco</numerusform>
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
            <translation>Le persone votano le opzioni scritte qui.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No brainstorm comes before this dot vote: type the options to vote on.</source>
            <translation>Prima di questa votazione a punti non c’è un brainstorming: scrivi le opzioni da votare.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>People vote on the notes of the brainstorm before it.</source>
            <translation>Le persone votano le note del brainstorming che precede.</translation>
        </message>
    </context>
    <context>
        <name>WorkbookPanel</name>
        <message>
            <location filename="../../workshop_app/ui/workbook_panel.py" line="+73" />
            <source>ULG workbook</source>
            <translation>Cartella di lavoro ULG</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One Excel file for the ULG meeting and the Integrated Action Plan: a summary with charts, every survey response, ideas and votes, stakeholder maps and who took part.</source>
            <translation>Un unico file Excel per l’incontro dell’ULG e il Piano d’azione integrato: un riepilogo con grafici, tutti i questionari compilati, idee e voti, le mappe degli stakeholder e chi ha partecipato.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>E&amp;verything</source>
            <translation>&amp;Tutto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One &amp;workshop</source>
            <translation>Un &amp;workshop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workshops &amp;between</source>
            <translation>Workshop &amp;compresi tra</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export everything</source>
            <translation>Esporta tutto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export one workshop</source>
            <translation>Esporta un workshop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the workshops between two dates</source>
            <translation>Esporta i workshop compresi tra due date</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Workshop to export</source>
            <translation>Workshop da esportare</translation>
        </message>
        <message>
            <location line="+3" />
            <source>First day of the range</source>
            <translation>Primo giorno dell’intervallo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last day of the range</source>
            <translation>Ultimo giorno dell’intervallo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Language of the labels</source>
            <translation>Lingua delle etichette</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include names and contacts (personal &amp;data)</source>
            <translation>Includi nomi e contatti (&amp;dati personali)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include names and contacts</source>
            <translation>Includi nomi e contatti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Personal data is left out unless you tick this</source>
            <translation>I dati personali sono esclusi se non spunti questa casella</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The workbook will contain personal data. Keep it safe, share it only with people who need it, and delete it when it is no longer needed.</source>
            <translation>La cartella di lavoro conterrà dati personali. Conservala al sicuro, condividila solo con chi ne ha bisogno ed eliminala quando non serve più.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>E&amp;xport ULG workbook…</source>
            <translation>E&amp;sporta cartella di lavoro ULG…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+162" />
            <location line="+28" />
            <location line="+22" />
            <source>Export ULG workbook</source>
            <translation>Esporta cartella di lavoro ULG</translation>
        </message>
        <message>
            <location line="-204" />
            <source>Open &amp;folder</source>
            <translation>&amp;Apri cartella</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the folder of the workbook</source>
            <translation>Apri la cartella che contiene il file</translation>
        </message>
        <message>
            <location line="+11" />
            <source>and</source>
            <translation>e</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Labels in</source>
            <translation>&amp;Etichette in</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export</source>
            <translation>Esporta</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Open a database to export its workbook.</source>
            <translation>Apri un database per esportarne la cartella di lavoro.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>no date</source>
            <translation>senza data</translation>
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
            <translation>Verranno esportati {workshops}, {responses} e {participants}.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n workshop</source>
            <translation>
                <numerusform>%n workshop</numerusform>
                <numerusform>%n workshop</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n workshops</source>
            <translation>
                <numerusform>%n workshop</numerusform>
                <numerusform>%n workshop</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n survey response</source>
            <translation>
                <numerusform>%n questionario compilato</numerusform>
                <numerusform>%n questionari compilati</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n survey responses</source>
            <translation>
                <numerusform>%n questionario compilato</numerusform>
                <numerusform>%n questionari compilati</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n participant</source>
            <translation>
                <numerusform>%n partecipante</numerusform>
                <numerusform>%n partecipanti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n participants</source>
            <translation>
                <numerusform>%n partecipante</numerusform>
                <numerusform>%n partecipanti</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Cartelle di lavoro di Excel (*.xlsx)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Writing {name}…</source>
            <translation>Scrittura di {name}…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Saved {path}.</source>
            <translation>File salvato: {path}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It contains names and contacts: keep it safe.</source>
            <translation>Contiene nomi e contatti: conservalo al sicuro.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n long text was cut to fit an Excel cell; the Answers sheet marks it.</source>
            <translation>
                <numerusform>%n testo lungo è stato troncato per entrare in una cella di Excel; il foglio Answers lo segnala.</numerusform>
                <numerusform>%n testi lunghi sono stati troncati per entrare nelle celle di Excel; il foglio Answers li segnala.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n long texts were cut to fit Excel's cells; the Answers sheet marks them.</source>
            <translation>
                <numerusform>%n testo lungo è stato troncato per entrare in una cella di Excel; il foglio Answers lo segnala.</numerusform>
                <numerusform>%n testi lunghi sono stati troncati per entrare nelle celle di Excel; il foglio Answers li segnala.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkshopEditor</name>
        <message>
            <location filename="../../workshop_app/ui/workshop_editor.py" line="+69" />
            <source>Workshop title</source>
            <translation>Titolo del workshop</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What is the workshop called?</source>
            <translation>Come si chiama il workshop?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not set</source>
            <translation>Non impostata</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Date and time</source>
            <translation>Data e ora</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Place</source>
            <translation>Luogo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Parish hall, Rua Direita 12</source>
            <translation>ad es. Sala parrocchiale, Via Roma 12</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ULG theme</source>
            <translation>Tema ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The ULG theme this workshop feeds</source>
            <translation>Il tema dell’ULG a cui contribuisce questo workshop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator</source>
            <translation>Facilitazione</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Language of the workshop</source>
            <translation>Lingua del workshop</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anything to remember: access, interpreters, materials…</source>
            <translation>Qualsiasi cosa da ricordare: accessibilità, interpreti, materiali…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Delete…</source>
            <translation>&amp;Elimina…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete workshop</source>
            <translation>Elimina workshop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete this workshop and its agenda</source>
            <translation>Elimina questo workshop e il suo programma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Run workshop…</source>
            <translation>&amp;Conduci workshop…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Run workshop</source>
            <translation>Conduci workshop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the run view: agenda, timer, kiosk and projector (Ctrl+R)</source>
            <translation>Apri la schermata di conduzione: programma, timer, chiosco e proiettore (Ctrl+R)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Select a workshop in the list, or create a new one.</source>
            <translation>Seleziona un workshop nell’elenco, oppure creane uno nuovo.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;Title</source>
            <translation>&amp;Titolo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;When</source>
            <translation>&amp;Quando</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Place</source>
            <translation>&amp;Luogo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ULG the&amp;me</source>
            <translation>Te&amp;ma ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fa&amp;cilitator</source>
            <translation>Fa&amp;cilitazione</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Status</source>
            <translation>&amp;Stato</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language</source>
            <translation>L&amp;ingua</translation>
        </message>
        <message>
            <location line="+2" />
            <source>N&amp;otes</source>
            <translation>N&amp;ote</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Workshop details</source>
            <translation>Dettagli del workshop</translation>
        </message>
        <message>
            <location line="+178" />
            <source>Change title</source>
            <translation>Cambia titolo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change date and time</source>
            <translation>Cambia data e ora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change place</source>
            <translation>Cambia luogo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change ULG theme</source>
            <translation>Cambia tema ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change facilitator</source>
            <translation>Cambia facilitazione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change language</source>
            <translation>Cambia lingua</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change status</source>
            <translation>Cambia stato</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change notes</source>
            <translation>Cambia note</translation>
        </message>
    </context>
    <context>
        <name>WorkshopsView</name>
        <message>
            <location filename="../../workshop_app/ui/workshops_view.py" line="+76" />
            <location line="+20" />
            <source>Workshops</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location line="-18" />
            <location line="+2" />
            <location line="+237" />
            <source>New workshop</source>
            <translation>Nuovo workshop</translation>
        </message>
        <message>
            <location line="-236" />
            <source>Create a workshop (Ctrl+N)</source>
            <translation>Crea un workshop (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search titles and places</source>
            <translation>Cerca per titolo e luogo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search workshops</source>
            <translation>Cerca workshop</translation>
        </message>
        <message>
            <location line="+70" />
            <source>No workshops yet — create your first one</source>
            <translation>Nessun workshop per ora — crea il primo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A workshop holds the date, the place and the agenda of one meeting with your group. You can change everything later.</source>
            <translation>Un workshop raccoglie la data, il luogo e il programma di un incontro con il tuo gruppo. Potrai modificare tutto in seguito.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+2" />
            <source>Create a workshop</source>
            <translation>Crea un workshop</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No database is open.</source>
            <translation>Nessun database aperto.</translation>
        </message>
        <message>
            <location line="+157" />
            <source>Delete the workshop “{title}”?</source>
            <translation>Eliminare il workshop “{title}”?</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Its agenda of %n activity goes with it.</source>
            <translation>
                <numerusform>Verrà eliminato anche il suo programma, con %n attività.</numerusform>
                <numerusform>Verrà eliminato anche il suo programma, con %n attività.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Its agenda of %n activities goes with it.</source>
            <translation>
                <numerusform>Verrà eliminato anche il suo programma, con %n attività.</numerusform>
                <numerusform>Verrà eliminato anche il suo programma, con %n attività.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>The attendance of %n participant goes with it; the person stays.</source>
            <translation>
                <numerusform>Verrà eliminata anche la presenza di %n partecipante; la persona resta registrata.</numerusform>
                <numerusform>Verranno eliminate anche le presenze di %n partecipanti; le persone restano registrate.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>The attendance of %n participants goes with it; the people stay.</source>
            <translation>
                <numerusform>Verrà eliminata anche la presenza di %n partecipante; la persona resta registrata.</numerusform>
                <numerusform>Verranno eliminate anche le presenze di %n partecipanti; le persone restano registrate.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can undo this with Edit › Undo.</source>
            <translation>Puoi annullare l’operazione con Modifica › Annulla.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete workshop</source>
            <translation>Elimina workshop</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete</source>
            <translation>Elimina</translation>
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
            <translation>Minuti previsti</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Survey this activity runs</source>
            <translation>Questionario usato in questa attività</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dots per person</source>
            <translation>Punti a persona</translation>
        </message>
    </context>
    <context>
        <name>agenda</name>
        <message>
            <location filename="../../workshop_app/ui/agenda_model.py" line="+32" />
            <source>Activity</source>
            <translation>Attività</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Titolo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>Durata</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>Dettagli</translation>
        </message>
        <message>
            <location line="+91" />
            <source>Choose a survey…</source>
            <translation>Scegli un questionario…</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../workshop_app/app.py" line="+172" />
            <source>Something went wrong ({error}). Everything saved so far is safe; the details are in {log}.</source>
            <translation>Si è verificato un problema ({error}). Tutto ciò che è stato salvato finora è al sicuro; i dettagli sono in {log}.</translation>
        </message>
    </context>
    <context>
        <name>board</name>
        <message>
            <location filename="../../workshop_app/ui/board_scene.py" line="+110" />
            <source>New ideas</source>
            <translation>Nuove idee</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unnamed group</source>
            <translation>Gruppo senza nome</translation>
        </message>
        <message>
            <location line="+123" />
            <source>Type an idea above and press Enter.</source>
            <translation>Scrivi un’idea qui sopra e premi Invio.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drag notes here.</source>
            <translation>Trascina qui le note.</translation>
        </message>
    </context>
    <context>
        <name>brainstorm</name>
        <message>
            <location filename="../../workshop_app/ui/brainstorm_commands.py" line="+31" />
            <source>Add note</source>
            <translation>Aggiungi nota</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Edit note</source>
            <translation>Modifica nota</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Colour note</source>
            <translation>Colora nota</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Move note</source>
            <translation>Sposta nota</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Move %n notes</source>
            <translation>
                <numerusform>Sposta %n nota</numerusform>
                <numerusform>Sposta %n note</numerusform>
            </translation>
        </message>
        <message>
            <location line="+18" />
            <source>Delete note</source>
            <translation>Elimina nota</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n notes</source>
            <translation>
                <numerusform>Elimina %n nota</numerusform>
                <numerusform>Elimina %n note</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>Add cluster</source>
            <translation>Aggiungi gruppo</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Rename cluster</source>
            <translation>Rinomina gruppo</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Move cluster</source>
            <translation>Sposta gruppo</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Delete cluster</source>
            <translation>Elimina gruppo</translation>
        </message>
    </context>
    <context>
        <name>builder</name>
        <message>
            <location filename="../../workshop_app/ui/builder_commands.py" line="+43" />
            <source>Add question</source>
            <translation>Aggiungi domanda</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Delete question</source>
            <translation>Elimina domanda</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Move question</source>
            <translation>Sposta domanda</translation>
        </message>
        <message>
            <location line="+103" />
            <source>Rename question</source>
            <translation>Rinomina domanda</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Change type to {type}</source>
            <translation>Cambia tipo in {type}</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../workshop_app/ui/builder_types.py" line="+147" />
            <source>Option 1</source>
            <translation>Opzione 1</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/ui/builder_types.py" line="+1" />
            <source>Option 2</source>
            <translation>Opzione 2</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Edit label</source>
            <translation>Modifica etichetta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit hint</source>
            <translation>Modifica suggerimento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit constraint message</source>
            <translation>Modifica messaggio del vincolo</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Edit required message</source>
            <translation>Modifica messaggio di risposta obbligatoria</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/builder_types.py" line="-128" />
            <source>Text</source>
            <translation>Testo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whole number</source>
            <translation>Numero intero</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decimal</source>
            <translation>Numero decimale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Single choice</source>
            <translation>Scelta singola</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Multiple choice</source>
            <translation>Scelta multipla</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ranking</source>
            <translation>Classifica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rating scale</source>
            <translation>Scala di valutazione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>Ora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Acknowledge</source>
            <translation>Presa visione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calculation</source>
            <translation>Calcolo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group</source>
            <translation>Gruppo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Repeat</source>
            <translation>Gruppo ripetuto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Filled in by the device ({type})</source>
            <translation>Compilato dal dispositivo ({type})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kept as a note ({type})</source>
            <translation>Mantenuto come nota ({type})</translation>
        </message>
        <message>
            <location line="+102" />
            <source>A note for the participant.</source>
            <translation>Una nota per chi partecipa.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New group</source>
            <translation>Nuovo gruppo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New repeat</source>
            <translation>Nuovo gruppo ripetuto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I have read and understood this.</source>
            <translation>Ho letto e compreso.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New question</source>
            <translation>Nuova domanda</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Start with a letter or “_”, then use letters, digits, “_”, “-” or “.”, no spaces.</source>
            <translation>Inizia con una lettera o “_”, poi usa lettere, cifre, “_”, “-” o “.”, senza spazi.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Another question is already called “{name}”.</source>
            <translation>Esiste già un’altra domanda chiamata “{name}”.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/survey_languages.py" line="+13" />
            <source>Add language {language}</source>
            <translation>Aggiungi lingua {language}</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+7" />
            <source>Remove language</source>
            <translation>Rimuovi lingua</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Which language should the survey no longer have?</source>
            <translation>Quale lingua vuoi togliere dal questionario?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Remove {language} and every text in it?</source>
            <translation>Rimuovere {language} e tutti i testi in questa lingua?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can undo this with Edit › Undo until you switch surveys.</source>
            <translation>Puoi annullare l’operazione con Modifica › Annulla finché non passi a un altro questionario.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Remove language {language}</source>
            <translation>Rimuovi lingua {language}</translation>
        </message>
    </context>
    <context>
        <name>coming</name>
        <message>
            <location filename="../../workshop_app/ui/coming_view.py" line="+10" />
            <source>Participants</source>
            <translation>Partecipanti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check people in at the door with a pseudonymous code each, and record consent for every purpose. Names and phone numbers stay optional and are kept apart.</source>
            <translation>Registra all’ingresso ogni persona con un codice pseudonimo e annota il consenso per ogni finalità. Nomi e numeri di telefono restano facoltativi e vengono conservati a parte.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Surveys</source>
            <translation>Questionari</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build questionnaires in several languages or import them from KoboToolbox, and let people answer on this laptop in a locked kiosk.</source>
            <translation>Crea questionari in più lingue o importali da KoboToolbox, e lascia che le persone rispondano su questo portatile in un chiosco bloccato.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Stakeholder maps</source>
            <translation>Mappe degli stakeholder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Place stakeholders on a power and interest grid or an ecosystem map, draw who works with whom, and print it on A4 or A3.</source>
            <translation>Colloca gli stakeholder su una griglia potere/interesse o su una mappa dell’ecosistema, traccia chi lavora con chi e stampa la mappa in A4 o A3.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Results</source>
            <translation>Risultati</translation>
        </message>
        <message>
            <location line="+1" />
            <source>See answers, ideas and votes as charts, and who took part: the diversity of the group, never names.</source>
            <translation>Guarda risposte, idee e voti sotto forma di grafici, e chi ha partecipato: la diversità del gruppo, mai i nomi.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export</source>
            <translation>Esporta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the ULG workbook for Excel, and pack workshops onto a USB stick for the ULG secretary to merge.</source>
            <translation>Salva la cartella di lavoro ULG per Excel e copia i workshop in pacchetti su una chiavetta USB, perché la segreteria dell’ULG li unisca.</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <location filename="../../workshop_app/ui/commands.py" line="+35" />
            <source>New workshop</source>
            <translation>Nuovo workshop</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Delete workshop</source>
            <translation>Elimina workshop</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Remove activity</source>
            <translation>Rimuovi attività</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Move activity</source>
            <translation>Sposta attività</translation>
        </message>
    </context>
    <context>
        <name>consent</name>
        <message>
            <location filename="../../workshop_app/ui/consent_panel.py" line="-103" />
            <source>Take part</source>
            <translation>Partecipazione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Be contacted</source>
            <translation>Contatti futuri</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appear in photos</source>
            <translation>Presenza nelle foto</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{purpose}: given {when} (recorded by {who})</source>
            <translation>{purpose}: dato il {when} (registrato da {who})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{given}; withdrawn {when} (recorded by {who})</source>
            <translation>{given}; revocato il {when} (registrato da {who})</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not given</source>
            <translation>Non dato</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Withdrawn {when}</source>
            <translation>Revocato il {when}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Given {when}</source>
            <translation>Dato il {when}</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <location filename="../../workshop_app/core/activity_rules.py" line="+48" />
            <source>A sticky note</source>
            <translation>Una nota adesiva</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A cluster name</source>
            <translation>Il nome di un gruppo</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/consent.py" line="+61" />
            <location filename="../../workshop_app/core/participants.py" line="+142" />
            <source>The date consent was given</source>
            <translation>La data del consenso</translation>
        </message>
        <message>
            <location line="+98" />
            <source>The date of a withdrawal</source>
            <translation>La data della revoca</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/diversity.py" line="+158" />
            <source>The target for {group} refers to a profile question this database does not have.</source>
            <translation>L’obiettivo per il gruppo {group} riguarda una domanda del profilo che non esiste in questo database.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The target for {group} refers to answers “{question}” no longer has.</source>
            <translation>L’obiettivo per il gruppo {group} riguarda risposte che “{question}” non prevede più.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No one has answered “{question}” yet, so the {wanted} target for {group} cannot be checked.</source>
            <translation>Nessuno ha ancora risposto a “{question}”, quindi non si può verificare l’obiettivo ({wanted}) per il gruppo {group}.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Too few people answered “{question}” in each group to tell whether {group} reach the {wanted} target without singling anyone out.</source>
            <translation>Troppo poche persone hanno risposto a “{question}” in ciascun gruppo per capire se il gruppo {group} raggiunge l’obiettivo ({wanted}) senza rendere riconoscibile nessuno.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{either} or {other}</source>
            <translation>{either} o {other}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{group} are {share} of participants who answered, below the {wanted} target.</source>
            <translation>{group}: {share} di chi ha risposto, sotto l’obiettivo ({wanted}).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{group} are fewer than 5 of the {total} participants who answered, below the {wanted} target.</source>
            <translation>{group}: meno di 5 su {total} persone che hanno risposto, sotto l’obiettivo ({wanted}).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} are at most {share} of participants who answered, below the {wanted} target.</source>
            <translation>{group}: al massimo {share} di chi ha risposto, sotto l’obiettivo ({wanted}).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} are {share} of participants who answered, meeting the {wanted} target.</source>
            <translation>{group}: {share} di chi ha risposto, obiettivo ({wanted}) raggiunto.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} are at least {share} of participants who answered, meeting the {wanted} target.</source>
            <translation>{group}: almeno {share} di chi ha risposto, obiettivo ({wanted}) raggiunto.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Answers {group} to “{question}” are {share} of participants who answered, below the {wanted} target.</source>
            <translation>Risposte {group} a “{question}”: {share} di chi ha risposto, sotto l’obiettivo ({wanted}).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers {group} to “{question}” are fewer than 5 of the {total} participants who answered, below the {wanted} target.</source>
            <translation>Risposte {group} a “{question}”: meno di 5 su {total} persone che hanno risposto, sotto l’obiettivo ({wanted}).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers {group} to “{question}” are at most {share} of participants who answered, below the {wanted} target.</source>
            <translation>Risposte {group} a “{question}”: al massimo {share} di chi ha risposto, sotto l’obiettivo ({wanted}).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers {group} to “{question}” are {share} of participants who answered, meeting the {wanted} target.</source>
            <translation>Risposte {group} a “{question}”: {share} di chi ha risposto, obiettivo ({wanted}) raggiunto.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers {group} to “{question}” are at least {share} of participants who answered, meeting the {wanted} target.</source>
            <translation>Risposte {group} a “{question}”: almeno {share} di chi ha risposto, obiettivo ({wanted}) raggiunto.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/diversity_targets.py" line="+67" />
            <source>A group</source>
            <translation>Un gruppo</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/erasure.py" line="+28" />
            <location filename="../../workshop_app/core/merge_report.py" line="+19" />
            <source>participant</source>
            <translation>partecipante</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+1" />
            <source>name and contact</source>
            <translation>nome e contatto</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+1" />
            <source>consent records</source>
            <translation>registrazioni di consenso</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+4" />
            <source>profile answers</source>
            <translation>risposte del profilo</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+1" />
            <source>check-ins</source>
            <translation>check-in</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+9" />
            <source>survey responses</source>
            <translation>compilazioni dei questionari</translation>
        </message>
        <message>
            <location line="+1" />
            <source>survey answers</source>
            <translation>risposte ai questionari</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+3" />
            <source>ideas</source>
            <translation>idee</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+1" />
            <source>votes</source>
            <translation>voti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>others' votes on their ideas</source>
            <translation>voti di altre persone sulle sue idee</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The participant was erased ({erased}). Kept without any link to them: {kept}. Backups made before now still contain them until those backups are deleted.</source>
            <translation>I dati della persona sono stati cancellati ({erased}). Conservati senza alcun collegamento con lei: {kept}. I backup fatti prima di adesso contengono ancora i suoi dati finché non vengono eliminati.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The participant was erased ({erased}). Backups made before now still contain them until those backups are deleted.</source>
            <translation>I dati della persona sono stati cancellati ({erased}). I backup fatti prima di adesso contengono ancora i suoi dati finché non vengono eliminati.</translation>
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
                <numerusform>{n} posizione fuori dagli assi è stata spostata sul bordo della mappa.</numerusform>
                <numerusform>{n} posizioni fuori dagli assi sono state spostate sul bordo della mappa.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+48" />
            <source>The connection from {source!r} to {target!r} was skipped: no stakeholder is called {missing!r}.</source>
            <translation>Il collegamento da {source!r} a {target!r} è stato saltato: nessuno stakeholder si chiama {missing!r}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The connection from {source!r} to {target!r} was skipped: {problem}</source>
            <translation>Il collegamento da {source!r} a {target!r} è stato saltato: {problem}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The connection from {source!r} to {target!r} was skipped: they already have a {kind!r} relationship.</source>
            <translation>Il collegamento da {source!r} a {target!r} è stato saltato: hanno già una relazione {kind!r}.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/map_rules.py" line="+202" />
            <location line="+79" />
            <source>A position</source>
            <translation>Una posizione</translation>
        </message>
        <message>
            <location line="-72" />
            <source>A map</source>
            <translation>Una mappa</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A map's title</source>
            <translation>Il titolo di una mappa</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The horizontal axis title</source>
            <translation>Il titolo dell’asse orizzontale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The vertical axis title</source>
            <translation>Il titolo dell’asse verticale</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The end of an axis</source>
            <translation>Il valore finale di un asse</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A map's notes</source>
            <translation>Il testo delle note di una mappa</translation>
        </message>
        <message>
            <location line="+12" />
            <source>A quadrant name</source>
            <translation>Il nome di un quadrante</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A stakeholder</source>
            <translation>Uno stakeholder</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A stakeholder's name</source>
            <translation>Il nome di uno stakeholder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An organisation's name</source>
            <translation>Il nome di un’organizzazione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An engagement strategy</source>
            <translation>Una strategia di coinvolgimento</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/participants.py" line="-5" />
            <location line="+54" />
            <source>A contact</source>
            <translation>Un contatto</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A stakeholder's notes</source>
            <translation>Il testo delle note di uno stakeholder</translation>
        </message>
        <message>
            <location line="+22" />
            <source>A relationship</source>
            <translation>Una relazione</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A relationship's kind</source>
            <translation>Il tipo di una relazione</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/merge.py" line="+144" />
            <source>Checking {file}…</source>
            <translation>Verifica di {file}…</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Checking the result…</source>
            <translation>Verifica del risultato…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Merging {package}: deletions…</source>
            <translation>Unione di {package}: eliminazioni…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merging {package}: {kind}…</source>
            <translation>Unione di {package}: {kind}…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>{file} was made by an older version of Workshop App ({version}); its data was brought up to date first.</source>
            <translation>{file} è stato creato con una versione precedente di Workshop App ({version}); i suoi dati sono stati prima aggiornati.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} was made on this laptop.</source>
            <translation>{file} è stato creato su questo portatile.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{n:,} row(s) deleted on another laptop were kept, because they were changed here after that deletion.</source>
            <translation>
                <numerusform>{n:,} riga eliminata su un altro portatile è stata mantenuta, perché qui è stata modificata dopo l’eliminazione.</numerusform>
                <numerusform>{n:,} righe eliminate su un altro portatile sono state mantenute, perché qui sono state modificate dopo l’eliminazione.</numerusform>
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
            <translation>workshop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>agenda item</source>
            <translation>attività del programma</translation>
        </message>
        <message>
            <location line="+0" />
            <source>agenda items</source>
            <translation>attività del programma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>participants</source>
            <translation>partecipanti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>names and contacts</source>
            <translation>nomi e contatti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>consent record</source>
            <translation>registrazione di consenso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>profile question</source>
            <translation>domanda del profilo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>profile questions</source>
            <translation>domande del profilo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>profile choice</source>
            <translation>opzione del profilo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>profile choices</source>
            <translation>opzioni del profilo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>profile answer</source>
            <translation>risposta del profilo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>check-in</source>
            <translation>check-in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>survey version</source>
            <translation>versione del questionario</translation>
        </message>
        <message>
            <location line="+0" />
            <source>survey versions</source>
            <translation>versioni dei questionari</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choice list</source>
            <translation>elenco di opzioni</translation>
        </message>
        <message>
            <location line="+0" />
            <source>choice lists</source>
            <translation>elenchi di opzioni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choice</source>
            <translation>opzione</translation>
        </message>
        <message>
            <location line="+0" />
            <source>choices</source>
            <translation>opzioni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question</source>
            <translation>domanda</translation>
        </message>
        <message>
            <location line="+0" />
            <source>questions</source>
            <translation>domande</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question translation</source>
            <translation>traduzione di domanda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question translations</source>
            <translation>traduzioni di domande</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choice translation</source>
            <translation>traduzione di opzione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choice translations</source>
            <translation>traduzioni di opzioni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>survey response</source>
            <translation>compilazione del questionario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>answer</source>
            <translation>risposta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>answers</source>
            <translation>risposte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>idea cluster</source>
            <translation>gruppo di idee</translation>
        </message>
        <message>
            <location line="+0" />
            <source>idea clusters</source>
            <translation>gruppi di idee</translation>
        </message>
        <message>
            <location line="+1" />
            <source>idea</source>
            <translation>idea</translation>
        </message>
        <message>
            <location line="+1" />
            <source>vote</source>
            <translation>voto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stakeholder map</source>
            <translation>mappa degli stakeholder</translation>
        </message>
        <message>
            <location line="+0" />
            <source>stakeholder maps</source>
            <translation>mappe degli stakeholder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stakeholder</source>
            <translation>stakeholder</translation>
        </message>
        <message>
            <location line="+0" />
            <source>stakeholders</source>
            <translation>stakeholder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stakeholder re-assessment</source>
            <translation>rivalutazione di stakeholder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stakeholder re-assessments</source>
            <translation>rivalutazioni di stakeholder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>relationship</source>
            <translation>relazione</translation>
        </message>
        <message>
            <location line="+0" />
            <source>relationships</source>
            <translation>relazioni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>map snapshot</source>
            <translation>istantanea della mappa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>map snapshots</source>
            <translation>istantanee delle mappe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>snapshot position</source>
            <translation>posizione in un’istantanea</translation>
        </message>
        <message>
            <location line="+1" />
            <source>snapshot positions</source>
            <translation>posizioni nelle istantanee</translation>
        </message>
        <message>
            <location line="+1" />
            <source>audit entry</source>
            <translation>voce del registro di controllo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>audit entries</source>
            <translation>voci del registro di controllo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>diversity target</source>
            <translation>obiettivo di diversità</translation>
        </message>
        <message>
            <location line="+1" />
            <source>diversity targets</source>
            <translation>obiettivi di diversità</translation>
        </message>
        <message>
            <location line="+1" />
            <source>deletion record</source>
            <translation>registrazione di eliminazione</translation>
        </message>
        <message>
            <location line="+0" />
            <source>deletion records</source>
            <translation>registrazioni di eliminazione</translation>
        </message>
        <message>
            <location line="+123" />
            <source>this laptop</source>
            <translation>questo portatile</translation>
        </message>
        <message>
            <location line="+6" />
            <source>laptop {id}</source>
            <translation>portatile {id}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Nothing new: this database already holds everything in this package.</source>
            <translation>Niente di nuovo: questo database contiene già tutto ciò che c’è in questo pacchetto.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing new: this database already holds everything in these packages.</source>
            <translation>Niente di nuovo: questo database contiene già tutto ciò che c’è in questi pacchetti.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Added: {kinds}.</source>
            <translation>Elementi aggiunti: {kinds}.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Will add: {kinds}.</source>
            <translation>Elementi da aggiungere: {kinds}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Updated: {kinds}.</source>
            <translation>Elementi aggiornati: {kinds}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Will update: {kinds}.</source>
            <translation>Elementi da aggiornare: {kinds}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Removed because they were deleted or erased on another laptop: {kinds}.</source>
            <translation>Elementi rimossi perché eliminati o cancellati su un altro portatile: {kinds}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Will remove because they were deleted or erased on another laptop: {kinds}.</source>
            <translation>Elementi che verranno rimossi perché eliminati o cancellati su un altro portatile: {kinds}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not added because they were deleted or erased here: {kinds}.</source>
            <translation>Elementi non aggiunti perché eliminati o cancellati qui: {kinds}.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>… and {n:,} more renumbered codes.</source>
            <translation>
                <numerusform>… e ancora {n:,} codice rinumerato.</numerusform>
                <numerusform>… e altri {n:,} codici rinumerati.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>… and {n:,} more conflicts.</source>
            <translation>
                <numerusform>… e ancora {n:,} conflitto.</numerusform>
                <numerusform>… e altri {n:,} conflitti.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>{survey} from {source} had the same version number as a different survey of the same form; it is now version {new} (was {old}).</source>
            <translation>{survey} proveniente da {source} aveva lo stesso numero di versione di un’altra versione dello stesso questionario; ora è la versione {new} (prima era la {old}).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A survey from {source} had the same version number as a different survey of the same form; it is now version {new} (was {old}).</source>
            <translation>Un questionario proveniente da {source} aveva lo stesso numero di versione di un’altra versione dello stesso questionario; ora è la versione {new} (prima era la {old}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Participant code {old} from {source} was already taken; that participant is now {new}.</source>
            <translation>Il codice partecipante {old} proveniente da {source} era già in uso; ora questa persona ha il codice {new}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Conflict in {row}, {column}: kept {kept} ({kept_from}, {kept_at}), dropped {dropped} ({dropped_from}, {dropped_at}).</source>
            <translation>Conflitto in {row}, campo {column}: mantenuto {kept} ({kept_from}, {kept_at}), scartato {dropped} ({dropped_from}, {dropped_at}).</translation>
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
            <translation>(dati personali, non mostrati)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(hidden)</source>
            <translation>(nascosto)</translation>
        </message>
        <message>
            <location line="+115" />
            <source>unknown time</source>
            <translation>ora sconosciuta</translation>
        </message>
        <message>
            <location line="+8" />
            <source>(empty)</source>
            <translation>(vuoto)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{survey} version {version}</source>
            <translation>{survey} n. {version}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>(a row not here)</source>
            <translation>(una riga non presente qui)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>response of {who}</source>
            <translation>compilazione di {who}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an anonymous response</source>
            <translation>una compilazione anonima</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/merge_unique.py" line="+225" />
            <source>The survey “{title}”</source>
            <translation>Il questionario “{title}”</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/packing.py" line="+1" />
            <source>no data</source>
            <translation>nessun dato</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Packed the workshop “{workshop}” into {path} ({size:.1f} MB): {held}.</source>
            <translation>Il workshop “{workshop}” è stato salvato nel pacchetto {path} ({size:.1f} MB): {held}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Packed everything in this database into {path} ({size:.1f} MB): {held}.</source>
            <translation>Tutto il contenuto di questo database è stato salvato nel pacchetto {path} ({size:.1f} MB): {held}.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Copying the data…</source>
            <translation>Copia dei dati…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Preparing the package…</source>
            <translation>Preparazione del pacchetto…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Writing the package…</source>
            <translation>Scrittura del pacchetto…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Done.</source>
            <translation>Fatto.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/participant_rules.py" line="+41" />
            <source>A participant code</source>
            <translation>Un codice partecipante</translation>
        </message>
        <message>
            <location line="+20" />
            <source>take part</source>
            <translation>partecipare</translation>
        </message>
        <message>
            <location line="+1" />
            <source>be contacted</source>
            <translation>ricevere contatti futuri</translation>
        </message>
        <message>
            <location line="+1" />
            <source>appear in photos</source>
            <translation>comparire nelle foto</translation>
        </message>
        <message>
            <location line="+45" />
            <source>The name of who records</source>
            <translation>Il nome di chi registra</translation>
        </message>
        <message>
            <location line="+81" />
            <source>A question's label</source>
            <translation>L’etichetta di una domanda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A choice's label</source>
            <translation>L’etichetta di un’opzione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A group's label</source>
            <translation>L’etichetta di un gruppo</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/participants.py" line="-87" />
            <source>A search</source>
            <translation>Una ricerca</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+5" />
            <location line="+49" />
            <source>A name</source>
            <translation>Un nome</translation>
        </message>
        <message>
            <location line="-52" />
            <location line="+38" />
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+69" />
            <source>A check-in</source>
            <translation>Un check-in</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/pin.py" line="+78" />
            <source>PIN accepted.</source>
            <translation>PIN accettato.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Please wait {n} seconds before trying again.</source>
            <translation>
                <numerusform>Attendi {n} secondo prima di riprovare.</numerusform>
                <numerusform>Attendi {n} secondi prima di riprovare.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Wrong PIN. Wait {n} seconds before trying again.</source>
            <translation>
                <numerusform>PIN errato. Attendi {n} secondo prima di riprovare.</numerusform>
                <numerusform>PIN errato. Attendi {n} secondi prima di riprovare.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrong PIN. Try again.</source>
            <translation>PIN errato. Riprova.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/profiles.py" line="+66" />
            <location line="+5" />
            <source>A self-described answer</source>
            <translation>Una risposta con parole proprie</translation>
        </message>
        <message>
            <location line="+63" />
            <location line="+25" />
            <source>A question</source>
            <translation>Una domanda</translation>
        </message>
        <message>
            <location line="-24" />
            <location line="+64" />
            <location line="+21" />
            <source>A choice</source>
            <translation>Un’opzione</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/results_tallies.py" line="+92" />
            <source>Other</source>
            <translation>Altro</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/workbook_data.py" line="+51" />
            <source>Writing survey responses…</source>
            <translation>Scrittura delle compilazioni dei questionari…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing workshops…</source>
            <translation>Scrittura dei workshop…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing participation…</source>
            <translation>Scrittura della partecipazione…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing ideas and votes…</source>
            <translation>Scrittura di idee e voti…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing stakeholder maps…</source>
            <translation>Scrittura delle mappe degli stakeholder…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the diversity picture…</source>
            <translation>Scrittura del quadro della diversità…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the codebook…</source>
            <translation>Scrittura del dizionario dei codici…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the summary…</source>
            <translation>Scrittura del riepilogo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saving the workbook…</source>
            <translation>Salvataggio della cartella di lavoro…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/db/integrity.py" line="+78" />
            <source>SQLite found damage in the file: {shown} (and {n} more).</source>
            <translation>
                <numerusform>SQLite ha trovato danni nel file: {shown} (e ancora {n} problema).</numerusform>
                <numerusform>SQLite ha trovato danni nel file: {shown} (e altri {n} problemi).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>SQLite found damage in the file: {shown}.</source>
            <translation>SQLite ha trovato danni nel file: {shown}.</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>{n} row(s) of {table} point at {parent} that no longer exist.</source>
            <translation>
                <numerusform>{n} riga di {table} rimanda a righe di {parent} che non esistono più.</numerusform>
                <numerusform>{n} righe di {table} rimandano a righe di {parent} che non esistono più.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>The participant code {code} is used {n} times.</source>
            <translation>
                <numerusform>Il codice partecipante {code} è usato {n} volta.</numerusform>
                <numerusform>Il codice partecipante {code} è usato {n} volte.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>{n} answer(s) belong to a question of another survey than their response.</source>
            <translation>
                <numerusform>{n} risposta appartiene a una domanda di un questionario diverso da quello della sua compilazione.</numerusform>
                <numerusform>{n} risposte appartengono a domande di un questionario diverso da quello della loro compilazione.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>{n} relationship(s) join stakeholders of different maps.</source>
            <translation>
                <numerusform>{n} relazione collega stakeholder di mappe diverse.</numerusform>
                <numerusform>{n} relazioni collegano stakeholder di mappe diverse.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>{n} participant(s) have no code.</source>
            <translation>
                <numerusform>{n} partecipante non ha un codice.</numerusform>
                <numerusform>{n} partecipanti non hanno un codice.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/exchange_package.py" line="+100" />
            <source>unknown version</source>
            <translation>versione sconosciuta</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/exchange_values.py" line="+89" />
            <source>Row {row} of the sheet {sheet!r}: {problem}</source>
            <translation>Riga {row} del foglio {sheet!r}: {problem}</translation>
        </message>
        <message>
            <location line="+20" />
            <source>row {rows}</source>
            <translation>riga {rows}</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>rows {rows} and {n:,} more</source>
            <translation>
                <numerusform>righe {rows} e ancora {n:,}</numerusform>
                <numerusform>righe {rows} e altre {n:,}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>rows {rows}</source>
            <translation>righe {rows}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The type {value} in {rows} of the sheet {sheet} is not a sector ({sectors}); those stakeholders were put in the civic sector.</source>
            <translation>Il tipo {value} ({rows} del foglio {sheet}) non è un settore ({sectors}); quegli stakeholder sono stati inseriti nel settore della società civile.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The attitude {value} in {rows} of the sheet {sheet} is not one of {attitudes}; it was imported as unknown.</source>
            <translation>L’atteggiamento {value} ({rows} del foglio {sheet}) non è tra questi: {attitudes}; è stato importato come non noto.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The strength {value} in {rows} of the sheet {sheet} is not a number from 1 to 3; 2 was used.</source>
            <translation>L’intensità {value} ({rows} del foglio {sheet}) non è un numero da 1 a 3; è stato usato 2.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The strength {value} in {rows} of the sheet {sheet} is outside 1 to 3; the nearest was used.</source>
            <translation>L’intensità {value} ({rows} del foglio {sheet}) è fuori dall’intervallo da 1 a 3; è stato usato il valore più vicino.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The direction {value} in {rows} of the sheet {sheet} is neither directed nor undirected; undirected was used.</source>
            <translation>La direzione {value} ({rows} del foglio {sheet}) non è né “directed” né “undirected”; è stato usato “undirected”.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/stakeholder_exchange.py" line="+283" />
            <source>it has no label, so it was skipped.</source>
            <translation>non ha un’etichetta, quindi è stata saltata.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the label {name!r} is used before; this stakeholder was imported as {unique!r}.</source>
            <translation>l’etichetta {name!r} è già usata in una riga precedente; questo stakeholder è stato importato come {unique!r}.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>empty</source>
            <translation>vuoto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the position ({x}, {y}) is not two numbers, so the stakeholder was placed on a grid.</source>
            <translation>la posizione ({x}, {y}) non è formata da due numeri, quindi lo stakeholder è stato collocato su una griglia.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the label has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>l’etichetta ha {count:,} caratteri; è stata accorciata a {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the description has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>la descrizione ha {count:,} caratteri; è stata accorciata a {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the organisation has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>l’organizzazione ha {count:,} caratteri; è stata accorciata a {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the engagement has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>la strategia di coinvolgimento ha {count:,} caratteri; è stata accorciata a {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the contact has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>il contatto ha {count:,} caratteri; è stato accorciato a {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the type has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>il tipo ha {count:,} caratteri; è stato accorciato a {limit:,}.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>it does not name both stakeholders (From and To), so it was skipped.</source>
            <translation>non indica entrambi gli stakeholder (From e To), quindi è stata saltata.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no stakeholder is called {name!r}, so the connection was skipped.</source>
            <translation>nessuno stakeholder si chiama {name!r}, quindi il collegamento è stato saltato.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the connection joins {name!r} to itself, so it was skipped.</source>
            <translation>il collegamento unisce {name!r} a sé stesso, quindi è stato saltato.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{source!r} and {target!r} are already connected as {kind!r}; the repeat was skipped.</source>
            <translation>{source!r} e {target!r} sono già collegati come {kind!r}; il duplicato è stato saltato.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>{name!r} is already on the map, so it was not added again.</source>
            <translation>{name!r} è già nella mappa, quindi non è stato aggiunto di nuovo.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/reader.py" line="+169" />
            <source>The form's '{key}' setting is not supported and was left out.</source>
            <translation>L’impostazione “{key}” del questionario non è supportata ed è stata tralasciata.</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Row {row}: '{name}' is a loop, which the app reads as a group.</source>
            <translation>Riga {row}: “{name}” è di tipo loop, che l’app legge come un gruppo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' is a loop, which the app reads as a group.</source>
            <translation>“{name}” è di tipo loop, che l’app legge come un gruppo.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Row {row}: '{name}' is of type '{type}', which the app cannot ask offline; it is kept as a note and exported as it was.</source>
            <translation>Riga {row}: “{name}” è di tipo “{type}”, che l’app non può proporre offline; viene mantenuta come nota ed esportata com’era.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' is of type '{type}', which the app cannot ask offline; it is kept as a note and exported as it was.</source>
            <translation>“{name}” è di tipo “{type}”, che l’app non può proporre offline; viene mantenuta come nota ed esportata com’era.</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <location filename="../../workshop_app/ui/dialogs.py" line="+18" />
            <source>Workshop App databases (*.sqlite *.db);;All files (*)</source>
            <translation>Database di Workshop App (*.sqlite *.db);;Tutti i file (*)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Open database</source>
            <translation>Apri database</translation>
        </message>
        <message>
            <location line="+9" />
            <source>New database</source>
            <translation>Nuovo database</translation>
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
            <translation>persone</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{answered} of {people} answered; {skipped} did not answer</source>
            <translation>Hanno risposto {answered} su {people}; senza risposta: {skipped}</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../workshop_app/core/activity_rules.py" line="-16" />
            <source>“{colour}” is not a colour; pick one of {colours} or give #RRGGBB.</source>
            <translation>“{colour}” non è un colore; scegline uno tra {colours} oppure indica un codice #RRGGBB.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A sticky note needs some text.</source>
            <translation>Una nota adesiva deve contenere del testo.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+3" />
            <source>The {what} position of a note must be a number.</source>
            <translation>La posizione {what} di una nota deve essere un numero.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>An anonymous voter needs a token from new_voter_token().</source>
            <translation>Chi vota in forma anonima ha bisogno di un token generato da new_voter_token().</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/brainstorm.py" line="+246" />
            <source>Sticky notes belong to a brainstorm or a dot vote.</source>
            <translation>Le note adesive appartengono a un brainstorming o a una votazione a punti.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>That cluster is on another board.</source>
            <translation>Questo gruppo si trova su un’altra bacheca.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/consent.py" line="-92" />
            <source>{code} already consents to {purpose} (recorded {moment} by someone).</source>
            <translation>{code} ha già dato il consenso a {purpose} (registrato il {moment} da una persona non indicata).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{code} already consents to {purpose} (recorded {moment} by {recorder}).</source>
            <translation>{code} ha già dato il consenso a {purpose} (registrato il {moment} da {recorder}).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{code} withdrew consent to {purpose} on {moment}; a new consent must be dated after that.</source>
            <translation>{code} ha revocato il consenso a {purpose} il {moment}; un nuovo consenso deve avere una data successiva.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>{code} has not consented to take part, so no answers can be recorded for them.</source>
            <translation>{code} non ha dato il consenso a partecipare, quindi non si possono registrare risposte a suo nome.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>A withdrawal cannot come before the consent it withdraws ({moment}).</source>
            <translation>Una revoca non può essere precedente al consenso che revoca ({moment}).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>That consent has been withdrawn since; its record is kept.</source>
            <translation>Nel frattempo questo consenso è stato revocato; la sua registrazione viene conservata.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>That consent is not withdrawn.</source>
            <translation>Questo consenso non è revocato.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consent was given again after this withdrawal, so the withdrawal stays on record.</source>
            <translation>Dopo questa revoca il consenso è stato dato di nuovo, quindi la revoca resta registrata.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{code}'s consent to {purpose} was already withdrawn on {moment}; a withdrawn consent cannot be used again. Record a new consent instead.</source>
            <translation>Il consenso di {code} a {purpose} è già stato revocato il {moment}; un consenso revocato non può essere riutilizzato. Registra invece un nuovo consenso.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Say which consent to withdraw.</source>
            <translation>Indica quale consenso revocare.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{code} has no consent to {purpose} to withdraw.</source>
            <translation>{code} non ha un consenso a {purpose} da revocare.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/data_entry.py" line="+92" />
            <location line="+13" />
            <source>Begin a paper first.</source>
            <translation>Inizia prima l’inserimento di un questionario cartaceo.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/demo/__init__.py" line="+44" />
            <source>The demo can have between 1 and {maximum} participants.</source>
            <translation>La demo può avere da 1 a {maximum} partecipanti.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This database already holds workshops or participants; demo data only goes into a new or empty database.</source>
            <translation>Questo database contiene già workshop o partecipanti; i dati dimostrativi si possono inserire solo in un database nuovo o vuoto.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/diversity_targets.py" line="-3" />
            <source>A target share is more than 0 % and at most 100 % (write 0.15 for 15 %).</source>
            <translation>La quota obiettivo deve essere maggiore di 0 % e al massimo 100 % (scrivi 0.15 per 15 %).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A target share is more than 0 % and at most 100 %.</source>
            <translation>La quota obiettivo deve essere maggiore di 0 % e al massimo 100 %.</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../workshop_app/core/profiles.py" line="-165" />
            <source>There is no profile question called {question_name!r}.</source>
            <translation>Non esiste una domanda del profilo chiamata {question_name!r}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose at least one answer that makes up the group.</source>
            <translation>Scegli almeno una risposta che definisce il gruppo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{answer!r} is not an answer to “{question}” that a target can be set for.</source>
            <translation>{answer!r} non è una risposta a “{question}” per cui si possa impostare un obiettivo.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/erasure.py" line="+23" />
            <source>Choose whether their answers are erased or kept anonymously.</source>
            <translation>Scegli se cancellare le sue risposte o mantenerle in forma anonima.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>That participant has already been erased or deleted; there is nothing left to erase.</source>
            <translation>Questa persona è già stata cancellata o eliminata; non c’è più nulla da cancellare.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That participant does not exist; nothing was erased.</source>
            <translation>Questa persona non è registrata; non è stato cancellato nulla.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/compiler.py" line="+150" />
            <source>indexed-repeat() takes {question}, then pairs of {repeat} and a number</source>
            <translation>indexed-repeat() richiede {question}, poi coppie di {repeat} e un numero</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/errors.py" line="+27" />
            <source>In '{question}', position {position} of the {field}: {message}.</source>
            <translation>In “{question}”, posizione {position} della colonna {field}: {message}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In '{question}', position {position}: {message}.</source>
            <translation>In “{question}”, posizione {position}: {message}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>At position {position} of the {field}: {message}.</source>
            <translation>Alla posizione {position} della colonna {field}: {message}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>At position {position}: {message}.</source>
            <translation>Alla posizione {position}: {message}.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/functions.py" line="+145" />
            <source>this regular expression repeats a repeated group, which could freeze the kiosk</source>
            <translation>questa espressione regolare ripete un gruppo a sua volta ripetuto, cosa che potrebbe bloccare il chiosco</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the regular expression is not valid ({problem})</source>
            <translation>l’espressione regolare non è valida ({problem})</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/lexer.py" line="+41" />
            <source>the expression is longer than {maximum:,} characters</source>
            <translation>l’espressione supera i {maximum:,} caratteri</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the text starting with {quote} is never closed</source>
            <translation>il testo che inizia con {quote} non viene mai chiuso</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a reference must look like {example}</source>
            <translation>un riferimento deve avere la forma {example}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unexpected character {char!r}</source>
            <translation>carattere inatteso {char!r}</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/parser.py" line="+65" />
            <source>a closing ')' for '{name}(' is missing</source>
            <translation>manca la “)” di chiusura per “{name}(”</translation>
        </message>
        <message>
            <location line="+3" />
            <source>expected a closing ')' for '{name}(', found {found}</source>
            <translation>serve una “)” di chiusura per “{name}(”, ma c’è {found}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a closing ')' is missing</source>
            <translation>manca una “)” di chiusura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>expected a closing ')', found {found}</source>
            <translation>serve una “)” di chiusura, ma c’è {found}</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+179" />
            <source>the expression is nested more than {maximum} levels deep</source>
            <translation>l’espressione ha più di {maximum} livelli di annidamento</translation>
        </message>
        <message>
            <location line="-173" />
            <source>the expression is empty</source>
            <translation>l’espressione è vuota</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+66" />
            <location line="+80" />
            <source>unexpected {found}</source>
            <translation>elemento inatteso: {found}</translation>
        </message>
        <message>
            <location line="-127" />
            <source>an operator such as 'and' or '=' is missing before {found}</source>
            <translation>manca un operatore come “and” o “=” prima di {found}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the union operator '|' is not supported</source>
            <translation>l’operatore di unione “|” non è supportato</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{op}' needs something after it</source>
            <translation>dopo “{op}” manca qualcosa</translation>
        </message>
        <message>
            <location line="+26" />
            <source>empty brackets '()'</source>
            <translation>parentesi vuote “()”</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the expression ends too early</source>
            <translation>l’espressione finisce troppo presto</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{found} cannot follow {token}</source>
            <translation>{found} non può seguire {token}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>unknown function '{name}()'</source>
            <translation>funzione sconosciuta “{name}()”</translation>
        </message>
        <message>
            <location line="+18" />
            <source>lookups in instance() are not supported</source>
            <translation>le ricerche in instance() non sono supportate</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+8" />
            <source>'//' paths are not supported; use {example}</source>
            <translation>i percorsi con “//” non sono supportati; usa {example}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>filters in square brackets are not supported</source>
            <translation>i filtri tra parentesi quadre non sono supportati</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{name}' is not a reference; write {reference} to use that question's answer</source>
            <translation>“{name}” non è un riferimento; scrivi {reference} per usare la risposta a quella domanda</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{found} in a path is not supported</source>
            <translation>{found} non è supportato in un percorso</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a path step is missing</source>
            <translation>manca un passaggio del percorso</translation>
        </message>
        <message>
            <location line="+33" />
            <source>'{name}()' takes 1 argument, not {given}</source>
            <translation>“{name}()” accetta 1 argomento, non {given}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}()' takes at least 1 argument, not {given}</source>
            <translation>“{name}()” accetta almeno 1 argomento, non {given}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>'{name}()' takes {n} arguments, not {given}</source>
            <translation>
                <numerusform>“{name}()” accetta {n} argomento, non {given}</numerusform>
                <numerusform>“{name}()” accetta {n} argomenti, non {given}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>'{name}()' takes at least {n} arguments, not {given}</source>
            <translation>
                <numerusform>“{name}()” accetta almeno {n} argomento, non {given}</numerusform>
                <numerusform>“{name}()” accetta almeno {n} argomenti, non {given}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>'{name}()' takes {fewest} to {n} arguments, not {given}</source>
            <translation>
                <numerusform>“{name}()” accetta da {fewest} a {n} argomento, non {given}</numerusform>
                <numerusform>“{name}()” accetta da {fewest} a {n} argomenti, non {given}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>the end</source>
            <translation>la fine dell’espressione</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/feedback.py" line="+113" />
            <source>That activity is not a feedback round.</source>
            <translation>Questa attività non è un giro di feedback.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/answers.py" line="+24" />
            <source>This question needs an answer.</source>
            <translation>Questa domanda richiede una risposta.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This answer is not allowed here.</source>
            <translation>Questa risposta non è ammessa qui.</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/response_rules.py" line="+185" />
            <source>Enter a whole number.</source>
            <translation>Inserisci un numero intero.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a number.</source>
            <translation>Inserisci un numero.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a date as year-month-day.</source>
            <translation>Inserisci una data nel formato anno-mese-giorno.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a time as hours:minutes.</source>
            <translation>Inserisci un orario nel formato ore:minuti.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose among the answers offered.</source>
            <translation>Scegli tra le risposte proposte.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a value on the scale.</source>
            <translation>Scegli un valore sulla scala.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/graph.py" line="+24" />
            <source>there is no question named '{name}'</source>
            <translation>non esiste una domanda chiamata “{name}”</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/logic.py" line="+186" />
            <source>The form has no question called '{name}'.</source>
            <translation>Il questionario non ha una domanda chiamata “{name}”.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/state.py" line="+41" />
            <source>'{text}' is not a repeat instance (such as '2' or '2.1').</source>
            <translation>“{text}” non indica una voce di un gruppo ripetuto (ad esempio “2” o “2.1”).</translation>
        </message>
        <message>
            <location line="+34" />
            <source>'{name}' is not in a repeat; its instance {instance} does not fit.</source>
            <translation>“{name}” non è in un gruppo ripetuto; la voce {instance} non è valida.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}' is in a repeat; its instance (none) does not fit.</source>
            <translation>“{name}” è in un gruppo ripetuto, quindi serve il numero della voce.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' is in a repeat; its instance {instance} does not fit.</source>
            <translation>“{name}” è in un gruppo ripetuto; la voce {instance} non è valida.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A repeat can have at most {maximum} entries; '{name}' was given entry {instance}.</source>
            <translation>Un gruppo ripetuto può avere al massimo {maximum} voci; per “{name}” è stata indicata la voce {instance}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' is a group or repeat and has no answer of its own.</source>
            <translation>“{name}” è un gruppo o un gruppo ripetuto e non ha una risposta propria.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>'{repeat}' is not a repeat.</source>
            <translation>“{repeat}” non è un gruppo ripetuto.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The instance (none) does not fit the repeat '{repeat}'.</source>
            <translation>Per il gruppo ripetuto “{repeat}” manca il numero della voce.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The instance {instance} does not fit the repeat '{repeat}'.</source>
            <translation>La voce {instance} non è valida per il gruppo ripetuto “{repeat}”.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{repeat}' can have at most {maximum} entries.</source>
            <translation>“{repeat}” può avere al massimo {maximum} voci.</translation>
        </message>
        <message>
            <location line="+165" />
            <source>'{name}' is not a question the form shows.</source>
            <translation>“{name}” non è una domanda mostrata dal questionario.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/validation.py" line="+65" />
            <source>The name '{name}' is used by more than one question; every name must be unique.</source>
            <translation>Il nome “{name}” è usato da più di una domanda; ogni nome deve essere unico.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>'{name}' has 'or other', which needs the name '{name}_other' for itself, but a question already uses it.</source>
            <translation>“{name}” ha l’opzione “Altro” (or_other), che richiede per sé il nome “{name}_other”, ma un’altra domanda lo usa già.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>These questions depend on each other in a circle: {cycle}.</source>
            <translation>Queste domande dipendono l’una dall’altra in modo circolare: {cycle}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The form needs an id (form_id).</source>
            <translation>Il questionario ha bisogno di un id (form_id).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The form id can have at most {maximum} characters.</source>
            <translation>L’id del questionario può avere al massimo {maximum} caratteri.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The form needs a title.</source>
            <translation>Il questionario ha bisogno di un titolo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The form title can have at most {maximum} characters.</source>
            <translation>Il titolo del questionario può avere al massimo {maximum} caratteri.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The form needs at least one language.</source>
            <translation>Il questionario ha bisogno di almeno una lingua.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A language is listed twice.</source>
            <translation>Una lingua compare due volte.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{code}' is not a usable language code (letters, digits, '-' or '_', at most {maximum} characters).</source>
            <translation>“{code}” non è un codice di lingua valido (lettere, cifre, “-” o “_”, al massimo {maximum} caratteri).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The default language '{default_language}' is not one of the form's languages.</source>
            <translation>La lingua predefinita “{default_language}” non è tra le lingue del questionario.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{choice_list}' is not a usable list name.</source>
            <translation>“{choice_list}” non è un nome di elenco valido.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There are two choice lists called '{choice_list}'.</source>
            <translation>Ci sono due elenchi di opzioni chiamati “{choice_list}”.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A choice of the list '{choice_list}' has no usable name.</source>
            <translation>Un’opzione dell’elenco “{choice_list}” non ha un nome valido.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The list '{choice_list}' has the choice '{choice}' twice.</source>
            <translation>L’elenco “{choice_list}” contiene due volte l’opzione “{choice}”.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{name}' is not a usable question name: start with a letter or '_', then letters, digits, '_', '-' or '.', at most {maximum} characters.</source>
            <translation>“{name}” non è un nome di domanda valido: inizia con una lettera o “_”, poi usa lettere, cifre, “_”, “-” o “.”, al massimo {maximum} caratteri.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' has the type '{type}', which the app does not know.</source>
            <translation>“{name}” è di tipo “{type}”, che l’app non conosce.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' is a {type}, so it cannot hold other questions.</source>
            <translation>“{name}” è di tipo {type}, quindi non può contenere altre domande.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>'{name}' needs a choice list.</source>
            <translation>“{name}” ha bisogno di un elenco di opzioni.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' uses the choice list '{list_name}', which does not exist.</source>
            <translation>“{name}” usa l’elenco di opzioni “{list_name}”, che non esiste.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The choice list '{list_name}' of '{name}' has no choices.</source>
            <translation>L’elenco di opzioni “{list_name}” di “{name}” non contiene opzioni.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The choice codes of '{list_name}' cannot contain spaces, because '{name}' allows several answers.</source>
            <translation>I codici delle opzioni di “{list_name}” non possono contenere spazi, perché “{name}” ammette più risposte.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' is a {type}, so it cannot have a choice list.</source>
            <translation>“{name}” è di tipo {type}, quindi non può avere un elenco di opzioni.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only select questions can have 'or other'; '{name}' is a {type}.</source>
            <translation>Solo le domande a scelta possono avere l’opzione “Altro” (or_other); “{name}” è di tipo {type}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}' cannot have both 'or other' and a choice filter.</source>
            <translation>“{name}” non può avere sia l’opzione “Altro” (or_other) sia un filtro delle opzioni (choice_filter).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The calculation '{name}' needs a formula.</source>
            <translation>Il calcolo “{name}” ha bisogno di una formula.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}' needs a label or a hint.</source>
            <translation>“{name}” ha bisogno di un’etichetta o di un suggerimento.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The {key} of the range '{question}' must be a number.</source>
            <translation>Il parametro {key} della scala “{question}” deve essere un numero.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The step of the range '{question}' cannot be 0.</source>
            <translation>Il passo della scala “{question}” non può essere 0.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{name}' has a text in '{code}', which is not one of the form's languages.</source>
            <translation>“{name}” ha un testo in “{code}”, che non è tra le lingue del questionario.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A choice has a text in '{code}', which is not one of the form's languages.</source>
            <translation>Un’opzione ha un testo in “{code}”, che non è tra le lingue del questionario.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/kiosk.py" line="+103" />
            <source>This survey is not available in '{code}'.</source>
            <translation>Questo questionario non è disponibile in “{code}”.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This survey needs your participant code.</source>
            <translation>Per questo questionario serve il tuo codice partecipante.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{code} has already answered this survey. Thank you!</source>
            <translation>{code} ha già risposto a questo questionario. Grazie!</translation>
        </message>
        <message>
            <location line="+18" />
            <source>That response belongs to another survey.</source>
            <translation>Questa compilazione appartiene a un altro questionario.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That response is already finished.</source>
            <translation>Questa compilazione è già conclusa.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>There is no question on screen to answer.</source>
            <translation>Non c’è nessuna domanda sullo schermo a cui rispondere.</translation>
        </message>
        <message>
            <location line="+120" />
            <source>This kiosk has no PIN; set one for the workshop first.</source>
            <translation>Questo chiosco non ha un PIN; impostane prima uno per il workshop.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/kiosk_pins.py" line="+46" />
            <source>Set a kiosk PIN for this workshop before starting the kiosk.</source>
            <translation>Imposta un PIN del chiosco per questo workshop prima di avviare il chiosco.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/listing.py" line="+70" />
            <source>Cannot list {kind!r}; choose one of {kinds}.</source>
            <translation>Impossibile elencare {kind!r}; scegli tra: {kinds}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Name a {what} by its id or title.</source>
            <translation>{what}: indica l’id o il titolo.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No {what} has the id or title {reference!r}.</source>
            <translation>{what}: nessun elemento ha l’id o il titolo {reference!r}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} {what}s match {reference!r}; give more of the id.</source>
            <translation>{what}: {n} elementi corrispondono a {reference!r}; indica una parte più lunga dell’id.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/live_results.py" line="+72" />
            <source>The survey has no question called '{question_name}'.</source>
            <translation>Il questionario non ha una domanda chiamata “{question_name}”.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/map_import.py" line="-28" />
            <source>Stakeholder {number} of the list cannot be imported, so nothing was: {problem}</source>
            <translation>Lo stakeholder n. {number} dell’elenco non può essere importato, quindi non è stato importato nulla: {problem}</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/map_rules.py" line="-242" />
            <location line="+159" />
            <source>A map is one of: {kinds}.</source>
            <translation>Una mappa deve essere di uno di questi tipi: {kinds}.</translation>
        </message>
        <message>
            <location line="-37" />
            <location filename="../../workshop_app/core/participant_rules.py" line="-54" />
            <location line="+10" />
            <source>{what} can have at most {limit:,} characters; this one has {count:,}.</source>
            <translation>{what} può avere al massimo {limit:,} caratteri; questo testo ne ha {count:,}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{what} has no field called {field!r}.</source>
            <translation>{what} non ha un campo chiamato {field!r}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{what} must be a number.</source>
            <translation>{what} deve essere un numero.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>A map needs a title.</source>
            <translation>Una mappa ha bisogno di un titolo.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>An axis runs from 0 to a number above 0 and at most {maximum:,.0f}.</source>
            <translation>Un asse va da 0 a un numero maggiore di 0 e non superiore a {maximum:,.0f}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A map's quadrant names are a list of four names.</source>
            <translation>I nomi dei quadranti di una mappa devono essere un elenco di quattro nomi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A map has four quadrant names (or none), not {count}.</source>
            <translation>Una mappa ha quattro nomi di quadrante (o nessuno), non {count}.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A stakeholder needs a name.</source>
            <translation>Uno stakeholder ha bisogno di un nome.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A stakeholder's sector is one of: {sectors}.</source>
            <translation>Il settore di uno stakeholder deve essere uno di questi: {sectors}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A stakeholder's attitude is one of: {attitudes}.</source>
            <translation>L’atteggiamento di uno stakeholder deve essere uno di questi: {attitudes}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A relationship joins two stakeholders; choose both.</source>
            <translation>Una relazione collega due stakeholder; scegli entrambi.</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../workshop_app/core/maps.py" line="+240" />
            <source>A stakeholder cannot have a relationship with itself.</source>
            <translation>Uno stakeholder non può avere una relazione con sé stesso.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A relationship needs a kind, such as {example!r}.</source>
            <translation>Una relazione ha bisogno di un tipo, ad esempio {example!r}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A relationship's strength is 1 (weak), 2 or 3 (strong).</source>
            <translation>L’intensità di una relazione è 1 (debole), 2 o 3 (forte).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A relationship either has a direction or not.</source>
            <translation>Una relazione è unidirezionale oppure no.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/map_snapshots.py" line="+27" />
            <source>A snapshot needs a name, such as the meeting it records.</source>
            <translation>Un’istantanea ha bisogno di un nome, ad esempio l’incontro a cui si riferisce.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A snapshot's name can have at most {maximum} characters.</source>
            <translation>Il nome di un’istantanea può avere al massimo {maximum} caratteri.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A snapshot's date must be a date and time with its time zone.</source>
            <translation>La data di un’istantanea deve essere una data e un’ora con il fuso orario.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/maps.py" line="-111" />
            <source>This cannot be undone: the map or stakeholders it belonged to are gone.</source>
            <translation>Impossibile annullare: la mappa o gli stakeholder a cui apparteneva non esistono più.</translation>
        </message>
        <message>
            <location line="+58" />
            <location filename="../../workshop_app/db/lookup.py" line="+27" />
            <source>That stakeholder no longer exists.</source>
            <translation>Questo stakeholder non esiste più.</translation>
        </message>
        <message>
            <location line="+144" />
            <source>Those two snapshots are of different maps; compare snapshots of one map.</source>
            <translation>Le due istantanee appartengono a mappe diverse; confronta istantanee della stessa mappa.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A relationship joins two stakeholders of the same map.</source>
            <translation>Una relazione collega due stakeholder della stessa mappa.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{first!r} and {second!r} already have a {kind!r} relationship.</source>
            <translation>{first!r} e {second!r} hanno già una relazione {kind!r}.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/merge.py" line="-134" />
            <source>Choose at least one package to merge.</source>
            <translation>Scegli almeno un pacchetto da unire.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+21" />
            <source>The merge was cancelled; nothing was changed.</source>
            <translation>L’unione è stata annullata; non è stato modificato nulla.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The packages could not be merged ({reason}); nothing was changed.</source>
            <translation>Impossibile unire i pacchetti ({reason}); non è stato modificato nulla.</translation>
        </message>
        <message numerus="yes">
            <location line="+70" />
            <source>The packages could not be merged ({n} row(s) of {kind} would point at rows that do not exist); nothing was changed.</source>
            <translation>
                <numerusform>Impossibile unire i pacchetti ({n} riga di {kind} rimanderebbe a righe inesistenti); non è stato modificato nulla.</numerusform>
                <numerusform>Impossibile unire i pacchetti ({n} righe di {kind} rimanderebbero a righe inesistenti); non è stato modificato nulla.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/packing.py" line="-45" />
            <source>A package cannot overwrite the database it is made from; choose another file.</source>
            <translation>Un pacchetto non può sovrascrivere il database da cui viene creato; scegli un altro file.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../workshop_app/db/backup.py" line="+25" />
            <location filename="../../workshop_app/formats/exchange_package.py" line="+38" />
            <source>Cannot write {target}: the folder {folder} does not exist.</source>
            <translation>Impossibile scrivere {target}: la cartella {folder} non esiste.</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../../workshop_app/db/lookup.py" line="+4" />
            <source>That workshop no longer exists.</source>
            <translation>Questo workshop non esiste più.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Packing was cancelled; no package was written.</source>
            <translation>Creazione del pacchetto annullata; non è stato scritto alcun pacchetto.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/participant_rules.py" line="-104" />
            <source>A participant needs a code, such as P-0042.</source>
            <translation>Ogni partecipante ha bisogno di un codice, ad esempio P-0042.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A participant code cannot contain spaces.</source>
            <translation>Un codice partecipante non può contenere spazi.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Consent is given to {purposes}; {purpose!r} is not one of these.</source>
            <translation>Il consenso si dà per {purposes}; {purpose!r} non è tra queste finalità.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{what} needs a date and time with its time zone.</source>
            <translation>{what} deve indicare data e ora con il fuso orario.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{what} cannot be in the future ({moment} has not happened yet).</source>
            <translation>{what} non può essere nel futuro ({moment} deve ancora arrivare).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Say who is recording the consent (set your name in the settings).</source>
            <translation>Indica chi sta registrando il consenso (imposta il tuo nome nelle impostazioni).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say who is recording the withdrawal (set your name in the settings).</source>
            <translation>Indica chi sta registrando la revoca (imposta il tuo nome nelle impostazioni).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say who is recording the erasure (set your name in the settings).</source>
            <translation>Indica chi sta registrando la cancellazione (imposta il tuo nome nelle impostazioni).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Say who is recording the {what} (set your name in the settings).</source>
            <translation>Indica chi sta registrando: {what} (imposta il tuo nome nelle impostazioni).</translation>
        </message>
        <message>
            <location line="+61" />
            <source>A question's name uses lower-case letters a–z, digits and _, starts with a letter and has at most 64 characters, such as age_band.</source>
            <translation>Il nome di una domanda usa lettere minuscole a–z, cifre e _, inizia con una lettera e ha al massimo 64 caratteri, ad esempio age_band.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A choice code uses lower-case letters a–z, digits and _ (at most 64), such as 60_74.</source>
            <translation>Il codice di un’opzione usa lettere minuscole a–z, cifre e _ (al massimo 64), ad esempio 60_74.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{what} needs its labels as language and text pairs.</source>
            <translation>{what} deve avere le etichette come coppie di lingua e testo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{language!r} is not a language code such as en, pt or pt_BR.</source>
            <translation>{language!r} non è un codice di lingua come en, pt o pt_BR.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{what} needs a label in at least one language.</source>
            <translation>{what} deve avere un’etichetta in almeno una lingua.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/participants.py" line="-75" />
            <source>A participant has no field called {field!r} that can be changed here.</source>
            <translation>Il campo {field!r} non esiste tra i dati di chi partecipa, oppure non si può modificare qui.</translation>
        </message>
        <message>
            <location line="+91" />
            <source>{code} is not checked in to that workshop.</source>
            <translation>{code} non ha fatto il check-in a questo workshop.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{code} is already checked in to this workshop.</source>
            <translation>{code} ha già fatto il check-in a questo workshop.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{code} is already the code of another participant.</source>
            <translation>{code} è già il codice di un’altra persona.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/pin.py" line="-50" />
            <source>A kiosk PIN is {fewest} to {most} digits.</source>
            <translation>Il PIN del chiosco ha da {fewest} a {most} cifre.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/profiles.py" line="+9" />
            <source>{code!r} is not one of the answers to “{label}”.</source>
            <translation>{code!r} non è tra le risposte a “{label}”.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only a self-described answer to “{label}” can have the person's own words.</source>
            <translation>Per “{label}” solo la risposta “con parole proprie” può contenere un testo libero.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>“{typed}” is not one of the answers to “{label}”.</source>
            <translation>“{typed}” non è tra le risposte a “{label}”.</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Each choice of a question needs its own code.</source>
            <translation>Ogni opzione di una domanda ha bisogno di un codice proprio.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is already a profile question called {name!r}.</source>
            <translation>Esiste già una domanda del profilo chiamata {name!r}.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>“{question}” already has a choice {code!r}.</source>
            <translation>“{question}” ha già un’opzione {code!r}.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Every question keeps “Prefer not to say”, so answering stays voluntary.</source>
            <translation>Ogni domanda mantiene “Preferisco non rispondere”, così rispondere resta sempre volontario.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>1 participant gave the answer “{answer}”, so it cannot be deleted; change its label instead.</source>
            <translation>1 persona ha dato la risposta “{answer}”, quindi la risposta non si può eliminare; modificane invece l’etichetta.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>{n} participants gave the answer “{answer}”, so it cannot be deleted; change its label instead.</source>
            <translation>
                <numerusform>{n} persona ha dato la risposta “{answer}”, quindi la risposta non si può eliminare; modificane invece l’etichetta.</numerusform>
                <numerusform>{n} persone hanno dato la risposta “{answer}”, quindi la risposta non si può eliminare; modificane invece l’etichetta.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/response_memory.py" line="+51" />
            <location filename="../../workshop_app/db/lookup.py" line="-2" />
            <source>That survey no longer exists.</source>
            <translation>Questo questionario non esiste più.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This survey cannot be answered anonymously; a participant code is needed.</source>
            <translation>A questo questionario non si può rispondere in forma anonima; serve un codice partecipante.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>No one has the code “{code}”.</source>
            <translation>Nessuno ha il codice “{code}”.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{code} has not consented to take part.</source>
            <translation>{code} non ha dato il consenso a partecipare.</translation>
        </message>
        <message>
            <location line="+13" />
            <location filename="../../workshop_app/core/responses.py" line="+203" />
            <location filename="../../workshop_app/db/lookup.py" line="-4" />
            <source>That response no longer exists.</source>
            <translation>Questa compilazione non esiste più.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/response_rules.py" line="-149" />
            <source>Write the number with one decimal comma or point and no thousands separator, for example 1234,5.</source>
            <translation>Scrivi il numero con una sola virgola o un solo punto decimale e senza separatore delle migliaia, ad esempio 1234,5.</translation>
        </message>
        <message>
            <location line="+114" />
            <source>This answer is not text or a number.</source>
            <translation>Questa risposta non è né un testo né un numero.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>An answer can have at most {maximum:,} characters; this one has {length:,}.</source>
            <translation>Una risposta può avere al massimo {maximum:,} caratteri; questa ne ha {length:,}.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>The survey has no question called '{name}'.</source>
            <translation>Il questionario non ha una domanda chiamata “{name}”.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>'{name}' is not a question to answer.</source>
            <translation>“{name}” non è una domanda a cui rispondere.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This question does not apply given the earlier answers.</source>
            <translation>Questa domanda non si applica, viste le risposte precedenti.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A repeat can have at most {maximum} entries.</source>
            <translation>Un gruppo ripetuto può avere al massimo {maximum} voci.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>A response is given in the kiosk or typed in from paper ({modes}).</source>
            <translation>Una compilazione si fa al chiosco o si inserisce da carta ({modes}).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>One question still needs an answer: {shown}.</source>
            <translation>Manca ancora la risposta a una domanda: {shown}.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{n} questions still need an answer: {shown} and {more} more.</source>
            <translation>
                <numerusform>Manca ancora la risposta a {n} domanda: {shown} e altre {more}.</numerusform>
                <numerusform>Manca ancora la risposta a {n} domande: {shown} e altre {more}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{n} questions still need an answer: {shown}.</source>
            <translation>
                <numerusform>Manca ancora la risposta a {n} domanda: {shown}.</numerusform>
                <numerusform>Manca ancora la risposta a {n} domande: {shown}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/responses.py" line="-90" />
            <source>This survey is not available in '{language}'; it has {languages}.</source>
            <translation>Questo questionario non è disponibile in “{language}”; è disponibile in: {languages}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>That activity belongs to another workshop.</source>
            <translation>Questa attività appartiene a un altro workshop.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{title}” cannot be answered anonymously; a participant code is needed.</source>
            <translation>A “{title}” non si può rispondere in forma anonima; serve un codice partecipante.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>No one has the code “{code}”. Check the code on your card, or ask the facilitator.</source>
            <translation>Nessuno ha il codice “{code}”. Controlla il codice sul tuo cartoncino o chiedi a chi facilita.</translation>
        </message>
        <message>
            <location line="+65" />
            <source>The survey has no stored question called '{name}'.</source>
            <translation>Il questionario non ha una domanda salvata chiamata “{name}”.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This survey is not available in '{language}'.</source>
            <translation>Questo questionario non è disponibile in “{language}”.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/results.py" line="+180" />
            <source>“{title}” has no question called '{question_name}' with results.</source>
            <translation>“{title}” non ha una domanda chiamata “{question_name}” con dei risultati.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>There is no survey '{form_id}'.</source>
            <translation>Non esiste un questionario “{form_id}”.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/run_session.py" line="+48" />
            <location line="+38" />
            <source>That activity is not on this workshop's agenda.</source>
            <translation>Questa attività non è nel programma di questo workshop.</translation>
        </message>
        <message>
            <location line="-4" />
            <source>This workshop has no agenda yet.</source>
            <translation>Questo workshop non ha ancora un programma.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/survey_templates.py" line="+31" />
            <source>The template {key} is missing from this installation.</source>
            <translation>Il modello {key} manca in questa installazione.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/core/voting.py" line="+92" />
            <source>All {n} dots are placed. Take one back to move it.</source>
            <translation>
                <numerusform>Hai già assegnato l’unico punto a disposizione ({n}). Riprendilo per spostarlo.</numerusform>
                <numerusform>Hai già assegnato tutti i {n} punti. Riprendine uno per spostarlo.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>There is no dot of yours on that note.</source>
            <translation>Non hai punti su questa nota.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A count of dots is a whole number from 0 to {maximum:,}.</source>
            <translation>Il numero di punti deve essere un numero intero da 0 a {maximum:,}.</translation>
        </message>
        <message>
            <location line="+67" />
            <source>Say who votes: a participant, or an anonymous kiosk voter's token.</source>
            <translation>Indica chi vota: una persona partecipante oppure il token di chi vota in forma anonima al chiosco.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Dots are placed in a dot vote.</source>
            <translation>I punti si assegnano in una votazione a punti.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The brainstorm this dot vote is about no longer exists.</source>
            <translation>Il brainstorming a cui si riferisce questa votazione a punti non esiste più.</translation>
        </message>
        <message>
            <location line="+13" />
            <location filename="../../workshop_app/db/lookup.py" line="+3" />
            <source>That sticky note no longer exists.</source>
            <translation>Questa nota adesiva non esiste più.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That sticky note is not part of this dot vote.</source>
            <translation>Questa nota adesiva non fa parte di questa votazione a punti.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/workbook_scope.py" line="+116" />
            <source>The first day of the date range comes after the last day; swap them and export again.</source>
            <translation>Il primo giorno dell’intervallo viene dopo l’ultimo; scambiali ed esporta di nuovo.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/workshop_rules.py" line="+93" />
            <source>A workshop has no field called {field!r}.</source>
            <translation>Un workshop non ha un campo chiamato {field!r}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A workshop needs a title.</source>
            <translation>Un workshop ha bisogno di un titolo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A workshop title can have at most {maximum} characters.</source>
            <translation>Il titolo di un workshop può avere al massimo {maximum} caratteri.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A workshop's status is one of {statuses}.</source>
            <translation>Lo stato di un workshop deve essere uno di questi: {statuses}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A workshop's start must be a date and time with its time zone.</source>
            <translation>L’inizio di un workshop deve essere una data e un’ora con il fuso orario.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>An activity has no field called {field!r}.</source>
            <translation>Un’attività non ha un campo chiamato {field!r}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>An activity is one of: {kinds}.</source>
            <translation>Il tipo di attività deve essere uno di questi: {kinds}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>An activity's planned time is between 1 and {maximum} minutes.</source>
            <translation>La durata prevista di un’attività va da 1 a {maximum} minuti.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose a survey from the list.</source>
            <translation>Scegli un questionario dall’elenco.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>An activity's settings must be a set of named values.</source>
            <translation>Le impostazioni di un’attività devono essere un insieme di valori con nome.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Each person gets between 1 and {maximum} dots in a dot vote.</source>
            <translation>In una votazione a punti ogni persona riceve da 1 a {maximum} punti.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/workshops.py" line="+220" />
            <source>Only a survey item on the agenda runs a survey.</source>
            <translation>Solo un’attività di tipo questionario nel programma può proporre un questionario.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/backup.py" line="-3" />
            <source>A backup cannot overwrite the database it is a copy of; choose another file.</source>
            <translation>Un backup non può sovrascrivere il database di cui è una copia; scegli un altro file.</translation>
        </message>
        <message>
            <location line="+18" />
            <location filename="../../workshop_app/formats/exchange_package.py" line="+21" />
            <source>Cannot write {target}: {reason}.</source>
            <translation>Impossibile scrivere {target}: {reason}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The backup to {target} failed: {problem}.</source>
            <translation>Il backup in {target} non è riuscito: {problem}.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>That file is the database itself; choose a backup to restore from.</source>
            <translation>Questo file è il database stesso; scegli un backup da cui ripristinare.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{source} is empty; it is not a Workshop App backup.</source>
            <translation>{source} è vuoto; non è un backup di Workshop App.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{source} was written by a newer version of Workshop App; update the app first.</source>
            <translation>{source} è stato scritto da una versione più recente di Workshop App; aggiorna prima l’app.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{source} could not be restored: {problem}.</source>
            <translation>Impossibile ripristinare {source}: {problem}.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{source} is damaged ({problem}); choose another backup.</source>
            <translation>{source} è danneggiato ({problem}); scegli un altro backup.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/database.py" line="+61" />
            <source>{path} could not be opened: {reason}.</source>
            <translation>Impossibile aprire {path}: {reason}.</translation>
        </message>
        <message>
            <location line="+72" />
            <source>{path} was written by a newer version of Workshop App; update the app to open it.</source>
            <translation>{path} è stato scritto da una versione più recente di Workshop App; aggiorna l’app per aprirlo.</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>Upgrading the database would leave {n} broken link(s) (first in table {table}); nothing was changed.</source>
            <translation>
                <numerusform>L’aggiornamento del database lascerebbe {n} collegamento interrotto (il primo nella tabella {table}); non è stato modificato nulla.</numerusform>
                <numerusform>L’aggiornamento del database lascerebbe {n} collegamenti interrotti (il primo nella tabella {table}); non è stato modificato nulla.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/lock.py" line="+70" />
            <source>{database} is busy: another Workshop App window or command ({holder}) is using it. Close that one first, or open a different file.</source>
            <translation>{database} è occupato: un’altra finestra o un altro comando di Workshop App ({holder}) lo sta usando. Chiudi prima quello, oppure apri un altro file.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{database} is busy: another Workshop App window or command is using it. Close that one first, or open a different file.</source>
            <translation>{database} è occupato: un’altra finestra o un altro comando di Workshop App lo sta usando. Chiudi prima quello, oppure apri un altro file.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/lookup.py" line="-11" />
            <source>That activity no longer exists.</source>
            <translation>Questa attività non esiste più.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That choice no longer exists.</source>
            <translation>Questa opzione non esiste più.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That cluster no longer exists.</source>
            <translation>Questo gruppo non esiste più.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That consent record no longer exists.</source>
            <translation>Questa registrazione di consenso non esiste più.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That map no longer exists.</source>
            <translation>Questa mappa non esiste più.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That participant no longer exists.</source>
            <translation>Questa persona non è più registrata.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That profile question no longer exists.</source>
            <translation>Questa domanda del profilo non esiste più.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That relationship no longer exists.</source>
            <translation>Questa relazione non esiste più.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That snapshot no longer exists.</source>
            <translation>Questa istantanea non esiste più.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>That target no longer exists.</source>
            <translation>Questo obiettivo non esiste più.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>That {what} no longer exists.</source>
            <translation>Questo elemento ({what}) non esiste più.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/probe.py" line="+35" />
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} è una cartella, non un file di database.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There is no database at {path}.</source>
            <translation>Non c’è nessun database in {path}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot create {path}: the folder {folder} does not exist.</source>
            <translation>Impossibile creare {path}: la cartella {folder} non esiste.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot create {path}: the folder {folder} is read-only.</source>
            <translation>Impossibile creare {path}: la cartella {folder} è di sola lettura.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{path} cannot be read ({reason}).</source>
            <translation>Impossibile leggere {path} ({reason}).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{path} is empty; it is not a Workshop App database.</source>
            <translation>{path} è vuoto; non è un database di Workshop App.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is not a Workshop App database (it is not an SQLite file).</source>
            <translation>{path} non è un database di Workshop App (non è un file SQLite).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is damaged (the file is incomplete); restore it from a backup.</source>
            <translation>{path} è danneggiato (il file è incompleto); ripristinalo da un backup.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is read-only; copy it to a folder where you can write, then open the copy.</source>
            <translation>{path} è di sola lettura; copialo in una cartella in cui puoi scrivere, poi apri la copia.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{path} is an SQLite database, but not one made by Workshop App.</source>
            <translation>{path} è un database SQLite, ma non è stato creato da Workshop App.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>{path} cannot be opened as a database.</source>
            <translation>Impossibile aprire {path} come database.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{path} is damaged (its schema version is missing); restore it from a backup.</source>
            <translation>{path} è danneggiato (manca la versione dello schema); ripristinalo da un backup.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{path} is damaged (the file is corrupt); restore it from a backup.</source>
            <translation>{path} è danneggiato (il file è corrotto); ripristinalo da un backup.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/exchange_package.py" line="-65" />
            <location line="+176" />
            <location line="+33" />
            <location line="+3" />
            <location line="+37" />
            <source>{name} is not a Workshop App exchange package.</source>
            <translation>{name} non è un pacchetto di Workshop App.</translation>
        </message>
        <message>
            <location line="-246" />
            <source>{name} is damaged: its manifest has no format version.</source>
            <translation>{name} è danneggiato: il suo manifesto non indica la versione del formato.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+131" />
            <source>This package was made by a newer version of Workshop App ({app_version}); update the app to merge it.</source>
            <translation>Questo pacchetto è stato creato con una versione più recente di Workshop App ({app_version}); aggiorna l’app per unirlo.</translation>
        </message>
        <message>
            <location line="-119" />
            <source>{name} is damaged: its manifest is incomplete.</source>
            <translation>{name} è danneggiato: il suo manifesto è incompleto.</translation>
        </message>
        <message>
            <location line="+140" />
            <source>{name} is a folder, not an exchange package.</source>
            <translation>{name} è una cartella, non un pacchetto di Workshop App.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>There is no file {path}.</source>
            <translation>Il file {path} non esiste.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} cannot be read ({reason}).</source>
            <translation>Impossibile leggere {name} ({reason}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is empty; it is not a Workshop App exchange package.</source>
            <translation>{name} è vuoto; non è un pacchetto di Workshop App.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is a database file, not an exchange package; to bring back a backup, use Restore instead.</source>
            <translation>{name} è un file di database, non un pacchetto; per recuperare un backup usa invece Ripristina.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+6" />
            <source>{name} is incomplete or damaged (perhaps it was cut short while copying); make the package again.</source>
            <translation>{name} è incompleto o danneggiato (forse la copia si è interrotta); crea di nuovo il pacchetto.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{name} contains a file with an unsafe name ({member!r}); it was not opened.</source>
            <translation>{name} contiene un file con un nome non sicuro ({member!r}); non è stato aperto.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} contains the same part twice; it was not opened.</source>
            <translation>{name} contiene due volte la stessa parte; non è stato aperto.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} contains an unexpected file ({member!r}); it is not a Workshop App exchange package.</source>
            <translation>{name} contiene un file inatteso ({member!r}); non è un pacchetto di Workshop App.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{name} is incomplete: part of its content is missing.</source>
            <translation>{name} è incompleto: manca una parte del contenuto.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{name} is encrypted; Workshop App packages never are.</source>
            <translation>{name} è cifrato; i pacchetti di Workshop App non lo sono mai.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} unpacks to far more than its size (it looks like a zip bomb); it was not opened.</source>
            <translation>{name}, una volta estratto, occuperebbe molto più della sua dimensione (sembra una “zip bomb”); non è stato aperto.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} would unpack to more than {maximum} GB; it was not opened.</source>
            <translation>{name}, una volta estratto, occuperebbe più di {maximum} GB; non è stato aperto.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+5" />
            <source>{name} is not a Workshop App exchange package (its manifest is far too large).</source>
            <translation>{name} non è un pacchetto di Workshop App (il suo manifesto è decisamente troppo grande).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name} is damaged: its manifest cannot be read.</source>
            <translation>{name} è danneggiato: impossibile leggere il suo manifesto.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+10" />
            <location line="+12" />
            <source>{name} is damaged: its content does not match its checksums; make the package again.</source>
            <translation>{name} è danneggiato: il contenuto non corrisponde ai checksum; crea di nuovo il pacchetto.</translation>
        </message>
        <message>
            <location line="-5" />
            <source>{name} unpacks to more than it declares; it was not opened.</source>
            <translation>{name}, una volta estratto, occuperebbe più di quanto dichiara; non è stato aperto.</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+6" />
            <source>{name} does not hold Workshop App data.</source>
            <translation>{name} non contiene dati di Workshop App.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <source>{name} is damaged: its data cannot be read.</source>
            <translation>{name} è danneggiato: impossibile leggerne i dati.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{name} was made by an older version of Workshop App and could not be brought up to date; nothing was merged.</source>
            <translation>{name} è stato creato con una versione precedente di Workshop App e non è stato possibile aggiornarlo; non è stato unito nulla.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/stakeholder_exchange.py" line="-308" />
            <source>A stakeholder list is written as an .xlsx file; {file} has another extension.</source>
            <translation>Un elenco di stakeholder si salva come file .xlsx; {file} ha un’altra estensione.</translation>
        </message>
        <message>
            <location line="+24" />
            <location filename="../../workshop_app/formats/xlsform/writer.py" line="+161" />
            <source>{path} cannot be written: the folder {folder} does not exist.</source>
            <translation>Impossibile scrivere {path}: la cartella {folder} non esiste.</translation>
        </message>
        <message>
            <location line="+31" />
            <location filename="../../workshop_app/formats/xlsform/writer.py" line="+28" />
            <source>{path} could not be written: {reason}.</source>
            <translation>Impossibile scrivere {path}: {reason}.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{file} is not a readable Excel workbook.</source>
            <translation>{file} non è una cartella di lavoro di Excel leggibile.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{file} could not be read; the workbook seems damaged ({error}).</source>
            <translation>Impossibile leggere {file}; la cartella di lavoro sembra danneggiata ({error}).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{path} does not exist or is not a file.</source>
            <translation>{path} non esiste o non è un file.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is not an Excel workbook; save the list as .xlsx and import that.</source>
            <translation>{file} non è una cartella di lavoro di Excel; salva l’elenco in formato .xlsx e importa quel file.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} is empty.</source>
            <translation>{file} è vuoto.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is {size:.0f} MB; a stakeholder list can be at most {maximum} MB.</source>
            <translation>{file} pesa {size:.0f} MB; un elenco di stakeholder può pesare al massimo {maximum} MB.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{file} unpacks to more than {maximum} MB, too much for a stakeholder list.</source>
            <translation>{file}, una volta estratto, supera i {maximum} MB: troppo per un elenco di stakeholder.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} cannot be opened: this user may not read it.</source>
            <translation>Impossibile aprire {file}: questo utente non ha il permesso di leggerlo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} is not a readable Excel workbook, although its name says so.</source>
            <translation>{file} non è una cartella di lavoro di Excel leggibile, anche se il nome lo fa pensare.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{file_name} has no sheet of stakeholders; name it 'Elements' with a 'Label' column.</source>
            <translation>{file_name} non ha un foglio di stakeholder; chiamalo “Elements” e dagli una colonna “Label”.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The sheet {title!r} of {file_name} lists no stakeholders.</source>
            <translation>Il foglio {title!r} di {file_name} non elenca nessuno stakeholder.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The sheet {title!r} of {file_name} has more than {limit:,} stakeholders; Workshop App imports up to {limit:,}.</source>
            <translation>Il foglio {title!r} di {file_name} ha più di {limit:,} stakeholder; Workshop App ne importa al massimo {limit:,}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sheet {title!r} of {file_name} has more than {limit:,} connections; Workshop App imports up to {limit:,}.</source>
            <translation>Il foglio {title!r} di {file_name} ha più di {limit:,} collegamenti; Workshop App ne importa al massimo {limit:,}.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The sheet {title!r} of {file_name} has no {column!r} column in its first rows; put them in the header row.</source>
            <translation>Il foglio {title!r} di {file_name} non ha una colonna {column!r} nelle prime righe; inseriscila nella riga di intestazione.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sheet {title!r} of {file_name} has no {first!r} and {second!r} columns in its first rows; put them in the header row.</source>
            <translation>Il foglio {title!r} di {file_name} non ha le colonne {first!r} e {second!r} nelle prime righe; inseriscile nella riga di intestazione.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/ulg_workbook.py" line="+330" />
            <source>The workbook must be saved as an .xlsx file; “{file}” has another extension.</source>
            <translation>La cartella di lavoro deve essere salvata come file .xlsx; “{file}” ha un’altra estensione.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The folder {folder} does not exist; choose another place for the workbook.</source>
            <translation>La cartella {folder} non esiste; scegli un altro percorso per la cartella di lavoro.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is a folder; give the workbook a file name ending in .xlsx.</source>
            <translation>{path} è una cartella; indica per la cartella di lavoro un nome di file che termini con .xlsx.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{file}” is open in another program; close it there and export again (if it is not open, delete the lock file “{lock}” in the same folder).</source>
            <translation>“{file}” è aperto in un altro programma; chiudilo lì ed esporta di nuovo (se non è aperto, elimina il file di blocco “{lock}” nella stessa cartella).</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+23" />
            <source>You may not save files in {folder}; choose another folder.</source>
            <translation>Non hai il permesso di salvare file in {folder}; scegli un’altra cartella.</translation>
        </message>
        <message>
            <location line="-20" />
            <source>“{file}” is read-only; choose another name or folder.</source>
            <translation>“{file}” è di sola lettura; scegli un altro nome o un’altra cartella.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>There is not enough space on the disk for “{file}”; free some space or choose another place. Nothing was written.</source>
            <translation>Non c’è abbastanza spazio sul disco per “{file}”; libera un po’ di spazio o scegli un’altra posizione. Non è stato scritto nulla.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{file}” is open in another program or read-only; close it there and export again. Nothing was changed.</source>
            <translation>“{file}” è aperto in un altro programma o è di sola lettura; chiudilo lì ed esporta di nuovo. Non è stato modificato nulla.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{file}” could not be written: {reason}. Nothing was changed.</source>
            <translation>Impossibile scrivere “{file}”: {reason}. Non è stato modificato nulla.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/guard.py" line="+35" />
            <source>{path} does not exist.</source>
            <translation>{path} non esiste.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{path} is not a file.</source>
            <translation>{path} non è un file.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is empty.</source>
            <translation>{name} è vuoto.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} is {size:.0f} MB; a form file can be at most {maximum} MB.</source>
            <translation>{name} pesa {size:.0f} MB; un file di questionario può pesare al massimo {maximum} MB.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} is not an XLSForm: Workshop App reads forms saved as .xlsx, .xls, .csv or .md.</source>
            <translation>{name} non è un XLSForm: Workshop App legge i questionari salvati in formato .xlsx, .xls, .csv o .md.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{file} is not a text file, although its name says so.</source>
            <translation>{file} non è un file di testo, anche se il nome lo fa pensare.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{file} has more than {maximum:,} lines, too many for a form.</source>
            <translation>{file} ha più di {maximum:,} righe, troppe per un questionario.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{name} unpacks to more than {maximum} MB, too much for a form.</source>
            <translation>{name}, una volta estratto, supera i {maximum} MB: troppo per un questionario.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} is not an Excel workbook, although its name says so.</source>
            <translation>{name} non è una cartella di lavoro di Excel, anche se il nome lo fa pensare.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The '{sheet}' sheet of {name} has more than {limit:,} rows; Workshop App imports forms of up to {limit:,} rows there.</source>
            <translation>Il foglio “{sheet}” di {name} ha più di {limit:,} righe; Workshop App importa questionari che in quel foglio hanno al massimo {limit:,} righe.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{name} is not a readable Excel workbook ({reason}).</source>
            <translation>{name} non è una cartella di lavoro di Excel leggibile ({reason}).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The workbook's table of sheets is implausibly large.</source>
            <translation>L’elenco dei fogli della cartella di lavoro è troppo grande per essere plausibile.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>A row of the workbook is implausibly large.</source>
            <translation>Una riga della cartella di lavoro è troppo grande per essere plausibile.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/messages.py" line="+20" />
            <source>the '{sheet}' sheet, row {row}, column '{column}'</source>
            <translation>foglio “{sheet}”, riga {row}, colonna “{column}”</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the '{sheet}' sheet, row {row}</source>
            <translation>foglio “{sheet}”, riga {row}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the '{sheet}' sheet</source>
            <translation>foglio “{sheet}”</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{file} is not an XLSForm: it has no sheet named 'survey'. {hint}</source>
            <translation>{file} non è un XLSForm: non ha un foglio chiamato “survey”. {hint}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is not an XLSForm: it has no sheet named 'survey'.</source>
            <translation>{file} non è un XLSForm: non ha un foglio chiamato “survey”.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{file} is not a valid XLSForm ({where}): {problem}.</source>
            <translation>{file} non è un XLSForm valido ({where}): {problem}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is not a valid XLSForm: {problem}.</source>
            <translation>{file} non è un XLSForm valido: {problem}.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{file} cannot be imported ({where}): {problem}</source>
            <translation>Impossibile importare {file} ({where}): {problem}</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/reader.py" line="-221" />
            <location line="+33" />
            <source>{file} nests groups too deeply to be read.</source>
            <translation>{file} ha gruppi annidati troppo in profondità per poter essere letto.</translation>
        </message>
        <message>
            <location line="-26" />
            <source>{file} could not be read as an XLSForm ({error}: no details).</source>
            <translation>Impossibile leggere {file} come XLSForm ({error}: nessun dettaglio).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} could not be read as an XLSForm ({error}: {details}).</source>
            <translation>Impossibile leggere {file} come XLSForm ({error}: {details}).</translation>
        </message>
        <message>
            <location line="+28" />
            <source>{file} could not be turned into a form ({error}: no details).</source>
            <translation>Impossibile trasformare {file} in un questionario ({error}: nessun dettaglio).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} could not be turned into a form ({error}: {details}).</source>
            <translation>Impossibile trasformare {file} in un questionario ({error}: {details}).</translation>
        </message>
        <message>
            <location line="+168" />
            <source>{file} is not a valid XLSForm ({where}): '{name}' has the type '{pyxform_type}', which XLSForm does not know.</source>
            <translation>{file} non è un XLSForm valido ({where}): “{name}” è di tipo “{pyxform_type}”, che XLSForm non conosce.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/writer.py" line="-161" />
            <source>An XLSForm is written as an .xlsx file; {file} has another extension.</source>
            <translation>Un XLSForm si salva come file .xlsx; {file} ha un’altra estensione.</translation>
        </message>
    </context>
    <context>
        <name>feedback</name>
        <message>
            <location filename="../../workshop_app/ui/feedback_panel.py" line="-162" />
            <source>Record feedback</source>
            <translation>Registra feedback</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../workshop_app/ui/labels.py" line="+16" />
            <source>Survey</source>
            <translation>Questionario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Brainstorm</source>
            <translation>Brainstorming</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dot vote</source>
            <translation>Votazione a punti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Feedback round</source>
            <translation>Giro di feedback</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholder mapping</source>
            <translation>Mappatura degli stakeholder</translation>
        </message>
        <message>
            <location line="+3" />
            <source>People answer a questionnaire, on paper or on the laptop.</source>
            <translation>Le persone rispondono a un questionario, su carta o sul portatile.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ideas from the room go on sticky notes and into clusters.</source>
            <translation>Le idee che emergono in sala vanno su note adesive e vengono raggruppate.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everyone places a few dots on the ideas they like most.</source>
            <translation>Ogni persona assegna qualche punto alle idee che preferisce.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each person says, in turn, how the session went for them.</source>
            <translation>A turno, ogni persona dice com’è andato l’incontro per lei.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The group places stakeholders on a map together.</source>
            <translation>Il gruppo colloca insieme gli stakeholder su una mappa.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Planned</source>
            <translation>Pianificato</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Running</source>
            <translation>In corso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Concluso</translation>
        </message>
        <message>
            <location line="+4" />
            <source>English</source>
            <translation>Inglese</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Portuguese</source>
            <translation>Portoghese</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spanish</source>
            <translation>Spagnolo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>French</source>
            <translation>Francese</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Polish</source>
            <translation>Polacco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Italian</source>
            <translation>Italiano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arabic</source>
            <translation>Arabo</translation>
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
                <numerusform>%n punto a testa</numerusform>
                <numerusform>%n punti a testa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n dots each</source>
            <translation>
                <numerusform>%n punto a testa</numerusform>
                <numerusform>%n punti a testa</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>map_export</name>
        <message>
            <location filename="../../workshop_app/ui/map_export.py" line="+58" />
            <source>Maps can only be drawn in a program that shows windows.</source>
            <translation>Le mappe si possono disegnare solo in un programma con interfaccia grafica.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Paper size {paper} is not available; choose A4 or A3.</source>
            <translation>Il formato carta {paper} non è disponibile: scegli A4 o A3.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>A map can be saved as PDF, PNG or SVG; “{name}” ends in none of these (.pdf, .png, .svg).</source>
            <translation>Una mappa si può salvare in PDF, PNG o SVG; “{name}” non ha nessuna di queste estensioni (.pdf, .png, .svg).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The resolution must be between {low} and {high} dots per inch.</source>
            <translation>La risoluzione deve essere compresa tra {low} e {high} punti per pollice.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The folder {folder} does not exist.</source>
            <translation>La cartella {folder} non esiste.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot write in the folder {folder}: {reason}</source>
            <translation>Impossibile scrivere nella cartella {folder}: {reason}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot save the map as {path}: {reason}</source>
            <translation>Impossibile salvare la mappa come {path}: {reason}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>the file could not be opened for writing</source>
            <translation>non è stato possibile aprire il file in scrittura</translation>
        </message>
        <message>
            <location line="+23" />
            <source>not enough memory for a picture of {width} × {height} pixels</source>
            <translation>memoria insufficiente per un’immagine di {width} × {height} pixel</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the picture could not be written</source>
            <translation>non è stato possibile scrivere l’immagine</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Stakeholder map made with Workshop App</source>
            <translation>Mappa degli stakeholder creata con Workshop App</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The printer could not be started.</source>
            <translation>Impossibile avviare la stampante.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Print map</source>
            <translation>Stampa mappa</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Print preview — {title}</source>
            <translation>Anteprima di stampa — {title}</translation>
        </message>
    </context>
    <context>
        <name>map_render</name>
        <message>
            <location filename="../../workshop_app/ui/map_render.py" line="+39" />
            <source>Power / interest grid</source>
            <translation>Griglia potere / interesse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Importance / influence matrix</source>
            <translation>Matrice importanza / influenza</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ecosystem map</source>
            <translation>Mappa dell’ecosistema</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+110" />
            <source>Stakeholder map</source>
            <translation>Mappa degli stakeholder</translation>
        </message>
        <message>
            <location line="+8" />
            <source>1 stakeholder</source>
            <translation>1 stakeholder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} stakeholders</source>
            <translation>{count} stakeholder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 relationship</source>
            <translation>1 relazione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} relationships</source>
            <translation>{count} relazioni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{kind} · {stakeholders} · {relationships}</source>
            <translation>{kind} · {stakeholders} · {relationships}</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Low</source>
            <translation>Basso</translation>
        </message>
        <message>
            <location line="+0" />
            <source>High</source>
            <translation>Alto</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_render_legend.py" line="+34" />
            <source>Weak tie</source>
            <translation>Legame debole</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tie</source>
            <translation>Legame</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strong tie</source>
            <translation>Legame forte</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Sectors</source>
            <translation>Settori</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Relationships</source>
            <translation>Relazioni</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One-way (from → to)</source>
            <translation>Unidirezionale (da → a)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attitude</source>
            <translation>Atteggiamento</translation>
        </message>
    </context>
    <context>
        <name>map_style</name>
        <message>
            <location filename="../../workshop_app/ui/map_style.py" line="+49" />
            <source>Public sector</source>
            <translation>Settore pubblico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Private sector</source>
            <translation>Settore privato</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Civil society</source>
            <translation>Società civile</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge &amp; research</source>
            <translation>Conoscenza e ricerca</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Supportive</source>
            <translation>Favorevole</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Neutral</source>
            <translation>Neutrale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opposed</source>
            <translation>Contrario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attitude unknown</source>
            <translation>Atteggiamento non noto</translation>
        </message>
    </context>
    <context>
        <name>maps</name>
        <message>
            <location filename="../../workshop_app/ui/map_commands.py" line="+57" />
            <source>New map</source>
            <translation>Nuova mappa</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Delete map “{title}”</source>
            <translation>Elimina la mappa “{title}”</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Add stakeholder</source>
            <translation>Aggiungi stakeholder</translation>
        </message>
        <message>
            <location line="+85" />
            <source>Delete relationship</source>
            <translation>Elimina relazione</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n relationships</source>
            <translation>
                <numerusform>Elimina %n relazione</numerusform>
                <numerusform>Elimina %n relazioni</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete stakeholder</source>
            <translation>Elimina stakeholder</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n stakeholders</source>
            <translation>
                <numerusform>Elimina %n stakeholder</numerusform>
                <numerusform>Elimina %n stakeholder</numerusform>
            </translation>
        </message>
        <message>
            <location line="+27" />
            <source>Connect stakeholders</source>
            <translation>Collega stakeholder</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Take snapshot “{name}”</source>
            <translation>Crea istantanea “{name}”</translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>Import %n stakeholders</source>
            <translation>
                <numerusform>Importa %n stakeholder</numerusform>
                <numerusform>Importa %n stakeholder</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_exchange_actions.py" line="-77" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documenti PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PNG pictures (*.png)</source>
            <translation>Immagini PNG (*.png)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SVG drawings (*.svg)</source>
            <translation>Disegni SVG (*.svg)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Cartelle di lavoro di Excel (*.xlsx);;Tutti i file (*)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import stakeholders from Excel</source>
            <translation>Importa stakeholder da Excel</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Export stakeholders to Excel</source>
            <translation>Esporta stakeholder in Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Cartelle di lavoro di Excel (*.xlsx)</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+262" />
            <source>Export map</source>
            <translation>Esporta mappa</translation>
        </message>
        <message>
            <location line="-196" />
            <location line="+6" />
            <location line="+84" />
            <location line="+25" />
            <source>Reading {name}…</source>
            <translation>Lettura di {name}…</translation>
        </message>
        <message>
            <location line="-110" />
            <location line="+48" />
            <location line="+61" />
            <location line="+16" />
            <source>Import stakeholders</source>
            <translation>Importa stakeholder</translation>
        </message>
        <message>
            <location line="-109" />
            <location line="+124" />
            <source>Export stakeholders</source>
            <translation>Esporta stakeholder</translation>
        </message>
        <message>
            <location line="-123" />
            <source>Writing {name}…</source>
            <translation>Scrittura di {name}…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Import stakeholders from E&amp;xcel…</source>
            <translation>Importa stakeholder da E&amp;xcel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add stakeholders and who works with whom from a workbook</source>
            <translation>Aggiungi da una cartella di lavoro gli stakeholder e chi lavora con chi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export stakeholders to Excel…</source>
            <translation>Esporta stakeholder in Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the map's stakeholders and relationships as a workbook</source>
            <translation>Salva gli stakeholder e le relazioni della mappa in una cartella di lavoro</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Where should the stakeholders go?</source>
            <translation>Dove vuoi mettere gli stakeholder?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Into a &amp;new map</source>
            <translation>In una &amp;nuova mappa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Into “{title}”</source>
            <translation>In “{title}”</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Imported stakeholders</source>
            <translation>Stakeholder importati</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Imported {stakeholders} and {relationships} from {file}.</source>
            <translation>Importati {stakeholders} e {relationships} da {file}.</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>… and %n more.</source>
            <translation>
                <numerusform>… e ancora %n.</numerusform>
                <numerusform>… e altri %n.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Some stakeholders have a contact, which is personal data. Include the contacts in the workbook?</source>
            <translation>Alcuni stakeholder hanno un contatto, che è un dato personale. Includere i contatti nella cartella di lavoro?</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Exported to {path}.</source>
            <translation>Esportato in {path}.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Print map</source>
            <translation>Stampa mappa</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Saved the map as {path}.</source>
            <translation>Mappa salvata come {path}.</translation>
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
            <translation>Basso</translation>
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
                <numerusform>%n stakeholder</numerusform>
                <numerusform>%n stakeholder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n stakeholders</source>
            <translation>
                <numerusform>%n stakeholder</numerusform>
                <numerusform>%n stakeholder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n relationship</source>
            <translation>
                <numerusform>%n relazione</numerusform>
                <numerusform>%n relazioni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n relationships</source>
            <translation>
                <numerusform>%n relazione</numerusform>
                <numerusform>%n relazioni</numerusform>
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
            <translation>Griglia potere / interesse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who can shape the plan, and who cares about it: manage closely, keep satisfied, keep informed, monitor.</source>
            <translation>Chi può incidere sul piano e a chi sta a cuore: gestire attentamente, mantenere soddisfatti, tenere informati, monitorare.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Importance / influence matrix</source>
            <translation>Matrice importanza / influenza</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How much the action matters to each stakeholder, and how much they can sway it.</source>
            <translation>Quanto l’azione conta per ogni stakeholder e quanto ciascuno può influenzarla.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stakeholder ecosystem</source>
            <translation>Ecosistema degli stakeholder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The actors of the city in four sectors: public, private, civil society, knowledge and research.</source>
            <translation>Gli attori della città in quattro settori: pubblico, privato, società civile, conoscenza e ricerca.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Blank canvas</source>
            <translation>Foglio bianco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No axes and no quadrants: place people freely and draw who works with whom.</source>
            <translation>Nessun asse e nessun quadrante: colloca liberamente gli stakeholder e traccia chi lavora con chi.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Interest</source>
            <translation>Interesse</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Power</source>
            <translation>Potere</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Influence</source>
            <translation>Influenza</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Importance</source>
            <translation>Importanza</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Manage closely</source>
            <translation>Gestire attentamente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep informed</source>
            <translation>Tenere informati</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Monitor</source>
            <translation>Monitorare</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep satisfied</source>
            <translation>Mantenere soddisfatti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key players</source>
            <translation>Attori chiave</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Least priority</source>
            <translation>Priorità minima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protect and involve</source>
            <translation>Proteggere e coinvolgere</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Public</source>
            <translation>Pubblico</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Private</source>
            <translation>Privato</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Civil society</source>
            <translation>Società civile</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge &amp; research</source>
            <translation>Conoscenza e ricerca</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_panel_editor.py" line="+37" />
            <source>Rename stakeholder</source>
            <translation>Rinomina stakeholder</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit organisation</source>
            <translation>Modifica organizzazione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change sector</source>
            <translation>Cambia settore</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change attitude</source>
            <translation>Cambia atteggiamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit engagement</source>
            <translation>Modifica coinvolgimento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit notes</source>
            <translation>Modifica note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit contact</source>
            <translation>Modifica contatto</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <location line="+36" />
            <source>Move stakeholder</source>
            <translation>Sposta stakeholder</translation>
        </message>
        <message>
            <location line="-34" />
            <source>Edit stakeholder</source>
            <translation>Modifica stakeholder</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rename map</source>
            <translation>Rinomina mappa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rename horizontal axis</source>
            <translation>Rinomina asse orizzontale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rename vertical axis</source>
            <translation>Rinomina asse verticale</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rename quadrants</source>
            <translation>Rinomina quadranti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit map notes</source>
            <translation>Modifica note della mappa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit map</source>
            <translation>Modifica mappa</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Move stakeholders</source>
            <translation>Sposta stakeholder</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Connect: drag from one stakeholder to another. Press Escape when you are done.</source>
            <translation>Collega: trascina da uno stakeholder a un altro. Premi Esc quando hai finito.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>New stakeholder</source>
            <translation>Nuovo stakeholder</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Nudge stakeholders</source>
            <translation>Sposta di poco gli stakeholder</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Select two or more stakeholders to align them.</source>
            <translation>Seleziona due o più stakeholder per allinearli.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Align left</source>
            <translation>Allinea a sinistra</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Align top</source>
            <translation>Allinea in alto</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Align centres</source>
            <translation>Allinea al centro</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Edit relationship</source>
            <translation>Modifica relazione</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_snapshots.py" line="-28" />
            <source>{name} — {date}</source>
            <translation>{name} — {date}</translation>
        </message>
        <message>
            <location line="+182" />
            <source>ULG meeting {number}</source>
            <translation>Incontro ULG {number}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Snapshot “{name}” saved. Move stakeholders as things change, then Compare to see who moved.</source>
            <translation>Istantanea “{name}” salvata. Sposta gli stakeholder man mano che la situazione cambia, poi usa Confronta per vedere chi si è spostato.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>There is nothing to compare yet: take a snapshot first (for example at a ULG meeting).</source>
            <translation>Non c’è ancora niente da confrontare: crea prima un’istantanea (ad esempio durante un incontro dell’ULG).</translation>
        </message>
    </context>
    <context>
        <name>people</name>
        <message>
            <location filename="../../workshop_app/ui/participant_commands.py" line="+100" />
            <source>Register participant</source>
            <translation>Registra partecipante</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Delete participant</source>
            <translation>Elimina partecipante</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Change name or contact</source>
            <translation>Cambia nome o contatto</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Change profile answer</source>
            <translation>Cambia risposta del profilo</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Record consent</source>
            <translation>Registra consenso</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Withdraw consent</source>
            <translation>Revoca consenso</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Check in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Remove check-in</source>
            <translation>Rimuovi check-in</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Set diversity target</source>
            <translation>Imposta obiettivo di diversità</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Remove diversity target</source>
            <translation>Rimuovi obiettivo di diversità</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/participant_recorder.py" line="+23" />
            <source>Who is recording?</source>
            <translation>Chi sta registrando?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your name is saved with every consent and erasure you record, as the law asks.
It is asked once; you can change it on the Check-in tab.</source>
            <translation>Il tuo nome viene salvato con ogni consenso e ogni cancellazione che registri, come richiesto dalla legge.
Te lo chiediamo una sola volta; puoi cambiarlo nella scheda Check-in.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/participants_model.py" line="+24" />
            <source>Take part</source>
            <translation>Partecipazione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact</source>
            <translation>Contatti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Photos</source>
            <translation>Foto</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Consents to take part.</source>
            <translation>Consenso a partecipare.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consents to be contacted.</source>
            <translation>Consenso ai contatti futuri.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consents to appear in photos.</source>
            <translation>Consenso a comparire nelle foto.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No consent to take part: no answers can be recorded for them.</source>
            <translation>Nessun consenso a partecipare: non si possono registrare risposte a suo nome.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No consent to be contacted.</source>
            <translation>Nessun consenso ai contatti futuri.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No consent to appear in photos.</source>
            <translation>Nessun consenso a comparire nelle foto.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Code</source>
            <translation>Codice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workshops</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation>Consenso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checked in</source>
            <translation>Check-in</translation>
        </message>
    </context>
    <context>
        <name>profile</name>
        <message>
            <location filename="../../workshop_app/ui/profile_commands.py" line="+40" />
            <source>Add profile question</source>
            <translation>Aggiungi domanda del profilo</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Delete profile question</source>
            <translation>Elimina domanda del profilo</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Move profile question</source>
            <translation>Sposta domanda del profilo</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Rename profile question</source>
            <translation>Rinomina domanda del profilo</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Add answer</source>
            <translation>Aggiungi risposta</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Delete answer</source>
            <translation>Elimina risposta</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Move answer</source>
            <translation>Sposta risposta</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Rename answer</source>
            <translation>Rinomina risposta</translation>
        </message>
    </context>
    <context>
        <name>projector</name>
        <message>
            <location filename="../../workshop_app/ui/live_chart.py" line="+100" />
            <location line="+46" />
            <source>{count} people answered</source>
            <translation>Hanno risposto {count} persone</translation>
        </message>
        <message>
            <location line="-40" />
            <source>{count} · {share} %</source>
            <translation>{count} · {share}%</translation>
        </message>
        <message>
            <location line="+4" />
            <source>average {mean} · median {median}</source>
            <translation>media {mean} · mediana {median}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>dots</source>
            <translation>punti</translation>
        </message>
        <message>
            <location line="+17" />
            <source>1 = not useful · 5 = very useful</source>
            <translation>1 = per niente utile · 5 = molto utile</translation>
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
            <translation>è</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is not</source>
            <translation>non è</translation>
        </message>
        <message>
            <location line="+4" />
            <source>includes</source>
            <translation>include</translation>
        </message>
        <message>
            <location line="+1" />
            <source>does not include</source>
            <translation>non include</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is more than</source>
            <translation>è maggiore di</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is at least</source>
            <translation>è almeno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is less than</source>
            <translation>è minore di</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is at most</source>
            <translation>è al massimo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is after</source>
            <translation>è successiva a</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is before</source>
            <translation>è precedente a</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is answered</source>
            <translation>ha una risposta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is not answered</source>
            <translation>non ha una risposta</translation>
        </message>
        <message>
            <location line="+63" />
            <source>there is no question named '{name}'</source>
            <translation>non esiste una domanda chiamata “{name}”</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+47" />
            <source>Position {position}: {message}.</source>
            <translation>Posizione {position}: {message}.</translation>
        </message>
    </context>
    <context>
        <name>results</name>
        <message>
            <location filename="../../workshop_app/ui/results_cards.py" line="-138" />
            <source>{n} answered</source>
            <translation>hanno risposto in {n}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>more than one answer each, so shares add up to more than 100 %</source>
            <translation>più di una risposta a testa, quindi le percentuali superano il 100%</translation>
        </message>
        <message>
            <location line="+1" />
            <source>each person's first choice</source>
            <translation>la prima scelta di ogni persona</translation>
        </message>
        <message>
            <location line="+3" />
            <source>words used by at least 5 people; the answers themselves are never shown</source>
            <translation>parole usate da almeno 5 persone; le risposte vere e proprie non vengono mai mostrate</translation>
        </message>
        <message>
            <location line="+2" />
            <source>answers of this kind are counted, not charted</source>
            <translation>le risposte di questo tipo vengono contate, non rappresentate in un grafico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} · {note}</source>
            <translation>{count} · {note}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No one answered this question in the responses shown.</source>
            <translation>Nessuno ha risposto a questa domanda nelle compilazioni mostrate.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fewer than 5 answers, so nothing is shown: no one can be singled out.</source>
            <translation>Meno di 5 risposte, quindi non viene mostrato nulla: nessuno può essere identificato.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not shown: everyone else who answered is fewer than 5 people, and comparing this group with everyone would single them out.</source>
            <translation>Non mostrato: tutte le altre persone che hanno risposto sono meno di 5, e confrontare questo gruppo con il totale permetterebbe di identificarle.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No word was used by 5 or more people.</source>
            <translation>Nessuna parola è stata usata da 5 o più persone.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{group}: mean {mean}, median {median}</source>
            <translation>{group}: media {mean}, mediana {median}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mean {mean} · median {median}</source>
            <translation>Media {mean} · mediana {median}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not on the scale: {answers}</source>
            <translation>Fuori scala: {answers}</translation>
        </message>
        <message>
            <location line="+67" />
            <source>{group}: {n} answered</source>
            <translation>{group}: hanno risposto in {n}</translation>
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
            <translation>{group} · meno di 5 risposte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} · hidden: everyone else is fewer than 5</source>
            <translation>{group} · nascosto: le altre persone sono meno di 5</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} · no answers</source>
            <translation>{group} · nessuna risposta</translation>
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
            <translation>persone</translation>
        </message>
        <message>
            <location line="-60" />
            <source>share of each group's respondents</source>
            <translation>quota sul totale di chi ha risposto in ciascun gruppo</translation>
        </message>
        <message>
            <location line="+55" />
            <source>share of each group</source>
            <translation>quota di ciascun gruppo</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/results_likert.py" line="+64" />
            <source>No breakdown for this group</source>
            <translation>Nessuna suddivisione per questo gruppo</translation>
        </message>
        <message>
            <location line="+55" />
            <source>hidden: {share}</source>
            <translation>nascosto: {share}</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Hidden: small counts</source>
            <translation>Nascosti: numeri piccoli</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/results_save.py" line="+33" />
            <source>PNG pictures (*.png)</source>
            <translation>Immagini PNG (*.png)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>SVG drawings (*.svg)</source>
            <translation>Disegni SVG (*.svg)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save chart</source>
            <translation>Salva grafico</translation>
        </message>
        <message>
            <location line="+29" />
            <source>A chart can be saved as PNG or SVG; “{name}” ends in neither.</source>
            <translation>Un grafico si può salvare in PNG o SVG; “{name}” non ha nessuna delle due estensioni.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>This question has no chart to save.</source>
            <translation>Questa domanda non ha un grafico da salvare.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{filters} · n = {n}</source>
            <translation>{filters} · n = {n}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{small}” marks fewer than 5 people; some counts are hidden so that a small one cannot be worked out.</source>
            <translation>“{small}” indica meno di 5 persone; alcuni numeri sono nascosti perché non si possa ricavare un numero piccolo.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The folder {folder} does not exist.</source>
            <translation>La cartella {folder} non esiste.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot save the chart as {path}: {reason}</source>
            <translation>Impossibile salvare il grafico come {path}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>run</name>
        <message>
            <location filename="../../workshop_app/ui/run_launch.py" line="+42" />
            <source>The kiosk is already running. Leave it with the PIN first.</source>
            <translation>Il chiosco è già in funzione. Esci prima dal chiosco con il PIN.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The kiosk is not available in this version of the app.</source>
            <translation>Il chiosco non è disponibile in questa versione dell’app.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Paper data entry is not available in this version of the app.</source>
            <translation>L’inserimento dei questionari cartacei non è disponibile in questa versione dell’app.</translation>
        </message>
    </context>
    <context>
        <name>startup</name>
        <message>
            <location filename="../../workshop_app/ui/startup.py" line="+39" />
            <source>{path} could not be opened: {reason}.</source>
            <translation>Impossibile aprire {path}: {reason}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Workshop App</source>
            <translation>Workshop App</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The database could not be opened.</source>
            <translation>Impossibile aprire il database.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open another file…</source>
            <translation>Apri un altro file…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create a new database…</source>
            <translation>Crea un nuovo database…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit</source>
            <translation>Esci</translation>
        </message>
    </context>
    <context>
        <name>surveys</name>
        <message>
            <location filename="../../workshop_app/ui/survey_dialogs.py" line="-38" />
            <source>Unsaved changes</source>
            <translation>Modifiche non salvate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the changes to “{title}”?</source>
            <translation>Salvare le modifiche a “{title}”?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If you don't save them, the changes since the last save are lost.</source>
            <translation>Se non le salvi, le modifiche fatte dopo l’ultimo salvataggio andranno perse.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/ui/survey_list_model.py" line="+34" />
            <source>%n question</source>
            <translation>
                <numerusform>%n domanda</numerusform>
                <numerusform>%n domande</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n questions</source>
            <translation>
                <numerusform>%n domanda</numerusform>
                <numerusform>%n domande</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n response</source>
            <translation>
                <numerusform>%n compilazione</numerusform>
                <numerusform>%n compilazioni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n responses</source>
            <translation>
                <numerusform>%n compilazione</numerusform>
                <numerusform>%n compilazioni</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Version {version} · {languages}
{questions} · {responses}</source>
            <translation>Versione {version} · {languages}
{questions} · {responses}</translation>
        </message>
    </context>
    <context>
        <name>templates</name>
        <message>
            <location filename="../../workshop_app/ui/survey_template_dialog.py" line="-121" />
            <source>ULG workshop feedback</source>
            <translation>Feedback sul workshop ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At the end of a workshop: was it useful, did people feel heard, could they follow, what to improve.</source>
            <translation>Alla fine di un workshop: è stato utile, le persone si sono sentite ascoltate, sono riuscite a seguire, cosa migliorare.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Neighbourhood needs assessment</source>
            <translation>Analisi dei bisogni del quartiere</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What a neighbourhood needs most, which services people use and what keeps them from taking part.</source>
            <translation>Di cosa ha più bisogno un quartiere, quali servizi usano le persone e cosa impedisce loro di partecipare.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Training evaluation</source>
            <translation>Valutazione della formazione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After a training: objectives, pace, the trainer, and what people learned.</source>
            <translation>Dopo una formazione: obiettivi, ritmo, chi l’ha tenuta e cosa hanno imparato le persone.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Blank survey</source>
            <translation>Questionario vuoto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start with one question and build the rest yourself.</source>
            <translation>Parti da una domanda e costruisci tu il resto.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New survey</source>
            <translation>Nuovo questionario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New question</source>
            <translation>Nuova domanda</translation>
        </message>
    </context>
    <context>
        <name>voting</name>
        <message>
            <location filename="../../workshop_app/ui/voting_model.py" line="+50" />
            <source>Count dots</source>
            <translation>Conta punti</translation>
        </message>
    </context>
    <context>
        <name>worker</name>
        <message>
            <location filename="../../workshop_app/ui/worker.py" line="+144" />
            <source>Something went wrong ({error}); nothing was changed.</source>
            <translation>Si è verificato un problema ({error}); non è stato modificato nulla.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
    </context>
    <context>
        <name>workshops</name>
        <message>
            <location filename="../../workshop_app/ui/workshop_list_model.py" line="+33" />
            <source>Title</source>
            <translation>Titolo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date and time</source>
            <translation>Data e ora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Place</source>
            <translation>Luogo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activities</source>
            <translation>Attività</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned time</source>
            <translation>Durata prevista</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Not set</source>
            <translation>Non impostata</translation>
        </message>
    </context>
    <context>
        <name>xlsform</name>
        <message>
            <location filename="../../workshop_app/ui/xlsform_actions.py" line="+24" />
            <source>XLSForm spreadsheets (*.xlsx *.xls);;All files (*)</source>
            <translation>Fogli di calcolo XLSForm (*.xlsx *.xls);;Tutti i file (*)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+28" />
            <source>Import XLSForm</source>
            <translation>Importa XLSForm</translation>
        </message>
        <message>
            <location line="-21" />
            <location line="+39" />
            <source>Export XLSForm</source>
            <translation>Esporta XLSForm</translation>
        </message>
        <message>
            <location line="-38" />
            <source>XLSForm spreadsheets (*.xlsx)</source>
            <translation>Fogli di calcolo XLSForm (*.xlsx)</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+6" />
            <source>Reading {name}…</source>
            <translation>Lettura di {name}…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Writing {name}…</source>
            <translation>Scrittura di {name}…</translation>
        </message>
    </context>
</TS>