<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AcknowledgeWidget</name>
        <message>
            <location filename="../../workshop_app/ui/question_widgets.py" line="+223" />
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
    </context>
    <context>
        <name>AddLanguageDialog</name>
        <message>
            <location filename="../../workshop_app/ui/survey_languages.py" line="+44" />
            <source>Add language</source>
            <translation>Añadir idioma</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Which language should the survey also be in? Pick one or type its name and code, for example “Tetum (tet)”.</source>
            <translation>¿En qué otro idioma debe estar la encuesta? Elige uno o escribe su nombre y su código, por ejemplo «Tetún (tet)».</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Type a name with a short code in brackets, such as “Tetum (tet)”.</source>
            <translation>Escribe un nombre con un código corto entre paréntesis, como «Tetún (tet)».</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The survey is already in that language.</source>
            <translation>La encuesta ya está en ese idioma.</translation>
        </message>
    </context>
    <context>
        <name>AgendaView</name>
        <message>
            <location filename="../../workshop_app/ui/agenda_view.py" line="+97" />
            <source>No activities yet. Use “Add activity” to plan a brainstorm, a dot vote or a survey.</source>
            <translation>Aún no hay actividades. Usa «Añadir actividad» para planificar una lluvia de ideas, una votación por puntos o una encuesta.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Agenda</source>
            <translation>Programa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The activities of the workshop, in order. Double-click to edit.</source>
            <translation>Las actividades del taller, en orden. Haz doble clic para editar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A&amp;genda</source>
            <translation>&amp;Programa</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Total time of the agenda</source>
            <translation>Duración total del programa</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Add activity</source>
            <translation>&amp;Añadir actividad</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add activity</source>
            <translation>Añadir actividad</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remove activity</source>
            <translation>Quitar actividad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move activity up</source>
            <translation>Subir actividad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move activity down</source>
            <translation>Bajar actividad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected activity (Delete)</source>
            <translation>Quitar la actividad seleccionada (Supr)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the selected activity earlier (Alt+Up)</source>
            <translation>Adelantar la actividad seleccionada (Alt+Arriba)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the selected activity later (Alt+Down)</source>
            <translation>Retrasar la actividad seleccionada (Alt+Abajo)</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Total: {duration} (ends about {time})</source>
            <translation>Total: {duration} (termina hacia las {time})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Total: {duration}</source>
            <translation>Total: {duration}</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Add {activity}</source>
            <translation>Añadir «{activity}»</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Change activity title</source>
            <translation>Cambiar título de la actividad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change activity time</source>
            <translation>Cambiar duración de la actividad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change dots per person</source>
            <translation>Cambiar puntos por persona</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the survey</source>
            <translation>Elegir la encuesta</translation>
        </message>
        <message>
            <location line="+27" />
            <source>{title} (version {version})</source>
            <translation>{title} (versión {version})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No survey chosen yet</source>
            <translation>Aún no se ha elegido ninguna encuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New from template: {title}</source>
            <translation>Nueva a partir de la plantilla: {title}</translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <location filename="../../workshop_app/ui/board_view.py" line="+42" />
            <location line="+8" />
            <source>Brainstorm board</source>
            <translation>Tablero de la lluvia de ideas</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Drag notes between clusters; right-click a note for its menu; F2 edits the selected note, Delete removes it.</source>
            <translation>Arrastra las notas entre grupos; haz clic derecho en una nota para abrir su menú; F2 edita la nota seleccionada y Supr la elimina.</translation>
        </message>
    </context>
    <context>
        <name>BrainstormPanel</name>
        <message>
            <location filename="../../workshop_app/ui/brainstorm_panel.py" line="+48" />
            <source>Yellow</source>
            <translation>Amarillo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pink</source>
            <translation>Rosa</translation>
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
            <translation>Naranja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purple</source>
            <translation>Morado</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Type an idea from the room and press Enter</source>
            <translation>Escribe una idea de la sala y pulsa Intro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New sticky note</source>
            <translation>Nueva nota adhesiva</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Put new notes into</source>
            <translation>Poner las notas nuevas en</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where new notes go</source>
            <translation>Dónde van las notas nuevas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add note</source>
            <translation>Añadir nota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the typed note</source>
            <translation>Añadir la nota escrita</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add &amp;cluster…</source>
            <translation>Añadir &amp;grupo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a cluster</source>
            <translation>Añadir un grupo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A new titled column to group notes in</source>
            <translation>Una columna nueva con título para agrupar notas</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Drag notes into clusters (Ctrl+click picks several) · double-click or F2 edits · right-click to colour, move or delete · Ctrl+Z undoes</source>
            <translation>Arrastra las notas a los grupos (Ctrl+clic selecciona varias) · doble clic o F2 para editar · clic derecho para colorear, mover o eliminar · Ctrl+Z deshace</translation>
        </message>
        <message>
            <location line="+5" />
            <source>into</source>
            <translation>en</translation>
        </message>
        <message>
            <location line="+48" />
            <location line="+115" />
            <source>New ideas</source>
            <translation>Ideas nuevas</translation>
        </message>
        <message>
            <location line="-113" />
            <location line="+115" />
            <source>Unnamed group</source>
            <translation>Grupo sin nombre</translation>
        </message>
        <message>
            <location line="-91" />
            <source>Edit note</source>
            <translation>Editar nota</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Text of the note:</source>
            <translation>Texto de la nota:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Colour notes</source>
            <translation>Colorear notas</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Add cluster</source>
            <translation>Añadir grupo</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+13" />
            <source>Name of the cluster:</source>
            <translation>Nombre del grupo:</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Cluster {number}</source>
            <translation>Grupo {number}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Rename cluster</source>
            <translation>Cambiar nombre del grupo</translation>
        </message>
        <message>
            <location line="+21" />
            <source>&amp;Edit text…</source>
            <translation>&amp;Editar texto…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Colour</source>
            <translation>&amp;Color</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Move to</source>
            <translation>&amp;Mover a</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Delete</source>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Rename…</source>
            <translation>Cambiar &amp;nombre…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;left</source>
            <translation>Mover a la &amp;izquierda</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Move &amp;right</source>
            <translation>Mover a la &amp;derecha</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Delete cluster (keep its notes)</source>
            <translation>&amp;Eliminar grupo (conservar sus notas)</translation>
        </message>
    </context>
    <context>
        <name>CheckinForm</name>
        <message>
            <location filename="../../workshop_app/ui/checkin_form.py" line="+49" />
            <source>Register someone new</source>
            <translation>Inscribir a una persona nueva</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Everything is optional except the consent. Press Enter to register.</source>
            <translation>Todo es opcional salvo el consentimiento. Pulsa Intro para inscribir.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name (optional, personal data)</source>
            <translation>Nombre (opcional, dato personal)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name — optional</source>
            <translation>Nombre — opcional</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or e-mail (optional, personal data)</source>
            <translation>Teléfono o correo electrónico (opcional, dato personal)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or e-mail — optional</source>
            <translation>Teléfono o correo electrónico — opcional</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Takes part (needed to answer surveys)</source>
            <translation>&amp;Participa (necesario para responder encuestas)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May be &amp;contacted again</source>
            <translation>Se le puede &amp;contactar de nuevo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agrees to appear in &amp;photos</source>
            <translation>Acepta aparecer en &amp;fotos</translation>
        </message>
        <message>
            <location line="+12" />
            <source>About them (optional profile questions)</source>
            <translation>Sobre la persona (preguntas de perfil opcionales)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the optional profile questions</source>
            <translation>Mostrar las preguntas de perfil opcionales</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Register  ⏎</source>
            <translation>Inscribir  ⏎</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Register</source>
            <translation>Inscribir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Register and check in (Enter)</source>
            <translation>Inscribir y registrar la asistencia (Intro)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or &amp;e-mail</source>
            <translation>&amp;Teléfono o correo electrónico</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Consent:</source>
            <translation>Consentimiento:</translation>
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
            <translation>Personas presentes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{code} — {time}</source>
            <translation>{code} — {time}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Register people and record their consent in Participants › Check-in.</source>
            <translation>Inscribe a las personas y registra su consentimiento en Participantes › Asistencia.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>CheckinView</name>
        <message>
            <location filename="../../workshop_app/ui/checkin_view.py" line="+63" />
            <source>Workshop people are checked in to</source>
            <translation>Taller en el que se registra la asistencia</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Change who is recording</source>
            <translation>Cambiar quién registra</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Check in someone already registered</source>
            <translation>Registrar la asistencia de una persona ya inscrita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Already registered? Type their code (or just the number) and press Enter</source>
            <translation>¿Ya tiene inscripción? Escribe su código (o solo el número) y pulsa Intro</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Checked-in participants</source>
            <translation>Participantes presentes</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Remove check-in</source>
            <translation>Anular asistencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected check-in</source>
            <translation>Anular la asistencia seleccionada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checked in by mistake? Take it back (you can undo this)</source>
            <translation>¿Se registró por error? Anúlala (se puede deshacer)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Checking in to</source>
            <translation>Registrar asistencia en</translation>
        </message>
        <message>
            <location line="+49" />
            <source>{title} — {when} ({status})</source>
            <translation>{title} — {when} ({status})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no date</source>
            <translation>sin fecha</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No workshop — register only</source>
            <translation>Ningún taller — solo inscribir</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Recording as {name}</source>
            <translation>Registrando como {name}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who is recording? Set it</source>
            <translation>¿Quién registra? Indícalo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consent is recorded in this name; click to change it</source>
            <translation>El consentimiento se registra a este nombre; haz clic para cambiarlo</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Matching participants</source>
            <translation>Participantes que coinciden</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Checked in: %n</source>
            <translation>
                <numerusform>Presentes: %n</numerusform>
                <numerusform>Presentes: %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a workshop to see who is checked in</source>
            <translation>Elige un taller para ver quién está presente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No workshops yet: people are registered without a check-in</source>
            <translation>Aún no hay talleres: las personas se inscriben sin registrar asistencia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No one yet. Register the first person above.</source>
            <translation>Aún no hay nadie. Inscribe arriba a la primera persona.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No one matches. Register them above as someone new.</source>
            <translation>No coincide nadie. Inscríbela arriba como persona nueva.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Consent must say who recorded it: enter your name to register.</source>
            <translation>El consentimiento debe indicar quién lo registró: escribe tu nombre para inscribir.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Choose the workshop to check people in to.</source>
            <translation>Elige el taller en el que registrar la asistencia.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No single participant has the code “{text}”. Type the whole code, or double-click them in the list.</source>
            <translation>No hay una única persona con el código «{text}». Escribe el código completo o haz doble clic en ella en la lista.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>{code} is not checked in to this workshop.</source>
            <translation>{code} no consta como presente en este taller.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>— write this on the name badge.</source>
            <translation>— anótalo en su etiqueta identificativa.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>— checked in. Welcome back!</source>
            <translation>— asistencia registrada. ¡Hola de nuevo!</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <location filename="../../workshop_app/ui/question_choices.py" line="+125" />
            <source>Choice list</source>
            <translation>Lista de opciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions can share a list of choices</source>
            <translation>Varias preguntas pueden compartir una lista de opciones</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New list</source>
            <translation>Nueva lista</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New choice list for this question</source>
            <translation>Nueva lista de opciones para esta pregunta</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choices</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+1" />
            <location line="+122" />
            <source>Add choice</source>
            <translation>Añadir opción</translation>
        </message>
        <message>
            <location line="-120" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+132" />
            <source>Remove choice</source>
            <translation>Quitar opción</translation>
        </message>
        <message>
            <location line="-128" />
            <source>Move choice up</source>
            <translation>Subir opción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move choice down</source>
            <translation>Bajar opción</translation>
        </message>
        <message>
            <location line="+46" />
            <source>{list} ({example}, …)</source>
            <translation>{list} ({example}, …)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>One other question uses this list too; changes apply to both.</source>
            <translation>Otra pregunta también usa esta lista; los cambios afectan a ambas.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n other questions use this list too; changes apply to all.</source>
            <translation>
                <numerusform>%n pregunta más también usa esta lista; los cambios afectan a todas.</numerusform>
                <numerusform>%n preguntas más también usan esta lista; los cambios afectan a todas.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+11" />
            <source>Change choice list</source>
            <translation>Cambiar lista de opciones</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Option 1</source>
            <translation>Opción 1</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>New choice list</source>
            <translation>Nueva lista de opciones</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Option {number}</source>
            <translation>Opción {number}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Move choice</source>
            <translation>Mover opción</translation>
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
            <translation>(falta)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Every question keeps “Prefer not to say”; it can be renamed, not deleted.</source>
            <translation>Todas las preguntas conservan «Prefiero no decirlo»; se le puede cambiar el nombre, pero no se puede eliminar.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/question_choices.py" line="+43" />
            <source>Edit choice</source>
            <translation>Editar opción</translation>
        </message>
    </context>
    <context>
        <name>ComingPage</name>
        <message>
            <location filename="../../workshop_app/ui/coming_view.py" line="+36" />
            <source>Coming in a later version.</source>
            <translation>Disponible en una versión posterior.</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../../workshop_app/ui/map_snapshots.py" line="+94" />
            <source>Compare snapshots</source>
            <translation>Comparar instantáneas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Compare from</source>
            <translation>Comparar desde</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compare with</source>
            <translation>Comparar con</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Now (the map as it is)</source>
            <translation>Ahora (el mapa tal como está)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;From</source>
            <translation>&amp;Desde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;To</source>
            <translation>&amp;Hasta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Arrows will show who moved, from where they stood to where they stand.</source>
            <translation>Las flechas mostrarán quién se ha movido, desde dónde estaba hasta dónde está ahora.</translation>
        </message>
    </context>
    <context>
        <name>ComparisonBar</name>
        <message>
            <location line="+27" />
            <source>Who moved</source>
            <translation>Quién se ha movido</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Close comparison</source>
            <translation>Cerrar comparación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close the comparison</source>
            <translation>Cerrar la comparación</translation>
        </message>
        <message>
            <location line="+17" />
            <source>1 stakeholder moved</source>
            <translation>Se ha movido 1 actor</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n stakeholders moved</source>
            <translation>
                <numerusform>Se ha movido %n actor</numerusform>
                <numerusform>Se han movido %n actores</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} since “{before}”.</source>
            <translation>{count} desde «{before}».</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} between “{before}” and “{after}”.</source>
            <translation>{count} entre «{before}» y «{after}».</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n added</source>
            <translation>
                <numerusform>%n añadido</numerusform>
                <numerusform>%n añadidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n removed</source>
            <translation>
                <numerusform>%n quitado</numerusform>
                <numerusform>%n quitados</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Also: {changes}.</source>
            <translation>Además: {changes}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{name} was added.</source>
            <translation>Se ha añadido {name}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} was removed.</source>
            <translation>Se ha quitado {name}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}: from {x0:.1f}, {y0:.1f} to {x1:.1f}, {y1:.1f}</source>
            <translation>{name}: de {x0:.1f}, {y0:.1f} a {x1:.1f}, {y1:.1f}</translation>
        </message>
    </context>
    <context>
        <name>ConsentPanel</name>
        <message>
            <location filename="../../workshop_app/ui/consent_panel.py" line="+80" />
            <location line="+3" />
            <location line="+37" />
            <source>Record consent</source>
            <translation>Registrar consentimiento</translation>
        </message>
        <message>
            <location line="-36" />
            <location line="+37" />
            <source>{purpose}: record consent</source>
            <translation>{purpose}: registrar consentimiento</translation>
        </message>
        <message>
            <location line="-23" />
            <source>Consent history</source>
            <translation>Historial de consentimiento</translation>
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
            <translation>{purpose}: retirar consentimiento</translation>
        </message>
        <message>
            <location line="+6" />
            <source>History (newest first):</source>
            <translation>Historial (lo más reciente primero):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No consent recorded yet.</source>
            <translation>Aún no se ha registrado ningún consentimiento.</translation>
        </message>
    </context>
    <context>
        <name>DataEntryWindow</name>
        <message>
            <location filename="../../workshop_app/ui/data_entry_window.py" line="+59" />
            <source>That agenda item belongs to another workshop.</source>
            <translation>Esa actividad del programa pertenece a otro taller.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Paper questionnaires — {title}</source>
            <translation>Cuestionarios en papel — {title}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Only a survey or a feedback round is typed in from paper.</source>
            <translation>Solo se pueden transcribir desde papel las encuestas y las rondas de valoración.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose which survey this agenda item runs first.</source>
            <translation>Elige primero qué encuesta se usa en esta actividad del programa.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Paper questionnaires: {title}</source>
            <translation>Cuestionarios en papel: {title}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Code on the paper, e.g. 42</source>
            <translation>Código del cuestionario en papel, p. ej. 42</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code on the paper, or empty if anonymous</source>
            <translation>Código del cuestionario en papel, o vacío si es anónimo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant code on the paper</source>
            <translation>Código de participante del cuestionario en papel</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Language of the paper</source>
            <translation>Idioma del cuestionario en papel</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Resume a paper…</source>
            <translation>Reanudar un cuestionario en papel…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Participant code:</source>
            <translation>Código de participante:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language of the paper:</source>
            <translation>Idioma del cuestionario:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Questions of the paper questionnaire</source>
            <translation>Preguntas del cuestionario en papel</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Finish and next questionnaire (Ctrl+Enter)</source>
            <translation>Terminar y pasar al siguiente cuestionario (Ctrl+Intro)</translation>
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
            <translation>Corrige primero los campos marcados en rojo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the answers of a paper first.</source>
            <translation>Escribe primero las respuestas de un cuestionario.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Saved. Type the next paper.</source>
            <translation>Guardado. Escribe el siguiente cuestionario.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>That is not an unfinished response of this survey.</source>
            <translation>Esa no es una respuesta sin terminar de esta encuesta.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>No paper is waiting</source>
            <translation>No hay ningún cuestionario pendiente</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{who} — {count} answers ({mode})</source>
            <translation>{who} — {count} respuestas ({mode})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kiosk</source>
            <translation>quiosco</translation>
        </message>
        <message>
            <location line="+0" />
            <source>paper</source>
            <translation>papel</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Paper questionnaires entered: {count}</source>
            <translation>Cuestionarios en papel introducidos: {count}</translation>
        </message>
    </context>
    <context>
        <name>DatabaseActions</name>
        <message>
            <location filename="../../workshop_app/ui/database_actions.py" line="+31" />
            <source>New &amp;database…</source>
            <translation>Nueva &amp;base de datos…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start an empty database in a file of your choice</source>
            <translation>Crear una base de datos vacía en el archivo que elijas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Open database…</source>
            <translation>&amp;Abrir base de datos…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Work on another database file</source>
            <translation>Trabajar con otro archivo de base de datos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Backup…</source>
            <translation>&amp;Copia de seguridad…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save a copy of the open database, e.g. on a USB stick</source>
            <translation>Guardar una copia de la base de datos abierta, por ejemplo en una memoria USB</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace the open database with a backup</source>
            <translation>Sustituir la base de datos abierta por una copia de seguridad</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{name} already existed, so it was opened, not replaced.</source>
            <translation>{name} ya existía, así que se ha abierto en lugar de sustituirse.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Back up database</source>
            <translation>Hacer copia de seguridad de la base de datos</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Backup failed</source>
            <translation>No se ha podido hacer la copia de seguridad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Backup saved to {path}.</source>
            <translation>Copia de seguridad guardada en {path}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Restore from a backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Replace “{name}” with the backup “{source}”?</source>
            <translation>¿Sustituir «{name}» por la copia de seguridad «{source}»?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The current data is kept as a backup at {folder}.</source>
            <translation>Los datos actuales se conservan como copia de seguridad en {folder}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore backup</source>
            <translation>Restaurar copia de seguridad</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Replace</source>
            <translation>Sustituir</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Restore failed</source>
            <translation>No se ha podido restaurar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Backup restored</source>
            <translation>Copia de seguridad restaurada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} now holds the restored data. The data it had before is kept at {kept}.</source>
            <translation>{name} contiene ahora los datos restaurados. Los datos que tenía antes se conservan en {kept}.</translation>
        </message>
    </context>
    <context>
        <name>DiversityView</name>
        <message>
            <location filename="../../workshop_app/ui/diversity_view.py" line="+56" />
            <source>Show who took part in</source>
            <translation>Mostrar quién participó en</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Targets…</source>
            <translation>&amp;Objetivos…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set diversity targets</source>
            <translation>Definir objetivos de diversidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say which groups should make up at least a share of the room</source>
            <translation>Indicar qué proporción mínima de la sala debería representar cada grupo</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+142" />
            <source>Missing voices</source>
            <translation>Voces que faltan</translation>
        </message>
        <message>
            <location line="-116" />
            <source>Who took part: missing voices and charts</source>
            <translation>Quién participó: voces que faltan y gráficos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scroll with the arrow keys to read every chart</source>
            <translation>Desplázate con las teclas de flecha para leer todos los gráficos</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Who took part in</source>
            <translation>&amp;Quién participó en</translation>
        </message>
        <message>
            <location line="+28" />
            <source>All workshops (everyone registered)</source>
            <translation>Todos los talleres (todas las personas inscritas)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{title} — {when}</source>
            <translation>{title} — {when}</translation>
        </message>
        <message>
            <location line="+49" />
            <source>{people} people counted. Shares are of those who answered each question. Counts under 5 show as “&lt;5” (a hatched stub), so no one can be singled out; “≥5” is hidden so a small group cannot be worked out.</source>
            <translation>{people} personas contabilizadas. Los porcentajes se calculan sobre quienes respondieron cada pregunta. Los recuentos inferiores a 5 aparecen como «&lt;5» (una barra corta rayada) para que no se pueda identificar a nadie; «≥5» se oculta para que no se pueda deducir el tamaño de un grupo pequeño.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No targets are set yet. Use “Targets…” to say who should be in the room, for example at least 15 % aged 60 or over.</source>
            <translation>Aún no hay objetivos. Usa «Objetivos…» para indicar quién debería estar en la sala; por ejemplo, al menos un 15 % de personas de 60 años o más.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No group is below its target.</source>
            <translation>Ningún grupo está por debajo de su objetivo.</translation>
        </message>
    </context>
    <context>
        <name>EntryRow</name>
        <message>
            <location filename="../../workshop_app/ui/data_entry_fields.py" line="+151" />
            <source>Does not apply to this paper (skipped)</source>
            <translation>No se aplica a este cuestionario en papel (omitida)</translation>
        </message>
    </context>
    <context>
        <name>ErasureDialog</name>
        <message>
            <location filename="../../workshop_app/ui/erasure_dialog.py" line="+28" />
            <source>Erase {code}</source>
            <translation>Suprimir {code}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Erase {code} for good?</source>
            <translation>¿Suprimir {code} definitivamente?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This removes everything about this person: their name and contact, every consent record, their profile answers and the workshops they checked in to. Their code will not come back.</source>
            <translation>Se elimina todo lo relativo a esta persona: su nombre y contacto, todos los registros de consentimiento, sus respuestas de perfil y los talleres a los que asistió. Su código no volverá a aparecer.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Their survey answers, ideas and votes:</source>
            <translation>Sus respuestas a encuestas, ideas y votos:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Erase them too (recommended)</source>
            <translation>&amp;Suprimirlos también (recomendado)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Erase their answers, ideas and votes too</source>
            <translation>Suprimir también sus respuestas, ideas y votos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keep them anonymously, with no link to this person</source>
            <translation>&amp;Conservarlos de forma anónima, sin vínculo con esta persona</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep their answers, ideas and votes anonymously</source>
            <translation>Conservar sus respuestas, ideas y votos de forma anónima</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This cannot be undone, and the undo history is cleared so the person cannot be brought back. An audit entry records when and by whom, never who was erased. Backups made before now still contain them until those backups are deleted.</source>
            <translation>Esta acción no se puede deshacer, y el historial de deshacer se vacía para que no se pueda recuperar a la persona. Un registro de auditoría anota cuándo y quién lo hizo, pero nunca a quién se suprimió. Las copias de seguridad anteriores seguirán conteniendo sus datos hasta que se eliminen.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+3" />
            <source>Erase for good</source>
            <translation>Suprimir definitivamente</translation>
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
            <translation>Paquetes de Workshop App (*.wspack);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>E&amp;xport for merge…</source>
            <translation>E&amp;xportar para fusionar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save everything on this laptop in one file for the ULG secretary</source>
            <translation>Guardar todo lo de este portátil en un solo archivo para la secretaría del ULG</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Merge…</source>
            <translation>&amp;Fusionar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bring in packages from other laptops, after a preview</source>
            <translation>Incorporar paquetes de otros portátiles, tras una vista previa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Check database…</source>
            <translation>Co&amp;mprobar base de datos…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Look for damage and inconsistencies in the open database</source>
            <translation>Buscar daños e incoherencias en la base de datos abierta</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The previous step is still finishing; try again in a moment.</source>
            <translation>El paso anterior aún está terminando; inténtalo de nuevo en un momento.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+14" />
            <source>Export for merge</source>
            <translation>Exportar para fusionar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Packing…</source>
            <translation>Empaquetando…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved {name} ({size} MB) in {folder}. Take it to the ULG secretary, who adds it to the shared database with File &gt; Merge.</source>
            <translation>Se ha guardado {name} ({size} MB) en {folder}. Llévalo a la secretaría del ULG, que lo añadirá a la base de datos común con Archivo &gt; Fusionar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Package saved to {path}.</source>
            <translation>Paquete guardado en {path}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Package saved</source>
            <translation>Paquete guardado</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+19" />
            <location line="+35" />
            <source>Merge packages</source>
            <translation>Fusionar paquetes</translation>
        </message>
        <message>
            <location line="-34" />
            <source>Reading the packages…</source>
            <translation>Leyendo los paquetes…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Saving a backup first…</source>
            <translation>Guardando primero una copia de seguridad…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The backup before merging could not be made ({reason}); nothing was merged.</source>
            <translation>No se ha podido hacer la copia de seguridad previa a la fusión ({reason}); no se ha fusionado nada.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Merging…</source>
            <translation>Fusionando…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The packages were merged.</source>
            <translation>Se han fusionado los paquetes.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A conflict keeps the newer change. The database as it was before the merge is kept at {backup}; File &gt; Restore brings it back.</source>
            <translation>En caso de conflicto, se conserva el cambio más reciente. La base de datos tal como estaba antes de la fusión se guarda en {backup}; con Archivo &gt; Restaurar puedes recuperarla.</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+13" />
            <source>Check database</source>
            <translation>Comprobar base de datos</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Checking {name}…</source>
            <translation>Comprobando {name}…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{kind}: {count}</source>
            <translation>{kind}: {count}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No problems found in {name}.</source>
            <translation>No se han encontrado problemas en {name}.</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n problem found in {name}. Restore a recent backup (File &gt; Restore) or ask for help before going on.</source>
            <translation>
                <numerusform>Se ha encontrado %n problema en {name}. Restaura una copia de seguridad reciente (Archivo &gt; Restaurar) o pide ayuda antes de continuar.</numerusform>
                <numerusform>Se han encontrado %n problemas en {name}. Restaura una copia de seguridad reciente (Archivo &gt; Restaurar) o pide ayuda antes de continuar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n problems found in {name}. Restore a recent backup (File &gt; Restore) or ask for help before going on.</source>
            <translation>
                <numerusform>Se ha encontrado %n problema en {name}. Restaura una copia de seguridad reciente (Archivo &gt; Restaurar) o pide ayuda antes de continuar.</numerusform>
                <numerusform>Se han encontrado %n problemas en {name}. Restaura una copia de seguridad reciente (Archivo &gt; Restaurar) o pide ayuda antes de continuar.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>It holds: {held}.</source>
            <translation>Contiene: {held}.</translation>
        </message>
    </context>
    <context>
        <name>ExchangePanel</name>
        <message>
            <location filename="../../workshop_app/ui/exchange_panel.py" line="+32" />
            <source>What to pack</source>
            <translation>Qué empaquetar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Pack…</source>
            <translation>Em&amp;paquetar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pack</source>
            <translation>Empaquetar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose where to save the package, e.g. on a USB stick</source>
            <translation>Elegir dónde guardar el paquete, por ejemplo en una memoria USB</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Merge packages…</source>
            <translation>&amp;Fusionar paquetes…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+18" />
            <source>Merge packages</source>
            <translation>Fusionar paquetes</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Choose one or more .wspack files; you see a preview first</source>
            <translation>Elegir uno o varios archivos .wspack; antes verás una vista previa</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Pack for the ULG secretary</source>
            <translation>Empaquetar para la secretaría del ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save everything this laptop holds, or one workshop, in one file (.wspack). Take it to the ULG secretary on a USB stick; nothing is removed from this laptop.</source>
            <translation>Guarda todo lo que contiene este portátil, o un solo taller, en un archivo (.wspack). Llévalo a la secretaría del ULG en una memoria USB; no se borra nada de este portátil.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Bring in the packages other facilitators made. You see what will be added, updated and in conflict before anything is written. Nothing is doubled, a package merged before adds nothing, and a participant erased on any laptop does not come back.</source>
            <translation>Incorpora los paquetes que han preparado otras personas facilitadoras. Antes de que se escriba nada, verás qué se añadirá, qué se actualizará y qué está en conflicto. Nada se duplica, un paquete ya fusionado no añade nada y una persona suprimida en cualquier portátil no vuelve a aparecer.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Everything on this laptop</source>
            <translation>Todo lo de este portátil</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no date</source>
            <translation>sin fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only “{title}” ({when})</source>
            <translation>Solo «{title}» ({when})</translation>
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
            <translation>¿Qué utilidad ha tenido esta sesión? 1 = nada útil, 5 = muy útil</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Start &amp;kiosk</source>
            <translation>Iniciar &amp;quiosco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start the kiosk for the feedback round</source>
            <translation>Iniciar el quiosco para la ronda de valoración</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Rating {rating}</source>
            <translation>Puntuación {rating}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rating {rating} (key {rating})</source>
            <translation>Puntuación {rating} (tecla {rating})</translation>
        </message>
        <message>
            <location line="+8" />
            <source>One thing to keep or change — optional; Enter saves</source>
            <translation>Algo que mantener o cambiar — opcional; Intro guarda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save this person's feedback</source>
            <translation>Guardar la valoración de esta persona</translation>
        </message>
        <message>
            <location line="+15" />
            <source>People who gave {rating}</source>
            <translation>Personas que dieron un {rating}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Comments — on this screen only, never on the projector</source>
            <translation>Comentarios — solo en esta pantalla, nunca en el proyector</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Comments</source>
            <translation>Comentarios</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Choose a rating from 1 to 5 first (keys 1–5).</source>
            <translation>Elige primero una puntuación del 1 al 5 (teclas 1–5).</translation>
        </message>
        <message>
            <location line="+25" />
            <source>No feedback yet</source>
            <translation>Aún no hay valoraciones</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} answers · average {average}</source>
            <translation>{count} respuestas · media {average}</translation>
        </message>
    </context>
    <context>
        <name>GroupDialog</name>
        <message>
            <location filename="../../workshop_app/ui/results_group_dialog.py" line="+29" />
            <source>Group of several answers</source>
            <translation>Grupo de varias respuestas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Profile question</source>
            <translation>Pregunta de perfil</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Answers in the group</source>
            <translation>Respuestas del grupo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>People count in the group when their profile answer is one of those ticked. People who answered anonymously are never in a group.</source>
            <translation>Una persona cuenta en el grupo si su respuesta de perfil es una de las marcadas. Las personas que respondieron de forma anónima nunca forman parte de un grupo.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Question</source>
            <translation>&amp;Pregunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Answers</source>
            <translation>&amp;Respuestas</translation>
        </message>
        <message>
            <location line="+47" />
            <source>The group will be called “{name}”.</source>
            <translation>El grupo se llamará «{name}».</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick at least one answer.</source>
            <translation>Marca al menos una respuesta.</translation>
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
            <translation>«{title}» ya está en tus encuestas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From {file}: version {version}, {questions}, in {languages}.</source>
            <translation>Desde {file}: versión {version}, {questions}, en {languages}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Warnings</source>
            <translation>Advertencias</translation>
        </message>
        <message>
            <location line="+4" />
            <source>One thing to know:</source>
            <translation>Algo que debes saber:</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n things to know:</source>
            <translation>
                <numerusform>%n cosa que debes saber:</numerusform>
                <numerusform>%n cosas que debes saber:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InfoWidget</name>
        <message>
            <location filename="../../workshop_app/ui/question_widgets.py" line="-77" />
            <source>Participants do not see calculations; the app works out the value.</source>
            <translation>Quienes participan no ven los cálculos; la aplicación calcula el valor.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This group holds one question.</source>
            <translation>Este grupo contiene una pregunta.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>This group holds %n questions, shown one after another.</source>
            <translation>
                <numerusform>Este grupo contiene %n pregunta.</numerusform>
                <numerusform>Este grupo contiene %n preguntas, que se muestran una tras otra.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Participants answer this repeat's question once per entry and can add entries.</source>
            <translation>Quienes participan responden la pregunta de esta repetición una vez por entrada y pueden añadir entradas.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Participants answer the %n questions of this repeat once per entry and can add entries.</source>
            <translation>
                <numerusform>Quienes participan responden %n pregunta de esta repetición una vez por entrada y pueden añadir entradas.</numerusform>
                <numerusform>Quienes participan responden las %n preguntas de esta repetición una vez por entrada y pueden añadir entradas.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>The device fills this in; participants do not see it.</source>
            <translation>Lo rellena el dispositivo; quienes participan no lo ven.</translation>
        </message>
    </context>
    <context>
        <name>InlineMessage</name>
        <message>
            <location filename="../../workshop_app/ui/inline_message.py" line="+32" />
            <source>Dismiss message</source>
            <translation>Descartar mensaje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
    </context>
    <context>
        <name>KioskPinDialog</name>
        <message>
            <location filename="../../workshop_app/ui/run_pin_dialog.py" line="+35" />
            <source>Change kiosk PIN</source>
            <translation>Cambiar el PIN del quiosco</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Set kiosk PIN</source>
            <translation>Establecer el PIN del quiosco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The kiosk asks for this PIN before it lets anyone leave it. Choose {low} to {high} digits that participants will not guess.</source>
            <translation>El quiosco pide este PIN antes de dejar salir a nadie. Elige entre {low} y {high} cifras que quienes participan no puedan adivinar.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New PIN</source>
            <translation>Nuevo PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New PIN again</source>
            <translation>Repite el nuevo PIN</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;PIN</source>
            <translation>&amp;PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Again</source>
            <translation>&amp;Repetir</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Remove PIN</source>
            <translation>&amp;Quitar PIN</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove the kiosk PIN</source>
            <translation>Quitar el PIN del quiosco</translation>
        </message>
        <message>
            <location line="+27" />
            <source>A PIN has {low} to {high} digits.</source>
            <translation>El PIN tiene entre {low} y {high} cifras.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The two PINs are not the same. Type it again in both fields.</source>
            <translation>Los dos PIN no coinciden. Vuelve a escribirlo en ambos campos.</translation>
        </message>
    </context>
    <context>
        <name>KioskSurveyPage</name>
        <message>
            <location filename="../../workshop_app/ui/kiosk_survey.py" line="+66" />
            <source>Choose which survey this agenda item runs before starting the kiosk.</source>
            <translation>Elige qué encuesta se usa en esta actividad del programa antes de iniciar el quiosco.</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <location filename="../../workshop_app/ui/kiosk_window.py" line="+82" />
            <location line="+1" />
            <source>Kiosk</source>
            <translation>Quiosco</translation>
        </message>
        <message>
            <location line="+9" />
            <source>That agenda item belongs to another workshop.</source>
            <translation>Esa actividad del programa pertenece a otro taller.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A stakeholder map is drawn by the facilitator; it does not run at the kiosk.</source>
            <translation>Los mapas de actores los dibuja la persona facilitadora; no se usan en el quiosco.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Only a survey can be resumed at the kiosk.</source>
            <translation>En el quiosco solo se pueden reanudar encuestas.</translation>
        </message>
    </context>
    <context>
        <name>ListPane</name>
        <message>
            <location filename="../../workshop_app/ui/list_pane.py" line="+91" />
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
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
            <translation>Secciones</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Workshops</source>
            <translation>Talleres</translation>
        </message>
        <message>
            <location line="+120" />
            <source>{section} (Ctrl+{number})</source>
            <translation>{section} (Ctrl+{number})</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Opening {name}…</source>
            <translation>Abriendo {name}…</translation>
        </message>
        <message>
            <location line="+39" />
            <source>No database is open.</source>
            <translation>No hay ninguna base de datos abierta.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{name} — Workshop App</source>
            <translation>{name} — Workshop App</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database: {name}</source>
            <translation>Base de datos: {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open database: {path}</source>
            <translation>Base de datos abierta: {path}</translation>
        </message>
        <message>
            <location line="+44" />
            <source>{name} is already open.</source>
            <translation>{name} ya está abierta.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot open database</source>
            <translation>No se puede abrir la base de datos</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Opened {name}.</source>
            <translation>Se ha abierto {name}.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>The automatic backup could not be made: {reason}</source>
            <translation>No se ha podido hacer la copia de seguridad automática: {reason}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Automatic backup saved.</source>
            <translation>Copia de seguridad automática guardada.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/main_menus.py" line="+27" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New workshop</source>
            <translation>&amp;Nuevo taller</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create a workshop, starting at the next full hour</source>
            <translation>Crear un taller que empiece a la próxima hora en punto</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Workshop App</source>
            <translation>&amp;Acerca de Workshop App</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&lt;h3&gt;Workshop App {version}&lt;/h3&gt;&lt;p&gt;Prepare and run community workshops and surveys offline, keep every answer, and report to your URBACT Local Group.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Workshop App {version}&lt;/h3&gt;&lt;p&gt;Prepara y dirige talleres comunitarios y encuestas sin conexión, conserva todas las respuestas e informa a tu Grupo Local URBACT (ULG).&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+5" />
            <source>About Workshop App</source>
            <translation>Acerca de Workshop App</translation>
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
            <translation>Título del mapa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title of the horizontal axis</source>
            <translation>Título del eje horizontal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title of the vertical axis</source>
            <translation>Título del eje vertical</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top right</source>
            <translation>Arriba a la derecha</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bottom right</source>
            <translation>Abajo a la derecha</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bottom left</source>
            <translation>Abajo a la izquierda</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Top left</source>
            <translation>Arriba a la izquierda</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Quadrant name, {corner}</source>
            <translation>Nombre del cuadrante: {corner}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Notes on the map</source>
            <translation>Notas sobre el mapa</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Double-click an empty place to add a stakeholder. Select a stakeholder or a line to edit it here.</source>
            <translation>Haz doble clic en un espacio vacío para añadir un actor. Selecciona un actor o una línea para editarlos aquí.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hori&amp;zontal axis</source>
            <translation>Eje hori&amp;zontal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Vertical axis</source>
            <translation>Eje &amp;vertical</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Quadrants</source>
            <translation>Cuadrantes</translation>
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
            <translation>Leyenda</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Shapes and colours show the sector; thick lines are strong ties, dashed lines weak ones; arrows show a direction.</source>
            <translation>Las formas y los colores indican el sector; las líneas gruesas son vínculos fuertes, y las discontinuas, débiles; las flechas indican una dirección.</translation>
        </message>
    </context>
    <context>
        <name>MapListPane</name>
        <message>
            <location filename="../../workshop_app/ui/map_list_pane.py" line="+16" />
            <source>Stakeholder maps</source>
            <translation>Mapas de actores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New map…</source>
            <translation>&amp;Nuevo mapa…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New map from a template</source>
            <translation>Nuevo mapa a partir de una plantilla</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Import from Excel…</source>
            <translation>&amp;Importar de Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import stakeholders from Excel</source>
            <translation>Importar actores de Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A workbook with an Elements sheet (stakeholders) and a Connections sheet (who works with whom)</source>
            <translation>Un libro con una hoja «Elements» (actores) y una hoja «Connections» (quién trabaja con quién)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>E&amp;xport to Excel…</source>
            <translation>E&amp;xportar a Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export stakeholders to Excel</source>
            <translation>Exportar actores a Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the map's stakeholders and relationships as an Excel workbook</source>
            <translation>Guardar los actores y las relaciones del mapa en un libro de Excel</translation>
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
            <translation>Deshacer la eliminación del mapa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No maps yet. Start one with New map, or import a list of stakeholders from Excel.</source>
            <translation>Aún no hay mapas. Crea uno con «Nuevo mapa» o importa una lista de actores desde Excel.</translation>
        </message>
    </context>
    <context>
        <name>MapToolbar</name>
        <message>
            <location filename="../../workshop_app/ui/map_toolbar.py" line="+22" />
            <source>Map tools</source>
            <translation>Herramientas del mapa</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Add stakeholder</source>
            <translation>Añadir actor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a stakeholder in the middle of the map; or double-click an empty place</source>
            <translation>Añadir un actor en el centro del mapa (también con doble clic en un espacio vacío)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connect</source>
            <translation>Conectar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Draw relationships: drag from one stakeholder to another</source>
            <translation>Dibujar relaciones: arrastra de un actor a otro</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Align left</source>
            <translation>Alinear a la izquierda</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line the selected stakeholders up on the leftmost one</source>
            <translation>Alinear los actores seleccionados con el que está más a la izquierda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Align top</source>
            <translation>Alinear arriba</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line the selected stakeholders up on the highest one</source>
            <translation>Alinear los actores seleccionados con el que está más arriba</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Align centres</source>
            <translation>Alinear al centro</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line the selected stakeholders up on a vertical line through their middle</source>
            <translation>Alinear los actores seleccionados en una línea vertical que pasa por su centro</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete the selected stakeholders and relationships (Del)</source>
            <translation>Eliminar los actores y las relaciones seleccionados (Supr)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zoom in</source>
            <translation>Ampliar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom out</source>
            <translation>Reducir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fit</source>
            <translation>Ajustar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show the whole map</source>
            <translation>Mostrar el mapa completo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Snap to grid</source>
            <translation>Ajustar a la cuadrícula</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dragged stakeholders land on the grid</source>
            <translation>Los actores que arrastras se colocan en la cuadrícula</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Legend</source>
            <translation>Leyenda</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show or hide the legend</source>
            <translation>Mostrar u ocultar la leyenda</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Take snapshot…</source>
            <translation>Tomar instantánea…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save where everybody stands now, e.g. at a ULG meeting</source>
            <translation>Guardar la posición actual de cada actor, por ejemplo en una reunión del ULG</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compare…</source>
            <translation>Comparar…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show who moved since a snapshot</source>
            <translation>Mostrar quién se ha movido desde una instantánea</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Print the map with its title, date and legend</source>
            <translation>Imprimir el mapa con su título, fecha y leyenda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print preview…</source>
            <translation>Vista preliminar…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>See the printed page before printing it</source>
            <translation>Ver la página antes de imprimirla</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export as PDF…</source>
            <translation>Exportar como PDF…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the map as a PDF file</source>
            <translation>Guardar el mapa como archivo PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export as PNG…</source>
            <translation>Exportar como PNG…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the map as a picture (PNG)</source>
            <translation>Guardar el mapa como imagen (PNG)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export as SVG…</source>
            <translation>Exportar como SVG…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the map as a drawing (SVG)</source>
            <translation>Guardar el mapa como dibujo (SVG)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Align</source>
            <translation>Alinear</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Align the selected stakeholders</source>
            <translation>Alinear los actores seleccionados</translation>
        </message>
        <message>
            <location line="+7" />
            <source>View</source>
            <translation>Ver</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Snap to grid, legend</source>
            <translation>Ajustar a la cuadrícula, leyenda</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the map as PDF, PNG or SVG</source>
            <translation>Guardar el mapa como PDF, PNG o SVG</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <location filename="../../workshop_app/ui/map_view.py" line="+30" />
            <source>Stakeholder map</source>
            <translation>Mapa de actores</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Double-click an empty place to add a stakeholder; drag stakeholders to move them; in connect mode drag from one stakeholder to another. Delete removes the selection, the arrow keys nudge it.</source>
            <translation>Haz doble clic en un espacio vacío para añadir un actor; arrastra los actores para moverlos; en el modo de conexión, arrastra de un actor a otro. Supr elimina la selección y las teclas de flecha la desplazan ligeramente.</translation>
        </message>
    </context>
    <context>
        <name>MapsPage</name>
        <message>
            <location filename="../../workshop_app/ui/maps_page.py" line="+132" />
            <source>Choose a map on the left, or start one with New map.</source>
            <translation>Elige un mapa a la izquierda o crea uno con «Nuevo mapa».</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No database is open.</source>
            <translation>No hay ninguna base de datos abierta.</translation>
        </message>
        <message>
            <location line="+210" />
            <source>Delete “{title}”?</source>
            <translation>¿Eliminar «{title}»?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Its stakeholders, relationships and snapshots are deleted with it. You can undo this.</source>
            <translation>También se eliminarán sus actores, relaciones e instantáneas. Puedes deshacerlo.</translation>
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
            <translation>Se ha eliminado «{title}».</translation>
        </message>
    </context>
    <context>
        <name>MergePreviewDialog</name>
        <message>
            <location filename="../../workshop_app/ui/merge_preview_dialog.py" line="+47" />
            <source>Workshops</source>
            <translation>Talleres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agenda items</source>
            <translation>Actividades del programa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names and contacts</source>
            <translation>Nombres y contactos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent records</source>
            <translation>Registros de consentimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check-ins</source>
            <translation>Asistencias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profile answers</source>
            <translation>Respuestas de perfil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Survey versions</source>
            <translation>Versiones de encuestas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Survey responses</source>
            <translation>Respuestas a encuestas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answers</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ideas</source>
            <translation>Ideas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Idea clusters</source>
            <translation>Grupos de ideas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Votes</source>
            <translation>Votos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholder maps</source>
            <translation>Mapas de actores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholders</source>
            <translation>Actores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relationships</source>
            <translation>Relaciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholder re-assessments</source>
            <translation>Reevaluaciones de actores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map snapshots</source>
            <translation>Instantáneas de mapas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Snapshot positions</source>
            <translation>Posiciones en las instantáneas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Survey questions</source>
            <translation>Preguntas de encuestas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choice lists</source>
            <translation>Listas de opciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choices</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Question translations</source>
            <translation>Traducciones de preguntas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choice translations</source>
            <translation>Traducciones de opciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profile questions</source>
            <translation>Preguntas de perfil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profile choices</source>
            <translation>Opciones de perfil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Diversity targets</source>
            <translation>Objetivos de diversidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit entries</source>
            <translation>Registros de auditoría</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Packages merged</source>
            <translation>Paquetes fusionados</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Merge packages</source>
            <translation>Fusionar paquetes</translation>
        </message>
        <message>
            <location line="+10" />
            <source>What changes</source>
            <translation>Qué cambia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New</source>
            <translation>Nuevos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Updated</source>
            <translation>Actualizados</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Removed (deleted elsewhere)</source>
            <translation>Quitados (eliminados en otro portátil)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not added (deleted here)</source>
            <translation>No añadidos (eliminados aquí)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Conflicts ({n})</source>
            <translation>Conflictos ({n})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changed on two laptops</source>
            <translation>Modificado en dos portátiles</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kept (the newer change)</source>
            <translation>Conservado (el cambio más reciente)</translation>
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
            <translation>Qué</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Was</source>
            <translation>Antes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <location line="+0" />
            <source>From</source>
            <translation>Origen</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Notes ({n})</source>
            <translation>Notas ({n})</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Merge</source>
            <translation>&amp;Fusionar</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Nothing new: this database already holds everything in these packages.</source>
            <translation>Nada nuevo: esta base de datos ya contiene todo lo que hay en estos paquetes.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Merged: {added} new rows, {updated} updated, {removed} removed.</source>
            <translation>Fusión completada: {added} filas nuevas, {updated} actualizadas y {removed} quitadas.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merging will add {added} rows, update {updated} and remove {removed}.</source>
            <translation>La fusión añadirá {added} filas, actualizará {updated} y quitará {removed}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merging will add {added} rows and update {updated}.</source>
            <translation>La fusión añadirá {added} filas y actualizará {updated}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts: {conflicts}. Renumbered codes: {renumbered}.</source>
            <translation>Conflictos: {conflicts}. Códigos renumerados: {renumbered}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>everything</source>
            <translation>todo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>workshop “{title}”</source>
            <translation>taller «{title}»</translation>
        </message>
        <message>
            <location line="+2" />
            <source>laptop {id}</source>
            <translation>portátil {id}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} — from {who}, packed {when}, {scope}</source>
            <translation>{file} — de {who}, empaquetado el {when}, {scope}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A conflict keeps the newer change; the dropped value is listed here and in the report.</source>
            <translation>En caso de conflicto, se conserva el cambio más reciente; el valor descartado aparece aquí y en el informe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing will be written.</source>
            <translation>No se escribirá nada.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing is written until you press Merge. The merge is one step: if anything goes wrong, the database stays as it is. Nothing is doubled, and nobody erased comes back.</source>
            <translation>No se escribe nada hasta que pulses «Fusionar». La fusión se hace en un solo paso: si algo falla, la base de datos se queda como está. Nada se duplica y nadie que se haya suprimido vuelve a aparecer.</translation>
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
            <translation>Versión de la encuesta</translation>
        </message>
    </context>
    <context>
        <name>NewMapDialog</name>
        <message>
            <location filename="../../workshop_app/ui/map_new_dialog.py" line="+121" />
            <source>New stakeholder map</source>
            <translation>Nuevo mapa de actores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What kind of map?</source>
            <translation>¿Qué tipo de mapa?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kinds of map</source>
            <translation>Tipos de mapa</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Title of the new map</source>
            <translation>Título del nuevo mapa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Digital skills — who matters</source>
            <translation>p. ej., Competencias digitales — quién cuenta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create map</source>
            <translation>Crear mapa</translation>
        </message>
    </context>
    <context>
        <name>NewPinDialog</name>
        <message>
            <location filename="../../workshop_app/ui/kiosk_pin_pad.py" line="+158" />
            <source>Set a kiosk PIN</source>
            <translation>Establecer un PIN del quiosco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants cannot leave the kiosk. You leave it with this PIN (press Ctrl+Shift+L or tap the top corner of the screen five times). Use {low} to {high} digits.</source>
            <translation>Quienes participan no pueden salir del quiosco. Tú sales con este PIN (pulsa Ctrl+Mayús+L o toca cinco veces la esquina superior de la pantalla). Usa entre {low} y {high} cifras.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN again</source>
            <translation>Repite el PIN</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The two PINs are not the same.</source>
            <translation>Los dos PIN no coinciden.</translation>
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
            <translation>Tamaño del papel</translation>
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
            <translation>Resolución</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{dpi} dots per inch</source>
            <translation>{dpi} puntos por pulgada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Paper</source>
            <translation>&amp;Papel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orientation</source>
            <translation>Orientación</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Resolution</source>
            <translation>&amp;Resolución</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The map is drawn with its title, today's date, the quadrant names and the legend.</source>
            <translation>El mapa se dibuja con su título, la fecha de hoy, los nombres de los cuadrantes y la leyenda.</translation>
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
            <translation>Eliminar esta inscripción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For a registration made by mistake; you can undo it</source>
            <translation>Para una inscripción hecha por error; se puede deshacer</translation>
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
            <translation>Cualquier cosa que haya que recordar; p. ej., necesita intérprete</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Name (personal data)</source>
            <translation>Nombre (dato personal)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Contact (personal data)</source>
            <translation>Contacto (dato personal)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or e-mail</source>
            <translation>Teléfono o correo electrónico</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+87" />
            <source>Workshops attended</source>
            <translation>Talleres a los que ha asistido</translation>
        </message>
        <message>
            <location line="-86" />
            <source>Erase this person…</source>
            <translation>Suprimir a esta persona…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Erase this person</source>
            <translation>Suprimir a esta persona</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For a request to be forgotten; it cannot be undone</source>
            <translation>Para una solicitud de supresión (derecho al olvido); no se puede deshacer</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Select a participant in the list, or register people on the Check-in tab.</source>
            <translation>Selecciona a una persona de la lista o inscribe a gente en la pestaña Asistencia.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>C&amp;ode</source>
            <translation>C&amp;ódigo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;otes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Personal data — kept apart, never exported unless asked</source>
            <translation>Datos personales — se guardan aparte y nunca se exportan salvo que lo pidas</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Con&amp;tact</source>
            <translation>Con&amp;tacto</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Consent</source>
            <translation>Consentimiento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>About them (voluntary, any can be left out)</source>
            <translation>Sobre la persona (voluntario; cualquier pregunta se puede dejar sin responder)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>When someone asks to be forgotten: removes their personal data, consent and profile for good.</source>
            <translation>Cuando alguien ejerce su derecho al olvido: elimina definitivamente sus datos personales, su consentimiento y su perfil.</translation>
        </message>
        <message>
            <location line="+100" />
            <source>A name or contact is on file. Tick “Show personal data” above to see or change it.</source>
            <translation>Hay un nombre o un contacto registrado. Marca «Mostrar datos personales» arriba para verlo o cambiarlo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>None on file: this person is known only by their code. Tick “Show personal data” above to add a name or contact.</source>
            <translation>No hay ninguno registrado: esta persona solo se conoce por su código. Marca «Mostrar datos personales» arriba para añadir un nombre o un contacto.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{code} has not consented to take part, so no answers can be recorded for them.</source>
            <translation>{code} no ha dado su consentimiento para participar, así que no se pueden registrar respuestas suyas.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>(a workshop no longer listed)</source>
            <translation>(un taller que ya no figura en la lista)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>None yet.</source>
            <translation>Ninguno todavía.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Change code</source>
            <translation>Cambiar código</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Change notes</source>
            <translation>Cambiar notas</translation>
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
            <translation>Mostrar datos &amp;personales</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show personal data (names and contacts)</source>
            <translation>Mostrar datos personales (nombres y contactos)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names and contacts stay hidden unless ticked; leaving this section hides them again</source>
            <translation>Los nombres y contactos permanecen ocultos salvo que marques esta casilla; al salir de esta sección se vuelven a ocultar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit profile &amp;questions…</source>
            <translation>Editar pre&amp;guntas de perfil…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit profile questions</source>
            <translation>Editar preguntas de perfil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The voluntary questions about age, gender and more, in every language</source>
            <translation>Las preguntas voluntarias sobre edad, género y más, en todos los idiomas</translation>
        </message>
        <message>
            <location line="+9" />
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check-in</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who took part</source>
            <translation>Quién participó</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants views</source>
            <translation>Vistas de participantes</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No database is open.</source>
            <translation>No hay ninguna base de datos abierta.</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <location filename="../../workshop_app/ui/participants_people.py" line="+47" />
            <source>Search participants</source>
            <translation>Buscar participantes</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Search by code, name or phone</source>
            <translation>Buscar por código, nombre o teléfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search by code</source>
            <translation>Buscar por código</translation>
        </message>
        <message>
            <location line="+31" />
            <source>No one matches. Clear the search, or register them on the Check-in tab.</source>
            <translation>No coincide nadie. Borra la búsqueda o inscribe a la persona en la pestaña Asistencia.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No participants yet. Register people at the door on the Check-in tab.</source>
            <translation>Aún no hay participantes. Inscribe a la gente a su llegada en la pestaña Asistencia.</translation>
        </message>
        <message numerus="yes">
            <location line="+17" />
            <source>%n participant listed</source>
            <translation>
                <numerusform>%n participante en la lista</numerusform>
                <numerusform>%n participantes en la lista</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n participants listed</source>
            <translation>
                <numerusform>%n participante en la lista</numerusform>
                <numerusform>%n participantes en la lista</numerusform>
            </translation>
        </message>
        <message>
            <location line="+33" />
            <source>Delete registration</source>
            <translation>Eliminar inscripción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the registration of {code}?</source>
            <translation>¿Eliminar la inscripción de {code}?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use this for a registration made by mistake; you can undo it with Edit › Undo. Their survey answers stay, without their code. When someone asks to be forgotten, use “Erase this person…” instead.</source>
            <translation>Usa esta opción para una inscripción hecha por error; puedes deshacerla con Edición › Deshacer. Sus respuestas a encuestas se conservan, sin su código. Cuando alguien ejerza su derecho al olvido, usa «Suprimir a esta persona…».</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{code}: {report} The undo history was cleared, so they cannot be brought back.</source>
            <translation>{code}: {report} Se ha vaciado el historial de deshacer, así que no se puede recuperar a esta persona.</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../../workshop_app/ui/kiosk_pin_pad.py" line="-151" />
            <source>Facilitator: enter the kiosk PIN to leave the kiosk</source>
            <translation>Persona facilitadora: introduce el PIN para salir del quiosco</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Kiosk PIN</source>
            <translation>PIN del quiosco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The facilitator's PIN, to leave the kiosk</source>
            <translation>El PIN de la persona facilitadora, para salir del quiosco</translation>
        </message>
        <message>
            <location line="+9" />
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Delete the last digit</source>
            <translation>Borrar la última cifra</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Back to the kiosk</source>
            <translation>Volver al quiosco</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Wrong PIN. Try again.</source>
            <translation>PIN incorrecto. Inténtalo de nuevo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Wrong PIN. Try again in {seconds} s.</source>
            <translation>PIN incorrecto. Inténtalo de nuevo dentro de {seconds} s.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>You can try again now.</source>
            <translation>Ya puedes volver a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <location filename="../../workshop_app/ui/builder_problems.py" line="+35" />
            <source>Problems to fix</source>
            <translation>Problemas que resolver</translation>
        </message>
        <message>
            <location line="+35" />
            <source>✓ No problems: the survey can be saved and exported.</source>
            <translation>✓ Sin problemas: la encuesta se puede guardar y exportar.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n problem to fix before saving</source>
            <translation>
                <numerusform>%n problema que resolver antes de guardar</numerusform>
                <numerusform>%n problemas que resolver antes de guardar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n problems to fix before saving</source>
            <translation>
                <numerusform>%n problema que resolver antes de guardar</numerusform>
                <numerusform>%n problemas que resolver antes de guardar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProfileEditorDialog</name>
        <message>
            <location filename="../../workshop_app/ui/profile_editor_dialog.py" line="+66" />
            <location line="+25" />
            <source>Profile questions</source>
            <translation>Preguntas de perfil</translation>
        </message>
        <message>
            <location line="-7" />
            <source>The questions people may answer about themselves at registration. Every question keeps “Prefer not to say”, so answering stays voluntary.</source>
            <translation>Las preguntas que cada persona puede responder sobre sí misma al inscribirse. Todas conservan «Prefiero no decirlo», para que responder siga siendo voluntario.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>New question, e.g. Housing situation</source>
            <translation>Nueva pregunta; p. ej., Situación de vivienda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label of a new question</source>
            <translation>Etiqueta de una pregunta nueva</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add question</source>
            <translation>Añadir pregunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move question up</source>
            <translation>Subir pregunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move question down</source>
            <translation>Bajar pregunta</translation>
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
            <translation>Eliminar pregunta</translation>
        </message>
        <message>
            <location line="-264" />
            <source>Questions</source>
            <translation>Preguntas</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Language to add</source>
            <translation>Idioma que se añadirá</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add language</source>
            <translation>Añadir idioma</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a language column</source>
            <translation>Añadir una columna de idioma</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Answers, with their label in each language</source>
            <translation>Respuestas, con su etiqueta en cada idioma</translation>
        </message>
        <message>
            <location line="+12" />
            <source>New answer, in {language}</source>
            <translation>Nueva respuesta, en {language}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Label of a new answer</source>
            <translation>Etiqueta de una respuesta nueva</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add answer</source>
            <translation>Añadir respuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move answer up</source>
            <translation>Subir respuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move answer down</source>
            <translation>Bajar respuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete answer</source>
            <translation>Eliminar respuesta</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Answers (double-click a label to change it)</source>
            <translation>Respuestas (haz doble clic en una etiqueta para cambiarla)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Question label in {language}</source>
            <translation>Etiqueta de la pregunta en {language}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(missing)</source>
            <translation>(falta)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>known in exports as {name}</source>
            <translation>en las exportaciones figura como {name}</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Type the new question first.</source>
            <translation>Escribe primero la nueva pregunta.</translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>%n person answered it; that answer goes too.</source>
            <translation>
                <numerusform>%n persona la ha respondido; esa respuesta también se eliminará.</numerusform>
                <numerusform>%n personas la han respondido; sus respuestas también se eliminarán.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n people answered it; their answers go too.</source>
            <translation>
                <numerusform>%n persona la ha respondido; esa respuesta también se eliminará.</numerusform>
                <numerusform>%n personas la han respondido; sus respuestas también se eliminarán.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can undo this.</source>
            <translation>Puedes deshacerlo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete the question “{label}”?</source>
            <translation>¿Eliminar la pregunta «{label}»?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Type the new answer first.</source>
            <translation>Escribe primero la nueva respuesta.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Every question keeps “Prefer not to say”, so answering stays voluntary. You can rename it.</source>
            <translation>Todas las preguntas conservan «Prefiero no decirlo», para que responder siga siendo voluntario. Puedes cambiarle el nombre.</translation>
        </message>
    </context>
    <context>
        <name>ProfileForm</name>
        <message>
            <location filename="../../workshop_app/ui/profile_form.py" line="+67" />
            <source>Not answered</source>
            <translation>Sin responder</translation>
        </message>
        <message>
            <location line="+12" />
            <source>In their own words (optional)</source>
            <translation>Con sus propias palabras (opcional)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{question}: in their own words</source>
            <translation>{question}: con sus propias palabras</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <location filename="../../workshop_app/ui/projector_window.py" line="+62" />
            <source>Projector — {title}</source>
            <translation>Proyector — {title}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Projector</source>
            <translation>Proyector</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the room sees: the current activity and its anonymous results</source>
            <translation>Lo que ve la sala: la actividad en curso y sus resultados anónimos</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Answers are anonymous. Results appear once {count} people have answered.</source>
            <translation>Las respuestas son anónimas. Los resultados aparecen cuando han respondido {count} personas.</translation>
        </message>
        <message>
            <location line="+58" />
            <source>{kind}: {title}</source>
            <translation>{kind}: {title}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Welcome</source>
            <translation>Os damos la bienvenida</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Waiting for at least {minimum} voters ({count} so far)</source>
            <translation>Esperando a que voten al menos {minimum} personas (de momento, {count})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Waiting for at least {minimum} answers ({count} so far)</source>
            <translation>Esperando al menos {minimum} respuestas (de momento, {count})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Waiting for at least {minimum} answers to this question</source>
            <translation>Esperando al menos {minimum} respuestas a esta pregunta</translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>%n answers</source>
            <translation>
                <numerusform>%n respuesta</numerusform>
                <numerusform>%n respuestas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>Ideas will appear here</source>
            <translation>Las ideas aparecerán aquí</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Nothing to vote on yet</source>
            <translation>Aún no hay nada que votar</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n people voted</source>
            <translation>
                <numerusform>%n persona ha votado</numerusform>
                <numerusform>%n personas han votado</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>The {count} ideas with the most dots</source>
            <translation>Las {count} ideas con más puntos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dots per idea</source>
            <translation>Puntos por idea</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{count} answers · average {average}</source>
            <translation>{count} respuestas · media {average}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How useful was this session?</source>
            <translation>¿Qué utilidad ha tenido esta sesión?</translation>
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
            <translation>Gráfico de «{question}»</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save the chart of “{question}”</source>
            <translation>Guardar el gráfico de «{question}»</translation>
        </message>
    </context>
    <context>
        <name>QuestionEditor</name>
        <message>
            <location filename="../../workshop_app/ui/question_editor.py" line="+65" />
            <location line="+195" />
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <location line="-192" />
            <source>Language of the texts edited here</source>
            <translation>Idioma de los textos que se editan aquí</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The label, hint and messages below are in this language</source>
            <translation>La etiqueta, la indicación y los mensajes de abajo están en este idioma</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The short code of the question in exports</source>
            <translation>El código corto de la pregunta en las exportaciones</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
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
            <translation>Indicación</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shown under the label, smaller</source>
            <translation>Se muestra debajo de la etiqueta, en letra más pequeña</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Hint</source>
            <translation>&amp;Indicación</translation>
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
            <translation>Desde</translation>
        </message>
        <message>
            <location line="+0" />
            <source>to</source>
            <translation>hasta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>step</source>
            <translation>paso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scale {part}</source>
            <translation>Escala ({part})</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Scale</source>
            <translation>Escala</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add an “&amp;Other” choice with a box to say what</source>
            <translation>Añadir una opción «&amp;Otra» con un campo para especificar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Or other</source>
            <translation>Opción «Otra»</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change “Other” choice</source>
            <translation>Cambiar opción «Otra»</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choices</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An answer is &amp;required</source>
            <translation>La respuesta es o&amp;bligatoria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Required</source>
            <translation>Obligatoria</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Message when required</source>
            <translation>Mensaje de respuesta obligatoria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What to say when it is left empty (optional)</source>
            <translation>Qué decir cuando se deja en blanco (opcional)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show when (relevance)</source>
            <translation>Mostrar si (relevancia)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit relevance</source>
            <translation>Editar relevancia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show &amp;when…</source>
            <translation>Mostrar &amp;si…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build the condition for showing this question</source>
            <translation>Crear la condición para mostrar esta pregunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pick an earlier question and an answer</source>
            <translation>Elige una pregunta anterior y una respuesta</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Show when</source>
            <translation>Mostrar si</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+6" />
            <source>Constraint</source>
            <translation>Restricción</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Edit constraint</source>
            <translation>Editar restricción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Constraint message</source>
            <translation>Mensaje de restricción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What to say when the answer is not allowed</source>
            <translation>Qué decir cuando la respuesta no es válida</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>Appearance</source>
            <translation>Apariencia</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+2" />
            <source>Edit appearance</source>
            <translation>Editar apariencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Appearance</source>
            <translation>&amp;Apariencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Default answer</source>
            <translation>Respuesta predeterminada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>An answer given in advance (optional)</source>
            <translation>Una respuesta dada de antemano (opcional)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit default</source>
            <translation>Editar respuesta predeterminada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Default</source>
            <translation>Respuesta pre&amp;determinada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Texts in</source>
            <translation>Textos en</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Select a question to edit it, or add one.</source>
            <translation>Selecciona una pregunta para editarla o añade una.</translation>
        </message>
        <message>
            <location line="+151" />
            <source>The question as participants read it, in {language}</source>
            <translation>La pregunta tal como la leen quienes participan, en {language}</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Make required</source>
            <translation>Hacer obligatoria</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Make optional</source>
            <translation>Hacer opcional</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Edit scale</source>
            <translation>Editar escala</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Set relevance</source>
            <translation>Establecer relevancia</translation>
        </message>
    </context>
    <context>
        <name>QuestionListModel</name>
        <message>
            <location filename="../../workshop_app/ui/profile_editor_model.py" line="-70" />
            <source>Known in exports as {name}</source>
            <translation>En las exportaciones figura como {name}</translation>
        </message>
    </context>
    <context>
        <name>QuestionPreview</name>
        <message>
            <location filename="../../workshop_app/ui/question_preview.py" line="+29" />
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Preview language</source>
            <translation>Idioma de la vista previa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>See the question in another language of the survey</source>
            <translation>Ver la pregunta en otro idioma de la encuesta</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The selected question appears here as participants will see it.</source>
            <translation>La pregunta seleccionada aparece aquí tal como la verán quienes participan.</translation>
        </message>
    </context>
    <context>
        <name>QuestionTree</name>
        <message>
            <location filename="../../workshop_app/ui/builder_views.py" line="+28" />
            <source>Questions</source>
            <translation>Preguntas</translation>
        </message>
    </context>
    <context>
        <name>QuestionTreeModel</name>
        <message>
            <location filename="../../workshop_app/ui/builder_model.py" line="+139" />
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Nombre</translation>
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
            <translation>Bajar</translation>
        </message>
    </context>
    <context>
        <name>RelationshipForm</name>
        <message>
            <location filename="../../workshop_app/ui/map_panel_forms.py" line="+249" />
            <source>Relationship</source>
            <translation>Relación</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kind of relationship</source>
            <translation>Tipo de relación</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Strength</source>
            <translation>Intensidad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{number} — {label}</source>
            <translation>{number} — {label}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Direction</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <source>Delete relationship</source>
            <translation>Eliminar relación</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>St&amp;rength</source>
            <translation>&amp;Intensidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Direction</source>
            <translation>&amp;Dirección</translation>
        </message>
        <message>
            <location line="+42" />
            <source>{source} and {target}</source>
            <translation>{source} y {target}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No direction (both ways)</source>
            <translation>Sin dirección (en ambos sentidos)</translation>
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
            <translation>Mostrar esta pregunta si…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ask “{question}” only when an earlier answer is as follows.</source>
            <translation>Hacer la pregunta «{question}» solo si una respuesta anterior cumple lo siguiente.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Earlier question</source>
            <translation>Pregunta anterior</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{label} ({name})</source>
            <translation>{label} ({name})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Condition</source>
            <translation>Condición</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The answer to compare with</source>
            <translation>La respuesta con la que comparar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Replace the condition</source>
            <translation>Sustituir la condición</translation>
        </message>
        <message>
            <location line="+0" />
            <source>And (both)</source>
            <translation>Y (ambas)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Or (either)</source>
            <translation>O (cualquiera de las dos)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The question already has a condition: {condition}</source>
            <translation>La pregunta ya tiene una condición: {condition}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Question</source>
            <translation>&amp;Pregunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Condition</source>
            <translation>&amp;Condición</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Answer</source>
            <translation>&amp;Respuesta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use this condition</source>
            <translation>Usar esta condición</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The condition, as XLSForm writes it:</source>
            <translation>La condición, tal como la escribe XLSForm:</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Other</source>
            <translation>Otra</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Pick a question and an answer.</source>
            <translation>Elige una pregunta y una respuesta.</translation>
        </message>
    </context>
    <context>
        <name>ResultsFilterBar</name>
        <message>
            <location filename="../../workshop_app/ui/results_filters.py" line="+90" />
            <source>Workshop</source>
            <translation>Taller</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Any date</source>
            <translation>Cualquier fecha</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Answered from</source>
            <translation>Respondido desde</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answered until</source>
            <translation>Respondido hasta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Finished only</source>
            <translation>Solo t&amp;erminadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count finished responses only</source>
            <translation>Contar solo las respuestas terminadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show results of</source>
            <translation>Mostrar resultados de</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compare with</source>
            <translation>Comparar con</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;lear filters</source>
            <translation>&amp;Borrar filtros</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear all filters</source>
            <translation>Borrar todos los filtros</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Workshop</source>
            <translation>&amp;Taller</translation>
        </message>
        <message>
            <location line="+1" />
            <source>F&amp;rom</source>
            <translation>&amp;Desde</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;to</source>
            <translation>&amp;hasta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Who</source>
            <translation>&amp;Quién</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Co&amp;mpare with</source>
            <translation>Co&amp;mparar con</translation>
        </message>
        <message>
            <location line="+50" />
            <source>All workshops</source>
            <translation>Todos los talleres</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{title} — {when}</source>
            <translation>{title} — {when}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No comparison</source>
            <translation>Sin comparación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everyone</source>
            <translation>Todas las personas</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Several answers…</source>
            <translation>Varias respuestas…</translation>
        </message>
        <message>
            <location line="+65" />
            <source>{start} to {end}</source>
            <translation>del {start} al {end}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>from {start}</source>
            <translation>desde el {start}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>until {end}</source>
            <translation>hasta el {end}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>any date</source>
            <translation>cualquier fecha</translation>
        </message>
        <message>
            <location line="+4" />
            <source>finished responses only</source>
            <translation>solo respuestas terminadas</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <location filename="../../workshop_app/ui/results_page.py" line="+89" />
            <source>Surveys with answers</source>
            <translation>Encuestas con respuestas</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Counts under 5 show as “&lt;5” and a question with fewer than 5 answers shows no chart, so no one can be singled out; “≥5” is hidden so a small count cannot be worked out. Typed answers are never shown here, only the words many people used.</source>
            <translation>Los recuentos inferiores a 5 aparecen como «&lt;5» y una pregunta con menos de 5 respuestas no muestra gráfico, para que no se pueda identificar a nadie; «≥5» se oculta para que no se pueda deducir un recuento pequeño. Aquí nunca se muestran las respuestas escritas, solo las palabras que ha usado mucha gente.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Surveys appear here once someone has answered them.</source>
            <translation>Las encuestas aparecen aquí cuando alguien las ha respondido.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Results of the survey</source>
            <translation>Resultados de la encuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One card per question; scroll with the arrow keys</source>
            <translation>Una tarjeta por pregunta; desplázate con las teclas de flecha</translation>
        </message>
        <message>
            <location line="+29" />
            <source>No database is open.</source>
            <translation>No hay ninguna base de datos abierta.</translation>
        </message>
        <message>
            <location line="+72" />
            <location line="+91" />
            <source>No answers yet</source>
            <translation>Aún no hay respuestas</translation>
        </message>
        <message>
            <location line="-90" />
            <source>Results appear here once people answer a survey in the kiosk, or once answers given on paper are typed in.</source>
            <translation>Los resultados aparecen aquí cuando la gente responde una encuesta en el quiosco o cuando se introducen las respuestas dadas en papel.</translation>
        </message>
        <message>
            <location line="+69" />
            <source>No answers from these groups</source>
            <translation>No hay respuestas de estos grupos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Neither group answered this survey in the responses the filters select.</source>
            <translation>Ninguno de los dos grupos respondió esta encuesta en las respuestas que seleccionan los filtros.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{survey}: “{first}” and “{second}” side by side · {filters}</source>
            <translation>{survey}: «{first}» y «{second}» en paralelo · {filters}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No answers match</source>
            <translation>Ninguna respuesta coincide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No answers match these filters. Choose another workshop or group, or widen the dates.</source>
            <translation>Ninguna respuesta coincide con estos filtros. Elige otro taller u otro grupo, o amplía las fechas.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This survey has no answers yet.</source>
            <translation>Esta encuesta aún no tiene respuestas.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Too few answers to show</source>
            <translation>Muy pocas respuestas para mostrarlas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fewer than 5 responses match these filters, so no results are shown: with so few, an answer could point to a person.</source>
            <translation>Menos de 5 respuestas coinciden con estos filtros, así que no se muestran resultados: con tan pocas, una respuesta podría delatar a una persona.</translation>
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
            <translation>Versión {version}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Versions {versions}</source>
            <translation>Versiones {versions}</translation>
        </message>
    </context>
    <context>
        <name>ResumeOffer</name>
        <message>
            <location filename="../../workshop_app/ui/run_resume.py" line="+34" />
            <source>Resume…</source>
            <translation>Reanudar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resume the unfinished surveys</source>
            <translation>Reanudar las encuestas sin terminar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the run view of their workshop</source>
            <translation>Abrir la vista de sesión de su taller</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Dismiss the offer to resume</source>
            <translation>Descartar el aviso para reanudar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hide this offer; the unfinished surveys stay saved</source>
            <translation>Ocultar este aviso; las encuestas sin terminar siguen guardadas</translation>
        </message>
        <message numerus="yes">
            <location line="+29" />
            <source>%n survey was not finished —</source>
            <translation>
                <numerusform>%n encuesta quedó sin terminar —</numerusform>
                <numerusform>%n encuestas quedaron sin terminar —</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n surveys were not finished —</source>
            <translation>
                <numerusform>%n encuesta quedó sin terminar —</numerusform>
                <numerusform>%n encuestas quedaron sin terminar —</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RunAgendaModel</name>
        <message>
            <location filename="../../workshop_app/ui/run_agenda.py" line="+93" />
            <source>{item} (on now)</source>
            <translation>{item} (en curso)</translation>
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
            <translation>Estado del taller</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check-in</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Check people in</source>
            <translation>Registrar asistencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Register and check people in at the door (Ctrl+I)</source>
            <translation>Inscribir a las personas y registrar su asistencia en la entrada (Ctrl+I)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kiosk PIN…</source>
            <translation>PIN del quiosco…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Set the kiosk PIN</source>
            <translation>Establecer el PIN del quiosco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The PIN that lets you leave the kiosk</source>
            <translation>El PIN que te permite salir del quiosco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open projector</source>
            <translation>Abrir proyector</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open the projector view</source>
            <translation>Abrir la vista del proyector</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timer and results for the room, on the second screen (F5)</source>
            <translation>Temporizador y resultados para la sala, en la segunda pantalla (F5)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End workshop</source>
            <translation>Terminar taller</translation>
        </message>
        <message>
            <location line="+0" />
            <source>End the workshop</source>
            <translation>Terminar el taller</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark the workshop as done</source>
            <translation>Marcar el taller como terminado</translation>
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
            <translation>Actividad anterior</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The activity before (Alt+Left)</source>
            <translation>La actividad anterior (Alt+Izquierda)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next →</source>
            <translation>Siguiente →</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next activity</source>
            <translation>Actividad siguiente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The next activity (Alt+Right)</source>
            <translation>La actividad siguiente (Alt+Derecha)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>&amp;Status</source>
            <translation>E&amp;stado</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Check-in ({count})</source>
            <translation>Asistencia ({count})</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This workshop has no agenda yet. Add activities in Workshops.</source>
            <translation>Este taller aún no tiene programa. Añade actividades en Talleres.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{hint}

Run it with the timer; the maps are drawn in the Stakeholder maps section.</source>
            <translation>{hint}

Dirígela con el temporizador; los mapas se dibujan en la sección Mapas de actores.</translation>
        </message>
    </context>
    <context>
        <name>RunWindow</name>
        <message>
            <location filename="../../workshop_app/ui/run_window.py" line="+95" />
            <source>&amp;Workshop</source>
            <translation>&amp;Taller</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Check-in</source>
            <translation>&amp;Asistencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kiosk &amp;PIN…</source>
            <translation>&amp;PIN del quiosco…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open p&amp;rojector</source>
            <translation>Abrir p&amp;royector</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the timer and results on the second screen</source>
            <translation>Mostrar el temporizador y los resultados en la segunda pantalla</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;End workshop</source>
            <translation>&amp;Terminar taller</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Close run view</source>
            <translation>&amp;Cerrar vista de sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Timer</source>
            <translation>Te&amp;mporizador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Start or pause</source>
            <translation>&amp;Iniciar o pausar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;One more minute</source>
            <translation>&amp;Un minuto más</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Five more minutes</source>
            <translation>&amp;Cinco minutos más</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reset</source>
            <translation>&amp;Reiniciar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Previous activity</source>
            <translation>Actividad &amp;anterior</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Next activity</source>
            <translation>Actividad &amp;siguiente</translation>
        </message>
        <message>
            <location line="+32" />
            <source>This workshop no longer exists.</source>
            <translation>Este taller ya no existe.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Run — {title}</source>
            <translation>Sesión — {title}</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>%n survey was not finished. It is listed below; resume it from there.</source>
            <translation>
                <numerusform>%n encuesta quedó sin terminar. Aparece abajo; reanúdala desde ahí.</numerusform>
                <numerusform>%n encuestas quedaron sin terminar. Aparecen abajo; reanúdalas desde ahí.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n surveys were not finished. They are listed below; resume them from there.</source>
            <translation>
                <numerusform>%n encuesta quedó sin terminar. Aparece abajo; reanúdala desde ahí.</numerusform>
                <numerusform>%n encuestas quedaron sin terminar. Aparecen abajo; reanúdalas desde ahí.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+65" />
            <source>Time is up for {title}.</source>
            <translation>Se ha acabado el tiempo de «{title}».</translation>
        </message>
        <message>
            <location line="+6" />
            <source>time is up</source>
            <translation>tiempo agotado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{clock} left</source>
            <translation>quedan {clock}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>paused at {clock}</source>
            <translation>en pausa en {clock}</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Mark as {status}</source>
            <translation>Marcar como «{status}»</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The workshop is marked as done and everything is saved in this database. Packing it for the ULG secretary comes with the merge feature; until then, bring this laptop or a backup of the database.</source>
            <translation>El taller está marcado como terminado y todo está guardado en esta base de datos. Podrás empaquetarlo para la secretaría del ULG cuando llegue la función de fusión; hasta entonces, lleva este portátil o una copia de seguridad de la base de datos.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The kiosk PIN is set.</source>
            <translation>Se ha establecido el PIN del quiosco.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The kiosk PIN is removed.</source>
            <translation>Se ha quitado el PIN del quiosco.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Set a kiosk PIN first: it lets you, and only you, leave the kiosk.</source>
            <translation>Establece primero un PIN del quiosco: con él podrás salir del quiosco tú, y solo tú.</translation>
        </message>
    </context>
    <context>
        <name>ScaleWidget</name>
        <message>
            <location filename="../../workshop_app/ui/question_inputs.py" line="+83" />
            <source>{value} on the scale</source>
            <translation>{value} en la escala</translation>
        </message>
    </context>
    <context>
        <name>SelectionForm</name>
        <message>
            <location filename="../../workshop_app/ui/map_panel.py" line="+50" />
            <source>Align &amp;left</source>
            <translation>Alinear a la &amp;izquierda</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Align &amp;top</source>
            <translation>Alinear &amp;arriba</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Align &amp;centres</source>
            <translation>Alinear al &amp;centro</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete selected</source>
            <translation>Eliminar seleccionados</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete the selected stakeholders</source>
            <translation>Eliminar los actores seleccionados</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Drag any of them to move them all; the arrow keys nudge them.</source>
            <translation>Arrastra cualquiera de ellos para moverlos todos; las teclas de flecha los desplazan ligeramente.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>1 stakeholder selected</source>
            <translation>1 actor seleccionado</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n stakeholders selected</source>
            <translation>
                <numerusform>%n actor seleccionado</numerusform>
                <numerusform>%n actores seleccionados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n relationships selected</source>
            <translation>
                <numerusform>%n relación seleccionada</numerusform>
                <numerusform>%n relaciones seleccionadas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StakeholderForm</name>
        <message>
            <location filename="../../workshop_app/ui/map_panel_forms.py" line="-213" />
            <source>Stakeholder</source>
            <translation>Actor</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attitude</source>
            <translation>Actitud</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Engagement strategy</source>
            <translation>Estrategia de implicación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How to involve them</source>
            <translation>Cómo implicar a este actor</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Contact (personal data)</source>
            <translation>Contacto (dato personal)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail or phone of a contact person</source>
            <translation>Correo electrónico o teléfono de una persona de contacto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Personal data</source>
            <translation>Datos personales</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Left out of exports unless you choose to include contacts.</source>
            <translation>Se excluye de las exportaciones salvo que decidas incluir los contactos.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Delete stakeholder</source>
            <translation>Eliminar actor</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Organisation</source>
            <translation>&amp;Organización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sector</source>
            <translation>&amp;Sector</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Attitude</source>
            <translation>&amp;Actitud</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Engagement</source>
            <translation>&amp;Implicación</translation>
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
            <translation>Título de la encuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title of the survey</source>
            <translation>Título de la encuesta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>• Unsaved changes</source>
            <translation>• Cambios sin guardar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save survey</source>
            <translation>Guardar encuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the survey (Ctrl+S)</source>
            <translation>Guardar la encuesta (Ctrl+S)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add &amp;question</source>
            <translation>Añadir &amp;pregunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add question</source>
            <translation>Añadir pregunta</translation>
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
            <translation>Duplicar pregunta</translation>
        </message>
        <message>
            <location line="-248" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete question</source>
            <translation>Eliminar pregunta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Move question up (Alt+Up)</source>
            <translation>Subir pregunta (Alt+Arriba)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Move question down (Alt+Down)</source>
            <translation>Bajar pregunta (Alt+Abajo)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Survey builder views</source>
            <translation>Vistas del editor de encuestas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions</source>
            <translation>Preguntas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Translations</source>
            <translation>Traducciones</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{action} ({keys})</source>
            <translation>{action} ({keys})</translation>
        </message>
        <message>
            <location line="+83" />
            <source>Change title</source>
            <translation>Cambiar título</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Version {version} already has responses, so saving changes makes version {next}.</source>
            <translation>La versión {version} ya tiene respuestas, así que al guardar los cambios se creará la versión {next}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Version {version} · no responses yet</source>
            <translation>Versión {version} · aún sin respuestas</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Add question: {type}</source>
            <translation>Añadir pregunta: {type}</translation>
        </message>
    </context>
    <context>
        <name>SurveyListPane</name>
        <message>
            <location filename="../../workshop_app/ui/survey_list_pane.py" line="+16" />
            <source>Surveys</source>
            <translation>Encuestas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New from template…</source>
            <translation>&amp;Nueva a partir de plantilla…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New survey from a template</source>
            <translation>Nueva encuesta a partir de una plantilla</translation>
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
            <translation>Añadir un cuestionario de KoboToolbox, ODK u otro archivo XLSForm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport XLSForm…</source>
            <translation>&amp;Exportar XLSForm…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export XLSForm</source>
            <translation>Exportar XLSForm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the survey as an XLSForm for KoboToolbox or ODK</source>
            <translation>Guardar la encuesta como XLSForm para KoboToolbox u ODK</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete survey…</source>
            <translation>Eliminar encuesta…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete survey</source>
            <translation>Eliminar encuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo deleting the survey</source>
            <translation>Deshacer la eliminación de la encuesta</translation>
        </message>
    </context>
    <context>
        <name>SurveyPanel</name>
        <message>
            <location filename="../../workshop_app/ui/run_survey_panel.py" line="+99" />
            <source>Start &amp;kiosk</source>
            <translation>Iniciar &amp;quiosco</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start the kiosk</source>
            <translation>Iniciar el quiosco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People answer on this laptop, one after another, in a locked screen</source>
            <translation>La gente responde en este portátil, por turnos, en una pantalla bloqueada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter &amp;paper answers</source>
            <translation>Introducir respuestas en &amp;papel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter paper answers</source>
            <translation>Introducir respuestas en papel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type in questionnaires filled in on paper</source>
            <translation>Pasar al ordenador los cuestionarios rellenados en papel</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Question shown on the projector</source>
            <translation>Pregunta que se muestra en el proyector</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Every answer given so far is saved. Pick one and resume it where the person stopped.</source>
            <translation>Todas las respuestas dadas hasta ahora están guardadas. Elige una y reanúdala donde la persona la dejó.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Unfinished responses</source>
            <translation>Respuestas sin terminar</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Resume in kiosk</source>
            <translation>&amp;Reanudar en el quiosco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resume the selected response in the kiosk</source>
            <translation>Reanudar la respuesta seleccionada en el quiosco</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resume as paper &amp;entry</source>
            <translation>Reanudar &amp;como cuestionario en papel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resume the selected response as paper entry</source>
            <translation>Reanudar la respuesta seleccionada como cuestionario en papel</translation>
        </message>
        <message>
            <location line="+5" />
            <source>On the projector:</source>
            <translation>En el proyector:</translation>
        </message>
        <message>
            <location line="+58" />
            <source>No survey is chosen for this activity yet.</source>
            <translation>Aún no se ha elegido ninguna encuesta para esta actividad.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>{started} started · {finished} finished · {open} not finished</source>
            <translation>{started} iniciadas · {finished} terminadas · {open} sin terminar</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not finished ({count})</source>
            <translation>Sin terminar ({count})</translation>
        </message>
    </context>
    <context>
        <name>SurveysPage</name>
        <message>
            <location filename="../../workshop_app/ui/surveys_page.py" line="+98" />
            <source>No database is open.</source>
            <translation>No hay ninguna base de datos abierta.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Save survey</source>
            <translation>&amp;Guardar encuesta</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Import XLSForm…</source>
            <translation>&amp;Importar XLSForm…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a questionnaire from an XLSForm file (KoboToolbox, ODK)</source>
            <translation>Añadir un cuestionario de un archivo XLSForm (KoboToolbox, ODK)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>E&amp;xport XLSForm…</source>
            <translation>&amp;Exportar XLSForm…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the selected survey as an XLSForm file</source>
            <translation>Guardar la encuesta seleccionada como archivo XLSForm</translation>
        </message>
        <message>
            <location line="+149" />
            <source>The survey cannot be saved yet: {problem}</source>
            <translation>La encuesta aún no se puede guardar: {problem}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Saved as version {version}. Version {old} keeps its {responses} with the questions they answered.</source>
            <translation>Guardada como versión {version}. La versión {old} conserva sus {responses} con las preguntas que se respondieron.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>New survey</source>
            <translation>Nueva encuesta</translation>
        </message>
        <message>
            <location line="+39" />
            <source>The survey cannot be exported yet: {problem}</source>
            <translation>La encuesta aún no se puede exportar: {problem}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Exported to {path}.</source>
            <translation>Exportada a {path}.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Delete “{title}” (version {version})?</source>
            <translation>¿Eliminar «{title}» (versión {version})?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Its {responses} are deleted with it.</source>
            <translation>También se eliminarán sus {responses}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Its unsaved changes are lost.</source>
            <translation>Se perderán los cambios sin guardar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete survey</source>
            <translation>Eliminar encuesta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{title}” was deleted.</source>
            <translation>Se ha eliminado «{title}».</translation>
        </message>
    </context>
    <context>
        <name>TakeSnapshotDialog</name>
        <message>
            <location filename="../../workshop_app/ui/map_snapshots.py" line="-139" />
            <location line="+15" />
            <source>Take snapshot</source>
            <translation>Tomar instantánea</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Save where every stakeholder stands now, to compare with later.</source>
            <translation>Guardar la posición actual de cada actor para compararla más adelante.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name of the snapshot</source>
            <translation>Nombre de la instantánea</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Date of the snapshot</source>
            <translation>Fecha de la instantánea</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>&amp;Fecha</translation>
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
            <translation>Pregunta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>At least</source>
            <translation>Mínimo</translation>
        </message>
    </context>
    <context>
        <name>TargetsDialog</name>
        <message>
            <location line="+22" />
            <source>Diversity targets</source>
            <translation>Objetivos de diversidad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Say which groups should make up at least a share of those who took part. The “Who took part” tab then says plainly when a group is missing.</source>
            <translation>Indica qué porcentaje mínimo de participantes debería representar cada grupo. Así, la pestaña «Quién participó» dirá claramente cuándo falta un grupo.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Targets set</source>
            <translation>Objetivos definidos</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Remove target</source>
            <translation>&amp;Quitar objetivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected target</source>
            <translation>Quitar el objetivo seleccionado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Question the group is defined by</source>
            <translation>Pregunta que define el grupo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Answers that make up the group</source>
            <translation>Respuestas que forman el grupo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Least share, in per cent</source>
            <translation>Porcentaje mínimo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. People over 60 (optional)</source>
            <translation>p. ej., Mayores de 60 (opcional)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name of the group</source>
            <translation>Nombre del grupo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Set target</source>
            <translation>&amp;Definir objetivo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set target</source>
            <translation>Definir objetivo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Question</source>
            <translation>&amp;Pregunta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A&amp;nswers</source>
            <translation>&amp;Respuestas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At &amp;least</source>
            <translation>&amp;Mínimo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Group &amp;name</source>
            <translation>&amp;Nombre del grupo</translation>
        </message>
        <message>
            <location line="+14" />
            <source>New or changed target</source>
            <translation>Objetivo nuevo o modificado</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Select the target to remove.</source>
            <translation>Selecciona el objetivo que quieres quitar.</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <location filename="../../workshop_app/ui/survey_template_dialog.py" line="+126" />
            <source>New survey from a template</source>
            <translation>Nueva encuesta a partir de una plantilla</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Templates</source>
            <translation>Plantillas</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Language of the preview</source>
            <translation>Idioma de la vista previa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title of the new survey</source>
            <translation>Título de la nueva encuesta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Questions of the template</source>
            <translation>Preguntas de la plantilla</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Start from a questionnaire that works, then adapt it.</source>
            <translation>Parte de un cuestionario que funciona y adáptalo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Show in</source>
            <translation>&amp;Mostrar en</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Create survey</source>
            <translation>Crear encuesta</translation>
        </message>
    </context>
    <context>
        <name>TimerClock</name>
        <message>
            <location filename="../../workshop_app/ui/timer_widget.py" line="+53" />
            <source>Time left</source>
            <translation>Tiempo restante</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Time is up, {clock} over</source>
            <translation>Tiempo agotado: {clock} de más</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{clock} left</source>
            <translation>Quedan {clock}</translation>
        </message>
    </context>
    <context>
        <name>TimerPanel</name>
        <message>
            <location line="+27" />
            <source>Share of the time left</source>
            <translation>Proporción del tiempo restante</translation>
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
            <translation>Iniciar o pausar el temporizador (Espacio)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start or pause the timer</source>
            <translation>Iniciar o pausar el temporizador</translation>
        </message>
        <message>
            <location line="+2" />
            <source>+1 min</source>
            <translation>+1 min</translation>
        </message>
        <message>
            <location line="+0" />
            <source>One more minute (+)</source>
            <translation>Un minuto más (+)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add one minute</source>
            <translation>Añadir un minuto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>+5 min</source>
            <translation>+5 min</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Five more minutes (Shift++)</source>
            <translation>Cinco minutos más (Mayús++)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add five minutes</source>
            <translation>Añadir cinco minutos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reset</source>
            <translation>Reiniciar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Back to the planned time, stopped</source>
            <translation>Volver al tiempo previsto, detenido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset the timer</source>
            <translation>Reiniciar el temporizador</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Pause</source>
            <translation>Pausar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Resume</source>
            <translation>Reanudar</translation>
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
            <translation>{language} (predeterminado)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>label</source>
            <translation>etiqueta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>hint</source>
            <translation>indicación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>constraint message</source>
            <translation>mensaje de restricción</translation>
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
            <translation>(falta)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not translated yet: participants see the default language here</source>
            <translation>Aún sin traducir: aquí se muestra el idioma predeterminado</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+7" />
            <source>Edit translation</source>
            <translation>Editar traducción</translation>
        </message>
    </context>
    <context>
        <name>TranslationsView</name>
        <message>
            <location line="+12" />
            <source>Every text of the survey, one column per language. Tinted cells still need a translation; participants see the default language there.</source>
            <translation>Todos los textos de la encuesta, con una columna por idioma. Las celdas sombreadas aún necesitan traducción; en ellas, quienes participan ven el idioma predeterminado.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Default language</source>
            <translation>Idioma predeterminado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Default language</source>
            <translation>&amp;Idioma predeterminado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Add language…</source>
            <translation>&amp;Añadir idioma…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add language</source>
            <translation>Añadir idioma</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove language…</source>
            <translation>Quitar idioma…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove language</source>
            <translation>Quitar idioma</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Translations</source>
            <translation>Traducciones</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Change default language</source>
            <translation>Cambiar idioma predeterminado</translation>
        </message>
    </context>
    <context>
        <name>UnfinishedModel</name>
        <message>
            <location filename="../../workshop_app/ui/run_survey_panel.py" line="-187" />
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Started</source>
            <translation>Iniciada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last answer</source>
            <translation>Última respuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answers</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Anonymous</source>
            <translation>Anónimo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no answer yet</source>
            <translation>aún sin respuestas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kiosk</source>
            <translation>Quiosco</translation>
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
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Show the app in this language</source>
            <translation>Mostrar la aplicación en este idioma</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Text &amp;size</source>
            <translation>&amp;Tamaño del texto</translation>
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
            <translation>Blanco y amarillo sobre negro, con contornos gruesos</translation>
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
            <translation>Puntos en total</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counted in the room</source>
            <translation>Contados en la sala</translation>
        </message>
    </context>
    <context>
        <name>VotingPanel</name>
        <message>
            <location filename="../../workshop_app/ui/voting_panel.py" line="+61" />
            <source>Start &amp;kiosk voting</source>
            <translation>Iniciar votación en el &amp;quiosco</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start kiosk voting</source>
            <translation>Iniciar votación en el quiosco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People place their dots one after another on this laptop</source>
            <translation>Cada persona reparte sus puntos, por turnos, en este portátil</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type an option to vote on and press Enter</source>
            <translation>Escribe una opción para votar y pulsa Intro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New option to vote on</source>
            <translation>Nueva opción para votar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dots per note</source>
            <translation>Puntos por nota</translation>
        </message>
        <message>
            <location line="+17" />
            <source>One dot less on the selected note</source>
            <translation>Un punto menos en la nota seleccionada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One dot less (−)</source>
            <translation>Un punto menos (−)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>One dot more on the selected note</source>
            <translation>Un punto más en la nota seleccionada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One dot more (+)</source>
            <translation>Un punto más (+)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Counting paper dots? Select a note and press + or −, or type the number.</source>
            <translation>¿Cuentas puntos en papel? Selecciona una nota y pulsa + o −, o escribe el número.</translation>
        </message>
        <message numerus="yes">
            <location line="+61" />
            <source>%n person voted in the kiosk</source>
            <translation>
                <numerusform>%n persona ha votado en el quiosco</numerusform>
                <numerusform>%n personas han votado en el quiosco</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n people voted in the kiosk</source>
            <translation>
                <numerusform>%n persona ha votado en el quiosco</numerusform>
                <numerusform>%n personas han votado en el quiosco</numerusform>
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
            <translation>La gente vota las opciones que se escriben aquí.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No brainstorm comes before this dot vote: type the options to vote on.</source>
            <translation>No hay ninguna lluvia de ideas antes de esta votación por puntos: escribe las opciones que se votarán.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>People vote on the notes of the brainstorm before it.</source>
            <translation>La gente vota las notas de la lluvia de ideas anterior.</translation>
        </message>
    </context>
    <context>
        <name>WorkbookPanel</name>
        <message>
            <location filename="../../workshop_app/ui/workbook_panel.py" line="+73" />
            <source>ULG workbook</source>
            <translation>Libro del ULG</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One Excel file for the ULG meeting and the Integrated Action Plan: a summary with charts, every survey response, ideas and votes, stakeholder maps and who took part.</source>
            <translation>Un archivo de Excel para la reunión del ULG y el Plan de Acción Integrado: un resumen con gráficos, todas las respuestas a las encuestas, las ideas y los votos, los mapas de actores y quién participó.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>E&amp;verything</source>
            <translation>&amp;Todo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One &amp;workshop</source>
            <translation>&amp;Un taller</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workshops &amp;between</source>
            <translation>Ta&amp;lleres entre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export everything</source>
            <translation>Exportar todo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export one workshop</source>
            <translation>Exportar un taller</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the workshops between two dates</source>
            <translation>Exportar los talleres entre dos fechas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Workshop to export</source>
            <translation>Taller que se exportará</translation>
        </message>
        <message>
            <location line="+3" />
            <source>First day of the range</source>
            <translation>Primer día del periodo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last day of the range</source>
            <translation>Último día del periodo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Language of the labels</source>
            <translation>Idioma de las etiquetas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include names and contacts (personal &amp;data)</source>
            <translation>Incluir nombres y contactos (&amp;datos personales)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include names and contacts</source>
            <translation>Incluir nombres y contactos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Personal data is left out unless you tick this</source>
            <translation>Los datos personales se excluyen salvo que marques esta casilla</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The workbook will contain personal data. Keep it safe, share it only with people who need it, and delete it when it is no longer needed.</source>
            <translation>El libro contendrá datos personales. Guárdalo en un lugar seguro, compártelo solo con quien lo necesite y elimínalo cuando ya no haga falta.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>E&amp;xport ULG workbook…</source>
            <translation>E&amp;xportar libro del ULG…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+162" />
            <location line="+28" />
            <location line="+22" />
            <source>Export ULG workbook</source>
            <translation>Exportar libro del ULG</translation>
        </message>
        <message>
            <location line="-204" />
            <source>Open &amp;folder</source>
            <translation>Abrir &amp;carpeta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the folder of the workbook</source>
            <translation>Abrir la carpeta del libro</translation>
        </message>
        <message>
            <location line="+11" />
            <source>and</source>
            <translation>y</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Labels in</source>
            <translation>&amp;Etiquetas en</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Open a database to export its workbook.</source>
            <translation>Abre una base de datos para exportar su libro.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>no date</source>
            <translation>sin fecha</translation>
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
            <translation>Se exportarán {workshops}, {responses} y {participants}.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n workshop</source>
            <translation>
                <numerusform>%n taller</numerusform>
                <numerusform>%n talleres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n workshops</source>
            <translation>
                <numerusform>%n taller</numerusform>
                <numerusform>%n talleres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n survey response</source>
            <translation>
                <numerusform>%n respuesta a encuestas</numerusform>
                <numerusform>%n respuestas a encuestas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n survey responses</source>
            <translation>
                <numerusform>%n respuesta a encuestas</numerusform>
                <numerusform>%n respuestas a encuestas</numerusform>
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
            <translation>Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Writing {name}…</source>
            <translation>Escribiendo {name}…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Saved {path}.</source>
            <translation>Se ha guardado {path}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It contains names and contacts: keep it safe.</source>
            <translation>Contiene nombres y contactos: guárdalo en un lugar seguro.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n long text was cut to fit an Excel cell; the Answers sheet marks it.</source>
            <translation>
                <numerusform>%n texto largo se ha recortado para que quepa en una celda de Excel; la hoja «Answers» lo indica.</numerusform>
                <numerusform>%n textos largos se han recortado para que quepan en las celdas de Excel; la hoja «Answers» los indica.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n long texts were cut to fit Excel's cells; the Answers sheet marks them.</source>
            <translation>
                <numerusform>%n texto largo se ha recortado para que quepa en una celda de Excel; la hoja «Answers» lo indica.</numerusform>
                <numerusform>%n textos largos se han recortado para que quepan en las celdas de Excel; la hoja «Answers» los indica.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkshopEditor</name>
        <message>
            <location filename="../../workshop_app/ui/workshop_editor.py" line="+69" />
            <source>Workshop title</source>
            <translation>Título del taller</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What is the workshop called?</source>
            <translation>¿Cómo se llama el taller?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not set</source>
            <translation>Sin definir</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Date and time</source>
            <translation>Fecha y hora</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Parish hall, Rua Direita 12</source>
            <translation>p. ej., Salón parroquial, calle Mayor 12</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ULG theme</source>
            <translation>Tema del ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The ULG theme this workshop feeds</source>
            <translation>El tema del ULG al que contribuye este taller</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator</source>
            <translation>Persona facilitadora</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Language of the workshop</source>
            <translation>Idioma del taller</translation>
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
            <translation>Cualquier cosa que haya que recordar: accesibilidad, intérpretes, materiales…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Delete…</source>
            <translation>&amp;Eliminar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete workshop</source>
            <translation>Eliminar taller</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete this workshop and its agenda</source>
            <translation>Eliminar este taller y su programa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Run workshop…</source>
            <translation>&amp;Dirigir el taller…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Run workshop</source>
            <translation>Dirigir el taller</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the run view: agenda, timer, kiosk and projector (Ctrl+R)</source>
            <translation>Abrir la vista de sesión: programa, temporizador, quiosco y proyector (Ctrl+R)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Select a workshop in the list, or create a new one.</source>
            <translation>Selecciona un taller de la lista o crea uno nuevo.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;When</source>
            <translation>&amp;Cuándo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Place</source>
            <translation>&amp;Lugar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ULG the&amp;me</source>
            <translation>Te&amp;ma del ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fa&amp;cilitator</source>
            <translation>Persona &amp;facilitadora</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Status</source>
            <translation>E&amp;stado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location line="+2" />
            <source>N&amp;otes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Workshop details</source>
            <translation>Datos del taller</translation>
        </message>
        <message>
            <location line="+178" />
            <source>Change title</source>
            <translation>Cambiar título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change date and time</source>
            <translation>Cambiar fecha y hora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change place</source>
            <translation>Cambiar lugar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change ULG theme</source>
            <translation>Cambiar tema del ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change facilitator</source>
            <translation>Cambiar persona facilitadora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change language</source>
            <translation>Cambiar idioma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change status</source>
            <translation>Cambiar estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change notes</source>
            <translation>Cambiar notas</translation>
        </message>
    </context>
    <context>
        <name>WorkshopsView</name>
        <message>
            <location filename="../../workshop_app/ui/workshops_view.py" line="+76" />
            <location line="+20" />
            <source>Workshops</source>
            <translation>Talleres</translation>
        </message>
        <message>
            <location line="-18" />
            <location line="+2" />
            <location line="+237" />
            <source>New workshop</source>
            <translation>Nuevo taller</translation>
        </message>
        <message>
            <location line="-236" />
            <source>Create a workshop (Ctrl+N)</source>
            <translation>Crear un taller (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search titles and places</source>
            <translation>Buscar en títulos y lugares</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search workshops</source>
            <translation>Buscar talleres</translation>
        </message>
        <message>
            <location line="+70" />
            <source>No workshops yet — create your first one</source>
            <translation>Aún no hay talleres — crea el primero</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A workshop holds the date, the place and the agenda of one meeting with your group. You can change everything later.</source>
            <translation>Un taller reúne la fecha, el lugar y el programa de un encuentro con tu grupo. Puedes cambiarlo todo más adelante.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+2" />
            <source>Create a workshop</source>
            <translation>Crear un taller</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No database is open.</source>
            <translation>No hay ninguna base de datos abierta.</translation>
        </message>
        <message>
            <location line="+157" />
            <source>Delete the workshop “{title}”?</source>
            <translation>¿Eliminar el taller «{title}»?</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Its agenda of %n activity goes with it.</source>
            <translation>
                <numerusform>También se eliminará su programa (%n actividad).</numerusform>
                <numerusform>También se eliminará su programa (%n actividades).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Its agenda of %n activities goes with it.</source>
            <translation>
                <numerusform>También se eliminará su programa (%n actividad).</numerusform>
                <numerusform>También se eliminará su programa (%n actividades).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>The attendance of %n participant goes with it; the person stays.</source>
            <translation>
                <numerusform>Se eliminará la asistencia de %n participante; la persona se conserva.</numerusform>
                <numerusform>Se eliminará la asistencia de %n participantes; las personas se conservan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>The attendance of %n participants goes with it; the people stay.</source>
            <translation>
                <numerusform>Se eliminará la asistencia de %n participante; la persona se conserva.</numerusform>
                <numerusform>Se eliminará la asistencia de %n participantes; las personas se conservan.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can undo this with Edit › Undo.</source>
            <translation>Puedes deshacerlo con Edición › Deshacer.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete workshop</source>
            <translation>Eliminar taller</translation>
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
            <translation>Encuesta de esta actividad</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dots per person</source>
            <translation>Puntos por persona</translation>
        </message>
    </context>
    <context>
        <name>agenda</name>
        <message>
            <location filename="../../workshop_app/ui/agenda_model.py" line="+32" />
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>Tiempo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <location line="+91" />
            <source>Choose a survey…</source>
            <translation>Elegir una encuesta…</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../workshop_app/app.py" line="+172" />
            <source>Something went wrong ({error}). Everything saved so far is safe; the details are in {log}.</source>
            <translation>Algo ha fallado ({error}). Todo lo guardado hasta ahora está a salvo; los detalles están en {log}.</translation>
        </message>
    </context>
    <context>
        <name>board</name>
        <message>
            <location filename="../../workshop_app/ui/board_scene.py" line="+110" />
            <source>New ideas</source>
            <translation>Ideas nuevas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unnamed group</source>
            <translation>Grupo sin nombre</translation>
        </message>
        <message>
            <location line="+123" />
            <source>Type an idea above and press Enter.</source>
            <translation>Escribe una idea arriba y pulsa Intro.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drag notes here.</source>
            <translation>Arrastra notas aquí.</translation>
        </message>
    </context>
    <context>
        <name>brainstorm</name>
        <message>
            <location filename="../../workshop_app/ui/brainstorm_commands.py" line="+31" />
            <source>Add note</source>
            <translation>Añadir nota</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Edit note</source>
            <translation>Editar nota</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Colour note</source>
            <translation>Colorear nota</translation>
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
                <numerusform>Mover %n nota</numerusform>
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
                <numerusform>Eliminar %n nota</numerusform>
                <numerusform>Eliminar %n notas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>Add cluster</source>
            <translation>Añadir grupo</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Rename cluster</source>
            <translation>Cambiar nombre del grupo</translation>
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
            <translation>Añadir pregunta</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Delete question</source>
            <translation>Eliminar pregunta</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Move question</source>
            <translation>Mover pregunta</translation>
        </message>
        <message>
            <location line="+103" />
            <source>Rename question</source>
            <translation>Cambiar nombre de la pregunta</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Change type to {type}</source>
            <translation>Cambiar tipo a {type}</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../workshop_app/ui/builder_types.py" line="+147" />
            <source>Option 1</source>
            <translation>Opción 1</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/ui/builder_types.py" line="+1" />
            <source>Option 2</source>
            <translation>Opción 2</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Edit label</source>
            <translation>Editar etiqueta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit hint</source>
            <translation>Editar indicación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit constraint message</source>
            <translation>Editar mensaje de restricción</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Edit required message</source>
            <translation>Editar mensaje de respuesta obligatoria</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/builder_types.py" line="-128" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whole number</source>
            <translation>Número entero</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decimal</source>
            <translation>Decimal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Single choice</source>
            <translation>Opción única</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Multiple choice</source>
            <translation>Opción múltiple</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ranking</source>
            <translation>Ordenación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rating scale</source>
            <translation>Escala de valoración</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Fecha</translation>
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
            <translation>Confirmación</translation>
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
            <translation>Repetición</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Filled in by the device ({type})</source>
            <translation>Lo rellena el dispositivo ({type})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kept as a note ({type})</source>
            <translation>Se conserva como nota ({type})</translation>
        </message>
        <message>
            <location line="+102" />
            <source>A note for the participant.</source>
            <translation>Una nota para quien responde.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New group</source>
            <translation>Nuevo grupo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New repeat</source>
            <translation>Nueva repetición</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I have read and understood this.</source>
            <translation>Lo he leído y lo he entendido.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New question</source>
            <translation>Nueva pregunta</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Start with a letter or “_”, then use letters, digits, “_”, “-” or “.”, no spaces.</source>
            <translation>Empieza por una letra o «_» y después usa letras, cifras, «_», «-» o «.», sin espacios.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Another question is already called “{name}”.</source>
            <translation>Ya hay otra pregunta llamada «{name}».</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/survey_languages.py" line="+13" />
            <source>Add language {language}</source>
            <translation>Añadir el idioma {language}</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+7" />
            <source>Remove language</source>
            <translation>Quitar idioma</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Which language should the survey no longer have?</source>
            <translation>¿Qué idioma debe dejar de tener la encuesta?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Remove {language} and every text in it?</source>
            <translation>¿Quitar el idioma {language} y todos sus textos?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can undo this with Edit › Undo until you switch surveys.</source>
            <translation>Puedes deshacerlo con Edición › Deshacer hasta que cambies de encuesta.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Remove language {language}</source>
            <translation>Quitar el idioma {language}</translation>
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
            <translation>Registra en la entrada la asistencia de cada persona con un código seudónimo y anota su consentimiento para cada finalidad. Los nombres y teléfonos son opcionales y se guardan aparte.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Surveys</source>
            <translation>Encuestas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build questionnaires in several languages or import them from KoboToolbox, and let people answer on this laptop in a locked kiosk.</source>
            <translation>Crea cuestionarios en varios idiomas o impórtalos de KoboToolbox, y deja que la gente responda en este portátil, en un quiosco bloqueado.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Stakeholder maps</source>
            <translation>Mapas de actores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Place stakeholders on a power and interest grid or an ecosystem map, draw who works with whom, and print it on A4 or A3.</source>
            <translation>Sitúa a los actores en una matriz de poder e interés o en un mapa del ecosistema, dibuja quién trabaja con quién e imprímelo en A4 o A3.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>See answers, ideas and votes as charts, and who took part: the diversity of the group, never names.</source>
            <translation>Consulta en gráficos las respuestas, las ideas y los votos, y quién participó: la diversidad del grupo, nunca nombres.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the ULG workbook for Excel, and pack workshops onto a USB stick for the ULG secretary to merge.</source>
            <translation>Guarda el libro del ULG para Excel y empaqueta talleres en una memoria USB para que la secretaría del ULG los fusione.</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <location filename="../../workshop_app/ui/commands.py" line="+35" />
            <source>New workshop</source>
            <translation>Nuevo taller</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Delete workshop</source>
            <translation>Eliminar taller</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Remove activity</source>
            <translation>Quitar actividad</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Move activity</source>
            <translation>Mover actividad</translation>
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
            <translation>Recibir contacto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appear in photos</source>
            <translation>Aparecer en fotos</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{purpose}: given {when} (recorded by {who})</source>
            <translation>{purpose}: dado el {when} (registrado por {who})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{given}; withdrawn {when} (recorded by {who})</source>
            <translation>{given}; retirado el {when} (registrado por {who})</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not given</source>
            <translation>No dado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Withdrawn {when}</source>
            <translation>Retirado el {when}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Given {when}</source>
            <translation>Dado el {when}</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <location filename="../../workshop_app/core/activity_rules.py" line="+48" />
            <source>A sticky note</source>
            <translation>Una nota adhesiva</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A cluster name</source>
            <translation>El nombre de un grupo</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/consent.py" line="+61" />
            <location filename="../../workshop_app/core/participants.py" line="+142" />
            <source>The date consent was given</source>
            <translation>La fecha del consentimiento</translation>
        </message>
        <message>
            <location line="+98" />
            <source>The date of a withdrawal</source>
            <translation>La fecha de retirada del consentimiento</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/diversity.py" line="+158" />
            <source>The target for {group} refers to a profile question this database does not have.</source>
            <translation>El objetivo para {group} se refiere a una pregunta de perfil que no existe en esta base de datos.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The target for {group} refers to answers “{question}” no longer has.</source>
            <translation>El objetivo para {group} se refiere a respuestas que «{question}» ya no tiene.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No one has answered “{question}” yet, so the {wanted} target for {group} cannot be checked.</source>
            <translation>Nadie ha respondido todavía a «{question}», así que no se puede comprobar el objetivo del {wanted} para {group}.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Too few people answered “{question}” in each group to tell whether {group} reach the {wanted} target without singling anyone out.</source>
            <translation>Hay muy pocas respuestas a «{question}» en cada grupo para saber si se alcanza el objetivo del {wanted} para {group} sin identificar a nadie.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{either} or {other}</source>
            <translation>{either} o {other}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{group} are {share} of participants who answered, below the {wanted} target.</source>
            <translation>{group}: el {share} de quienes respondieron, por debajo del objetivo del {wanted}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{group} are fewer than 5 of the {total} participants who answered, below the {wanted} target.</source>
            <translation>{group}: menos de 5 de las {total} personas que respondieron, por debajo del objetivo del {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} are at most {share} of participants who answered, below the {wanted} target.</source>
            <translation>{group}: como máximo el {share} de quienes respondieron, por debajo del objetivo del {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} are {share} of participants who answered, meeting the {wanted} target.</source>
            <translation>{group}: el {share} de quienes respondieron; se alcanza el objetivo del {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} are at least {share} of participants who answered, meeting the {wanted} target.</source>
            <translation>{group}: al menos el {share} de quienes respondieron; se alcanza el objetivo del {wanted}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Answers {group} to “{question}” are {share} of participants who answered, below the {wanted} target.</source>
            <translation>Respuestas {group} a «{question}»: el {share} de quienes respondieron, por debajo del objetivo del {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers {group} to “{question}” are fewer than 5 of the {total} participants who answered, below the {wanted} target.</source>
            <translation>Respuestas {group} a «{question}»: menos de 5 de las {total} personas que respondieron, por debajo del objetivo del {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers {group} to “{question}” are at most {share} of participants who answered, below the {wanted} target.</source>
            <translation>Respuestas {group} a «{question}»: como máximo el {share} de quienes respondieron, por debajo del objetivo del {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers {group} to “{question}” are {share} of participants who answered, meeting the {wanted} target.</source>
            <translation>Respuestas {group} a «{question}»: el {share} de quienes respondieron; se alcanza el objetivo del {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers {group} to “{question}” are at least {share} of participants who answered, meeting the {wanted} target.</source>
            <translation>Respuestas {group} a «{question}»: al menos el {share} de quienes respondieron; se alcanza el objetivo del {wanted}.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/diversity_targets.py" line="+67" />
            <source>A group</source>
            <translation>Un grupo</translation>
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
            <translation>nombre y contacto</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+1" />
            <source>consent records</source>
            <translation>registros de consentimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+4" />
            <source>profile answers</source>
            <translation>respuestas de perfil</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+1" />
            <source>check-ins</source>
            <translation>asistencias</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+9" />
            <source>survey responses</source>
            <translation>respuestas a encuestas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>survey answers</source>
            <translation>respuestas a preguntas de encuestas</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+3" />
            <source>ideas</source>
            <translation>ideas</translation>
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
            <translation>votos de otras personas a sus ideas</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The participant was erased ({erased}). Kept without any link to them: {kept}. Backups made before now still contain them until those backups are deleted.</source>
            <translation>Se ha suprimido a la persona participante ({erased}). Se ha conservado, sin ningún vínculo con ella: {kept}. Las copias de seguridad hechas antes de este momento seguirán conteniendo sus datos hasta que se eliminen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The participant was erased ({erased}). Backups made before now still contain them until those backups are deleted.</source>
            <translation>Se ha suprimido a la persona participante ({erased}). Las copias de seguridad hechas antes de este momento seguirán conteniendo sus datos hasta que se eliminen.</translation>
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
                <numerusform>{n} posición fuera de los ejes se ha movido al borde del mapa.</numerusform>
                <numerusform>{n} posiciones fuera de los ejes se han movido al borde del mapa.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+48" />
            <source>The connection from {source!r} to {target!r} was skipped: no stakeholder is called {missing!r}.</source>
            <translation>Se ha omitido la conexión de {source!r} a {target!r}: ningún actor se llama {missing!r}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The connection from {source!r} to {target!r} was skipped: {problem}</source>
            <translation>Se ha omitido la conexión de {source!r} a {target!r}: {problem}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The connection from {source!r} to {target!r} was skipped: they already have a {kind!r} relationship.</source>
            <translation>Se ha omitido la conexión de {source!r} a {target!r}: ya tienen una relación de tipo {kind!r}.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/map_rules.py" line="+202" />
            <location line="+79" />
            <source>A position</source>
            <translation>Una posición</translation>
        </message>
        <message>
            <location line="-72" />
            <source>A map</source>
            <translation>Un mapa</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A map's title</source>
            <translation>El título de un mapa</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The horizontal axis title</source>
            <translation>El título del eje horizontal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The vertical axis title</source>
            <translation>El título del eje vertical</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The end of an axis</source>
            <translation>El extremo de un eje</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A map's notes</source>
            <translation>Las notas de un mapa</translation>
        </message>
        <message>
            <location line="+12" />
            <source>A quadrant name</source>
            <translation>El nombre de un cuadrante</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A stakeholder</source>
            <translation>Un actor</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A stakeholder's name</source>
            <translation>El nombre de un actor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An organisation's name</source>
            <translation>El nombre de una organización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An engagement strategy</source>
            <translation>Una estrategia de implicación</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/participants.py" line="-5" />
            <location line="+54" />
            <source>A contact</source>
            <translation>Un contacto</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A stakeholder's notes</source>
            <translation>Las notas de un actor</translation>
        </message>
        <message>
            <location line="+22" />
            <source>A relationship</source>
            <translation>Una relación</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A relationship's kind</source>
            <translation>El tipo de una relación</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/merge.py" line="+144" />
            <source>Checking {file}…</source>
            <translation>Comprobando {file}…</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Checking the result…</source>
            <translation>Comprobando el resultado…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Merging {package}: deletions…</source>
            <translation>Fusionando {package}: eliminaciones…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merging {package}: {kind}…</source>
            <translation>Fusionando {package}: {kind}…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>{file} was made by an older version of Workshop App ({version}); its data was brought up to date first.</source>
            <translation>{file} se creó con una versión anterior de Workshop App ({version}); primero se han actualizado sus datos.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} was made on this laptop.</source>
            <translation>{file} se creó en este portátil.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{n:,} row(s) deleted on another laptop were kept, because they were changed here after that deletion.</source>
            <translation>
                <numerusform>Se ha conservado {n:,} fila eliminada en otro portátil, porque se modificó aquí después de esa eliminación.</numerusform>
                <numerusform>Se han conservado {n:,} filas eliminadas en otro portátil, porque se modificaron aquí después de esa eliminación.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/merge_report.py" line="-22" />
            <source>workshop</source>
            <translation>taller</translation>
        </message>
        <message>
            <location line="+0" />
            <source>workshops</source>
            <translation>talleres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>agenda item</source>
            <translation>actividad del programa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>agenda items</source>
            <translation>actividades del programa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>participants</source>
            <translation>participantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>names and contacts</source>
            <translation>nombres y contactos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>consent record</source>
            <translation>registro de consentimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>profile question</source>
            <translation>pregunta de perfil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>profile questions</source>
            <translation>preguntas de perfil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>profile choice</source>
            <translation>opción de perfil</translation>
        </message>
        <message>
            <location line="+0" />
            <source>profile choices</source>
            <translation>opciones de perfil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>profile answer</source>
            <translation>respuesta de perfil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>check-in</source>
            <translation>asistencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>survey version</source>
            <translation>versión de encuesta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>survey versions</source>
            <translation>versiones de encuestas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choice list</source>
            <translation>lista de opciones</translation>
        </message>
        <message>
            <location line="+0" />
            <source>choice lists</source>
            <translation>listas de opciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choice</source>
            <translation>opción</translation>
        </message>
        <message>
            <location line="+0" />
            <source>choices</source>
            <translation>opciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question</source>
            <translation>pregunta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>questions</source>
            <translation>preguntas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question translation</source>
            <translation>traducción de pregunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question translations</source>
            <translation>traducciones de preguntas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choice translation</source>
            <translation>traducción de opción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choice translations</source>
            <translation>traducciones de opciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>survey response</source>
            <translation>respuesta a encuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>answer</source>
            <translation>respuesta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>answers</source>
            <translation>respuestas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>idea cluster</source>
            <translation>grupo de ideas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>idea clusters</source>
            <translation>grupos de ideas</translation>
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
            <translation>mapa de actores</translation>
        </message>
        <message>
            <location line="+0" />
            <source>stakeholder maps</source>
            <translation>mapas de actores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stakeholder</source>
            <translation>actor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>stakeholders</source>
            <translation>actores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stakeholder re-assessment</source>
            <translation>reevaluación de actor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stakeholder re-assessments</source>
            <translation>reevaluaciones de actores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>relationship</source>
            <translation>relación</translation>
        </message>
        <message>
            <location line="+0" />
            <source>relationships</source>
            <translation>relaciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>map snapshot</source>
            <translation>instantánea de mapa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>map snapshots</source>
            <translation>instantáneas de mapas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>snapshot position</source>
            <translation>posición en instantánea</translation>
        </message>
        <message>
            <location line="+1" />
            <source>snapshot positions</source>
            <translation>posiciones en instantáneas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>audit entry</source>
            <translation>registro de auditoría</translation>
        </message>
        <message>
            <location line="+0" />
            <source>audit entries</source>
            <translation>registros de auditoría</translation>
        </message>
        <message>
            <location line="+1" />
            <source>diversity target</source>
            <translation>objetivo de diversidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>diversity targets</source>
            <translation>objetivos de diversidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>deletion record</source>
            <translation>registro de eliminación</translation>
        </message>
        <message>
            <location line="+0" />
            <source>deletion records</source>
            <translation>registros de eliminación</translation>
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
            <translation>Nada nuevo: esta base de datos ya contiene todo lo que hay en este paquete.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing new: this database already holds everything in these packages.</source>
            <translation>Nada nuevo: esta base de datos ya contiene todo lo que hay en estos paquetes.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Added: {kinds}.</source>
            <translation>Elementos añadidos: {kinds}.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Will add: {kinds}.</source>
            <translation>Elementos que se añadirán: {kinds}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Updated: {kinds}.</source>
            <translation>Elementos actualizados: {kinds}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Will update: {kinds}.</source>
            <translation>Elementos que se actualizarán: {kinds}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Removed because they were deleted or erased on another laptop: {kinds}.</source>
            <translation>Elementos quitados porque se eliminaron o suprimieron en otro portátil: {kinds}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Will remove because they were deleted or erased on another laptop: {kinds}.</source>
            <translation>Elementos que se quitarán porque se eliminaron o suprimieron en otro portátil: {kinds}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not added because they were deleted or erased here: {kinds}.</source>
            <translation>Elementos no añadidos porque se eliminaron o suprimieron aquí: {kinds}.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>… and {n:,} more renumbered codes.</source>
            <translation>
                <numerusform>… y {n:,} código renumerado más.</numerusform>
                <numerusform>… y {n:,} códigos renumerados más.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>… and {n:,} more conflicts.</source>
            <translation>
                <numerusform>… y {n:,} conflicto más.</numerusform>
                <numerusform>… y {n:,} conflictos más.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>{survey} from {source} had the same version number as a different survey of the same form; it is now version {new} (was {old}).</source>
            <translation>{survey}, de {source}, tenía el mismo número de versión que otra encuesta del mismo formulario; ahora es la versión {new} (antes, la {old}).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A survey from {source} had the same version number as a different survey of the same form; it is now version {new} (was {old}).</source>
            <translation>Una encuesta de {source} tenía el mismo número de versión que otra encuesta del mismo formulario; ahora es la versión {new} (antes, la {old}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Participant code {old} from {source} was already taken; that participant is now {new}.</source>
            <translation>El código de participante {old} de {source} ya estaba en uso; ahora esa persona tiene el código {new}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Conflict in {row}, {column}: kept {kept} ({kept_from}, {kept_at}), dropped {dropped} ({dropped_from}, {dropped_at}).</source>
            <translation>Conflicto en {row}, {column}: se ha conservado {kept} ({kept_from}, {kept_at}) y se ha descartado {dropped} ({dropped_from}, {dropped_at}).</translation>
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
            <translation>(datos personales, no se muestran)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(hidden)</source>
            <translation>(oculto)</translation>
        </message>
        <message>
            <location line="+115" />
            <source>unknown time</source>
            <translation>hora desconocida</translation>
        </message>
        <message>
            <location line="+8" />
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{survey} version {version}</source>
            <translation>{survey} (versión {version})</translation>
        </message>
        <message>
            <location line="+12" />
            <source>(a row not here)</source>
            <translation>(una fila que no está aquí)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>response of {who}</source>
            <translation>respuesta de {who}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an anonymous response</source>
            <translation>una respuesta anónima</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/merge_unique.py" line="+225" />
            <source>The survey “{title}”</source>
            <translation>La encuesta «{title}»</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/packing.py" line="+1" />
            <source>no data</source>
            <translation>sin datos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Packed the workshop “{workshop}” into {path} ({size:.1f} MB): {held}.</source>
            <translation>Se ha empaquetado el taller «{workshop}» en {path} ({size:.1f} MB): {held}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Packed everything in this database into {path} ({size:.1f} MB): {held}.</source>
            <translation>Se ha empaquetado todo el contenido de esta base de datos en {path} ({size:.1f} MB): {held}.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Copying the data…</source>
            <translation>Copiando los datos…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Preparing the package…</source>
            <translation>Preparando el paquete…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Writing the package…</source>
            <translation>Escribiendo el paquete…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Done.</source>
            <translation>Listo.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/participant_rules.py" line="+41" />
            <source>A participant code</source>
            <translation>Un código de participante</translation>
        </message>
        <message>
            <location line="+20" />
            <source>take part</source>
            <translation>participar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>be contacted</source>
            <translation>recibir contacto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>appear in photos</source>
            <translation>aparecer en fotos</translation>
        </message>
        <message>
            <location line="+45" />
            <source>The name of who records</source>
            <translation>El nombre de quien registra</translation>
        </message>
        <message>
            <location line="+81" />
            <source>A question's label</source>
            <translation>La etiqueta de una pregunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A choice's label</source>
            <translation>La etiqueta de una opción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A group's label</source>
            <translation>La etiqueta de un grupo</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/participants.py" line="-87" />
            <source>A search</source>
            <translation>Una búsqueda</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+5" />
            <location line="+49" />
            <source>A name</source>
            <translation>Un nombre</translation>
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
            <translation>Un registro de asistencia</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/pin.py" line="+78" />
            <source>PIN accepted.</source>
            <translation>PIN aceptado.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Please wait {n} seconds before trying again.</source>
            <translation>
                <numerusform>Espera {n} segundo antes de volver a intentarlo.</numerusform>
                <numerusform>Espera {n} segundos antes de volver a intentarlo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Wrong PIN. Wait {n} seconds before trying again.</source>
            <translation>
                <numerusform>PIN incorrecto. Espera {n} segundo antes de volver a intentarlo.</numerusform>
                <numerusform>PIN incorrecto. Espera {n} segundos antes de volver a intentarlo.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrong PIN. Try again.</source>
            <translation>PIN incorrecto. Inténtalo de nuevo.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/profiles.py" line="+66" />
            <location line="+5" />
            <source>A self-described answer</source>
            <translation>Una respuesta con palabras propias</translation>
        </message>
        <message>
            <location line="+63" />
            <location line="+25" />
            <source>A question</source>
            <translation>Una pregunta</translation>
        </message>
        <message>
            <location line="-24" />
            <location line="+64" />
            <location line="+21" />
            <source>A choice</source>
            <translation>Una opción</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/results_tallies.py" line="+92" />
            <source>Other</source>
            <translation>Otra</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/workbook_data.py" line="+51" />
            <source>Writing survey responses…</source>
            <translation>Escribiendo las respuestas a encuestas…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing workshops…</source>
            <translation>Escribiendo los talleres…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing participation…</source>
            <translation>Escribiendo la participación…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing ideas and votes…</source>
            <translation>Escribiendo las ideas y los votos…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing stakeholder maps…</source>
            <translation>Escribiendo los mapas de actores…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the diversity picture…</source>
            <translation>Escribiendo el panorama de diversidad…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the codebook…</source>
            <translation>Escribiendo el libro de códigos…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the summary…</source>
            <translation>Escribiendo el resumen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saving the workbook…</source>
            <translation>Guardando el libro de Excel…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/db/integrity.py" line="+78" />
            <source>SQLite found damage in the file: {shown} (and {n} more).</source>
            <translation>
                <numerusform>SQLite ha encontrado daños en el archivo: {shown} (y {n} problema más).</numerusform>
                <numerusform>SQLite ha encontrado daños en el archivo: {shown} (y {n} problemas más).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>SQLite found damage in the file: {shown}.</source>
            <translation>SQLite ha encontrado daños en el archivo: {shown}.</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>{n} row(s) of {table} point at {parent} that no longer exist.</source>
            <translation>
                <numerusform>{n} fila de la tabla {table} apunta a filas de la tabla {parent} que ya no existen.</numerusform>
                <numerusform>{n} filas de la tabla {table} apuntan a filas de la tabla {parent} que ya no existen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>The participant code {code} is used {n} times.</source>
            <translation>
                <numerusform>El código de participante {code} se usa {n} vez.</numerusform>
                <numerusform>El código de participante {code} se usa {n} veces.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>{n} answer(s) belong to a question of another survey than their response.</source>
            <translation>
                <numerusform>{n} respuesta corresponde a una pregunta de una encuesta distinta de la que se estaba respondiendo.</numerusform>
                <numerusform>{n} respuestas corresponden a preguntas de una encuesta distinta de la que se estaba respondiendo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>{n} relationship(s) join stakeholders of different maps.</source>
            <translation>
                <numerusform>{n} relación une actores de mapas distintos.</numerusform>
                <numerusform>{n} relaciones unen actores de mapas distintos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>{n} participant(s) have no code.</source>
            <translation>
                <numerusform>{n} participante no tiene código.</numerusform>
                <numerusform>{n} participantes no tienen código.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/exchange_package.py" line="+100" />
            <source>unknown version</source>
            <translation>versión desconocida</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/exchange_values.py" line="+89" />
            <source>Row {row} of the sheet {sheet!r}: {problem}</source>
            <translation>Fila {row} de la hoja {sheet!r}: {problem}</translation>
        </message>
        <message>
            <location line="+20" />
            <source>row {rows}</source>
            <translation>fila {rows}</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>rows {rows} and {n:,} more</source>
            <translation>
                <numerusform>filas {rows} y {n:,} más</numerusform>
                <numerusform>filas {rows} y {n:,} más</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>rows {rows}</source>
            <translation>filas {rows}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The type {value} in {rows} of the sheet {sheet} is not a sector ({sectors}); those stakeholders were put in the civic sector.</source>
            <translation>El tipo {value} ({rows} de la hoja {sheet}) no es un sector ({sectors}); esos actores se han asignado a la sociedad civil.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The attitude {value} in {rows} of the sheet {sheet} is not one of {attitudes}; it was imported as unknown.</source>
            <translation>La actitud {value} ({rows} de la hoja {sheet}) no es ninguna de estas: {attitudes}; se ha importado como desconocida.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The strength {value} in {rows} of the sheet {sheet} is not a number from 1 to 3; 2 was used.</source>
            <translation>La intensidad {value} ({rows} de la hoja {sheet}) no es un número del 1 al 3; se ha usado 2.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The strength {value} in {rows} of the sheet {sheet} is outside 1 to 3; the nearest was used.</source>
            <translation>La intensidad {value} ({rows} de la hoja {sheet}) está fuera del intervalo de 1 a 3; se ha usado el valor más cercano.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The direction {value} in {rows} of the sheet {sheet} is neither directed nor undirected; undirected was used.</source>
            <translation>La dirección {value} ({rows} de la hoja {sheet}) no indica si la conexión es dirigida o no dirigida; se ha tomado como no dirigida.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/stakeholder_exchange.py" line="+283" />
            <source>it has no label, so it was skipped.</source>
            <translation>no tiene etiqueta, así que se ha omitido.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the label {name!r} is used before; this stakeholder was imported as {unique!r}.</source>
            <translation>la etiqueta {name!r} ya se había usado; este actor se ha importado como {unique!r}.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>empty</source>
            <translation>vacío</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the position ({x}, {y}) is not two numbers, so the stakeholder was placed on a grid.</source>
            <translation>la posición ({x}, {y}) no está formada por dos números, así que el actor se ha colocado en una cuadrícula.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the label has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>la etiqueta tiene {count:,} caracteres; se ha recortado a {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the description has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>la descripción tiene {count:,} caracteres; se ha recortado a {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the organisation has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>la organización tiene {count:,} caracteres; se ha recortado a {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the engagement has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>la estrategia de implicación tiene {count:,} caracteres; se ha recortado a {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the contact has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>el contacto tiene {count:,} caracteres; se ha recortado a {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the type has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>el tipo tiene {count:,} caracteres; se ha recortado a {limit:,}.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>it does not name both stakeholders (From and To), so it was skipped.</source>
            <translation>no indica los dos actores (From y To), así que se ha omitido.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no stakeholder is called {name!r}, so the connection was skipped.</source>
            <translation>ningún actor se llama {name!r}, así que se ha omitido la conexión.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the connection joins {name!r} to itself, so it was skipped.</source>
            <translation>la conexión une el actor {name!r} consigo mismo, así que se ha omitido.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{source!r} and {target!r} are already connected as {kind!r}; the repeat was skipped.</source>
            <translation>{source!r} y {target!r} ya están conectados como {kind!r}; se ha omitido la repetición.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>{name!r} is already on the map, so it was not added again.</source>
            <translation>{name!r} ya está en el mapa, así que no se ha vuelto a añadir.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/reader.py" line="+169" />
            <source>The form's '{key}' setting is not supported and was left out.</source>
            <translation>El ajuste «{key}» del formulario no se admite y se ha omitido.</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Row {row}: '{name}' is a loop, which the app reads as a group.</source>
            <translation>Fila {row}: «{name}» es un bucle (loop), que la aplicación lee como un grupo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' is a loop, which the app reads as a group.</source>
            <translation>«{name}» es un bucle (loop), que la aplicación lee como un grupo.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Row {row}: '{name}' is of type '{type}', which the app cannot ask offline; it is kept as a note and exported as it was.</source>
            <translation>Fila {row}: «{name}» es de tipo «{type}», que la aplicación no puede preguntar sin conexión; se conserva como nota y se exporta tal como estaba.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' is of type '{type}', which the app cannot ask offline; it is kept as a note and exported as it was.</source>
            <translation>«{name}» es de tipo «{type}», que la aplicación no puede preguntar sin conexión; se conserva como nota y se exporta tal como estaba.</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <location filename="../../workshop_app/ui/dialogs.py" line="+18" />
            <source>Workshop App databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bases de datos de Workshop App (*.sqlite *.db);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Open database</source>
            <translation>Abrir base de datos</translation>
        </message>
        <message>
            <location line="+9" />
            <source>New database</source>
            <translation>Nueva base de datos</translation>
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
            <translation>personas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{answered} of {people} answered; {skipped} did not answer</source>
            <translation>{answered} de {people} respondieron; {skipped} no respondieron</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../workshop_app/core/activity_rules.py" line="-16" />
            <source>“{colour}” is not a colour; pick one of {colours} or give #RRGGBB.</source>
            <translation>«{colour}» no es un color; elige uno de estos: {colours}, o indica uno con el formato #RRGGBB.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A sticky note needs some text.</source>
            <translation>Una nota adhesiva no puede estar vacía.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+3" />
            <source>The {what} position of a note must be a number.</source>
            <translation>La posición {what} de una nota debe ser un número.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>An anonymous voter needs a token from new_voter_token().</source>
            <translation>Una persona que vota de forma anónima necesita un token de new_voter_token().</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/brainstorm.py" line="+246" />
            <source>Sticky notes belong to a brainstorm or a dot vote.</source>
            <translation>Las notas adhesivas solo pueden estar en una lluvia de ideas o en una votación por puntos.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>That cluster is on another board.</source>
            <translation>Ese grupo está en otro tablero.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/consent.py" line="-92" />
            <source>{code} already consents to {purpose} (recorded {moment} by someone).</source>
            <translation>{code} ya ha dado su consentimiento para {purpose} (registrado el {moment} por alguien).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{code} already consents to {purpose} (recorded {moment} by {recorder}).</source>
            <translation>{code} ya ha dado su consentimiento para {purpose} (registrado el {moment} por {recorder}).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{code} withdrew consent to {purpose} on {moment}; a new consent must be dated after that.</source>
            <translation>{code} retiró su consentimiento para {purpose} el {moment}; un nuevo consentimiento debe tener una fecha posterior.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>{code} has not consented to take part, so no answers can be recorded for them.</source>
            <translation>{code} no ha dado su consentimiento para participar, así que no se pueden registrar respuestas suyas.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>A withdrawal cannot come before the consent it withdraws ({moment}).</source>
            <translation>La retirada no puede ser anterior al consentimiento que retira ({moment}).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>That consent has been withdrawn since; its record is kept.</source>
            <translation>Ese consentimiento se ha retirado después; su registro se conserva.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>That consent is not withdrawn.</source>
            <translation>Ese consentimiento no está retirado.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consent was given again after this withdrawal, so the withdrawal stays on record.</source>
            <translation>Se volvió a dar el consentimiento después de esta retirada, así que la retirada se mantiene en el registro.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{code}'s consent to {purpose} was already withdrawn on {moment}; a withdrawn consent cannot be used again. Record a new consent instead.</source>
            <translation>El consentimiento de {code} para {purpose} ya se retiró el {moment}; un consentimiento retirado no se puede volver a usar. Registra un nuevo consentimiento.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Say which consent to withdraw.</source>
            <translation>Indica qué consentimiento quieres retirar.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{code} has no consent to {purpose} to withdraw.</source>
            <translation>{code} no tiene ningún consentimiento para {purpose} que se pueda retirar.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/data_entry.py" line="+92" />
            <location line="+13" />
            <source>Begin a paper first.</source>
            <translation>Empieza primero un cuestionario en papel.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/demo/__init__.py" line="+44" />
            <source>The demo can have between 1 and {maximum} participants.</source>
            <translation>La demostración puede tener entre 1 y {maximum} participantes.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This database already holds workshops or participants; demo data only goes into a new or empty database.</source>
            <translation>Esta base de datos ya contiene talleres o participantes; los datos de demostración solo se pueden cargar en una base de datos nueva o vacía.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/diversity_targets.py" line="-3" />
            <source>A target share is more than 0 % and at most 100 % (write 0.15 for 15 %).</source>
            <translation>El porcentaje de un objetivo debe ser mayor que 0 % y como máximo 100 % (escribe 0.15 para 15 %).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A target share is more than 0 % and at most 100 %.</source>
            <translation>El porcentaje de un objetivo debe ser mayor que 0 % y como máximo 100 %.</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../workshop_app/core/profiles.py" line="-165" />
            <source>There is no profile question called {question_name!r}.</source>
            <translation>No hay ninguna pregunta de perfil llamada {question_name!r}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose at least one answer that makes up the group.</source>
            <translation>Elige al menos una respuesta que forme el grupo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{answer!r} is not an answer to “{question}” that a target can be set for.</source>
            <translation>{answer!r} no es una respuesta a «{question}» para la que se pueda definir un objetivo.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/erasure.py" line="+23" />
            <source>Choose whether their answers are erased or kept anonymously.</source>
            <translation>Elige si sus respuestas se suprimen o se conservan de forma anónima.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>That participant has already been erased or deleted; there is nothing left to erase.</source>
            <translation>Los datos de esa persona ya se han suprimido o eliminado; no queda nada por suprimir.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That participant does not exist; nothing was erased.</source>
            <translation>Esa persona no está registrada; no se ha suprimido nada.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/compiler.py" line="+150" />
            <source>indexed-repeat() takes {question}, then pairs of {repeat} and a number</source>
            <translation>indexed-repeat() recibe {question} y después pares de {repeat} y un número</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/errors.py" line="+27" />
            <source>In '{question}', position {position} of the {field}: {message}.</source>
            <translation>En «{question}», posición {position} de la columna «{field}»: {message}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In '{question}', position {position}: {message}.</source>
            <translation>En «{question}», posición {position}: {message}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>At position {position} of the {field}: {message}.</source>
            <translation>En la posición {position} de la columna «{field}»: {message}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>At position {position}: {message}.</source>
            <translation>En la posición {position}: {message}.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/functions.py" line="+145" />
            <source>this regular expression repeats a repeated group, which could freeze the kiosk</source>
            <translation>esta expresión regular repite un grupo que ya se repite, lo que podría bloquear el quiosco</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the regular expression is not valid ({problem})</source>
            <translation>la expresión regular no es válida ({problem})</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/lexer.py" line="+41" />
            <source>the expression is longer than {maximum:,} characters</source>
            <translation>la expresión tiene más de {maximum:,} caracteres</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the text starting with {quote} is never closed</source>
            <translation>el texto que empieza con {quote} no se cierra nunca</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a reference must look like {example}</source>
            <translation>una referencia debe tener la forma {example}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unexpected character {char!r}</source>
            <translation>carácter inesperado {char!r}</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/parser.py" line="+65" />
            <source>a closing ')' for '{name}(' is missing</source>
            <translation>falta el «)» que cierra «{name}(»</translation>
        </message>
        <message>
            <location line="+3" />
            <source>expected a closing ')' for '{name}(', found {found}</source>
            <translation>se esperaba el «)» que cierra «{name}(», pero hay {found}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a closing ')' is missing</source>
            <translation>falta un «)» de cierre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>expected a closing ')', found {found}</source>
            <translation>se esperaba un «)» de cierre, pero hay {found}</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+179" />
            <source>the expression is nested more than {maximum} levels deep</source>
            <translation>la expresión tiene más de {maximum} niveles de anidamiento</translation>
        </message>
        <message>
            <location line="-173" />
            <source>the expression is empty</source>
            <translation>la expresión está vacía</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+66" />
            <location line="+80" />
            <source>unexpected {found}</source>
            <translation>no se esperaba {found}</translation>
        </message>
        <message>
            <location line="-127" />
            <source>an operator such as 'and' or '=' is missing before {found}</source>
            <translation>falta un operador como «and» o «=» antes de {found}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the union operator '|' is not supported</source>
            <translation>no se admite el operador de unión «|»</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{op}' needs something after it</source>
            <translation>«{op}» necesita algo detrás</translation>
        </message>
        <message>
            <location line="+26" />
            <source>empty brackets '()'</source>
            <translation>paréntesis vacíos «()»</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the expression ends too early</source>
            <translation>la expresión termina antes de tiempo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{found} cannot follow {token}</source>
            <translation>{found} no puede ir después de {token}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>unknown function '{name}()'</source>
            <translation>función desconocida «{name}()»</translation>
        </message>
        <message>
            <location line="+18" />
            <source>lookups in instance() are not supported</source>
            <translation>no se admiten búsquedas en instance()</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+8" />
            <source>'//' paths are not supported; use {example}</source>
            <translation>no se admiten rutas con «//»; usa {example}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>filters in square brackets are not supported</source>
            <translation>no se admiten filtros entre corchetes</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{name}' is not a reference; write {reference} to use that question's answer</source>
            <translation>«{name}» no es una referencia; escribe {reference} para usar la respuesta de esa pregunta</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{found} in a path is not supported</source>
            <translation>no se admite {found} en una ruta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a path step is missing</source>
            <translation>falta un paso de la ruta</translation>
        </message>
        <message>
            <location line="+33" />
            <source>'{name}()' takes 1 argument, not {given}</source>
            <translation>«{name}()» necesita 1 argumento, no {given}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}()' takes at least 1 argument, not {given}</source>
            <translation>«{name}()» necesita al menos 1 argumento, no {given}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>'{name}()' takes {n} arguments, not {given}</source>
            <translation>
                <numerusform>«{name}()» necesita {n} argumento, no {given}</numerusform>
                <numerusform>«{name}()» necesita {n} argumentos, no {given}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>'{name}()' takes at least {n} arguments, not {given}</source>
            <translation>
                <numerusform>«{name}()» necesita al menos {n} argumento, no {given}</numerusform>
                <numerusform>«{name}()» necesita al menos {n} argumentos, no {given}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>'{name}()' takes {fewest} to {n} arguments, not {given}</source>
            <translation>
                <numerusform>«{name}()» necesita entre {fewest} y {n} argumento, no {given}</numerusform>
                <numerusform>«{name}()» necesita entre {fewest} y {n} argumentos, no {given}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>the end</source>
            <translation>el final</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/feedback.py" line="+113" />
            <source>That activity is not a feedback round.</source>
            <translation>Esa actividad no es una ronda de valoración.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/answers.py" line="+24" />
            <source>This question needs an answer.</source>
            <translation>Esta pregunta es obligatoria.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This answer is not allowed here.</source>
            <translation>Esta respuesta no está permitida aquí.</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/response_rules.py" line="+185" />
            <source>Enter a whole number.</source>
            <translation>Escribe un número entero.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a number.</source>
            <translation>Escribe un número.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a date as year-month-day.</source>
            <translation>Escribe una fecha con el formato año-mes-día.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a time as hours:minutes.</source>
            <translation>Escribe una hora con el formato horas:minutos.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose among the answers offered.</source>
            <translation>Elige una de las respuestas propuestas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a value on the scale.</source>
            <translation>Elige un valor de la escala.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/graph.py" line="+24" />
            <source>there is no question named '{name}'</source>
            <translation>no hay ninguna pregunta llamada «{name}»</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/logic.py" line="+186" />
            <source>The form has no question called '{name}'.</source>
            <translation>El formulario no tiene ninguna pregunta llamada «{name}».</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/state.py" line="+41" />
            <source>'{text}' is not a repeat instance (such as '2' or '2.1').</source>
            <translation>«{text}» no es una instancia de repetición (como «2» o «2.1»).</translation>
        </message>
        <message>
            <location line="+34" />
            <source>'{name}' is not in a repeat; its instance {instance} does not fit.</source>
            <translation>«{name}» no está en una repetición; la instancia {instance} no corresponde.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}' is in a repeat; its instance (none) does not fit.</source>
            <translation>«{name}» está en una repetición; la instancia (ninguna) no corresponde.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' is in a repeat; its instance {instance} does not fit.</source>
            <translation>«{name}» está en una repetición; la instancia {instance} no corresponde.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A repeat can have at most {maximum} entries; '{name}' was given entry {instance}.</source>
            <translation>Una repetición puede tener como máximo {maximum} entradas; «{name}» ha recibido la entrada {instance}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' is a group or repeat and has no answer of its own.</source>
            <translation>«{name}» es un grupo o una repetición y no tiene respuesta propia.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>'{repeat}' is not a repeat.</source>
            <translation>«{repeat}» no es una repetición.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The instance (none) does not fit the repeat '{repeat}'.</source>
            <translation>La instancia (ninguna) no corresponde a la repetición «{repeat}».</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The instance {instance} does not fit the repeat '{repeat}'.</source>
            <translation>La instancia {instance} no corresponde a la repetición «{repeat}».</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{repeat}' can have at most {maximum} entries.</source>
            <translation>«{repeat}» puede tener como máximo {maximum} entradas.</translation>
        </message>
        <message>
            <location line="+165" />
            <source>'{name}' is not a question the form shows.</source>
            <translation>«{name}» no es una pregunta que muestre el formulario.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/validation.py" line="+65" />
            <source>The name '{name}' is used by more than one question; every name must be unique.</source>
            <translation>Hay más de una pregunta con el nombre «{name}»; cada nombre debe ser único.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>'{name}' has 'or other', which needs the name '{name}_other' for itself, but a question already uses it.</source>
            <translation>«{name}» tiene la opción «Otra», que necesita para sí el nombre «{name}_other», pero ya lo usa otra pregunta.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>These questions depend on each other in a circle: {cycle}.</source>
            <translation>Estas preguntas dependen unas de otras en círculo: {cycle}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The form needs an id (form_id).</source>
            <translation>El formulario necesita un identificador (form_id).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The form id can have at most {maximum} characters.</source>
            <translation>El identificador del formulario puede tener como máximo {maximum} caracteres.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The form needs a title.</source>
            <translation>El formulario necesita un título.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The form title can have at most {maximum} characters.</source>
            <translation>El título del formulario puede tener como máximo {maximum} caracteres.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The form needs at least one language.</source>
            <translation>El formulario necesita al menos un idioma.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A language is listed twice.</source>
            <translation>Hay un idioma que aparece dos veces.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{code}' is not a usable language code (letters, digits, '-' or '_', at most {maximum} characters).</source>
            <translation>«{code}» no es un código de idioma válido (letras, cifras, «-» o «_», como máximo {maximum} caracteres).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The default language '{default_language}' is not one of the form's languages.</source>
            <translation>El idioma predeterminado «{default_language}» no es uno de los idiomas del formulario.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{choice_list}' is not a usable list name.</source>
            <translation>«{choice_list}» no es un nombre de lista válido.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There are two choice lists called '{choice_list}'.</source>
            <translation>Hay dos listas de opciones llamadas «{choice_list}».</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A choice of the list '{choice_list}' has no usable name.</source>
            <translation>Una opción de la lista «{choice_list}» no tiene un nombre válido.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The list '{choice_list}' has the choice '{choice}' twice.</source>
            <translation>La lista «{choice_list}» tiene dos veces la opción «{choice}».</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{name}' is not a usable question name: start with a letter or '_', then letters, digits, '_', '-' or '.', at most {maximum} characters.</source>
            <translation>«{name}» no es un nombre de pregunta válido: debe empezar por una letra o «_», seguida de letras, cifras, «_», «-» o «.», con {maximum} caracteres como máximo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' has the type '{type}', which the app does not know.</source>
            <translation>«{name}» tiene el tipo «{type}», que la aplicación no reconoce.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' is a {type}, so it cannot hold other questions.</source>
            <translation>«{name}» es de tipo {type}, así que no puede contener otras preguntas.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>'{name}' needs a choice list.</source>
            <translation>«{name}» necesita una lista de opciones.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' uses the choice list '{list_name}', which does not exist.</source>
            <translation>«{name}» usa la lista de opciones «{list_name}», que no existe.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The choice list '{list_name}' of '{name}' has no choices.</source>
            <translation>La lista de opciones «{list_name}» de «{name}» no tiene opciones.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The choice codes of '{list_name}' cannot contain spaces, because '{name}' allows several answers.</source>
            <translation>Los códigos de las opciones de «{list_name}» no pueden contener espacios, porque «{name}» admite varias respuestas.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' is a {type}, so it cannot have a choice list.</source>
            <translation>«{name}» es de tipo {type}, así que no puede tener una lista de opciones.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only select questions can have 'or other'; '{name}' is a {type}.</source>
            <translation>Solo las preguntas de selección pueden tener la opción «Otra»; «{name}» es de tipo {type}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}' cannot have both 'or other' and a choice filter.</source>
            <translation>«{name}» no puede tener a la vez la opción «Otra» y un filtro de opciones.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The calculation '{name}' needs a formula.</source>
            <translation>El cálculo «{name}» necesita una fórmula.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}' needs a label or a hint.</source>
            <translation>«{name}» necesita una etiqueta o una indicación.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The {key} of the range '{question}' must be a number.</source>
            <translation>El parámetro «{key}» del rango «{question}» debe ser un número.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The step of the range '{question}' cannot be 0.</source>
            <translation>El paso del rango «{question}» no puede ser 0.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{name}' has a text in '{code}', which is not one of the form's languages.</source>
            <translation>«{name}» tiene un texto en «{code}», que no es uno de los idiomas del formulario.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A choice has a text in '{code}', which is not one of the form's languages.</source>
            <translation>Una opción tiene un texto en «{code}», que no es uno de los idiomas del formulario.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/kiosk.py" line="+103" />
            <source>This survey is not available in '{code}'.</source>
            <translation>Esta encuesta no está disponible en «{code}».</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This survey needs your participant code.</source>
            <translation>Para esta encuesta hace falta tu código de participante.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{code} has already answered this survey. Thank you!</source>
            <translation>{code} ya ha respondido a esta encuesta. ¡Gracias!</translation>
        </message>
        <message>
            <location line="+18" />
            <source>That response belongs to another survey.</source>
            <translation>Esa respuesta pertenece a otra encuesta.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That response is already finished.</source>
            <translation>Esa respuesta ya está terminada.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>There is no question on screen to answer.</source>
            <translation>No hay ninguna pregunta en pantalla que responder.</translation>
        </message>
        <message>
            <location line="+120" />
            <source>This kiosk has no PIN; set one for the workshop first.</source>
            <translation>Este quiosco no tiene PIN; establece primero uno para el taller.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/kiosk_pins.py" line="+46" />
            <source>Set a kiosk PIN for this workshop before starting the kiosk.</source>
            <translation>Establece un PIN del quiosco para este taller antes de iniciar el quiosco.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/listing.py" line="+70" />
            <source>Cannot list {kind!r}; choose one of {kinds}.</source>
            <translation>No se puede listar {kind!r}; elige una de estas opciones: {kinds}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Name a {what} by its id or title.</source>
            <translation>Identifica el elemento ({what}) por su id o su título.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No {what} has the id or title {reference!r}.</source>
            <translation>Ningún elemento ({what}) tiene el id o el título {reference!r}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} {what}s match {reference!r}; give more of the id.</source>
            <translation>{n} elementos ({what}) coinciden con {reference!r}; escribe más caracteres del id.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/live_results.py" line="+72" />
            <source>The survey has no question called '{question_name}'.</source>
            <translation>La encuesta no tiene ninguna pregunta llamada «{question_name}».</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/map_import.py" line="-28" />
            <source>Stakeholder {number} of the list cannot be imported, so nothing was: {problem}</source>
            <translation>El actor n.º {number} de la lista no se puede importar, así que no se ha importado nada: {problem}</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/map_rules.py" line="-242" />
            <location line="+159" />
            <source>A map is one of: {kinds}.</source>
            <translation>El tipo de mapa debe ser uno de estos: {kinds}.</translation>
        </message>
        <message>
            <location line="-37" />
            <location filename="../../workshop_app/core/participant_rules.py" line="-54" />
            <location line="+10" />
            <source>{what} can have at most {limit:,} characters; this one has {count:,}.</source>
            <translation>{what}: como máximo {limit:,} caracteres; este texto tiene {count:,}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{what} has no field called {field!r}.</source>
            <translation>{what} no tiene ningún campo llamado {field!r}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{what} must be a number.</source>
            <translation>{what} debe ser un número.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>A map needs a title.</source>
            <translation>Un mapa necesita un título.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>An axis runs from 0 to a number above 0 and at most {maximum:,.0f}.</source>
            <translation>Un eje va de 0 a un número mayor que 0 y como máximo {maximum:,.0f}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A map's quadrant names are a list of four names.</source>
            <translation>Los nombres de los cuadrantes de un mapa deben ser una lista de cuatro nombres.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A map has four quadrant names (or none), not {count}.</source>
            <translation>Un mapa tiene cuatro nombres de cuadrante (o ninguno), no {count}.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A stakeholder needs a name.</source>
            <translation>Un actor necesita un nombre.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A stakeholder's sector is one of: {sectors}.</source>
            <translation>El sector de un actor debe ser uno de estos: {sectors}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A stakeholder's attitude is one of: {attitudes}.</source>
            <translation>La actitud de un actor debe ser una de estas: {attitudes}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A relationship joins two stakeholders; choose both.</source>
            <translation>Una relación une dos actores; elige los dos.</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../workshop_app/core/maps.py" line="+240" />
            <source>A stakeholder cannot have a relationship with itself.</source>
            <translation>Un actor no puede tener una relación consigo mismo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A relationship needs a kind, such as {example!r}.</source>
            <translation>Una relación necesita un tipo, como {example!r}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A relationship's strength is 1 (weak), 2 or 3 (strong).</source>
            <translation>La intensidad de una relación es 1 (débil), 2 o 3 (fuerte).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A relationship either has a direction or not.</source>
            <translation>Una relación tiene dirección o no la tiene.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/map_snapshots.py" line="+27" />
            <source>A snapshot needs a name, such as the meeting it records.</source>
            <translation>Una instantánea necesita un nombre, por ejemplo el de la reunión que registra.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A snapshot's name can have at most {maximum} characters.</source>
            <translation>El nombre de una instantánea puede tener como máximo {maximum} caracteres.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A snapshot's date must be a date and time with its time zone.</source>
            <translation>La fecha de una instantánea debe ser una fecha y hora con su zona horaria.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/maps.py" line="-111" />
            <source>This cannot be undone: the map or stakeholders it belonged to are gone.</source>
            <translation>No se puede deshacer: el mapa o los actores a los que pertenecía ya no existen.</translation>
        </message>
        <message>
            <location line="+58" />
            <location filename="../../workshop_app/db/lookup.py" line="+27" />
            <source>That stakeholder no longer exists.</source>
            <translation>Ese actor ya no existe.</translation>
        </message>
        <message>
            <location line="+144" />
            <source>Those two snapshots are of different maps; compare snapshots of one map.</source>
            <translation>Esas dos instantáneas son de mapas distintos; compara instantáneas de un mismo mapa.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A relationship joins two stakeholders of the same map.</source>
            <translation>Una relación une dos actores del mismo mapa.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{first!r} and {second!r} already have a {kind!r} relationship.</source>
            <translation>{first!r} y {second!r} ya tienen una relación de tipo {kind!r}.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/merge.py" line="-134" />
            <source>Choose at least one package to merge.</source>
            <translation>Elige al menos un paquete para fusionar.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+21" />
            <source>The merge was cancelled; nothing was changed.</source>
            <translation>Se ha cancelado la fusión; no se ha cambiado nada.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The packages could not be merged ({reason}); nothing was changed.</source>
            <translation>No se han podido fusionar los paquetes ({reason}); no se ha cambiado nada.</translation>
        </message>
        <message numerus="yes">
            <location line="+70" />
            <source>The packages could not be merged ({n} row(s) of {kind} would point at rows that do not exist); nothing was changed.</source>
            <translation>
                <numerusform>No se han podido fusionar los paquetes ({n} fila de {kind} apuntaría a filas que no existen); no se ha cambiado nada.</numerusform>
                <numerusform>No se han podido fusionar los paquetes ({n} filas de {kind} apuntarían a filas que no existen); no se ha cambiado nada.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/packing.py" line="-45" />
            <source>A package cannot overwrite the database it is made from; choose another file.</source>
            <translation>Un paquete no puede sobrescribir la base de datos a partir de la que se crea; elige otro archivo.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../workshop_app/db/backup.py" line="+25" />
            <location filename="../../workshop_app/formats/exchange_package.py" line="+38" />
            <source>Cannot write {target}: the folder {folder} does not exist.</source>
            <translation>No se puede escribir {target}: la carpeta {folder} no existe.</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../../workshop_app/db/lookup.py" line="+4" />
            <source>That workshop no longer exists.</source>
            <translation>Ese taller ya no existe.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Packing was cancelled; no package was written.</source>
            <translation>Se ha cancelado el empaquetado; no se ha escrito ningún paquete.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/participant_rules.py" line="-104" />
            <source>A participant needs a code, such as P-0042.</source>
            <translation>Cada participante necesita un código, como P-0042.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A participant code cannot contain spaces.</source>
            <translation>Un código de participante no puede contener espacios.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Consent is given to {purposes}; {purpose!r} is not one of these.</source>
            <translation>El consentimiento se da para: {purposes}; {purpose!r} no es ninguna de estas opciones.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{what} needs a date and time with its time zone.</source>
            <translation>{what} debe indicar la fecha y la hora con su zona horaria.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{what} cannot be in the future ({moment} has not happened yet).</source>
            <translation>{what} no puede estar en el futuro ({moment} aún no ha llegado).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Say who is recording the consent (set your name in the settings).</source>
            <translation>Indica quién registra el consentimiento (escribe tu nombre en la configuración).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say who is recording the withdrawal (set your name in the settings).</source>
            <translation>Indica quién registra la retirada (escribe tu nombre en la configuración).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say who is recording the erasure (set your name in the settings).</source>
            <translation>Indica quién registra la supresión (escribe tu nombre en la configuración).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Say who is recording the {what} (set your name in the settings).</source>
            <translation>Indica quién hace este registro ({what}); escribe tu nombre en la configuración.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>A question's name uses lower-case letters a–z, digits and _, starts with a letter and has at most 64 characters, such as age_band.</source>
            <translation>El nombre de una pregunta usa letras minúsculas a–z, cifras y _, empieza por una letra y tiene como máximo 64 caracteres; por ejemplo, age_band.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A choice code uses lower-case letters a–z, digits and _ (at most 64), such as 60_74.</source>
            <translation>Un código de opción usa letras minúsculas a–z, cifras y _ (como máximo 64); por ejemplo, 60_74.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{what} needs its labels as language and text pairs.</source>
            <translation>{what} necesita sus etiquetas como pares de idioma y texto.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{language!r} is not a language code such as en, pt or pt_BR.</source>
            <translation>{language!r} no es un código de idioma como en, pt o pt_BR.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{what} needs a label in at least one language.</source>
            <translation>{what} necesita una etiqueta en al menos un idioma.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/participants.py" line="-75" />
            <source>A participant has no field called {field!r} that can be changed here.</source>
            <translation>No hay ningún campo de participante llamado {field!r} que se pueda cambiar aquí.</translation>
        </message>
        <message>
            <location line="+91" />
            <source>{code} is not checked in to that workshop.</source>
            <translation>{code} no tiene registrada la asistencia a ese taller.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{code} is already checked in to this workshop.</source>
            <translation>{code} ya tiene registrada la asistencia a este taller.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{code} is already the code of another participant.</source>
            <translation>{code} ya es el código de otra persona.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/pin.py" line="-50" />
            <source>A kiosk PIN is {fewest} to {most} digits.</source>
            <translation>El PIN del quiosco debe tener entre {fewest} y {most} cifras.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/profiles.py" line="+9" />
            <source>{code!r} is not one of the answers to “{label}”.</source>
            <translation>{code!r} no es una de las respuestas a «{label}».</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only a self-described answer to “{label}” can have the person's own words.</source>
            <translation>En «{label}», solo la respuesta para describirse con sus propias palabras admite texto libre.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>“{typed}” is not one of the answers to “{label}”.</source>
            <translation>«{typed}» no es una de las respuestas a «{label}».</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Each choice of a question needs its own code.</source>
            <translation>Cada opción de una pregunta necesita su propio código.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is already a profile question called {name!r}.</source>
            <translation>Ya hay una pregunta de perfil llamada {name!r}.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>“{question}” already has a choice {code!r}.</source>
            <translation>«{question}» ya tiene una opción {code!r}.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Every question keeps “Prefer not to say”, so answering stays voluntary.</source>
            <translation>Todas las preguntas conservan «Prefiero no decirlo», para que responder siga siendo voluntario.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>1 participant gave the answer “{answer}”, so it cannot be deleted; change its label instead.</source>
            <translation>1 participante ha dado la respuesta «{answer}», así que no se puede eliminar; cámbiale la etiqueta.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>{n} participants gave the answer “{answer}”, so it cannot be deleted; change its label instead.</source>
            <translation>
                <numerusform>{n} participante ha dado la respuesta «{answer}», así que no se puede eliminar; cámbiale la etiqueta.</numerusform>
                <numerusform>{n} participantes han dado la respuesta «{answer}», así que no se puede eliminar; cámbiale la etiqueta.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/response_memory.py" line="+51" />
            <location filename="../../workshop_app/db/lookup.py" line="-2" />
            <source>That survey no longer exists.</source>
            <translation>Esa encuesta ya no existe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This survey cannot be answered anonymously; a participant code is needed.</source>
            <translation>Esta encuesta no se puede responder de forma anónima; hace falta un código de participante.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>No one has the code “{code}”.</source>
            <translation>Nadie tiene el código «{code}».</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{code} has not consented to take part.</source>
            <translation>{code} no ha dado su consentimiento para participar.</translation>
        </message>
        <message>
            <location line="+13" />
            <location filename="../../workshop_app/core/responses.py" line="+203" />
            <location filename="../../workshop_app/db/lookup.py" line="-4" />
            <source>That response no longer exists.</source>
            <translation>Esa respuesta ya no existe.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/response_rules.py" line="-149" />
            <source>Write the number with one decimal comma or point and no thousands separator, for example 1234,5.</source>
            <translation>Escribe el número con una sola coma o punto decimal y sin separador de miles; por ejemplo, 1234,5.</translation>
        </message>
        <message>
            <location line="+114" />
            <source>This answer is not text or a number.</source>
            <translation>Esta respuesta no es un texto ni un número.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>An answer can have at most {maximum:,} characters; this one has {length:,}.</source>
            <translation>Una respuesta puede tener como máximo {maximum:,} caracteres; esta tiene {length:,}.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>The survey has no question called '{name}'.</source>
            <translation>La encuesta no tiene ninguna pregunta llamada «{name}».</translation>
        </message>
        <message>
            <location line="+5" />
            <source>'{name}' is not a question to answer.</source>
            <translation>«{name}» no es una pregunta que se pueda responder.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This question does not apply given the earlier answers.</source>
            <translation>Esta pregunta no corresponde según las respuestas anteriores.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A repeat can have at most {maximum} entries.</source>
            <translation>Una repetición puede tener como máximo {maximum} entradas.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>A response is given in the kiosk or typed in from paper ({modes}).</source>
            <translation>Una respuesta se da en el quiosco o se transcribe de un cuestionario en papel ({modes}).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>One question still needs an answer: {shown}.</source>
            <translation>Todavía falta responder una pregunta: {shown}.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{n} questions still need an answer: {shown} and {more} more.</source>
            <translation>
                <numerusform>Todavía falta responder {n} pregunta: {shown} y {more} más.</numerusform>
                <numerusform>Todavía falta responder {n} preguntas: {shown} y {more} más.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{n} questions still need an answer: {shown}.</source>
            <translation>
                <numerusform>Todavía falta responder {n} pregunta: {shown}.</numerusform>
                <numerusform>Todavía falta responder {n} preguntas: {shown}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/responses.py" line="-90" />
            <source>This survey is not available in '{language}'; it has {languages}.</source>
            <translation>Esta encuesta no está disponible en «{language}»; está en {languages}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>That activity belongs to another workshop.</source>
            <translation>Esa actividad pertenece a otro taller.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{title}” cannot be answered anonymously; a participant code is needed.</source>
            <translation>«{title}» no se puede responder de forma anónima; hace falta un código de participante.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>No one has the code “{code}”. Check the code on your card, or ask the facilitator.</source>
            <translation>Nadie tiene el código «{code}». Comprueba el código de tu tarjeta o pregunta a la persona facilitadora.</translation>
        </message>
        <message>
            <location line="+65" />
            <source>The survey has no stored question called '{name}'.</source>
            <translation>La encuesta no tiene ninguna pregunta guardada llamada «{name}».</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This survey is not available in '{language}'.</source>
            <translation>Esta encuesta no está disponible en «{language}».</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/results.py" line="+180" />
            <source>“{title}” has no question called '{question_name}' with results.</source>
            <translation>«{title}» no tiene ninguna pregunta llamada «{question_name}» con resultados.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>There is no survey '{form_id}'.</source>
            <translation>No existe la encuesta «{form_id}».</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/run_session.py" line="+48" />
            <location line="+38" />
            <source>That activity is not on this workshop's agenda.</source>
            <translation>Esa actividad no está en el programa de este taller.</translation>
        </message>
        <message>
            <location line="-4" />
            <source>This workshop has no agenda yet.</source>
            <translation>Este taller aún no tiene programa.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/survey_templates.py" line="+31" />
            <source>The template {key} is missing from this installation.</source>
            <translation>Falta la plantilla {key} en esta instalación.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/core/voting.py" line="+92" />
            <source>All {n} dots are placed. Take one back to move it.</source>
            <translation>
                <numerusform>Ya has colocado tu único punto ({n}). Retíralo para ponerlo en otro sitio.</numerusform>
                <numerusform>Ya has colocado tus {n} puntos. Retira uno para ponerlo en otro sitio.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>There is no dot of yours on that note.</source>
            <translation>No tienes ningún punto en esa nota.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A count of dots is a whole number from 0 to {maximum:,}.</source>
            <translation>El número de puntos debe ser un número entero de 0 a {maximum:,}.</translation>
        </message>
        <message>
            <location line="+67" />
            <source>Say who votes: a participant, or an anonymous kiosk voter's token.</source>
            <translation>Indica quién vota: una persona participante o el token de una persona que vota de forma anónima en el quiosco.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Dots are placed in a dot vote.</source>
            <translation>Los puntos se colocan en una votación por puntos.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The brainstorm this dot vote is about no longer exists.</source>
            <translation>La lluvia de ideas de esta votación por puntos ya no existe.</translation>
        </message>
        <message>
            <location line="+13" />
            <location filename="../../workshop_app/db/lookup.py" line="+3" />
            <source>That sticky note no longer exists.</source>
            <translation>Esa nota adhesiva ya no existe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That sticky note is not part of this dot vote.</source>
            <translation>Esa nota adhesiva no forma parte de esta votación por puntos.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/workbook_scope.py" line="+116" />
            <source>The first day of the date range comes after the last day; swap them and export again.</source>
            <translation>El primer día del intervalo de fechas es posterior al último; intercámbialos y vuelve a exportar.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/workshop_rules.py" line="+93" />
            <source>A workshop has no field called {field!r}.</source>
            <translation>Un taller no tiene ningún campo llamado {field!r}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A workshop needs a title.</source>
            <translation>Un taller necesita un título.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A workshop title can have at most {maximum} characters.</source>
            <translation>El título de un taller puede tener como máximo {maximum} caracteres.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A workshop's status is one of {statuses}.</source>
            <translation>El estado de un taller debe ser uno de estos: {statuses}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A workshop's start must be a date and time with its time zone.</source>
            <translation>El inicio de un taller debe ser una fecha y hora con su zona horaria.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>An activity has no field called {field!r}.</source>
            <translation>Una actividad no tiene ningún campo llamado {field!r}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>An activity is one of: {kinds}.</source>
            <translation>Una actividad debe ser de uno de estos tipos: {kinds}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>An activity's planned time is between 1 and {maximum} minutes.</source>
            <translation>La duración prevista de una actividad debe estar entre 1 y {maximum} minutos.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose a survey from the list.</source>
            <translation>Elige una encuesta de la lista.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>An activity's settings must be a set of named values.</source>
            <translation>La configuración de una actividad debe ser un conjunto de valores con nombre.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Each person gets between 1 and {maximum} dots in a dot vote.</source>
            <translation>En una votación por puntos, cada persona recibe entre 1 y {maximum} puntos.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/workshops.py" line="+220" />
            <source>Only a survey item on the agenda runs a survey.</source>
            <translation>Solo las actividades de tipo encuesta del programa pueden tener una encuesta.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/backup.py" line="-3" />
            <source>A backup cannot overwrite the database it is a copy of; choose another file.</source>
            <translation>Una copia de seguridad no puede sobrescribir la base de datos de la que es copia; elige otro archivo.</translation>
        </message>
        <message>
            <location line="+18" />
            <location filename="../../workshop_app/formats/exchange_package.py" line="+21" />
            <source>Cannot write {target}: {reason}.</source>
            <translation>No se puede escribir {target}: {reason}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The backup to {target} failed: {problem}.</source>
            <translation>No se ha podido hacer la copia de seguridad en {target}: {problem}.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>That file is the database itself; choose a backup to restore from.</source>
            <translation>Ese archivo es la propia base de datos; elige una copia de seguridad desde la que restaurar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{source} is empty; it is not a Workshop App backup.</source>
            <translation>{source} está vacío; no es una copia de seguridad de Workshop App.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{source} was written by a newer version of Workshop App; update the app first.</source>
            <translation>{source} se escribió con una versión más reciente de Workshop App; actualiza primero la aplicación.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{source} could not be restored: {problem}.</source>
            <translation>No se ha podido restaurar {source}: {problem}.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{source} is damaged ({problem}); choose another backup.</source>
            <translation>{source} está dañado ({problem}); elija otra copia de seguridad.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/database.py" line="+61" />
            <source>{path} could not be opened: {reason}.</source>
            <translation>No se ha podido abrir {path}: {reason}.</translation>
        </message>
        <message>
            <location line="+72" />
            <source>{path} was written by a newer version of Workshop App; update the app to open it.</source>
            <translation>{path} se escribió con una versión más reciente de Workshop App; actualiza la aplicación para abrirlo.</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>Upgrading the database would leave {n} broken link(s) (first in table {table}); nothing was changed.</source>
            <translation>
                <numerusform>Actualizar la base de datos dejaría {n} vínculo roto (en la tabla {table}); no se ha cambiado nada.</numerusform>
                <numerusform>Actualizar la base de datos dejaría {n} vínculos rotos (el primero, en la tabla {table}); no se ha cambiado nada.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/lock.py" line="+70" />
            <source>{database} is busy: another Workshop App window or command ({holder}) is using it. Close that one first, or open a different file.</source>
            <translation>{database} está en uso por otra ventana o comando de Workshop App ({holder}). Ciérralo primero o abre otro archivo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{database} is busy: another Workshop App window or command is using it. Close that one first, or open a different file.</source>
            <translation>{database} está en uso por otra ventana o comando de Workshop App. Ciérralo primero o abre otro archivo.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/lookup.py" line="-11" />
            <source>That activity no longer exists.</source>
            <translation>Esa actividad ya no existe.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That choice no longer exists.</source>
            <translation>Esa opción ya no existe.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That cluster no longer exists.</source>
            <translation>Ese grupo ya no existe.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That consent record no longer exists.</source>
            <translation>Ese registro de consentimiento ya no existe.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That map no longer exists.</source>
            <translation>Ese mapa ya no existe.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That participant no longer exists.</source>
            <translation>Esa persona ya no está registrada.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That profile question no longer exists.</source>
            <translation>Esa pregunta de perfil ya no existe.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That relationship no longer exists.</source>
            <translation>Esa relación ya no existe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That snapshot no longer exists.</source>
            <translation>Esa instantánea ya no existe.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>That target no longer exists.</source>
            <translation>Ese objetivo ya no existe.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>That {what} no longer exists.</source>
            <translation>Ese elemento ({what}) ya no existe.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/probe.py" line="+35" />
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} es una carpeta, no un archivo de base de datos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There is no database at {path}.</source>
            <translation>No hay ninguna base de datos en {path}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot create {path}: the folder {folder} does not exist.</source>
            <translation>No se puede crear {path}: la carpeta {folder} no existe.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot create {path}: the folder {folder} is read-only.</source>
            <translation>No se puede crear {path}: la carpeta {folder} es de solo lectura.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{path} cannot be read ({reason}).</source>
            <translation>No se puede leer {path} ({reason}).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{path} is empty; it is not a Workshop App database.</source>
            <translation>{path} está vacío; no es una base de datos de Workshop App.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is not a Workshop App database (it is not an SQLite file).</source>
            <translation>{path} no es una base de datos de Workshop App (no es un archivo SQLite).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is damaged (the file is incomplete); restore it from a backup.</source>
            <translation>{path} está dañado (el archivo está incompleto); restáuralo desde una copia de seguridad.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is read-only; copy it to a folder where you can write, then open the copy.</source>
            <translation>{path} es de solo lectura; cópialo en una carpeta en la que puedas escribir y abre la copia.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{path} is an SQLite database, but not one made by Workshop App.</source>
            <translation>{path} es una base de datos SQLite, pero no la ha creado Workshop App.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>{path} cannot be opened as a database.</source>
            <translation>{path} no se puede abrir como base de datos.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{path} is damaged (its schema version is missing); restore it from a backup.</source>
            <translation>{path} está dañado (falta su versión de esquema); restáuralo desde una copia de seguridad.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{path} is damaged (the file is corrupt); restore it from a backup.</source>
            <translation>{path} está dañado (el archivo está corrupto); restáuralo desde una copia de seguridad.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/exchange_package.py" line="-65" />
            <location line="+176" />
            <location line="+33" />
            <location line="+3" />
            <location line="+37" />
            <source>{name} is not a Workshop App exchange package.</source>
            <translation>{name} no es un paquete de intercambio de Workshop App.</translation>
        </message>
        <message>
            <location line="-246" />
            <source>{name} is damaged: its manifest has no format version.</source>
            <translation>{name} está dañado: a su manifiesto le falta la versión de formato.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+131" />
            <source>This package was made by a newer version of Workshop App ({app_version}); update the app to merge it.</source>
            <translation>Este paquete se creó con una versión más reciente de Workshop App ({app_version}); actualiza la aplicación para fusionarlo.</translation>
        </message>
        <message>
            <location line="-119" />
            <source>{name} is damaged: its manifest is incomplete.</source>
            <translation>{name} está dañado: su manifiesto está incompleto.</translation>
        </message>
        <message>
            <location line="+140" />
            <source>{name} is a folder, not an exchange package.</source>
            <translation>{name} es una carpeta, no un paquete de intercambio.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>There is no file {path}.</source>
            <translation>No existe el archivo {path}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} cannot be read ({reason}).</source>
            <translation>No se puede leer {name} ({reason}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is empty; it is not a Workshop App exchange package.</source>
            <translation>{name} está vacío; no es un paquete de intercambio de Workshop App.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is a database file, not an exchange package; to bring back a backup, use Restore instead.</source>
            <translation>{name} es un archivo de base de datos, no un paquete de intercambio; para recuperar una copia de seguridad, usa Restaurar.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+6" />
            <source>{name} is incomplete or damaged (perhaps it was cut short while copying); make the package again.</source>
            <translation>{name} está incompleto o dañado (quizá se cortó durante la copia); vuelve a crear el paquete.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{name} contains a file with an unsafe name ({member!r}); it was not opened.</source>
            <translation>{name} contiene un archivo con un nombre no seguro ({member!r}); no se ha abierto.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} contains the same part twice; it was not opened.</source>
            <translation>{name} contiene la misma parte dos veces; no se ha abierto.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} contains an unexpected file ({member!r}); it is not a Workshop App exchange package.</source>
            <translation>{name} contiene un archivo inesperado ({member!r}); no es un paquete de intercambio de Workshop App.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{name} is incomplete: part of its content is missing.</source>
            <translation>{name} está incompleto: falta parte de su contenido.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{name} is encrypted; Workshop App packages never are.</source>
            <translation>{name} está cifrado; los paquetes de Workshop App nunca lo están.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} unpacks to far more than its size (it looks like a zip bomb); it was not opened.</source>
            <translation>{name} se descomprime en mucho más que su tamaño (parece una bomba zip); no se ha abierto.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} would unpack to more than {maximum} GB; it was not opened.</source>
            <translation>{name} ocuparía más de {maximum} GB al descomprimirse; no se ha abierto.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+5" />
            <source>{name} is not a Workshop App exchange package (its manifest is far too large).</source>
            <translation>{name} no es un paquete de intercambio de Workshop App (su manifiesto es demasiado grande).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name} is damaged: its manifest cannot be read.</source>
            <translation>{name} está dañado: no se puede leer su manifiesto.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+10" />
            <location line="+12" />
            <source>{name} is damaged: its content does not match its checksums; make the package again.</source>
            <translation>{name} está dañado: su contenido no coincide con sus sumas de comprobación; vuelve a crear el paquete.</translation>
        </message>
        <message>
            <location line="-5" />
            <source>{name} unpacks to more than it declares; it was not opened.</source>
            <translation>{name} se descomprime en más de lo que declara; no se ha abierto.</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+6" />
            <source>{name} does not hold Workshop App data.</source>
            <translation>{name} no contiene datos de Workshop App.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <source>{name} is damaged: its data cannot be read.</source>
            <translation>{name} está dañado: no se pueden leer sus datos.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{name} was made by an older version of Workshop App and could not be brought up to date; nothing was merged.</source>
            <translation>{name} se creó con una versión anterior de Workshop App y no se ha podido actualizar; no se ha fusionado nada.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/stakeholder_exchange.py" line="-308" />
            <source>A stakeholder list is written as an .xlsx file; {file} has another extension.</source>
            <translation>Las listas de actores se guardan como archivo .xlsx; {file} tiene otra extensión.</translation>
        </message>
        <message>
            <location line="+24" />
            <location filename="../../workshop_app/formats/xlsform/writer.py" line="+161" />
            <source>{path} cannot be written: the folder {folder} does not exist.</source>
            <translation>No se puede escribir {path}: la carpeta {folder} no existe.</translation>
        </message>
        <message>
            <location line="+31" />
            <location filename="../../workshop_app/formats/xlsform/writer.py" line="+28" />
            <source>{path} could not be written: {reason}.</source>
            <translation>No se ha podido escribir {path}: {reason}.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{file} is not a readable Excel workbook.</source>
            <translation>{file} no es un libro de Excel legible.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{file} could not be read; the workbook seems damaged ({error}).</source>
            <translation>No se ha podido leer {file}; el libro parece dañado ({error}).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{path} does not exist or is not a file.</source>
            <translation>{path} no existe o no es un archivo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is not an Excel workbook; save the list as .xlsx and import that.</source>
            <translation>{file} no es un libro de Excel; guarda la lista como .xlsx e importa ese archivo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} is empty.</source>
            <translation>{file} está vacío.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is {size:.0f} MB; a stakeholder list can be at most {maximum} MB.</source>
            <translation>{file} ocupa {size:.0f} MB; una lista de actores puede ocupar como máximo {maximum} MB.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{file} unpacks to more than {maximum} MB, too much for a stakeholder list.</source>
            <translation>{file} ocupa más de {maximum} MB al descomprimirse, demasiado para una lista de actores.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} cannot be opened: this user may not read it.</source>
            <translation>No se puede abrir {file}: este usuario no tiene permiso para leerlo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} is not a readable Excel workbook, although its name says so.</source>
            <translation>{file} no es un libro de Excel legible, aunque su nombre lo indique.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{file_name} has no sheet of stakeholders; name it 'Elements' with a 'Label' column.</source>
            <translation>{file_name} no tiene ninguna hoja de actores; llámala «Elements» y ponle una columna «Label».</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The sheet {title!r} of {file_name} lists no stakeholders.</source>
            <translation>La hoja {title!r} de {file_name} no contiene ningún actor.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The sheet {title!r} of {file_name} has more than {limit:,} stakeholders; Workshop App imports up to {limit:,}.</source>
            <translation>La hoja {title!r} de {file_name} tiene más de {limit:,} actores; Workshop App importa como máximo {limit:,}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sheet {title!r} of {file_name} has more than {limit:,} connections; Workshop App imports up to {limit:,}.</source>
            <translation>La hoja {title!r} de {file_name} tiene más de {limit:,} conexiones; Workshop App importa como máximo {limit:,}.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The sheet {title!r} of {file_name} has no {column!r} column in its first rows; put them in the header row.</source>
            <translation>La hoja {title!r} de {file_name} no tiene una columna {column!r} en sus primeras filas; ponla en la fila de encabezados.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sheet {title!r} of {file_name} has no {first!r} and {second!r} columns in its first rows; put them in the header row.</source>
            <translation>La hoja {title!r} de {file_name} no tiene las columnas {first!r} y {second!r} en sus primeras filas; ponlas en la fila de encabezados.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/ulg_workbook.py" line="+330" />
            <source>The workbook must be saved as an .xlsx file; “{file}” has another extension.</source>
            <translation>El libro debe guardarse como archivo .xlsx; «{file}» tiene otra extensión.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The folder {folder} does not exist; choose another place for the workbook.</source>
            <translation>La carpeta {folder} no existe; elige otro lugar para el libro.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is a folder; give the workbook a file name ending in .xlsx.</source>
            <translation>{path} es una carpeta; pon al libro un nombre de archivo que termine en .xlsx.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{file}” is open in another program; close it there and export again (if it is not open, delete the lock file “{lock}” in the same folder).</source>
            <translation>«{file}» está abierto en otro programa; ciérralo allí y vuelve a exportar (si no está abierto, elimina el archivo de bloqueo «{lock}» de la misma carpeta).</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+23" />
            <source>You may not save files in {folder}; choose another folder.</source>
            <translation>No tienes permiso para guardar archivos en {folder}; elige otra carpeta.</translation>
        </message>
        <message>
            <location line="-20" />
            <source>“{file}” is read-only; choose another name or folder.</source>
            <translation>«{file}» es de solo lectura; elige otro nombre u otra carpeta.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>There is not enough space on the disk for “{file}”; free some space or choose another place. Nothing was written.</source>
            <translation>No hay espacio suficiente en el disco para «{file}»; libera espacio o elige otro lugar. No se ha escrito nada.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{file}” is open in another program or read-only; close it there and export again. Nothing was changed.</source>
            <translation>«{file}» está abierto en otro programa o es de solo lectura; ciérralo allí y vuelve a exportar. No se ha cambiado nada.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{file}” could not be written: {reason}. Nothing was changed.</source>
            <translation>No se ha podido escribir «{file}»: {reason}. No se ha cambiado nada.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/guard.py" line="+35" />
            <source>{path} does not exist.</source>
            <translation>{path} no existe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{path} is not a file.</source>
            <translation>{path} no es un archivo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is empty.</source>
            <translation>{name} está vacío.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} is {size:.0f} MB; a form file can be at most {maximum} MB.</source>
            <translation>{name} ocupa {size:.0f} MB; un archivo de formulario puede ocupar como máximo {maximum} MB.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} is not an XLSForm: Workshop App reads forms saved as .xlsx, .xls, .csv or .md.</source>
            <translation>{name} no es un XLSForm: Workshop App lee formularios guardados como .xlsx, .xls, .csv o .md.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{file} is not a text file, although its name says so.</source>
            <translation>{file} no es un archivo de texto, aunque su nombre lo indique.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{file} has more than {maximum:,} lines, too many for a form.</source>
            <translation>{file} tiene más de {maximum:,} líneas, demasiadas para un formulario.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{name} unpacks to more than {maximum} MB, too much for a form.</source>
            <translation>{name} ocupa más de {maximum} MB al descomprimirse, demasiado para un formulario.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} is not an Excel workbook, although its name says so.</source>
            <translation>{name} no es un libro de Excel, aunque su nombre lo indique.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The '{sheet}' sheet of {name} has more than {limit:,} rows; Workshop App imports forms of up to {limit:,} rows there.</source>
            <translation>La hoja «{sheet}» de {name} tiene más de {limit:,} filas; Workshop App importa formularios de hasta {limit:,} filas en esa hoja.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{name} is not a readable Excel workbook ({reason}).</source>
            <translation>{name} no es un libro de Excel legible ({reason}).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The workbook's table of sheets is implausibly large.</source>
            <translation>La tabla de hojas del libro es demasiado grande para ser válida.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>A row of the workbook is implausibly large.</source>
            <translation>Una fila del libro es demasiado grande para ser válida.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/messages.py" line="+20" />
            <source>the '{sheet}' sheet, row {row}, column '{column}'</source>
            <translation>la hoja «{sheet}», fila {row}, columna «{column}»</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the '{sheet}' sheet, row {row}</source>
            <translation>la hoja «{sheet}», fila {row}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the '{sheet}' sheet</source>
            <translation>la hoja «{sheet}»</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{file} is not an XLSForm: it has no sheet named 'survey'. {hint}</source>
            <translation>{file} no es un XLSForm: no tiene ninguna hoja llamada «survey». {hint}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is not an XLSForm: it has no sheet named 'survey'.</source>
            <translation>{file} no es un XLSForm: no tiene ninguna hoja llamada «survey».</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{file} is not a valid XLSForm ({where}): {problem}.</source>
            <translation>{file} no es un XLSForm válido ({where}): {problem}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is not a valid XLSForm: {problem}.</source>
            <translation>{file} no es un XLSForm válido: {problem}.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{file} cannot be imported ({where}): {problem}</source>
            <translation>No se puede importar {file} ({where}): {problem}</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/reader.py" line="-221" />
            <location line="+33" />
            <source>{file} nests groups too deeply to be read.</source>
            <translation>{file} tiene grupos anidados a demasiados niveles para poder leerse.</translation>
        </message>
        <message>
            <location line="-26" />
            <source>{file} could not be read as an XLSForm ({error}: no details).</source>
            <translation>No se ha podido leer {file} como XLSForm ({error}: sin detalles).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} could not be read as an XLSForm ({error}: {details}).</source>
            <translation>No se ha podido leer {file} como XLSForm ({error}: {details}).</translation>
        </message>
        <message>
            <location line="+28" />
            <source>{file} could not be turned into a form ({error}: no details).</source>
            <translation>No se ha podido convertir {file} en un formulario ({error}: sin detalles).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} could not be turned into a form ({error}: {details}).</source>
            <translation>No se ha podido convertir {file} en un formulario ({error}: {details}).</translation>
        </message>
        <message>
            <location line="+168" />
            <source>{file} is not a valid XLSForm ({where}): '{name}' has the type '{pyxform_type}', which XLSForm does not know.</source>
            <translation>{file} no es un XLSForm válido ({where}): «{name}» tiene el tipo «{pyxform_type}», que XLSForm no reconoce.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/writer.py" line="-161" />
            <source>An XLSForm is written as an .xlsx file; {file} has another extension.</source>
            <translation>Los XLSForm se guardan como archivo .xlsx; {file} tiene otra extensión.</translation>
        </message>
    </context>
    <context>
        <name>feedback</name>
        <message>
            <location filename="../../workshop_app/ui/feedback_panel.py" line="-162" />
            <source>Record feedback</source>
            <translation>Registrar valoración</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../workshop_app/ui/labels.py" line="+16" />
            <source>Survey</source>
            <translation>Encuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Brainstorm</source>
            <translation>Lluvia de ideas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dot vote</source>
            <translation>Votación por puntos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Feedback round</source>
            <translation>Ronda de valoración</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholder mapping</source>
            <translation>Mapeo de actores</translation>
        </message>
        <message>
            <location line="+3" />
            <source>People answer a questionnaire, on paper or on the laptop.</source>
            <translation>La gente responde un cuestionario, en papel o en el portátil.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ideas from the room go on sticky notes and into clusters.</source>
            <translation>Las ideas de la sala se apuntan en notas adhesivas y se agrupan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everyone places a few dots on the ideas they like most.</source>
            <translation>Cada persona pone unos cuantos puntos en las ideas que más le gustan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each person says, in turn, how the session went for them.</source>
            <translation>Cada persona dice, por turnos, qué le ha parecido la sesión.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The group places stakeholders on a map together.</source>
            <translation>El grupo sitúa a los actores en un mapa, de forma conjunta.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Planned</source>
            <translation>Previsto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Running</source>
            <translation>En curso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Terminado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Portuguese</source>
            <translation>Portugués</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <location line="+1" />
            <source>French</source>
            <translation>Francés</translation>
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
                <numerusform>%n punto por persona</numerusform>
                <numerusform>%n puntos por persona</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n dots each</source>
            <translation>
                <numerusform>%n punto por persona</numerusform>
                <numerusform>%n puntos por persona</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>map_export</name>
        <message>
            <location filename="../../workshop_app/ui/map_export.py" line="+58" />
            <source>Maps can only be drawn in a program that shows windows.</source>
            <translation>Los mapas solo se pueden dibujar en un programa con ventanas.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Paper size {paper} is not available; choose A4 or A3.</source>
            <translation>El tamaño de papel {paper} no está disponible; elige A4 o A3.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>A map can be saved as PDF, PNG or SVG; “{name}” ends in none of these (.pdf, .png, .svg).</source>
            <translation>Un mapa se puede guardar como PDF, PNG o SVG; «{name}» no termina en ninguna de estas extensiones (.pdf, .png, .svg).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The resolution must be between {low} and {high} dots per inch.</source>
            <translation>La resolución debe estar entre {low} y {high} puntos por pulgada.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The folder {folder} does not exist.</source>
            <translation>La carpeta {folder} no existe.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot write in the folder {folder}: {reason}</source>
            <translation>No se puede escribir en la carpeta {folder}: {reason}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot save the map as {path}: {reason}</source>
            <translation>No se puede guardar el mapa como {path}: {reason}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>the file could not be opened for writing</source>
            <translation>no se ha podido abrir el archivo para escribir en él</translation>
        </message>
        <message>
            <location line="+23" />
            <source>not enough memory for a picture of {width} × {height} pixels</source>
            <translation>no hay memoria suficiente para una imagen de {width} × {height} píxeles</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the picture could not be written</source>
            <translation>no se ha podido escribir la imagen</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Stakeholder map made with Workshop App</source>
            <translation>Mapa de actores creado con Workshop App</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The printer could not be started.</source>
            <translation>No se ha podido iniciar la impresora.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Print map</source>
            <translation>Imprimir mapa</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Print preview — {title}</source>
            <translation>Vista preliminar — {title}</translation>
        </message>
    </context>
    <context>
        <name>map_render</name>
        <message>
            <location filename="../../workshop_app/ui/map_render.py" line="+39" />
            <source>Power / interest grid</source>
            <translation>Matriz de poder / interés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Importance / influence matrix</source>
            <translation>Matriz de importancia / influencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ecosystem map</source>
            <translation>Mapa del ecosistema</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+110" />
            <source>Stakeholder map</source>
            <translation>Mapa de actores</translation>
        </message>
        <message>
            <location line="+8" />
            <source>1 stakeholder</source>
            <translation>1 actor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} stakeholders</source>
            <translation>{count} actores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 relationship</source>
            <translation>1 relación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} relationships</source>
            <translation>{count} relaciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{kind} · {stakeholders} · {relationships}</source>
            <translation>{kind} · {stakeholders} · {relationships}</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Low</source>
            <translation>Bajo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>High</source>
            <translation>Alto</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_render_legend.py" line="+34" />
            <source>Weak tie</source>
            <translation>Vínculo débil</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tie</source>
            <translation>Vínculo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strong tie</source>
            <translation>Vínculo fuerte</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Sectors</source>
            <translation>Sectores</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Relationships</source>
            <translation>Relaciones</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One-way (from → to)</source>
            <translation>En un sentido (de → a)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attitude</source>
            <translation>Actitud</translation>
        </message>
    </context>
    <context>
        <name>map_style</name>
        <message>
            <location filename="../../workshop_app/ui/map_style.py" line="+49" />
            <source>Public sector</source>
            <translation>Sector público</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Private sector</source>
            <translation>Sector privado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Civil society</source>
            <translation>Sociedad civil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge &amp; research</source>
            <translation>Conocimiento e investigación</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Supportive</source>
            <translation>A favor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Neutral</source>
            <translation>Neutral</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opposed</source>
            <translation>En contra</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attitude unknown</source>
            <translation>Actitud desconocida</translation>
        </message>
    </context>
    <context>
        <name>maps</name>
        <message>
            <location filename="../../workshop_app/ui/map_commands.py" line="+57" />
            <source>New map</source>
            <translation>Nuevo mapa</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Delete map “{title}”</source>
            <translation>Eliminar el mapa «{title}»</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Add stakeholder</source>
            <translation>Añadir actor</translation>
        </message>
        <message>
            <location line="+85" />
            <source>Delete relationship</source>
            <translation>Eliminar relación</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n relationships</source>
            <translation>
                <numerusform>Eliminar %n relación</numerusform>
                <numerusform>Eliminar %n relaciones</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete stakeholder</source>
            <translation>Eliminar actor</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n stakeholders</source>
            <translation>
                <numerusform>Eliminar %n actor</numerusform>
                <numerusform>Eliminar %n actores</numerusform>
            </translation>
        </message>
        <message>
            <location line="+27" />
            <source>Connect stakeholders</source>
            <translation>Conectar actores</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Take snapshot “{name}”</source>
            <translation>Tomar la instantánea «{name}»</translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>Import %n stakeholders</source>
            <translation>
                <numerusform>Importar %n actor</numerusform>
                <numerusform>Importar %n actores</numerusform>
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
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SVG drawings (*.svg)</source>
            <translation>Dibujos SVG (*.svg)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import stakeholders from Excel</source>
            <translation>Importar actores de Excel</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Export stakeholders to Excel</source>
            <translation>Exportar actores a Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libros de Excel (*.xlsx)</translation>
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
            <translation>Leyendo {name}…</translation>
        </message>
        <message>
            <location line="-110" />
            <location line="+48" />
            <location line="+61" />
            <location line="+16" />
            <source>Import stakeholders</source>
            <translation>Importar actores</translation>
        </message>
        <message>
            <location line="-109" />
            <location line="+124" />
            <source>Export stakeholders</source>
            <translation>Exportar actores</translation>
        </message>
        <message>
            <location line="-123" />
            <source>Writing {name}…</source>
            <translation>Escribiendo {name}…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Import stakeholders from E&amp;xcel…</source>
            <translation>Importar ac&amp;tores de Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add stakeholders and who works with whom from a workbook</source>
            <translation>Añadir actores, y quién trabaja con quién, desde un libro de Excel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export stakeholders to Excel…</source>
            <translation>Exportar actores a Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the map's stakeholders and relationships as a workbook</source>
            <translation>Guardar los actores y las relaciones del mapa en un libro de Excel</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Where should the stakeholders go?</source>
            <translation>¿Adónde van los actores?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Into a &amp;new map</source>
            <translation>A un mapa &amp;nuevo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Into “{title}”</source>
            <translation>A «{title}»</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Imported stakeholders</source>
            <translation>Actores importados</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Imported {stakeholders} and {relationships} from {file}.</source>
            <translation>Se han importado {stakeholders} y {relationships} de {file}.</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>… and %n more.</source>
            <translation>
                <numerusform>… y %n más.</numerusform>
                <numerusform>… y %n más.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Some stakeholders have a contact, which is personal data. Include the contacts in the workbook?</source>
            <translation>Algunos actores tienen un contacto, que es un dato personal. ¿Incluir los contactos en el libro?</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Exported to {path}.</source>
            <translation>Exportado a {path}.</translation>
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
            <translation>Bajo</translation>
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
                <numerusform>%n actor</numerusform>
                <numerusform>%n actores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n stakeholders</source>
            <translation>
                <numerusform>%n actor</numerusform>
                <numerusform>%n actores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n relationship</source>
            <translation>
                <numerusform>%n relación</numerusform>
                <numerusform>%n relaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n relationships</source>
            <translation>
                <numerusform>%n relación</numerusform>
                <numerusform>%n relaciones</numerusform>
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
            <translation>Matriz de poder / interés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who can shape the plan, and who cares about it: manage closely, keep satisfied, keep informed, monitor.</source>
            <translation>Quién puede influir en el plan y a quién le importa: gestionar de cerca, mantener satisfechos, mantener informados, supervisar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Importance / influence matrix</source>
            <translation>Matriz de importancia / influencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How much the action matters to each stakeholder, and how much they can sway it.</source>
            <translation>Cuánto importa la acción a cada actor y cuánto puede influir en ella.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stakeholder ecosystem</source>
            <translation>Ecosistema de actores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The actors of the city in four sectors: public, private, civil society, knowledge and research.</source>
            <translation>Los actores de la ciudad en cuatro sectores: público, privado, sociedad civil, y conocimiento e investigación.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Blank canvas</source>
            <translation>Lienzo en blanco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No axes and no quadrants: place people freely and draw who works with whom.</source>
            <translation>Sin ejes ni cuadrantes: coloca a los actores libremente y dibuja quién trabaja con quién.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Interest</source>
            <translation>Interés</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Power</source>
            <translation>Poder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Influence</source>
            <translation>Influencia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Importance</source>
            <translation>Importancia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Manage closely</source>
            <translation>Gestionar de cerca</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep informed</source>
            <translation>Mantener informados</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Monitor</source>
            <translation>Supervisar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep satisfied</source>
            <translation>Mantener satisfechos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key players</source>
            <translation>Actores clave</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Least priority</source>
            <translation>Menor prioridad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protect and involve</source>
            <translation>Proteger e implicar</translation>
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
            <translation>Sociedad civil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge &amp; research</source>
            <translation>Conocimiento e investigación</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_panel_editor.py" line="+37" />
            <source>Rename stakeholder</source>
            <translation>Cambiar nombre del actor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit organisation</source>
            <translation>Editar organización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change sector</source>
            <translation>Cambiar sector</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change attitude</source>
            <translation>Cambiar actitud</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit engagement</source>
            <translation>Editar implicación</translation>
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
            <translation>Mover actor</translation>
        </message>
        <message>
            <location line="-34" />
            <source>Edit stakeholder</source>
            <translation>Editar actor</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rename map</source>
            <translation>Cambiar nombre del mapa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rename horizontal axis</source>
            <translation>Cambiar nombre del eje horizontal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rename vertical axis</source>
            <translation>Cambiar nombre del eje vertical</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rename quadrants</source>
            <translation>Cambiar nombre de los cuadrantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit map notes</source>
            <translation>Editar notas del mapa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit map</source>
            <translation>Editar mapa</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Move stakeholders</source>
            <translation>Mover actores</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Connect: drag from one stakeholder to another. Press Escape when you are done.</source>
            <translation>Conectar: arrastra de un actor a otro. Pulsa Esc cuando termines.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>New stakeholder</source>
            <translation>Nuevo actor</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Nudge stakeholders</source>
            <translation>Desplazar actores ligeramente</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Select two or more stakeholders to align them.</source>
            <translation>Selecciona dos o más actores para alinearlos.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Align left</source>
            <translation>Alinear a la izquierda</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Align top</source>
            <translation>Alinear arriba</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Align centres</source>
            <translation>Alinear al centro</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Edit relationship</source>
            <translation>Editar relación</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_snapshots.py" line="-28" />
            <source>{name} — {date}</source>
            <translation>{name} — {date}</translation>
        </message>
        <message>
            <location line="+182" />
            <source>ULG meeting {number}</source>
            <translation>Reunión del ULG {number}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Snapshot “{name}” saved. Move stakeholders as things change, then Compare to see who moved.</source>
            <translation>Instantánea «{name}» guardada. Mueve los actores a medida que cambie la situación y luego usa «Comparar» para ver quién se ha movido.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>There is nothing to compare yet: take a snapshot first (for example at a ULG meeting).</source>
            <translation>Aún no hay nada que comparar: toma primero una instantánea (por ejemplo, en una reunión del ULG).</translation>
        </message>
    </context>
    <context>
        <name>people</name>
        <message>
            <location filename="../../workshop_app/ui/participant_commands.py" line="+100" />
            <source>Register participant</source>
            <translation>Inscribir participante</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Delete participant</source>
            <translation>Eliminar participante</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Change name or contact</source>
            <translation>Cambiar nombre o contacto</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Change profile answer</source>
            <translation>Cambiar respuesta de perfil</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Record consent</source>
            <translation>Registrar consentimiento</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Withdraw consent</source>
            <translation>Retirar consentimiento</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Check in</source>
            <translation>Registrar asistencia</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Remove check-in</source>
            <translation>Anular asistencia</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Set diversity target</source>
            <translation>Definir objetivo de diversidad</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Remove diversity target</source>
            <translation>Quitar objetivo de diversidad</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/participant_recorder.py" line="+23" />
            <source>Who is recording?</source>
            <translation>¿Quién registra?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your name is saved with every consent and erasure you record, as the law asks.
It is asked once; you can change it on the Check-in tab.</source>
            <translation>Tu nombre se guarda con cada consentimiento y cada supresión que registres, como exige la ley.
Solo se pide una vez; puedes cambiarlo en la pestaña Asistencia.</translation>
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
            <translation>Fotos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Consents to take part.</source>
            <translation>Da su consentimiento para participar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consents to be contacted.</source>
            <translation>Da su consentimiento para que se le contacte.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consents to appear in photos.</source>
            <translation>Da su consentimiento para aparecer en fotos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No consent to take part: no answers can be recorded for them.</source>
            <translation>Sin consentimiento para participar: no se pueden registrar respuestas suyas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No consent to be contacted.</source>
            <translation>Sin consentimiento para que se le contacte.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No consent to appear in photos.</source>
            <translation>Sin consentimiento para aparecer en fotos.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workshops</source>
            <translation>Talleres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation>Consentimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checked in</source>
            <translation>Llegada</translation>
        </message>
    </context>
    <context>
        <name>profile</name>
        <message>
            <location filename="../../workshop_app/ui/profile_commands.py" line="+40" />
            <source>Add profile question</source>
            <translation>Añadir pregunta de perfil</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Delete profile question</source>
            <translation>Eliminar pregunta de perfil</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Move profile question</source>
            <translation>Mover pregunta de perfil</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Rename profile question</source>
            <translation>Cambiar nombre de la pregunta de perfil</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Add answer</source>
            <translation>Añadir respuesta</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Delete answer</source>
            <translation>Eliminar respuesta</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Move answer</source>
            <translation>Mover respuesta</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Rename answer</source>
            <translation>Cambiar nombre de la respuesta</translation>
        </message>
    </context>
    <context>
        <name>projector</name>
        <message>
            <location filename="../../workshop_app/ui/live_chart.py" line="+100" />
            <location line="+46" />
            <source>{count} people answered</source>
            <translation>Han respondido {count} personas</translation>
        </message>
        <message>
            <location line="-40" />
            <source>{count} · {share} %</source>
            <translation>{count} · {share} %</translation>
        </message>
        <message>
            <location line="+4" />
            <source>average {mean} · median {median}</source>
            <translation>media {mean} · mediana {median}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>dots</source>
            <translation>puntos</translation>
        </message>
        <message>
            <location line="+17" />
            <source>1 = not useful · 5 = very useful</source>
            <translation>1 = nada útil · 5 = muy útil</translation>
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
            <translation>es</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is not</source>
            <translation>no es</translation>
        </message>
        <message>
            <location line="+4" />
            <source>includes</source>
            <translation>incluye</translation>
        </message>
        <message>
            <location line="+1" />
            <source>does not include</source>
            <translation>no incluye</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is more than</source>
            <translation>es mayor que</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is at least</source>
            <translation>es como mínimo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is less than</source>
            <translation>es menor que</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is at most</source>
            <translation>es como máximo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is after</source>
            <translation>es posterior a</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is before</source>
            <translation>es anterior a</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is answered</source>
            <translation>tiene respuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is not answered</source>
            <translation>no tiene respuesta</translation>
        </message>
        <message>
            <location line="+63" />
            <source>there is no question named '{name}'</source>
            <translation>no hay ninguna pregunta llamada «{name}»</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+47" />
            <source>Position {position}: {message}.</source>
            <translation>Posición {position}: {message}.</translation>
        </message>
    </context>
    <context>
        <name>results</name>
        <message>
            <location filename="../../workshop_app/ui/results_cards.py" line="-138" />
            <source>{n} answered</source>
            <translation>{n} han respondido</translation>
        </message>
        <message>
            <location line="+2" />
            <source>more than one answer each, so shares add up to more than 100 %</source>
            <translation>más de una respuesta por persona, así que los porcentajes suman más del 100 %</translation>
        </message>
        <message>
            <location line="+1" />
            <source>each person's first choice</source>
            <translation>la primera opción de cada persona</translation>
        </message>
        <message>
            <location line="+3" />
            <source>words used by at least 5 people; the answers themselves are never shown</source>
            <translation>palabras usadas por al menos 5 personas; las respuestas en sí nunca se muestran</translation>
        </message>
        <message>
            <location line="+2" />
            <source>answers of this kind are counted, not charted</source>
            <translation>las respuestas de este tipo se cuentan, pero no se representan en gráficos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} · {note}</source>
            <translation>{count} · {note}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No one answered this question in the responses shown.</source>
            <translation>Nadie respondió esta pregunta en las respuestas mostradas.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fewer than 5 answers, so nothing is shown: no one can be singled out.</source>
            <translation>Menos de 5 respuestas, así que no se muestra nada: no se puede identificar a nadie.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not shown: everyone else who answered is fewer than 5 people, and comparing this group with everyone would single them out.</source>
            <translation>No se muestra: el resto de quienes respondieron son menos de 5 personas, y comparar este grupo con el total permitiría identificarlas.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No word was used by 5 or more people.</source>
            <translation>Ninguna palabra ha sido usada por 5 personas o más.</translation>
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
            <translation>Fuera de la escala: {answers}</translation>
        </message>
        <message>
            <location line="+67" />
            <source>{group}: {n} answered</source>
            <translation>{group}: {n} han respondido</translation>
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
            <translation>{group} · menos de 5 respuestas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} · hidden: everyone else is fewer than 5</source>
            <translation>{group} · oculto: el resto son menos de 5</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} · no answers</source>
            <translation>{group} · sin respuestas</translation>
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
            <translation>personas</translation>
        </message>
        <message>
            <location line="-60" />
            <source>share of each group's respondents</source>
            <translation>porcentaje de quienes respondieron en cada grupo</translation>
        </message>
        <message>
            <location line="+55" />
            <source>share of each group</source>
            <translation>porcentaje de cada grupo</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/results_likert.py" line="+64" />
            <source>No breakdown for this group</source>
            <translation>Sin desglose para este grupo</translation>
        </message>
        <message>
            <location line="+55" />
            <source>hidden: {share}</source>
            <translation>oculto: {share}</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Hidden: small counts</source>
            <translation>Oculto: recuentos pequeños</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/results_save.py" line="+33" />
            <source>PNG pictures (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>SVG drawings (*.svg)</source>
            <translation>Dibujos SVG (*.svg)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save chart</source>
            <translation>Guardar gráfico</translation>
        </message>
        <message>
            <location line="+29" />
            <source>A chart can be saved as PNG or SVG; “{name}” ends in neither.</source>
            <translation>Un gráfico se puede guardar como PNG o SVG; «{name}» no termina en ninguna de las dos extensiones.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>This question has no chart to save.</source>
            <translation>Esta pregunta no tiene ningún gráfico que guardar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{filters} · n = {n}</source>
            <translation>{filters} · n = {n}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{small}” marks fewer than 5 people; some counts are hidden so that a small one cannot be worked out.</source>
            <translation>«{small}» indica menos de 5 personas; algunos recuentos se ocultan para que no se pueda deducir uno pequeño.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The folder {folder} does not exist.</source>
            <translation>La carpeta {folder} no existe.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot save the chart as {path}: {reason}</source>
            <translation>No se puede guardar el gráfico como {path}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>run</name>
        <message>
            <location filename="../../workshop_app/ui/run_launch.py" line="+42" />
            <source>The kiosk is already running. Leave it with the PIN first.</source>
            <translation>El quiosco ya está en marcha. Sal primero con el PIN.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The kiosk is not available in this version of the app.</source>
            <translation>El quiosco no está disponible en esta versión de la aplicación.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Paper data entry is not available in this version of the app.</source>
            <translation>La introducción de cuestionarios en papel no está disponible en esta versión de la aplicación.</translation>
        </message>
    </context>
    <context>
        <name>startup</name>
        <message>
            <location filename="../../workshop_app/ui/startup.py" line="+39" />
            <source>{path} could not be opened: {reason}.</source>
            <translation>No se ha podido abrir {path}: {reason}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Workshop App</source>
            <translation>Workshop App</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The database could not be opened.</source>
            <translation>No se ha podido abrir la base de datos.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open another file…</source>
            <translation>Abrir otro archivo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create a new database…</source>
            <translation>Crear una base de datos nueva…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
    </context>
    <context>
        <name>surveys</name>
        <message>
            <location filename="../../workshop_app/ui/survey_dialogs.py" line="-38" />
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the changes to “{title}”?</source>
            <translation>¿Guardar los cambios en «{title}»?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If you don't save them, the changes since the last save are lost.</source>
            <translation>Si no los guardas, se perderán los cambios hechos desde la última vez que guardaste.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/ui/survey_list_model.py" line="+34" />
            <source>%n question</source>
            <translation>
                <numerusform>%n pregunta</numerusform>
                <numerusform>%n preguntas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n questions</source>
            <translation>
                <numerusform>%n pregunta</numerusform>
                <numerusform>%n preguntas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n response</source>
            <translation>
                <numerusform>%n respuesta</numerusform>
                <numerusform>%n respuestas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n responses</source>
            <translation>
                <numerusform>%n respuesta</numerusform>
                <numerusform>%n respuestas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Version {version} · {languages}
{questions} · {responses}</source>
            <translation>Versión {version} · {languages}
{questions} · {responses}</translation>
        </message>
    </context>
    <context>
        <name>templates</name>
        <message>
            <location filename="../../workshop_app/ui/survey_template_dialog.py" line="-121" />
            <source>ULG workshop feedback</source>
            <translation>Valoración del taller del ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At the end of a workshop: was it useful, did people feel heard, could they follow, what to improve.</source>
            <translation>Al final de un taller: si ha sido útil, si la gente se ha sentido escuchada, si ha podido seguirlo y qué mejorar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Neighbourhood needs assessment</source>
            <translation>Diagnóstico de necesidades del barrio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What a neighbourhood needs most, which services people use and what keeps them from taking part.</source>
            <translation>Qué necesita más un barrio, qué servicios usa la gente y qué le impide participar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Training evaluation</source>
            <translation>Evaluación de una formación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After a training: objectives, pace, the trainer, and what people learned.</source>
            <translation>Después de una formación: objetivos, ritmo, la persona formadora y lo que se ha aprendido.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Blank survey</source>
            <translation>Encuesta en blanco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start with one question and build the rest yourself.</source>
            <translation>Empieza con una pregunta y crea el resto por tu cuenta.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New survey</source>
            <translation>Nueva encuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New question</source>
            <translation>Nueva pregunta</translation>
        </message>
    </context>
    <context>
        <name>voting</name>
        <message>
            <location filename="../../workshop_app/ui/voting_model.py" line="+50" />
            <source>Count dots</source>
            <translation>Contar puntos</translation>
        </message>
    </context>
    <context>
        <name>worker</name>
        <message>
            <location filename="../../workshop_app/ui/worker.py" line="+144" />
            <source>Something went wrong ({error}); nothing was changed.</source>
            <translation>Algo ha fallado ({error}); no se ha cambiado nada.</translation>
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
            <translation>Fecha y hora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activities</source>
            <translation>Actividades</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned time</source>
            <translation>Tiempo previsto</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Not set</source>
            <translation>Sin definir</translation>
        </message>
    </context>
    <context>
        <name>xlsform</name>
        <message>
            <location filename="../../workshop_app/ui/xlsform_actions.py" line="+24" />
            <source>XLSForm spreadsheets (*.xlsx *.xls);;All files (*)</source>
            <translation>Hojas de cálculo XLSForm (*.xlsx *.xls);;Todos los archivos (*)</translation>
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
            <translation>Hojas de cálculo XLSForm (*.xlsx)</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+6" />
            <source>Reading {name}…</source>
            <translation>Leyendo {name}…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Writing {name}…</source>
            <translation>Escribiendo {name}…</translation>
        </message>
    </context>
</TS>