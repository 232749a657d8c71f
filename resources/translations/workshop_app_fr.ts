<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
            <translation>Ajouter une langue</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Which language should the survey also be in? Pick one or type its name and code, for example “Tetum (tet)”.</source>
            <translation>Dans quelle autre langue proposer le questionnaire ? Choisissez-en une ou saisissez son nom et son code, par exemple « tétoum (tet) ».</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Type a name with a short code in brackets, such as “Tetum (tet)”.</source>
            <translation>Saisissez un nom suivi d’un code court entre parenthèses, par exemple « tétoum (tet) ».</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The survey is already in that language.</source>
            <translation>Le questionnaire existe déjà dans cette langue.</translation>
        </message>
    </context>
    <context>
        <name>AgendaView</name>
        <message>
            <location filename="../../workshop_app/ui/agenda_view.py" line="+97" />
            <source>No activities yet. Use “Add activity” to plan a brainstorm, a dot vote or a survey.</source>
            <translation>Aucune activité pour l’instant. Utilisez « Ajouter une activité » pour prévoir un brainstorming, un vote par gommettes ou un questionnaire.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Agenda</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The activities of the workshop, in order. Double-click to edit.</source>
            <translation>Les activités de l’atelier, dans l’ordre. Double-cliquez pour modifier.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A&amp;genda</source>
            <translation>Pro&amp;gramme</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Total time of the agenda</source>
            <translation>Durée totale du programme</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Add activity</source>
            <translation>&amp;Ajouter une activité</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add activity</source>
            <translation>Ajouter une activité</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Remove</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remove activity</source>
            <translation>Supprimer l’activité</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move activity up</source>
            <translation>Monter l’activité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move activity down</source>
            <translation>Descendre l’activité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected activity (Delete)</source>
            <translation>Supprimer l’activité sélectionnée (Suppr)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the selected activity earlier (Alt+Up)</source>
            <translation>Avancer l’activité sélectionnée (Alt+Flèche haut)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the selected activity later (Alt+Down)</source>
            <translation>Reculer l’activité sélectionnée (Alt+Flèche bas)</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Total: {duration} (ends about {time})</source>
            <translation>Total : {duration} (fin vers {time})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Total: {duration}</source>
            <translation>Total : {duration}</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Add {activity}</source>
            <translation>Ajouter l’activité {activity}</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Change activity title</source>
            <translation>Modifier le titre de l’activité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change activity time</source>
            <translation>Modifier la durée de l’activité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change dots per person</source>
            <translation>Modifier le nombre de gommettes par personne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the survey</source>
            <translation>Choisir le questionnaire</translation>
        </message>
        <message>
            <location line="+27" />
            <source>{title} (version {version})</source>
            <translation>{title} (version {version})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No survey chosen yet</source>
            <translation>Aucun questionnaire choisi pour l’instant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New from template: {title}</source>
            <translation>Nouveau à partir du modèle : {title}</translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <location filename="../../workshop_app/ui/board_view.py" line="+42" />
            <location line="+8" />
            <source>Brainstorm board</source>
            <translation>Tableau du brainstorming</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Drag notes between clusters; right-click a note for its menu; F2 edits the selected note, Delete removes it.</source>
            <translation>Faites glisser les notes d’un groupe à l’autre ; clic droit sur une note pour ouvrir son menu ; F2 modifie la note sélectionnée, Suppr la supprime.</translation>
        </message>
    </context>
    <context>
        <name>BrainstormPanel</name>
        <message>
            <location filename="../../workshop_app/ui/brainstorm_panel.py" line="+48" />
            <source>Yellow</source>
            <translation>Jaune</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pink</source>
            <translation>Rose</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Blue</source>
            <translation>Bleu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Green</source>
            <translation>Vert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orange</source>
            <translation>Orange</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purple</source>
            <translation>Violet</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Type an idea from the room and press Enter</source>
            <translation>Saisissez une idée proposée dans la salle et appuyez sur Entrée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New sticky note</source>
            <translation>Nouvelle note adhésive</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Put new notes into</source>
            <translation>Placer les nouvelles notes dans</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where new notes go</source>
            <translation>Où placer les nouvelles notes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add note</source>
            <translation>Ajouter la note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the typed note</source>
            <translation>Ajouter la note saisie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add &amp;cluster…</source>
            <translation>Ajouter un &amp;groupe…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a cluster</source>
            <translation>Ajouter un groupe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A new titled column to group notes in</source>
            <translation>Une nouvelle colonne avec un titre, pour regrouper des notes</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Drag notes into clusters (Ctrl+click picks several) · double-click or F2 edits · right-click to colour, move or delete · Ctrl+Z undoes</source>
            <translation>Faites glisser les notes dans les groupes (Ctrl+clic pour en sélectionner plusieurs) · double-clic ou F2 pour modifier · clic droit pour colorer, déplacer ou supprimer · Ctrl+Z pour annuler</translation>
        </message>
        <message>
            <location line="+5" />
            <source>into</source>
            <translation>dans</translation>
        </message>
        <message>
            <location line="+48" />
            <location line="+115" />
            <source>New ideas</source>
            <translation>Nouvelles idées</translation>
        </message>
        <message>
            <location line="-113" />
            <location line="+115" />
            <source>Unnamed group</source>
            <translation>Groupe sans nom</translation>
        </message>
        <message>
            <location line="-91" />
            <source>Edit note</source>
            <translation>Modifier la note</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Text of the note:</source>
            <translation>Texte de la note :</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Colour notes</source>
            <translation>Colorer les notes</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Add cluster</source>
            <translation>Ajouter un groupe</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+13" />
            <source>Name of the cluster:</source>
            <translation>Nom du groupe :</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Cluster {number}</source>
            <translation>Groupe {number}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Rename cluster</source>
            <translation>Renommer le groupe</translation>
        </message>
        <message>
            <location line="+21" />
            <source>&amp;Edit text…</source>
            <translation>&amp;Modifier le texte…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Colour</source>
            <translation>&amp;Couleur</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Move to</source>
            <translation>&amp;Déplacer vers</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Rename…</source>
            <translation>&amp;Renommer…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;left</source>
            <translation>Déplacer à &amp;gauche</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Move &amp;right</source>
            <translation>Déplacer à &amp;droite</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Delete cluster (keep its notes)</source>
            <translation>&amp;Supprimer le groupe (garder ses notes)</translation>
        </message>
    </context>
    <context>
        <name>CheckinForm</name>
        <message>
            <location filename="../../workshop_app/ui/checkin_form.py" line="+49" />
            <source>Register someone new</source>
            <translation>Inscrire une nouvelle personne</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Everything is optional except the consent. Press Enter to register.</source>
            <translation>Tout est facultatif, sauf le consentement. Appuyez sur Entrée pour inscrire la personne.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name (optional, personal data)</source>
            <translation>Nom (facultatif, donnée personnelle)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name — optional</source>
            <translation>Nom — facultatif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or e-mail (optional, personal data)</source>
            <translation>Téléphone ou e-mail (facultatif, donnée personnelle)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or e-mail — optional</source>
            <translation>Téléphone ou e-mail — facultatif</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Takes part (needed to answer surveys)</source>
            <translation>Accepte de &amp;participer (nécessaire pour répondre aux questionnaires)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May be &amp;contacted again</source>
            <translation>Accepte un &amp;contact ultérieur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agrees to appear in &amp;photos</source>
            <translation>Accepte d’apparaître sur les p&amp;hotos</translation>
        </message>
        <message>
            <location line="+12" />
            <source>About them (optional profile questions)</source>
            <translation>À son sujet (questions de profil facultatives)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the optional profile questions</source>
            <translation>Afficher les questions de profil facultatives</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Register  ⏎</source>
            <translation>Inscrire  ⏎</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Register</source>
            <translation>Inscrire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Register and check in (Enter)</source>
            <translation>Inscrire et enregistrer l’arrivée (Entrée)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or &amp;e-mail</source>
            <translation>Téléphone ou &amp;e-mail</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Consent:</source>
            <translation>Consentement :</translation>
        </message>
    </context>
    <context>
        <name>CheckinListDialog</name>
        <message>
            <location filename="../../workshop_app/ui/run_checkin.py" line="+48" />
            <source>Checked in</source>
            <translation>Personnes présentes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Checked in: {count}</source>
            <translation>Personnes présentes : {count}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>People checked in</source>
            <translation>Personnes présentes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{code} — {time}</source>
            <translation>{code} — {time}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Register people and record their consent in Participants › Check-in.</source>
            <translation>Inscrivez les personnes et enregistrez leur consentement dans Participants › Accueil.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>CheckinView</name>
        <message>
            <location filename="../../workshop_app/ui/checkin_view.py" line="+63" />
            <source>Workshop people are checked in to</source>
            <translation>Atelier pour lequel les arrivées sont enregistrées</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Change who is recording</source>
            <translation>Changer la personne qui fait la saisie</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Check in someone already registered</source>
            <translation>Enregistrer l’arrivée d’une personne déjà inscrite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Already registered? Type their code (or just the number) and press Enter</source>
            <translation>Personne déjà inscrite ? Saisissez son code (ou seulement le numéro) et appuyez sur Entrée</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Checked-in participants</source>
            <translation>Personnes présentes</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Remove check-in</source>
            <translation>Annuler l’arrivée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected check-in</source>
            <translation>Annuler l’arrivée sélectionnée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checked in by mistake? Take it back (you can undo this)</source>
            <translation>Arrivée enregistrée par erreur ? Annulez-la (vous pourrez revenir en arrière)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Checking in to</source>
            <translation>Arrivées pour</translation>
        </message>
        <message>
            <location line="+49" />
            <source>{title} — {when} ({status})</source>
            <translation>{title} — {when} ({status})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no date</source>
            <translation>sans date</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No workshop — register only</source>
            <translation>Aucun atelier — inscription seule</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Recording as {name}</source>
            <translation>Saisie par {name}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who is recording? Set it</source>
            <translation>Qui fait la saisie ? Indiquez-le</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consent is recorded in this name; click to change it</source>
            <translation>Les consentements sont enregistrés sous ce nom ; cliquez pour le changer</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Matching participants</source>
            <translation>Personnes correspondantes</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Checked in: %n</source>
            <translation>
                <numerusform>%n personne présente</numerusform>
                <numerusform>%n personnes présentes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a workshop to see who is checked in</source>
            <translation>Choisissez un atelier pour voir qui est présent</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No workshops yet: people are registered without a check-in</source>
            <translation>Aucun atelier pour l’instant : les personnes sont inscrites sans enregistrement d’arrivée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No one yet. Register the first person above.</source>
            <translation>Personne pour l’instant. Inscrivez la première personne ci-dessus.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No one matches. Register them above as someone new.</source>
            <translation>Aucune correspondance. Inscrivez cette personne ci-dessus comme nouvelle personne.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Consent must say who recorded it: enter your name to register.</source>
            <translation>Le consentement doit indiquer qui l’a enregistré : saisissez votre nom pour inscrire la personne.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Choose the workshop to check people in to.</source>
            <translation>Choisissez l’atelier pour lequel enregistrer les arrivées.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No single participant has the code “{text}”. Type the whole code, or double-click them in the list.</source>
            <translation>Le code « {text} » ne désigne pas une seule personne. Saisissez le code complet, ou double-cliquez sur la personne dans la liste.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>{code} is not checked in to this workshop.</source>
            <translation>L’arrivée de {code} n’est pas enregistrée pour cet atelier.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>— write this on the name badge.</source>
            <translation>— notez ce code sur le badge.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>— checked in. Welcome back!</source>
            <translation>— arrivée enregistrée. Bon retour parmi nous !</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <location filename="../../workshop_app/ui/question_choices.py" line="+125" />
            <source>Choice list</source>
            <translation>Liste de choix</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions can share a list of choices</source>
            <translation>Plusieurs questions peuvent partager une même liste de choix</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New list</source>
            <translation>Nouvelle liste</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New choice list for this question</source>
            <translation>Nouvelle liste de choix pour cette question</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choices</source>
            <translation>Choix</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+1" />
            <location line="+122" />
            <source>Add choice</source>
            <translation>Ajouter un choix</translation>
        </message>
        <message>
            <location line="-120" />
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+132" />
            <source>Remove choice</source>
            <translation>Supprimer le choix</translation>
        </message>
        <message>
            <location line="-128" />
            <source>Move choice up</source>
            <translation>Monter le choix</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move choice down</source>
            <translation>Descendre le choix</translation>
        </message>
        <message>
            <location line="+46" />
            <source>{list} ({example}, …)</source>
            <translation>{list} ({example}, …)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>One other question uses this list too; changes apply to both.</source>
            <translation>Une autre question utilise aussi cette liste ; les modifications s’appliquent aux deux.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n other questions use this list too; changes apply to all.</source>
            <translation>
                <numerusform>%n autre question utilise aussi cette liste ; les modifications s’appliquent à toutes.</numerusform>
                <numerusform>%n autres questions utilisent aussi cette liste ; les modifications s’appliquent à toutes.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+11" />
            <source>Change choice list</source>
            <translation>Changer de liste de choix</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Option 1</source>
            <translation>Option 1</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>New choice list</source>
            <translation>Nouvelle liste de choix</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Option {number}</source>
            <translation>Option {number}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Move choice</source>
            <translation>Déplacer le choix</translation>
        </message>
    </context>
    <context>
        <name>ChoiceTableModel</name>
        <message>
            <location filename="../../workshop_app/ui/profile_editor_model.py" line="+113" />
            <location filename="../../workshop_app/ui/question_choices.py" line="-228" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+24" />
            <source>(missing)</source>
            <translation>(manquant)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Every question keeps “Prefer not to say”; it can be renamed, not deleted.</source>
            <translation>Chaque question conserve « Je préfère ne pas répondre » ; ce choix peut être renommé, mais pas supprimé.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/question_choices.py" line="+43" />
            <source>Edit choice</source>
            <translation>Modifier le choix</translation>
        </message>
    </context>
    <context>
        <name>ComingPage</name>
        <message>
            <location filename="../../workshop_app/ui/coming_view.py" line="+36" />
            <source>Coming in a later version.</source>
            <translation>Disponible dans une prochaine version.</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../../workshop_app/ui/map_snapshots.py" line="+94" />
            <source>Compare snapshots</source>
            <translation>Comparer des instantanés</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Compare from</source>
            <translation>Comparer depuis</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compare with</source>
            <translation>Comparer avec</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Now (the map as it is)</source>
            <translation>Maintenant (la carte dans son état actuel)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;From</source>
            <translation>&amp;Depuis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;To</source>
            <translation>&amp;Jusqu’à</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compare</source>
            <translation>Comparer</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Arrows will show who moved, from where they stood to where they stand.</source>
            <translation>Des flèches montreront qui a bougé, de l’ancienne position à la position actuelle.</translation>
        </message>
    </context>
    <context>
        <name>ComparisonBar</name>
        <message>
            <location line="+27" />
            <source>Who moved</source>
            <translation>Qui a bougé</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Close comparison</source>
            <translation>Fermer la comparaison</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close the comparison</source>
            <translation>Fermer la comparaison</translation>
        </message>
        <message>
            <location line="+17" />
            <source>1 stakeholder moved</source>
            <translation>1 partie prenante déplacée</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n stakeholders moved</source>
            <translation>
                <numerusform>%n partie prenante déplacée</numerusform>
                <numerusform>%n parties prenantes déplacées</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} since “{before}”.</source>
            <translation>{count} depuis « {before} ».</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} between “{before}” and “{after}”.</source>
            <translation>{count} entre « {before} » et « {after} ».</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n added</source>
            <translation>
                <numerusform>%n ajoutée</numerusform>
                <numerusform>%n ajoutées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n removed</source>
            <translation>
                <numerusform>%n retirée</numerusform>
                <numerusform>%n retirées</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Also: {changes}.</source>
            <translation>Également : {changes}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{name} was added.</source>
            <translation>Partie prenante ajoutée : {name}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} was removed.</source>
            <translation>Partie prenante retirée : {name}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}: from {x0:.1f}, {y0:.1f} to {x1:.1f}, {y1:.1f}</source>
            <translation>{name} : de {x0:.1f}, {y0:.1f} à {x1:.1f}, {y1:.1f}</translation>
        </message>
    </context>
    <context>
        <name>ConsentPanel</name>
        <message>
            <location filename="../../workshop_app/ui/consent_panel.py" line="+80" />
            <location line="+3" />
            <location line="+37" />
            <source>Record consent</source>
            <translation>Enregistrer le consentement</translation>
        </message>
        <message>
            <location line="-36" />
            <location line="+37" />
            <source>{purpose}: record consent</source>
            <translation>{purpose} : enregistrer le consentement</translation>
        </message>
        <message>
            <location line="-23" />
            <source>Consent history</source>
            <translation>Historique des consentements</translation>
        </message>
        <message>
            <location line="-15" />
            <location line="+34" />
            <source>Withdraw</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{purpose}: withdraw consent</source>
            <translation>{purpose} : retirer le consentement</translation>
        </message>
        <message>
            <location line="+6" />
            <source>History (newest first):</source>
            <translation>Historique (du plus récent au plus ancien) :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No consent recorded yet.</source>
            <translation>Aucun consentement enregistré pour l’instant.</translation>
        </message>
    </context>
    <context>
        <name>DataEntryWindow</name>
        <message>
            <location filename="../../workshop_app/ui/data_entry_window.py" line="+59" />
            <source>That agenda item belongs to another workshop.</source>
            <translation>Cette activité du programme appartient à un autre atelier.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Paper questionnaires — {title}</source>
            <translation>Questionnaires papier — {title}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Only a survey or a feedback round is typed in from paper.</source>
            <translation>Seuls les questionnaires et les tours de table peuvent être saisis à partir du papier.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose which survey this agenda item runs first.</source>
            <translation>Choisissez d’abord le questionnaire que lance cette activité du programme.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Paper questionnaires: {title}</source>
            <translation>Questionnaires papier : {title}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Code on the paper, e.g. 42</source>
            <translation>Code inscrit sur le papier, p. ex. 42</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code on the paper, or empty if anonymous</source>
            <translation>Code inscrit sur le papier, ou vide si anonyme</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant code on the paper</source>
            <translation>Code participant inscrit sur le papier</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Language of the paper</source>
            <translation>Langue du questionnaire papier</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Resume a paper…</source>
            <translation>Reprendre un questionnaire papier…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Participant code:</source>
            <translation>Code participant :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language of the paper:</source>
            <translation>Langue du questionnaire papier :</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Questions of the paper questionnaire</source>
            <translation>Questions du questionnaire papier</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Finish and next questionnaire (Ctrl+Enter)</source>
            <translation>Terminer et passer au questionnaire suivant (Ctrl+Entrée)</translation>
        </message>
        <message>
            <location line="+82" />
            <location line="+110" />
            <source>anonymous</source>
            <translation>anonyme</translation>
        </message>
        <message>
            <location line="-59" />
            <source>Correct the fields marked in red first.</source>
            <translation>Corrigez d’abord les champs signalés en rouge.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the answers of a paper first.</source>
            <translation>Saisissez d’abord les réponses d’un questionnaire papier.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Saved. Type the next paper.</source>
            <translation>Enregistré. Saisissez le questionnaire suivant.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>That is not an unfinished response of this survey.</source>
            <translation>Il ne s’agit pas d’une réponse non terminée à ce questionnaire.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>No paper is waiting</source>
            <translation>Aucun questionnaire papier en attente</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{who} — {count} answers ({mode})</source>
            <translation>{who} — {count} réponses ({mode})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kiosk</source>
            <translation>kiosque</translation>
        </message>
        <message>
            <location line="+0" />
            <source>paper</source>
            <translation>papier</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Paper questionnaires entered: {count}</source>
            <translation>Questionnaires papier saisis : {count}</translation>
        </message>
    </context>
    <context>
        <name>DatabaseActions</name>
        <message>
            <location filename="../../workshop_app/ui/database_actions.py" line="+31" />
            <source>New &amp;database…</source>
            <translation>Nouvelle &amp;base de données…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start an empty database in a file of your choice</source>
            <translation>Créer une base de données vide dans le fichier de votre choix</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Open database…</source>
            <translation>&amp;Ouvrir une base de données…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Work on another database file</source>
            <translation>Travailler sur un autre fichier de base de données</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Backup…</source>
            <translation>&amp;Sauvegarder…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save a copy of the open database, e.g. on a USB stick</source>
            <translation>Enregistrer une copie de la base de données ouverte, par exemple sur une clé USB</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurer…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace the open database with a backup</source>
            <translation>Remplacer la base de données ouverte par une sauvegarde</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{name} already existed, so it was opened, not replaced.</source>
            <translation>{name} existait déjà : le fichier a été ouvert, pas remplacé.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Back up database</source>
            <translation>Sauvegarder la base de données</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Backup failed</source>
            <translation>Échec de la sauvegarde</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Backup saved to {path}.</source>
            <translation>Sauvegarde enregistrée dans {path}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Restore from a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Replace “{name}” with the backup “{source}”?</source>
            <translation>Remplacer « {name} » par la sauvegarde « {source} » ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The current data is kept as a backup at {folder}.</source>
            <translation>Les données actuelles sont conservées sous forme de sauvegarde dans {folder}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore backup</source>
            <translation>Restaurer la sauvegarde</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Replace</source>
            <translation>Remplacer</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Restore failed</source>
            <translation>Échec de la restauration</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Backup restored</source>
            <translation>Sauvegarde restaurée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} now holds the restored data. The data it had before is kept at {kept}.</source>
            <translation>{name} contient désormais les données restaurées. Les données qu’il contenait auparavant sont conservées dans {kept}.</translation>
        </message>
    </context>
    <context>
        <name>DiversityView</name>
        <message>
            <location filename="../../workshop_app/ui/diversity_view.py" line="+56" />
            <source>Show who took part in</source>
            <translation>Afficher la participation à</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Targets…</source>
            <translation>&amp;Objectifs…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set diversity targets</source>
            <translation>Définir des objectifs de diversité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say which groups should make up at least a share of the room</source>
            <translation>Indiquer quels groupes doivent représenter au moins une certaine part des personnes présentes</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+142" />
            <source>Missing voices</source>
            <translation>Voix manquantes</translation>
        </message>
        <message>
            <location line="-116" />
            <source>Who took part: missing voices and charts</source>
            <translation>Qui a participé : voix manquantes et graphiques</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scroll with the arrow keys to read every chart</source>
            <translation>Faites défiler avec les touches fléchées pour lire tous les graphiques</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Who took part in</source>
            <translation>&amp;Qui a participé à</translation>
        </message>
        <message>
            <location line="+28" />
            <source>All workshops (everyone registered)</source>
            <translation>Tous les ateliers (toutes les personnes inscrites)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{title} — {when}</source>
            <translation>{title} — {when}</translation>
        </message>
        <message>
            <location line="+49" />
            <source>{people} people counted. Shares are of those who answered each question. Counts under 5 show as “&lt;5” (a hatched stub), so no one can be singled out; “≥5” is hidden so a small group cannot be worked out.</source>
            <translation>{people} personnes comptées. Les pourcentages portent sur les personnes ayant répondu à chaque question. Les effectifs inférieurs à 5 s’affichent « &lt;5 » (barre courte hachurée), pour que personne ne puisse être identifié ; « ≥5 » est masqué pour qu’on ne puisse pas en déduire un petit groupe.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No targets are set yet. Use “Targets…” to say who should be in the room, for example at least 15 % aged 60 or over.</source>
            <translation>Aucun objectif n’est encore défini. Utilisez « Objectifs… » pour indiquer qui devrait être présent, par exemple au moins 15 % de personnes de 60 ans ou plus.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No group is below its target.</source>
            <translation>Aucun groupe n’est en dessous de son objectif.</translation>
        </message>
    </context>
    <context>
        <name>EntryRow</name>
        <message>
            <location filename="../../workshop_app/ui/data_entry_fields.py" line="+151" />
            <source>Does not apply to this paper (skipped)</source>
            <translation>Ne s’applique pas à ce questionnaire papier (ignorée)</translation>
        </message>
    </context>
    <context>
        <name>ErasureDialog</name>
        <message>
            <location filename="../../workshop_app/ui/erasure_dialog.py" line="+28" />
            <source>Erase {code}</source>
            <translation>Effacer {code}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Erase {code} for good?</source>
            <translation>Effacer définitivement {code} ?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This removes everything about this person: their name and contact, every consent record, their profile answers and the workshops they checked in to. Their code will not come back.</source>
            <translation>Cette action supprime tout ce qui concerne cette personne : son nom et ses coordonnées, tous ses consentements enregistrés, ses réponses de profil et les ateliers auxquels elle a assisté. Son code ne réapparaîtra pas.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Their survey answers, ideas and votes:</source>
            <translation>Ses réponses aux questionnaires, ses idées et ses votes :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Erase them too (recommended)</source>
            <translation>Les &amp;effacer aussi (recommandé)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Erase their answers, ideas and votes too</source>
            <translation>Effacer aussi ses réponses, ses idées et ses votes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keep them anonymously, with no link to this person</source>
            <translation>Les &amp;conserver de façon anonyme, sans lien avec cette personne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep their answers, ideas and votes anonymously</source>
            <translation>Conserver ses réponses, ses idées et ses votes de façon anonyme</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This cannot be undone, and the undo history is cleared so the person cannot be brought back. An audit entry records when and by whom, never who was erased. Backups made before now still contain them until those backups are deleted.</source>
            <translation>Cette action est irréversible, et l’historique d’annulation est vidé pour que la personne ne puisse pas être rétablie. Une entrée du journal d’audit indique quand et par qui l’effacement a été fait, jamais qui a été effacé. Les sauvegardes antérieures contiennent encore ses données tant qu’elles ne sont pas supprimées.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+3" />
            <source>Erase for good</source>
            <translation>Effacer définitivement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <location filename="../../workshop_app/ui/exchange_actions.py" line="+36" />
            <source>Workshop App packages (*.wspack);;All files (*)</source>
            <translation>Paquets Workshop App (*.wspack);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>E&amp;xport for merge…</source>
            <translation>E&amp;xporter pour fusion…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save everything on this laptop in one file for the ULG secretary</source>
            <translation>Enregistrer tout le contenu de cet ordinateur dans un seul fichier pour le secrétariat de l’ULG</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Merge…</source>
            <translation>&amp;Fusionner…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bring in packages from other laptops, after a preview</source>
            <translation>Importer les paquets d’autres ordinateurs, après un aperçu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Check database…</source>
            <translation>&amp;Vérifier la base de données…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Look for damage and inconsistencies in the open database</source>
            <translation>Rechercher les dommages et les incohérences dans la base de données ouverte</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The previous step is still finishing; try again in a moment.</source>
            <translation>L’étape précédente n’est pas encore terminée ; réessayez dans un instant.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+14" />
            <source>Export for merge</source>
            <translation>Exporter pour fusion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Packing…</source>
            <translation>Création du paquet…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved {name} ({size} MB) in {folder}. Take it to the ULG secretary, who adds it to the shared database with File &gt; Merge.</source>
            <translation>{name} ({size} Mo) enregistré dans {folder}. Remettez-le au secrétariat de l’ULG, qui l’ajoutera à la base de données commune avec Fichier &gt; Fusionner.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Package saved to {path}.</source>
            <translation>Paquet enregistré dans {path}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Package saved</source>
            <translation>Paquet enregistré</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+19" />
            <location line="+35" />
            <source>Merge packages</source>
            <translation>Fusionner des paquets</translation>
        </message>
        <message>
            <location line="-34" />
            <source>Reading the packages…</source>
            <translation>Lecture des paquets…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Saving a backup first…</source>
            <translation>Sauvegarde préalable…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The backup before merging could not be made ({reason}); nothing was merged.</source>
            <translation>La sauvegarde préalable à la fusion n’a pas pu être faite ({reason}) ; rien n’a été fusionné.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Merging…</source>
            <translation>Fusion en cours…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The packages were merged.</source>
            <translation>Les paquets ont été fusionnés.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A conflict keeps the newer change. The database as it was before the merge is kept at {backup}; File &gt; Restore brings it back.</source>
            <translation>En cas de conflit, la modification la plus récente est conservée. La base de données telle qu’elle était avant la fusion est conservée dans {backup} ; Fichier &gt; Restaurer permet de la récupérer.</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+13" />
            <source>Check database</source>
            <translation>Vérifier la base de données</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Checking {name}…</source>
            <translation>Vérification de {name}…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{kind}: {count}</source>
            <translation>{kind} : {count}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No problems found in {name}.</source>
            <translation>Aucun problème trouvé dans {name}.</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n problem found in {name}. Restore a recent backup (File &gt; Restore) or ask for help before going on.</source>
            <translation>
                <numerusform>%n problème trouvé dans {name}. Restaurez une sauvegarde récente (Fichier &gt; Restaurer) ou demandez de l’aide avant de continuer.</numerusform>
                <numerusform>%n problèmes trouvés dans {name}. Restaurez une sauvegarde récente (Fichier &gt; Restaurer) ou demandez de l’aide avant de continuer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n problems found in {name}. Restore a recent backup (File &gt; Restore) or ask for help before going on.</source>
            <translation>
                <numerusform>%n problème trouvé dans {name}. Restaurez une sauvegarde récente (Fichier &gt; Restaurer) ou demandez de l’aide avant de continuer.</numerusform>
                <numerusform>%n problèmes trouvés dans {name}. Restaurez une sauvegarde récente (Fichier &gt; Restaurer) ou demandez de l’aide avant de continuer.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>It holds: {held}.</source>
            <translation>Contenu : {held}.</translation>
        </message>
    </context>
    <context>
        <name>ExchangePanel</name>
        <message>
            <location filename="../../workshop_app/ui/exchange_panel.py" line="+32" />
            <source>What to pack</source>
            <translation>Contenu du paquet</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Pack…</source>
            <translation>Créer le &amp;paquet…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pack</source>
            <translation>Créer le paquet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose where to save the package, e.g. on a USB stick</source>
            <translation>Choisissez où enregistrer le paquet, par exemple sur une clé USB</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Merge packages…</source>
            <translation>&amp;Fusionner des paquets…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+18" />
            <source>Merge packages</source>
            <translation>Fusionner des paquets</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Choose one or more .wspack files; you see a preview first</source>
            <translation>Choisissez un ou plusieurs fichiers .wspack ; un aperçu s’affiche d’abord</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Pack for the ULG secretary</source>
            <translation>Paquet pour le secrétariat de l’ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save everything this laptop holds, or one workshop, in one file (.wspack). Take it to the ULG secretary on a USB stick; nothing is removed from this laptop.</source>
            <translation>Enregistrez tout le contenu de cet ordinateur, ou un seul atelier, dans un fichier (.wspack). Apportez-le au secrétariat de l’ULG sur une clé USB ; rien n’est supprimé de cet ordinateur.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Bring in the packages other facilitators made. You see what will be added, updated and in conflict before anything is written. Nothing is doubled, a package merged before adds nothing, and a participant erased on any laptop does not come back.</source>
            <translation>Importez les paquets préparés par les autres animateurs et animatrices. Vous voyez ce qui sera ajouté, mis à jour ou en conflit avant toute écriture. Rien n’est dupliqué, un paquet déjà fusionné n’ajoute rien, et une personne effacée sur un ordinateur ne réapparaît pas.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Everything on this laptop</source>
            <translation>Tout le contenu de cet ordinateur</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no date</source>
            <translation>sans date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only “{title}” ({when})</source>
            <translation>Seulement « {title} » ({when})</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <location filename="../../workshop_app/ui/export_page.py" line="+33" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
    </context>
    <context>
        <name>FeedbackPanel</name>
        <message>
            <location filename="../../workshop_app/ui/feedback_panel.py" line="+76" />
            <source>How useful was this session? 1 = not useful, 5 = very useful</source>
            <translation>Cette séance vous a-t-elle été utile ? 1 = pas utile, 5 = très utile</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Start &amp;kiosk</source>
            <translation>Lancer le &amp;kiosque</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start the kiosk for the feedback round</source>
            <translation>Lancer le kiosque pour le tour de table</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Rating {rating}</source>
            <translation>Note {rating}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rating {rating} (key {rating})</source>
            <translation>Note {rating} (touche {rating})</translation>
        </message>
        <message>
            <location line="+8" />
            <source>One thing to keep or change — optional; Enter saves</source>
            <translation>Une chose à garder ou à changer — facultatif ; Entrée pour enregistrer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save this person's feedback</source>
            <translation>Enregistrer l’avis de cette personne</translation>
        </message>
        <message>
            <location line="+15" />
            <source>People who gave {rating}</source>
            <translation>Personnes ayant donné la note {rating}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Comments — on this screen only, never on the projector</source>
            <translation>Commentaires — sur cet écran uniquement, jamais projetés</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Comments</source>
            <translation>Commentaires</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Choose a rating from 1 to 5 first (keys 1–5).</source>
            <translation>Choisissez d’abord une note de 1 à 5 (touches 1 à 5).</translation>
        </message>
        <message>
            <location line="+25" />
            <source>No feedback yet</source>
            <translation>Aucun avis pour l’instant</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} answers · average {average}</source>
            <translation>{count} réponses · moyenne {average}</translation>
        </message>
    </context>
    <context>
        <name>GroupDialog</name>
        <message>
            <location filename="../../workshop_app/ui/results_group_dialog.py" line="+29" />
            <source>Group of several answers</source>
            <translation>Groupe de plusieurs réponses</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Profile question</source>
            <translation>Question de profil</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Answers in the group</source>
            <translation>Réponses incluses dans le groupe</translation>
        </message>
        <message>
            <location line="+5" />
            <source>People count in the group when their profile answer is one of those ticked. People who answered anonymously are never in a group.</source>
            <translation>Une personne fait partie du groupe si sa réponse de profil est l’une des réponses cochées. Les personnes qui ont répondu de façon anonyme ne font jamais partie d’un groupe.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Question</source>
            <translation>&amp;Question</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Answers</source>
            <translation>&amp;Réponses</translation>
        </message>
        <message>
            <location line="+47" />
            <source>The group will be called “{name}”.</source>
            <translation>Le groupe s’appellera « {name} ».</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick at least one answer.</source>
            <translation>Cochez au moins une réponse.</translation>
        </message>
    </context>
    <context>
        <name>ImportResultDialog</name>
        <message>
            <location filename="../../workshop_app/ui/survey_dialogs.py" line="+46" />
            <source>XLSForm imported</source>
            <translation>XLSForm importé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{title}” is now in your surveys</source>
            <translation>« {title} » fait maintenant partie de vos questionnaires</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From {file}: version {version}, {questions}, in {languages}.</source>
            <translation>Depuis {file} : version {version}, {questions}, en {languages}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Warnings</source>
            <translation>Avertissements</translation>
        </message>
        <message>
            <location line="+4" />
            <source>One thing to know:</source>
            <translation>Une chose à savoir :</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n things to know:</source>
            <translation>
                <numerusform>%n chose à savoir :</numerusform>
                <numerusform>%n choses à savoir :</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InfoWidget</name>
        <message>
            <location filename="../../workshop_app/ui/question_widgets.py" line="-77" />
            <source>Participants do not see calculations; the app works out the value.</source>
            <translation>Les personnes qui répondent ne voient pas les calculs ; l’application calcule la valeur.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This group holds one question.</source>
            <translation>Ce groupe contient une question.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>This group holds %n questions, shown one after another.</source>
            <translation>
                <numerusform>Ce groupe contient %n question.</numerusform>
                <numerusform>Ce groupe contient %n questions, affichées l’une après l’autre.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Participants answer this repeat's question once per entry and can add entries.</source>
            <translation>Les personnes répondent à la question de cette répétition une fois par entrée et peuvent ajouter des entrées.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Participants answer the %n questions of this repeat once per entry and can add entries.</source>
            <translation>
                <numerusform>Les personnes répondent à %n question de cette répétition une fois par entrée et peuvent ajouter des entrées.</numerusform>
                <numerusform>Les personnes répondent aux %n questions de cette répétition une fois par entrée et peuvent ajouter des entrées.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>The device fills this in; participants do not see it.</source>
            <translation>L’appareil remplit ce champ ; les personnes qui répondent ne le voient pas.</translation>
        </message>
    </context>
    <context>
        <name>InlineMessage</name>
        <message>
            <location filename="../../workshop_app/ui/inline_message.py" line="+32" />
            <source>Dismiss message</source>
            <translation>Fermer le message</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
    </context>
    <context>
        <name>KioskPinDialog</name>
        <message>
            <location filename="../../workshop_app/ui/run_pin_dialog.py" line="+35" />
            <source>Change kiosk PIN</source>
            <translation>Modifier le code PIN du kiosque</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Set kiosk PIN</source>
            <translation>Définir le code PIN du kiosque</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The kiosk asks for this PIN before it lets anyone leave it. Choose {low} to {high} digits that participants will not guess.</source>
            <translation>Le kiosque demande ce code PIN avant de laisser quiconque en sortir. Choisissez de {low} à {high} chiffres difficiles à deviner pour les participants.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New PIN</source>
            <translation>Nouveau code PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New PIN again</source>
            <translation>Confirmer le nouveau code PIN</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;PIN</source>
            <translation>Code &amp;PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Again</source>
            <translation>&amp;Confirmation</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Remove PIN</source>
            <translation>&amp;Supprimer le code PIN</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove the kiosk PIN</source>
            <translation>Supprimer le code PIN du kiosque</translation>
        </message>
        <message>
            <location line="+27" />
            <source>A PIN has {low} to {high} digits.</source>
            <translation>Un code PIN comporte de {low} à {high} chiffres.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The two PINs are not the same. Type it again in both fields.</source>
            <translation>Les deux codes PIN ne sont pas identiques. Saisissez-le de nouveau dans les deux champs.</translation>
        </message>
    </context>
    <context>
        <name>KioskSurveyPage</name>
        <message>
            <location filename="../../workshop_app/ui/kiosk_survey.py" line="+66" />
            <source>Choose which survey this agenda item runs before starting the kiosk.</source>
            <translation>Choisissez le questionnaire que lance cette activité du programme avant de démarrer le kiosque.</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <location filename="../../workshop_app/ui/kiosk_window.py" line="+82" />
            <location line="+1" />
            <source>Kiosk</source>
            <translation>Kiosque</translation>
        </message>
        <message>
            <location line="+9" />
            <source>That agenda item belongs to another workshop.</source>
            <translation>Cette activité du programme appartient à un autre atelier.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A stakeholder map is drawn by the facilitator; it does not run at the kiosk.</source>
            <translation>Une carte des parties prenantes est dessinée par la personne qui anime ; elle ne se lance pas dans le kiosque.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Only a survey can be resumed at the kiosk.</source>
            <translation>Seul un questionnaire peut être repris dans le kiosque.</translation>
        </message>
    </context>
    <context>
        <name>ListPane</name>
        <message>
            <location filename="../../workshop_app/ui/list_pane.py" line="+91" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
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
            <translation>Sections</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Workshops</source>
            <translation>Ateliers</translation>
        </message>
        <message>
            <location line="+120" />
            <source>{section} (Ctrl+{number})</source>
            <translation>{section} (Ctrl+{number})</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Opening {name}…</source>
            <translation>Ouverture de {name}…</translation>
        </message>
        <message>
            <location line="+39" />
            <source>No database is open.</source>
            <translation>Aucune base de données n’est ouverte.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{name} — Workshop App</source>
            <translation>{name} — Workshop App</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database: {name}</source>
            <translation>Base de données : {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open database: {path}</source>
            <translation>Base de données ouverte : {path}</translation>
        </message>
        <message>
            <location line="+44" />
            <source>{name} is already open.</source>
            <translation>Le fichier {name} est déjà ouvert.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot open database</source>
            <translation>Impossible d’ouvrir la base de données</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Opened {name}.</source>
            <translation>Fichier {name} ouvert.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>The automatic backup could not be made: {reason}</source>
            <translation>La sauvegarde automatique n’a pas pu être faite : {reason}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Automatic backup saved.</source>
            <translation>Sauvegarde automatique enregistrée.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/main_menus.py" line="+27" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New workshop</source>
            <translation>&amp;Nouvel atelier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create a workshop, starting at the next full hour</source>
            <translation>Créer un atelier qui commence à la prochaine heure pleine</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Workshop App</source>
            <translation>À &amp;propos de Workshop App</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&lt;h3&gt;Workshop App {version}&lt;/h3&gt;&lt;p&gt;Prepare and run community workshops and surveys offline, keep every answer, and report to your URBACT Local Group.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Workshop App {version}&lt;/h3&gt;&lt;p&gt;Préparez et animez hors ligne des ateliers participatifs et des questionnaires, conservez chaque réponse et rendez compte à votre groupe local URBACT (ULG).&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+5" />
            <source>About Workshop App</source>
            <translation>À propos de Workshop App</translation>
        </message>
    </context>
    <context>
        <name>MapForm</name>
        <message>
            <location filename="../../workshop_app/ui/map_panel.py" line="+44" />
            <source>Map</source>
            <translation>Carte</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Title of the map</source>
            <translation>Titre de la carte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title of the horizontal axis</source>
            <translation>Titre de l’axe horizontal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title of the vertical axis</source>
            <translation>Titre de l’axe vertical</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top right</source>
            <translation>En haut à droite</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bottom right</source>
            <translation>En bas à droite</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bottom left</source>
            <translation>En bas à gauche</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Top left</source>
            <translation>En haut à gauche</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Quadrant name, {corner}</source>
            <translation>Nom du quadrant ({corner})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Notes on the map</source>
            <translation>Notes sur la carte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Double-click an empty place to add a stakeholder. Select a stakeholder or a line to edit it here.</source>
            <translation>Double-cliquez sur un espace vide pour ajouter une partie prenante. Sélectionnez une partie prenante ou une relation pour la modifier ici.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hori&amp;zontal axis</source>
            <translation>Axe hori&amp;zontal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Vertical axis</source>
            <translation>Axe &amp;vertical</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Quadrants</source>
            <translation>Quadrants</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>MapLegend</name>
        <message>
            <location filename="../../workshop_app/ui/map_view.py" line="+45" />
            <source>Legend</source>
            <translation>Légende</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Shapes and colours show the sector; thick lines are strong ties, dashed lines weak ones; arrows show a direction.</source>
            <translation>Les formes et les couleurs indiquent le secteur ; les traits épais représentent des liens forts, les pointillés des liens faibles ; les flèches indiquent un sens.</translation>
        </message>
    </context>
    <context>
        <name>MapListPane</name>
        <message>
            <location filename="../../workshop_app/ui/map_list_pane.py" line="+16" />
            <source>Stakeholder maps</source>
            <translation>Cartes des parties prenantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New map…</source>
            <translation>&amp;Nouvelle carte…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New map from a template</source>
            <translation>Nouvelle carte à partir d’un modèle</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Import from Excel…</source>
            <translation>&amp;Importer depuis Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import stakeholders from Excel</source>
            <translation>Importer des parties prenantes depuis Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A workbook with an Elements sheet (stakeholders) and a Connections sheet (who works with whom)</source>
            <translation>Un classeur avec une feuille « Elements » (les parties prenantes) et une feuille « Connections » (qui travaille avec qui)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>E&amp;xport to Excel…</source>
            <translation>E&amp;xporter vers Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export stakeholders to Excel</source>
            <translation>Exporter les parties prenantes vers Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the map's stakeholders and relationships as an Excel workbook</source>
            <translation>Enregistrer les parties prenantes et les relations de la carte dans un classeur Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete map…</source>
            <translation>Supprimer la carte…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete map</source>
            <translation>Supprimer la carte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo deleting the map</source>
            <translation>Annuler la suppression de la carte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No maps yet. Start one with New map, or import a list of stakeholders from Excel.</source>
            <translation>Aucune carte pour l’instant. Créez-en une avec Nouvelle carte, ou importez une liste de parties prenantes depuis Excel.</translation>
        </message>
    </context>
    <context>
        <name>MapToolbar</name>
        <message>
            <location filename="../../workshop_app/ui/map_toolbar.py" line="+22" />
            <source>Map tools</source>
            <translation>Outils de la carte</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Add stakeholder</source>
            <translation>Ajouter une partie prenante</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a stakeholder in the middle of the map; or double-click an empty place</source>
            <translation>Ajouter une partie prenante au milieu de la carte ; vous pouvez aussi double-cliquer sur un espace vide</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connect</source>
            <translation>Relier</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Draw relationships: drag from one stakeholder to another</source>
            <translation>Tracer des relations : faites glisser d’une partie prenante à une autre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Align left</source>
            <translation>Aligner à gauche</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line the selected stakeholders up on the leftmost one</source>
            <translation>Aligner les parties prenantes sélectionnées sur celle qui est le plus à gauche</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Align top</source>
            <translation>Aligner en haut</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line the selected stakeholders up on the highest one</source>
            <translation>Aligner les parties prenantes sélectionnées sur celle qui est le plus haut</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Align centres</source>
            <translation>Centrer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line the selected stakeholders up on a vertical line through their middle</source>
            <translation>Aligner les parties prenantes sélectionnées sur une ligne verticale passant par leur milieu</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete the selected stakeholders and relationships (Del)</source>
            <translation>Supprimer les parties prenantes et les relations sélectionnées (Suppr)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zoom in</source>
            <translation>Zoom avant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom out</source>
            <translation>Zoom arrière</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fit</source>
            <translation>Ajuster</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show the whole map</source>
            <translation>Afficher toute la carte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Snap to grid</source>
            <translation>Aligner sur la grille</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dragged stakeholders land on the grid</source>
            <translation>Les parties prenantes déplacées se calent sur la grille</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Legend</source>
            <translation>Légende</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show or hide the legend</source>
            <translation>Afficher ou masquer la légende</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Take snapshot…</source>
            <translation>Prendre un instantané…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save where everybody stands now, e.g. at a ULG meeting</source>
            <translation>Enregistrer la position de chaque partie prenante à cet instant, par exemple lors d’une réunion de l’ULG</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compare…</source>
            <translation>Comparer…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show who moved since a snapshot</source>
            <translation>Montrer qui a bougé depuis un instantané</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Print the map with its title, date and legend</source>
            <translation>Imprimer la carte avec son titre, sa date et sa légende</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print preview…</source>
            <translation>Aperçu avant impression…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>See the printed page before printing it</source>
            <translation>Voir la page avant de l’imprimer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export as PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the map as a PDF file</source>
            <translation>Enregistrer la carte dans un fichier PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export as PNG…</source>
            <translation>Exporter en PNG…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the map as a picture (PNG)</source>
            <translation>Enregistrer la carte sous forme d’image (PNG)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export as SVG…</source>
            <translation>Exporter en SVG…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the map as a drawing (SVG)</source>
            <translation>Enregistrer la carte sous forme de dessin vectoriel (SVG)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Align</source>
            <translation>Aligner</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Align the selected stakeholders</source>
            <translation>Aligner les parties prenantes sélectionnées</translation>
        </message>
        <message>
            <location line="+7" />
            <source>View</source>
            <translation>Affichage</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Snap to grid, legend</source>
            <translation>Alignement sur la grille, légende</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the map as PDF, PNG or SVG</source>
            <translation>Enregistrer la carte en PDF, PNG ou SVG</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <location filename="../../workshop_app/ui/map_view.py" line="+30" />
            <source>Stakeholder map</source>
            <translation>Carte des parties prenantes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Double-click an empty place to add a stakeholder; drag stakeholders to move them; in connect mode drag from one stakeholder to another. Delete removes the selection, the arrow keys nudge it.</source>
            <translation>Double-cliquez sur un espace vide pour ajouter une partie prenante ; faites glisser les parties prenantes pour les déplacer ; en mode Relier, faites glisser d’une partie prenante à une autre. Suppr supprime la sélection, les touches fléchées la déplacent légèrement.</translation>
        </message>
    </context>
    <context>
        <name>MapsPage</name>
        <message>
            <location filename="../../workshop_app/ui/maps_page.py" line="+132" />
            <source>Choose a map on the left, or start one with New map.</source>
            <translation>Choisissez une carte à gauche, ou créez-en une avec Nouvelle carte.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No database is open.</source>
            <translation>Aucune base de données n’est ouverte.</translation>
        </message>
        <message>
            <location line="+210" />
            <source>Delete “{title}”?</source>
            <translation>Supprimer « {title} » ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Its stakeholders, relationships and snapshots are deleted with it. You can undo this.</source>
            <translation>Ses parties prenantes, ses relations et ses instantanés seront supprimés avec elle. Vous pourrez annuler cette action.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete map</source>
            <translation>Supprimer la carte</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“{title}” was deleted.</source>
            <translation>La carte « {title} » a été supprimée.</translation>
        </message>
    </context>
    <context>
        <name>MergePreviewDialog</name>
        <message>
            <location filename="../../workshop_app/ui/merge_preview_dialog.py" line="+47" />
            <source>Workshops</source>
            <translation>Ateliers</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agenda items</source>
            <translation>Activités du programme</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names and contacts</source>
            <translation>Noms et coordonnées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent records</source>
            <translation>Consentements enregistrés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check-ins</source>
            <translation>Arrivées enregistrées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profile answers</source>
            <translation>Réponses de profil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Survey versions</source>
            <translation>Versions des questionnaires</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Survey responses</source>
            <translation>Questionnaires remplis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answers</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ideas</source>
            <translation>Idées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Idea clusters</source>
            <translation>Groupes d’idées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholder maps</source>
            <translation>Cartes des parties prenantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholders</source>
            <translation>Parties prenantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relationships</source>
            <translation>Relations</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholder re-assessments</source>
            <translation>Réévaluations des parties prenantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map snapshots</source>
            <translation>Instantanés de carte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Snapshot positions</source>
            <translation>Positions dans les instantanés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Survey questions</source>
            <translation>Questions des questionnaires</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choice lists</source>
            <translation>Listes de choix</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choices</source>
            <translation>Choix</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Question translations</source>
            <translation>Traductions des questions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choice translations</source>
            <translation>Traductions des choix</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profile questions</source>
            <translation>Questions de profil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profile choices</source>
            <translation>Choix de profil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Diversity targets</source>
            <translation>Objectifs de diversité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit entries</source>
            <translation>Entrées du journal d’audit</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Packages merged</source>
            <translation>Paquets fusionnés</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Merge packages</source>
            <translation>Fusionner des paquets</translation>
        </message>
        <message>
            <location line="+10" />
            <source>What changes</source>
            <translation>Ce qui change</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New</source>
            <translation>Nouveaux</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Updated</source>
            <translation>Mis à jour</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Removed (deleted elsewhere)</source>
            <translation>Retirés (supprimés ailleurs)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not added (deleted here)</source>
            <translation>Non ajoutés (supprimés ici)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Conflicts ({n})</source>
            <translation>Conflits ({n})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changed on two laptops</source>
            <translation>Modifié sur deux ordinateurs</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kept (the newer change)</source>
            <translation>Conservé (modification la plus récente)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dropped</source>
            <translation>Écarté</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Renumbered ({n})</source>
            <translation>Renumérotés ({n})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What</source>
            <translation>Élément</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Was</source>
            <translation>Avant</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Now</source>
            <translation>Maintenant</translation>
        </message>
        <message>
            <location line="+0" />
            <source>From</source>
            <translation>Origine</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Notes ({n})</source>
            <translation>Remarques ({n})</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Merge</source>
            <translation>&amp;Fusionner</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Nothing new: this database already holds everything in these packages.</source>
            <translation>Rien de nouveau : cette base de données contient déjà tout le contenu de ces paquets.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Merged: {added} new rows, {updated} updated, {removed} removed.</source>
            <translation>Fusion effectuée : {added} lignes ajoutées, {updated} mises à jour, {removed} retirées.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merging will add {added} rows, update {updated} and remove {removed}.</source>
            <translation>La fusion ajoutera {added} lignes, en mettra à jour {updated} et en retirera {removed}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merging will add {added} rows and update {updated}.</source>
            <translation>La fusion ajoutera {added} lignes et en mettra à jour {updated}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts: {conflicts}. Renumbered codes: {renumbered}.</source>
            <translation>Conflits : {conflicts}. Codes renumérotés : {renumbered}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>everything</source>
            <translation>tout le contenu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>workshop “{title}”</source>
            <translation>l’atelier « {title} »</translation>
        </message>
        <message>
            <location line="+2" />
            <source>laptop {id}</source>
            <translation>ordinateur {id}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} — from {who}, packed {when}, {scope}</source>
            <translation>{file} — de {who}, créé le {when}, {scope}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A conflict keeps the newer change; the dropped value is listed here and in the report.</source>
            <translation>En cas de conflit, la modification la plus récente est conservée ; la valeur écartée figure ici et dans le rapport.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing will be written.</source>
            <translation>Rien ne sera écrit.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing is written until you press Merge. The merge is one step: if anything goes wrong, the database stays as it is. Nothing is doubled, and nobody erased comes back.</source>
            <translation>Rien n’est écrit tant que vous n’appuyez pas sur Fusionner. La fusion se fait en une seule étape : en cas de problème, la base de données reste inchangée. Rien n’est dupliqué, et aucune personne effacée ne réapparaît.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{laptop}, {when}</source>
            <translation>{laptop}, {when}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Participant code</source>
            <translation>Code participant</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Survey version</source>
            <translation>Version du questionnaire</translation>
        </message>
    </context>
    <context>
        <name>NewMapDialog</name>
        <message>
            <location filename="../../workshop_app/ui/map_new_dialog.py" line="+121" />
            <source>New stakeholder map</source>
            <translation>Nouvelle carte des parties prenantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What kind of map?</source>
            <translation>Quel type de carte ?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kinds of map</source>
            <translation>Types de carte</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Title of the new map</source>
            <translation>Titre de la nouvelle carte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Digital skills — who matters</source>
            <translation>p. ex. Compétences numériques — qui compte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create map</source>
            <translation>Créer la carte</translation>
        </message>
    </context>
    <context>
        <name>NewPinDialog</name>
        <message>
            <location filename="../../workshop_app/ui/kiosk_pin_pad.py" line="+158" />
            <source>Set a kiosk PIN</source>
            <translation>Définir un code PIN pour le kiosque</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants cannot leave the kiosk. You leave it with this PIN (press Ctrl+Shift+L or tap the top corner of the screen five times). Use {low} to {high} digits.</source>
            <translation>Les personnes qui répondent ne peuvent pas quitter le kiosque. Vous le quittez avec ce code PIN (appuyez sur Ctrl+Maj+L ou touchez cinq fois le coin supérieur de l’écran). Utilisez de {low} à {high} chiffres.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>PIN</source>
            <translation>Code PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN again</source>
            <translation>Confirmer le code PIN</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The two PINs are not the same.</source>
            <translation>Les deux codes PIN ne sont pas identiques.</translation>
        </message>
    </context>
    <context>
        <name>PageOptionsDialog</name>
        <message>
            <location filename="../../workshop_app/ui/map_exchange_actions.py" line="+98" />
            <source>Export map</source>
            <translation>Exporter la carte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paper size</source>
            <translation>Format du papier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Landscape</source>
            <translation>&amp;Paysage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Portrait</source>
            <translation>P&amp;ortrait</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Resolution</source>
            <translation>Résolution</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{dpi} dots per inch</source>
            <translation>{dpi} points par pouce</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Paper</source>
            <translation>&amp;Format</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orientation</source>
            <translation>Orientation</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Resolution</source>
            <translation>&amp;Résolution</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The map is drawn with its title, today's date, the quadrant names and the legend.</source>
            <translation>La carte est dessinée avec son titre, la date du jour, les noms des quadrants et la légende.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDetail</name>
        <message>
            <location filename="../../workshop_app/ui/participant_detail.py" line="+66" />
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete this registration</source>
            <translation>Supprimer cette inscription</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For a registration made by mistake; you can undo it</source>
            <translation>Pour une inscription faite par erreur ; vous pourrez l’annuler</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Participant code</source>
            <translation>Code participant</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anything to remember, e.g. needs an interpreter</source>
            <translation>Tout ce qu’il faut retenir, p. ex. besoin d’interprétation</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Name (personal data)</source>
            <translation>Nom (donnée personnelle)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Contact (personal data)</source>
            <translation>Coordonnées (données personnelles)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or e-mail</source>
            <translation>Téléphone ou e-mail</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+87" />
            <source>Workshops attended</source>
            <translation>Ateliers suivis</translation>
        </message>
        <message>
            <location line="-86" />
            <source>Erase this person…</source>
            <translation>Effacer cette personne…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Erase this person</source>
            <translation>Effacer cette personne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For a request to be forgotten; it cannot be undone</source>
            <translation>Pour une demande d’effacement (droit à l’oubli) ; action irréversible</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Select a participant in the list, or register people on the Check-in tab.</source>
            <translation>Sélectionnez une personne dans la liste, ou inscrivez des personnes dans l’onglet Accueil.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>C&amp;ode</source>
            <translation>&amp;Code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;otes</source>
            <translation>N&amp;otes</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Personal data — kept apart, never exported unless asked</source>
            <translation>Données personnelles — conservées à part, jamais exportées sans demande explicite</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Con&amp;tact</source>
            <translation>Coo&amp;rdonnées</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>About them (voluntary, any can be left out)</source>
            <translation>À son sujet (facultatif, chaque question peut rester sans réponse)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>When someone asks to be forgotten: removes their personal data, consent and profile for good.</source>
            <translation>Quand une personne demande à être oubliée : supprime définitivement ses données personnelles, ses consentements et son profil.</translation>
        </message>
        <message>
            <location line="+100" />
            <source>A name or contact is on file. Tick “Show personal data” above to see or change it.</source>
            <translation>Un nom ou des coordonnées sont enregistrés. Cochez « Afficher les données personnelles » ci-dessus pour les voir ou les modifier.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>None on file: this person is known only by their code. Tick “Show personal data” above to add a name or contact.</source>
            <translation>Aucune donnée enregistrée : cette personne n’est connue que par son code. Cochez « Afficher les données personnelles » ci-dessus pour ajouter un nom ou des coordonnées.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{code} has not consented to take part, so no answers can be recorded for them.</source>
            <translation>{code} n’a pas consenti à participer : aucune réponse ne peut donc être enregistrée pour cette personne.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>(a workshop no longer listed)</source>
            <translation>(atelier qui ne figure plus dans la liste)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>None yet.</source>
            <translation>Aucun pour l’instant.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Change code</source>
            <translation>Modifier le code</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Change notes</source>
            <translation>Modifier les notes</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <location filename="../../workshop_app/ui/participants_page.py" line="+54" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show &amp;personal data</source>
            <translation>Afficher les données &amp;personnelles</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show personal data (names and contacts)</source>
            <translation>Afficher les données personnelles (noms et coordonnées)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names and contacts stay hidden unless ticked; leaving this section hides them again</source>
            <translation>Les noms et coordonnées restent masqués tant que cette case n’est pas cochée ; ils sont de nouveau masqués dès que vous quittez cette section</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit profile &amp;questions…</source>
            <translation>Modifier les &amp;questions de profil…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit profile questions</source>
            <translation>Modifier les questions de profil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The voluntary questions about age, gender and more, in every language</source>
            <translation>Les questions facultatives sur l’âge, le genre, etc., dans chaque langue</translation>
        </message>
        <message>
            <location line="+9" />
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check-in</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who took part</source>
            <translation>Qui a participé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants views</source>
            <translation>Vues de la section Participants</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No database is open.</source>
            <translation>Aucune base de données n’est ouverte.</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <location filename="../../workshop_app/ui/participants_people.py" line="+47" />
            <source>Search participants</source>
            <translation>Rechercher une personne</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Search by code, name or phone</source>
            <translation>Rechercher par code, nom ou téléphone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search by code</source>
            <translation>Rechercher par code</translation>
        </message>
        <message>
            <location line="+31" />
            <source>No one matches. Clear the search, or register them on the Check-in tab.</source>
            <translation>Aucune correspondance. Effacez la recherche, ou inscrivez cette personne dans l’onglet Accueil.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No participants yet. Register people at the door on the Check-in tab.</source>
            <translation>Aucune personne inscrite pour l’instant. Inscrivez les personnes à leur arrivée dans l’onglet Accueil.</translation>
        </message>
        <message numerus="yes">
            <location line="+17" />
            <source>%n participant listed</source>
            <translation>
                <numerusform>%n personne affichée</numerusform>
                <numerusform>%n personnes affichées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n participants listed</source>
            <translation>
                <numerusform>%n personne affichée</numerusform>
                <numerusform>%n personnes affichées</numerusform>
            </translation>
        </message>
        <message>
            <location line="+33" />
            <source>Delete registration</source>
            <translation>Supprimer l’inscription</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the registration of {code}?</source>
            <translation>Supprimer l’inscription de {code} ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use this for a registration made by mistake; you can undo it with Edit › Undo. Their survey answers stay, without their code. When someone asks to be forgotten, use “Erase this person…” instead.</source>
            <translation>À utiliser pour une inscription faite par erreur ; vous pouvez l’annuler avec Édition › Annuler. Les réponses aux questionnaires sont conservées, sans le code. Quand une personne demande à être oubliée, utilisez plutôt « Effacer cette personne… ».</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{code}: {report} The undo history was cleared, so they cannot be brought back.</source>
            <translation>{code} : {report} L’historique d’annulation a été vidé : la personne ne peut pas être rétablie.</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../../workshop_app/ui/kiosk_pin_pad.py" line="-151" />
            <source>Facilitator: enter the kiosk PIN to leave the kiosk</source>
            <translation>Pour l’animation : saisissez le code PIN pour quitter le kiosque</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Kiosk PIN</source>
            <translation>Code PIN du kiosque</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The facilitator's PIN, to leave the kiosk</source>
            <translation>Le code PIN de la personne qui anime, pour quitter le kiosque</translation>
        </message>
        <message>
            <location line="+9" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Delete the last digit</source>
            <translation>Effacer le dernier chiffre</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Back to the kiosk</source>
            <translation>Retour au kiosque</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Wrong PIN. Try again.</source>
            <translation>Code PIN incorrect. Réessayez.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Wrong PIN. Try again in {seconds} s.</source>
            <translation>Code PIN incorrect. Réessayez dans {seconds} s.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>You can try again now.</source>
            <translation>Vous pouvez réessayer maintenant.</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <location filename="../../workshop_app/ui/builder_problems.py" line="+35" />
            <source>Problems to fix</source>
            <translation>Problèmes à corriger</translation>
        </message>
        <message>
            <location line="+35" />
            <source>✓ No problems: the survey can be saved and exported.</source>
            <translation>✓ Aucun problème : le questionnaire peut être enregistré et exporté.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n problem to fix before saving</source>
            <translation>
                <numerusform>%n problème à corriger avant d’enregistrer</numerusform>
                <numerusform>%n problèmes à corriger avant d’enregistrer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n problems to fix before saving</source>
            <translation>
                <numerusform>%n problème à corriger avant d’enregistrer</numerusform>
                <numerusform>%n problèmes à corriger avant d’enregistrer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProfileEditorDialog</name>
        <message>
            <location filename="../../workshop_app/ui/profile_editor_dialog.py" line="+66" />
            <location line="+25" />
            <source>Profile questions</source>
            <translation>Questions de profil</translation>
        </message>
        <message>
            <location line="-7" />
            <source>The questions people may answer about themselves at registration. Every question keeps “Prefer not to say”, so answering stays voluntary.</source>
            <translation>Les questions auxquelles les personnes peuvent répondre sur elles-mêmes lors de l’inscription. Chaque question conserve « Je préfère ne pas répondre », pour que répondre reste facultatif.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>New question, e.g. Housing situation</source>
            <translation>Nouvelle question, p. ex. Situation de logement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label of a new question</source>
            <translation>Libellé d’une nouvelle question</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add question</source>
            <translation>Ajouter la question</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move question up</source>
            <translation>Monter la question</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move question down</source>
            <translation>Descendre la question</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+270" />
            <source>Delete question</source>
            <translation>Supprimer la question</translation>
        </message>
        <message>
            <location line="-264" />
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Language to add</source>
            <translation>Langue à ajouter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add language</source>
            <translation>Ajouter la langue</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a language column</source>
            <translation>Ajouter une colonne de langue</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Answers, with their label in each language</source>
            <translation>Réponses, avec leur libellé dans chaque langue</translation>
        </message>
        <message>
            <location line="+12" />
            <source>New answer, in {language}</source>
            <translation>Nouvelle réponse ({language})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Label of a new answer</source>
            <translation>Libellé d’une nouvelle réponse</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add answer</source>
            <translation>Ajouter la réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move answer up</source>
            <translation>Monter la réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move answer down</source>
            <translation>Descendre la réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete answer</source>
            <translation>Supprimer la réponse</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Answers (double-click a label to change it)</source>
            <translation>Réponses (double-cliquez sur un libellé pour le modifier)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Question label in {language}</source>
            <translation>Libellé de la question ({language})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(missing)</source>
            <translation>(manquant)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>known in exports as {name}</source>
            <translation>nommée {name} dans les exports</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Type the new question first.</source>
            <translation>Saisissez d’abord la nouvelle question.</translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>%n person answered it; that answer goes too.</source>
            <translation>
                <numerusform>%n personne y a répondu ; cette réponse sera supprimée aussi.</numerusform>
                <numerusform>%n personnes y ont répondu ; leurs réponses seront supprimées aussi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n people answered it; their answers go too.</source>
            <translation>
                <numerusform>%n personne y a répondu ; cette réponse sera supprimée aussi.</numerusform>
                <numerusform>%n personnes y ont répondu ; leurs réponses seront supprimées aussi.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can undo this.</source>
            <translation>Vous pourrez annuler cette action.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete the question “{label}”?</source>
            <translation>Supprimer la question « {label} » ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Type the new answer first.</source>
            <translation>Saisissez d’abord la nouvelle réponse.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Every question keeps “Prefer not to say”, so answering stays voluntary. You can rename it.</source>
            <translation>Chaque question conserve « Je préfère ne pas répondre », pour que répondre reste facultatif. Vous pouvez renommer ce choix.</translation>
        </message>
    </context>
    <context>
        <name>ProfileForm</name>
        <message>
            <location filename="../../workshop_app/ui/profile_form.py" line="+67" />
            <source>Not answered</source>
            <translation>Sans réponse</translation>
        </message>
        <message>
            <location line="+12" />
            <source>In their own words (optional)</source>
            <translation>Dans ses propres mots (facultatif)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{question}: in their own words</source>
            <translation>{question} : dans ses propres mots</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <location filename="../../workshop_app/ui/projector_window.py" line="+62" />
            <source>Projector — {title}</source>
            <translation>Projecteur — {title}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Projector</source>
            <translation>Projecteur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the room sees: the current activity and its anonymous results</source>
            <translation>Ce que voit la salle : l’activité en cours et ses résultats anonymes</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Answers are anonymous. Results appear once {count} people have answered.</source>
            <translation>Les réponses sont anonymes. Les résultats s’affichent dès que {count} personnes ont répondu.</translation>
        </message>
        <message>
            <location line="+58" />
            <source>{kind}: {title}</source>
            <translation>{kind} : {title}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Welcome</source>
            <translation>Bienvenue</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Waiting for at least {minimum} voters ({count} so far)</source>
            <translation>En attente d’au moins {minimum} personnes pour le vote ({count} pour l’instant)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Waiting for at least {minimum} answers ({count} so far)</source>
            <translation>En attente d’au moins {minimum} réponses ({count} pour l’instant)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Waiting for at least {minimum} answers to this question</source>
            <translation>En attente d’au moins {minimum} réponses à cette question</translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>%n answers</source>
            <translation>
                <numerusform>%n réponse</numerusform>
                <numerusform>%n réponses</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>Ideas will appear here</source>
            <translation>Les idées s’afficheront ici</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Nothing to vote on yet</source>
            <translation>Aucune option de vote pour l’instant</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n people voted</source>
            <translation>
                <numerusform>%n personne a voté</numerusform>
                <numerusform>%n personnes ont voté</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>The {count} ideas with the most dots</source>
            <translation>Les {count} idées qui ont reçu le plus de gommettes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dots per idea</source>
            <translation>Gommettes par idée</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{count} answers · average {average}</source>
            <translation>{count} réponses · moyenne {average}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How useful was this session?</source>
            <translation>Cette séance vous a-t-elle été utile ?</translation>
        </message>
    </context>
    <context>
        <name>QuestionCard</name>
        <message>
            <location filename="../../workshop_app/ui/results_cards.py" line="+129" />
            <source>Save chart…</source>
            <translation>Enregistrer le graphique…</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Chart of “{question}”</source>
            <translation>Graphique de « {question} »</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save the chart of “{question}”</source>
            <translation>Enregistrer le graphique de « {question} »</translation>
        </message>
    </context>
    <context>
        <name>QuestionEditor</name>
        <message>
            <location filename="../../workshop_app/ui/question_editor.py" line="+65" />
            <location line="+195" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <location line="-192" />
            <source>Language of the texts edited here</source>
            <translation>Langue des textes modifiés ici</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The label, hint and messages below are in this language</source>
            <translation>Le libellé, l’indication et les messages ci-dessous sont dans cette langue</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The short code of the question in exports</source>
            <translation>Le code court de la question dans les exports</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Label</source>
            <translation>&amp;Libellé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hint</source>
            <translation>Indication</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shown under the label, smaller</source>
            <translation>Affichée sous le libellé, en plus petit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Hint</source>
            <translation>&amp;Indication</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Calculation</source>
            <translation>Calcul</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Edit calculation</source>
            <translation>Modifier le calcul</translation>
        </message>
        <message>
            <location line="+4" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location line="+0" />
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <location line="+0" />
            <source>step</source>
            <translation>pas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scale {part}</source>
            <translation>Échelle : {part}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Scale</source>
            <translation>Échelle</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add an “&amp;Other” choice with a box to say what</source>
            <translation>Ajouter un choix « &amp;Autre » avec une case pour préciser</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Or other</source>
            <translation>Ou autre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change “Other” choice</source>
            <translation>Modifier le choix « Autre »</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choices</source>
            <translation>Choix</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An answer is &amp;required</source>
            <translation>Une réponse est &amp;obligatoire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Required</source>
            <translation>Obligatoire</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Message when required</source>
            <translation>Message si la réponse manque</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What to say when it is left empty (optional)</source>
            <translation>Ce qui s’affiche si la question reste sans réponse (facultatif)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show when (relevance)</source>
            <translation>Afficher si (condition d’affichage)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit relevance</source>
            <translation>Modifier la condition d’affichage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show &amp;when…</source>
            <translation>Afficher &amp;si…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build the condition for showing this question</source>
            <translation>Construire la condition d’affichage de cette question</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pick an earlier question and an answer</source>
            <translation>Choisir une question précédente et une réponse</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Show when</source>
            <translation>Afficher si</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+6" />
            <source>Constraint</source>
            <translation>Contrainte</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Edit constraint</source>
            <translation>Modifier la contrainte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Constraint message</source>
            <translation>Message de contrainte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What to say when the answer is not allowed</source>
            <translation>Ce qui s’affiche si la réponse n’est pas acceptée</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>Appearance</source>
            <translation>Apparence</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+2" />
            <source>Edit appearance</source>
            <translation>Modifier l’apparence</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Appearance</source>
            <translation>Ap&amp;parence</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Default answer</source>
            <translation>Réponse par défaut</translation>
        </message>
        <message>
            <location line="+0" />
            <source>An answer given in advance (optional)</source>
            <translation>Une réponse donnée à l’avance (facultatif)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit default</source>
            <translation>Modifier la réponse par défaut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Default</source>
            <translation>Par &amp;défaut</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Texts in</source>
            <translation>Textes en</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Select a question to edit it, or add one.</source>
            <translation>Sélectionnez une question pour la modifier, ou ajoutez-en une.</translation>
        </message>
        <message>
            <location line="+151" />
            <source>The question as participants read it, in {language}</source>
            <translation>La question telle que les personnes la lisent ({language})</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Make required</source>
            <translation>Rendre obligatoire</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Make optional</source>
            <translation>Rendre facultative</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Edit scale</source>
            <translation>Modifier l’échelle</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Set relevance</source>
            <translation>Définir la condition d’affichage</translation>
        </message>
    </context>
    <context>
        <name>QuestionListModel</name>
        <message>
            <location filename="../../workshop_app/ui/profile_editor_model.py" line="-70" />
            <source>Known in exports as {name}</source>
            <translation>Nommée {name} dans les exports</translation>
        </message>
    </context>
    <context>
        <name>QuestionPreview</name>
        <message>
            <location filename="../../workshop_app/ui/question_preview.py" line="+29" />
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Preview language</source>
            <translation>Langue de l’aperçu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>See the question in another language of the survey</source>
            <translation>Voir la question dans une autre langue du questionnaire</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The selected question appears here as participants will see it.</source>
            <translation>La question sélectionnée s’affiche ici telle que les personnes la verront.</translation>
        </message>
    </context>
    <context>
        <name>QuestionTree</name>
        <message>
            <location filename="../../workshop_app/ui/builder_views.py" line="+28" />
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
    </context>
    <context>
        <name>QuestionTreeModel</name>
        <message>
            <location filename="../../workshop_app/ui/builder_model.py" line="+139" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Type</source>
            <translation>Type</translation>
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
            <translation>Monter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
    </context>
    <context>
        <name>RelationshipForm</name>
        <message>
            <location filename="../../workshop_app/ui/map_panel_forms.py" line="+249" />
            <source>Relationship</source>
            <translation>Relation</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kind of relationship</source>
            <translation>Type de relation</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Strength</source>
            <translation>Intensité</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{number} — {label}</source>
            <translation>{number} — {label}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Direction</source>
            <translation>Sens</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <source>Delete relationship</source>
            <translation>Supprimer la relation</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location line="+1" />
            <source>St&amp;rength</source>
            <translation>&amp;Intensité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Direction</source>
            <translation>&amp;Sens</translation>
        </message>
        <message>
            <location line="+42" />
            <source>{source} and {target}</source>
            <translation>{source} et {target}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No direction (both ways)</source>
            <translation>Aucun sens (dans les deux sens)</translation>
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
            <translation>Afficher cette question si…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ask “{question}” only when an earlier answer is as follows.</source>
            <translation>Ne poser « {question} » que si une réponse précédente remplit la condition ci-dessous.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Earlier question</source>
            <translation>Question précédente</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{label} ({name})</source>
            <translation>{label} ({name})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Condition</source>
            <translation>Condition</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The answer to compare with</source>
            <translation>La réponse à comparer</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Replace the condition</source>
            <translation>Remplacer la condition</translation>
        </message>
        <message>
            <location line="+0" />
            <source>And (both)</source>
            <translation>Et (les deux)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Or (either)</source>
            <translation>Ou (l’une ou l’autre)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The question already has a condition: {condition}</source>
            <translation>La question a déjà une condition : {condition}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Question</source>
            <translation>&amp;Question</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Condition</source>
            <translation>&amp;Condition</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Answer</source>
            <translation>&amp;Réponse</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use this condition</source>
            <translation>Utiliser cette condition</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The condition, as XLSForm writes it:</source>
            <translation>La condition, telle que XLSForm l’écrit :</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Pick a question and an answer.</source>
            <translation>Choisissez une question et une réponse.</translation>
        </message>
    </context>
    <context>
        <name>ResultsFilterBar</name>
        <message>
            <location filename="../../workshop_app/ui/results_filters.py" line="+90" />
            <source>Workshop</source>
            <translation>Atelier</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Any date</source>
            <translation>Toutes les dates</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Answered from</source>
            <translation>Réponses à partir du</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answered until</source>
            <translation>Réponses jusqu’au</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Finished only</source>
            <translation>&amp;Terminés uniquement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count finished responses only</source>
            <translation>Ne compter que les questionnaires terminés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show results of</source>
            <translation>Afficher les résultats de</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compare with</source>
            <translation>Comparer avec</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;lear filters</source>
            <translation>&amp;Effacer les filtres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear all filters</source>
            <translation>Effacer tous les filtres</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Workshop</source>
            <translation>&amp;Atelier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>F&amp;rom</source>
            <translation>&amp;Du</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;to</source>
            <translation>a&amp;u</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Who</source>
            <translation>&amp;Qui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Co&amp;mpare with</source>
            <translation>Co&amp;mparer avec</translation>
        </message>
        <message>
            <location line="+50" />
            <source>All workshops</source>
            <translation>Tous les ateliers</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{title} — {when}</source>
            <translation>{title} — {when}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No comparison</source>
            <translation>Aucune comparaison</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Several answers…</source>
            <translation>Plusieurs réponses…</translation>
        </message>
        <message>
            <location line="+65" />
            <source>{start} to {end}</source>
            <translation>du {start} au {end}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>from {start}</source>
            <translation>à partir du {start}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>until {end}</source>
            <translation>jusqu’au {end}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>any date</source>
            <translation>toutes les dates</translation>
        </message>
        <message>
            <location line="+4" />
            <source>finished responses only</source>
            <translation>questionnaires terminés uniquement</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <location filename="../../workshop_app/ui/results_page.py" line="+89" />
            <source>Surveys with answers</source>
            <translation>Questionnaires avec des réponses</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Counts under 5 show as “&lt;5” and a question with fewer than 5 answers shows no chart, so no one can be singled out; “≥5” is hidden so a small count cannot be worked out. Typed answers are never shown here, only the words many people used.</source>
            <translation>Les effectifs inférieurs à 5 s’affichent « &lt;5 » et une question avec moins de 5 réponses n’a pas de graphique, pour que personne ne puisse être identifié ; « ≥5 » est masqué pour qu’on ne puisse pas en déduire un petit effectif. Les réponses saisies ne sont jamais affichées ici, seulement les mots employés par de nombreuses personnes.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Surveys appear here once someone has answered them.</source>
            <translation>Les questionnaires apparaissent ici dès que quelqu’un y a répondu.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Results of the survey</source>
            <translation>Résultats du questionnaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One card per question; scroll with the arrow keys</source>
            <translation>Une fiche par question ; faites défiler avec les touches fléchées</translation>
        </message>
        <message>
            <location line="+29" />
            <source>No database is open.</source>
            <translation>Aucune base de données n’est ouverte.</translation>
        </message>
        <message>
            <location line="+72" />
            <location line="+91" />
            <source>No answers yet</source>
            <translation>Aucune réponse pour l’instant</translation>
        </message>
        <message>
            <location line="-90" />
            <source>Results appear here once people answer a survey in the kiosk, or once answers given on paper are typed in.</source>
            <translation>Les résultats s’affichent ici dès que des personnes répondent à un questionnaire dans le kiosque, ou dès que des réponses données sur papier sont saisies.</translation>
        </message>
        <message>
            <location line="+69" />
            <source>No answers from these groups</source>
            <translation>Aucune réponse de ces groupes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Neither group answered this survey in the responses the filters select.</source>
            <translation>Aucun des deux groupes n’a répondu à ce questionnaire dans les réponses retenues par les filtres.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{survey}: “{first}” and “{second}” side by side · {filters}</source>
            <translation>{survey} : « {first} » et « {second} » côte à côte · {filters}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No answers match</source>
            <translation>Aucune réponse ne correspond</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No answers match these filters. Choose another workshop or group, or widen the dates.</source>
            <translation>Aucune réponse ne correspond à ces filtres. Choisissez un autre atelier ou un autre groupe, ou élargissez les dates.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This survey has no answers yet.</source>
            <translation>Ce questionnaire n’a pas encore de réponses.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Too few answers to show</source>
            <translation>Trop peu de réponses pour les afficher</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fewer than 5 responses match these filters, so no results are shown: with so few, an answer could point to a person.</source>
            <translation>Moins de 5 réponses correspondent à ces filtres : aucun résultat n’est affiché, car avec si peu de réponses, une réponse pourrait permettre d’identifier une personne.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{survey}: {responses} · {filters}</source>
            <translation>{survey} : {responses} · {filters}</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Saved the chart as {path}.</source>
            <translation>Graphique enregistré sous {path}.</translation>
        </message>
    </context>
    <context>
        <name>ResultsSurveyModel</name>
        <message>
            <location line="-350" />
            <source>Version {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Versions {versions}</source>
            <translation>Versions {versions}</translation>
        </message>
    </context>
    <context>
        <name>ResumeOffer</name>
        <message>
            <location filename="../../workshop_app/ui/run_resume.py" line="+34" />
            <source>Resume…</source>
            <translation>Reprendre…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resume the unfinished surveys</source>
            <translation>Reprendre les questionnaires non terminés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the run view of their workshop</source>
            <translation>Ouvrir la vue d’animation de leur atelier</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Dismiss the offer to resume</source>
            <translation>Ignorer la proposition de reprise</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hide this offer; the unfinished surveys stay saved</source>
            <translation>Masquer cette proposition ; les questionnaires inachevés restent enregistrés</translation>
        </message>
        <message numerus="yes">
            <location line="+29" />
            <source>%n survey was not finished —</source>
            <translation>
                <numerusform>%n questionnaire n’a pas été terminé —</numerusform>
                <numerusform>%n questionnaires n’ont pas été terminés —</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n surveys were not finished —</source>
            <translation>
                <numerusform>%n questionnaire n’a pas été terminé —</numerusform>
                <numerusform>%n questionnaires n’ont pas été terminés —</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RunAgendaModel</name>
        <message>
            <location filename="../../workshop_app/ui/run_agenda.py" line="+93" />
            <source>{item} (on now)</source>
            <translation>{item} (en cours)</translation>
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
            <translation>Statut de l’atelier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check-in</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Check people in</source>
            <translation>Enregistrer les arrivées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Register and check people in at the door (Ctrl+I)</source>
            <translation>Inscrire les personnes et enregistrer leur arrivée à l’entrée (Ctrl+I)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kiosk PIN…</source>
            <translation>Code PIN du kiosque…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Set the kiosk PIN</source>
            <translation>Définir le code PIN du kiosque</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The PIN that lets you leave the kiosk</source>
            <translation>Le code PIN qui permet de quitter le kiosque</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open projector</source>
            <translation>Ouvrir la vue projecteur</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open the projector view</source>
            <translation>Ouvrir la vue projecteur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timer and results for the room, on the second screen (F5)</source>
            <translation>Minuteur et résultats pour la salle, sur le second écran (F5)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End workshop</source>
            <translation>Clôturer l’atelier</translation>
        </message>
        <message>
            <location line="+0" />
            <source>End the workshop</source>
            <translation>Clôturer l’atelier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark the workshop as done</source>
            <translation>Marquer l’atelier comme terminé</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+57" />
            <source>Agenda</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location line="-48" />
            <source>← Previous</source>
            <translation>← Précédente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Previous activity</source>
            <translation>Activité précédente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The activity before (Alt+Left)</source>
            <translation>L’activité précédente (Alt+Flèche gauche)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next →</source>
            <translation>Suivante →</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next activity</source>
            <translation>Activité suivante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The next activity (Alt+Right)</source>
            <translation>L’activité suivante (Alt+Flèche droite)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>&amp;Status</source>
            <translation>&amp;Statut</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Check-in ({count})</source>
            <translation>Accueil ({count})</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This workshop has no agenda yet. Add activities in Workshops.</source>
            <translation>Cet atelier n’a pas encore de programme. Ajoutez des activités dans Ateliers.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{hint}

Run it with the timer; the maps are drawn in the Stakeholder maps section.</source>
            <translation>{hint}

Menez cette activité avec le minuteur ; les cartes se dessinent dans la section Cartes des parties prenantes.</translation>
        </message>
    </context>
    <context>
        <name>RunWindow</name>
        <message>
            <location filename="../../workshop_app/ui/run_window.py" line="+95" />
            <source>&amp;Workshop</source>
            <translation>&amp;Atelier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Check-in</source>
            <translation>&amp;Accueil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kiosk &amp;PIN…</source>
            <translation>Code &amp;PIN du kiosque…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open p&amp;rojector</source>
            <translation>Ouvrir la vue p&amp;rojecteur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the timer and results on the second screen</source>
            <translation>Afficher le minuteur et les résultats sur le second écran</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;End workshop</source>
            <translation>&amp;Clôturer l’atelier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Close run view</source>
            <translation>&amp;Fermer la vue d’animation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Timer</source>
            <translation>&amp;Minuteur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Start or pause</source>
            <translation>&amp;Démarrer ou mettre en pause</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;One more minute</source>
            <translation>&amp;Une minute de plus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Five more minutes</source>
            <translation>&amp;Cinq minutes de plus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reset</source>
            <translation>&amp;Réinitialiser</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Go</source>
            <translation>&amp;Navigation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Previous activity</source>
            <translation>&amp;Activité précédente</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Next activity</source>
            <translation>Activité &amp;suivante</translation>
        </message>
        <message>
            <location line="+32" />
            <source>This workshop no longer exists.</source>
            <translation>Cet atelier n’existe plus.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Run — {title}</source>
            <translation>Animation — {title}</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>%n survey was not finished. It is listed below; resume it from there.</source>
            <translation>
                <numerusform>%n questionnaire n’a pas été terminé. Il figure ci-dessous ; reprenez-le à partir de là.</numerusform>
                <numerusform>%n questionnaires n’ont pas été terminés. Ils figurent ci-dessous ; reprenez-les à partir de là.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n surveys were not finished. They are listed below; resume them from there.</source>
            <translation>
                <numerusform>%n questionnaire n’a pas été terminé. Il figure ci-dessous ; reprenez-le à partir de là.</numerusform>
                <numerusform>%n questionnaires n’ont pas été terminés. Ils figurent ci-dessous ; reprenez-les à partir de là.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+65" />
            <source>Time is up for {title}.</source>
            <translation>Le temps est écoulé pour {title}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>time is up</source>
            <translation>temps écoulé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{clock} left</source>
            <translation>Il reste {clock}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>paused at {clock}</source>
            <translation>en pause à {clock}</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Mark as {status}</source>
            <translation>Passer au statut « {status} »</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The workshop is marked as done and everything is saved in this database. Packing it for the ULG secretary comes with the merge feature; until then, bring this laptop or a backup of the database.</source>
            <translation>L’atelier est marqué comme terminé et tout est enregistré dans cette base de données. La création de paquets pour le secrétariat de l’ULG arrivera avec la fonction de fusion ; en attendant, apportez cet ordinateur ou une sauvegarde de la base de données.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The kiosk PIN is set.</source>
            <translation>Le code PIN du kiosque est défini.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The kiosk PIN is removed.</source>
            <translation>Le code PIN du kiosque est supprimé.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Set a kiosk PIN first: it lets you, and only you, leave the kiosk.</source>
            <translation>Définissez d’abord un code PIN pour le kiosque : il vous permet, à vous et à personne d’autre, de quitter le kiosque.</translation>
        </message>
    </context>
    <context>
        <name>ScaleWidget</name>
        <message>
            <location filename="../../workshop_app/ui/question_inputs.py" line="+83" />
            <source>{value} on the scale</source>
            <translation>{value} sur l’échelle</translation>
        </message>
    </context>
    <context>
        <name>SelectionForm</name>
        <message>
            <location filename="../../workshop_app/ui/map_panel.py" line="+50" />
            <source>Align &amp;left</source>
            <translation>Aligner à &amp;gauche</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Align &amp;top</source>
            <translation>Aligner en &amp;haut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Align &amp;centres</source>
            <translation>&amp;Centrer</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete selected</source>
            <translation>Supprimer la sélection</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete the selected stakeholders</source>
            <translation>Supprimer les parties prenantes sélectionnées</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Drag any of them to move them all; the arrow keys nudge them.</source>
            <translation>Faites glisser l’une d’elles pour les déplacer toutes ; les touches fléchées les déplacent légèrement.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>1 stakeholder selected</source>
            <translation>1 partie prenante sélectionnée</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n stakeholders selected</source>
            <translation>
                <numerusform>%n partie prenante sélectionnée</numerusform>
                <numerusform>%n parties prenantes sélectionnées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n relationships selected</source>
            <translation>
                <numerusform>%n relation sélectionnée</numerusform>
                <numerusform>%n relations sélectionnées</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StakeholderForm</name>
        <message>
            <location filename="../../workshop_app/ui/map_panel_forms.py" line="-213" />
            <source>Stakeholder</source>
            <translation>Partie prenante</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sector</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attitude</source>
            <translation>Attitude</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Engagement strategy</source>
            <translation>Stratégie d’implication</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How to involve them</source>
            <translation>Comment l’impliquer</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Contact (personal data)</source>
            <translation>Contact (donnée personnelle)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail or phone of a contact person</source>
            <translation>E-mail ou téléphone d’une personne à contacter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Personal data</source>
            <translation>Données personnelles</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Left out of exports unless you choose to include contacts.</source>
            <translation>Exclu des exports, sauf si vous choisissez d’inclure les contacts.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Delete stakeholder</source>
            <translation>Supprimer la partie prenante</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Organisation</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sector</source>
            <translation>&amp;Secteur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Attitude</source>
            <translation>&amp;Attitude</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Engagement</source>
            <translation>&amp;Implication</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No&amp;tes</source>
            <translation>No&amp;tes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Contact</source>
            <translation>&amp;Contact</translation>
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
            <translation>Titre du questionnaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title of the survey</source>
            <translation>Titre du questionnaire</translation>
        </message>
        <message>
            <location line="+2" />
            <source>• Unsaved changes</source>
            <translation>• Modifications non enregistrées</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save survey</source>
            <translation>Enregistrer le questionnaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the survey (Ctrl+S)</source>
            <translation>Enregistrer le questionnaire (Ctrl+S)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add &amp;question</source>
            <translation>Ajouter une &amp;question</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add question</source>
            <translation>Ajouter une question</translation>
        </message>
        <message>
            <location line="+12" />
            <source>D&amp;uplicate</source>
            <translation>D&amp;upliquer</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+250" />
            <source>Duplicate question</source>
            <translation>Dupliquer la question</translation>
        </message>
        <message>
            <location line="-248" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete question</source>
            <translation>Supprimer la question</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Move question up (Alt+Up)</source>
            <translation>Monter la question (Alt+Flèche haut)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Move question down (Alt+Down)</source>
            <translation>Descendre la question (Alt+Flèche bas)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Survey builder views</source>
            <translation>Vues de l’éditeur de questionnaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Translations</source>
            <translation>Traductions</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{action} ({keys})</source>
            <translation>{action} ({keys})</translation>
        </message>
        <message>
            <location line="+83" />
            <source>Change title</source>
            <translation>Modifier le titre</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Version {version} already has responses, so saving changes makes version {next}.</source>
            <translation>La version {version} a déjà des réponses : enregistrer les modifications créera la version {next}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Version {version} · no responses yet</source>
            <translation>Version {version} · aucune réponse pour l’instant</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Add question: {type}</source>
            <translation>Ajouter une question : {type}</translation>
        </message>
    </context>
    <context>
        <name>SurveyListPane</name>
        <message>
            <location filename="../../workshop_app/ui/survey_list_pane.py" line="+16" />
            <source>Surveys</source>
            <translation>Questionnaires</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New from template…</source>
            <translation>&amp;Nouveau à partir d’un modèle…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New survey from a template</source>
            <translation>Nouveau questionnaire à partir d’un modèle</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Import XLSForm…</source>
            <translation>&amp;Importer un XLSForm…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import XLSForm</source>
            <translation>Importer un XLSForm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a questionnaire from KoboToolbox, ODK or another XLSForm file</source>
            <translation>Ajouter un questionnaire depuis KoboToolbox, ODK ou un autre fichier XLSForm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport XLSForm…</source>
            <translation>E&amp;xporter en XLSForm…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export XLSForm</source>
            <translation>Exporter en XLSForm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the survey as an XLSForm for KoboToolbox or ODK</source>
            <translation>Enregistrer le questionnaire au format XLSForm pour KoboToolbox ou ODK</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete survey…</source>
            <translation>Supprimer le questionnaire…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete survey</source>
            <translation>Supprimer le questionnaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo deleting the survey</source>
            <translation>Annuler la suppression du questionnaire</translation>
        </message>
    </context>
    <context>
        <name>SurveyPanel</name>
        <message>
            <location filename="../../workshop_app/ui/run_survey_panel.py" line="+99" />
            <source>Start &amp;kiosk</source>
            <translation>Lancer le &amp;kiosque</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start the kiosk</source>
            <translation>Lancer le kiosque</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People answer on this laptop, one after another, in a locked screen</source>
            <translation>Les personnes répondent sur cet ordinateur, l’une après l’autre, sur un écran verrouillé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter &amp;paper answers</source>
            <translation>Saisir des réponses &amp;papier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter paper answers</source>
            <translation>Saisir des réponses papier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type in questionnaires filled in on paper</source>
            <translation>Saisir les questionnaires remplis sur papier</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Question shown on the projector</source>
            <translation>Question projetée</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Every answer given so far is saved. Pick one and resume it where the person stopped.</source>
            <translation>Chaque réponse déjà donnée est enregistrée. Choisissez un questionnaire et reprenez-le là où la personne s’est arrêtée.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Unfinished responses</source>
            <translation>Questionnaires non terminés</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Resume in kiosk</source>
            <translation>&amp;Reprendre dans le kiosque</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resume the selected response in the kiosk</source>
            <translation>Reprendre le questionnaire sélectionné dans le kiosque</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resume as paper &amp;entry</source>
            <translation>Reprendre en &amp;saisie papier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resume the selected response as paper entry</source>
            <translation>Reprendre le questionnaire sélectionné en saisie papier</translation>
        </message>
        <message>
            <location line="+5" />
            <source>On the projector:</source>
            <translation>Projection :</translation>
        </message>
        <message>
            <location line="+58" />
            <source>No survey is chosen for this activity yet.</source>
            <translation>Aucun questionnaire n’est encore choisi pour cette activité.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>{started} started · {finished} finished · {open} not finished</source>
            <translation>{started} commencés · {finished} terminés · {open} non terminés</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not finished ({count})</source>
            <translation>Non terminés ({count})</translation>
        </message>
    </context>
    <context>
        <name>SurveysPage</name>
        <message>
            <location filename="../../workshop_app/ui/surveys_page.py" line="+98" />
            <source>No database is open.</source>
            <translation>Aucune base de données n’est ouverte.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Save survey</source>
            <translation>&amp;Enregistrer le questionnaire</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Import XLSForm…</source>
            <translation>&amp;Importer un XLSForm…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a questionnaire from an XLSForm file (KoboToolbox, ODK)</source>
            <translation>Ajouter un questionnaire depuis un fichier XLSForm (KoboToolbox, ODK)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>E&amp;xport XLSForm…</source>
            <translation>E&amp;xporter en XLSForm…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the selected survey as an XLSForm file</source>
            <translation>Enregistrer le questionnaire sélectionné dans un fichier XLSForm</translation>
        </message>
        <message>
            <location line="+149" />
            <source>The survey cannot be saved yet: {problem}</source>
            <translation>Le questionnaire ne peut pas encore être enregistré : {problem}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Saved as version {version}. Version {old} keeps its {responses} with the questions they answered.</source>
            <translation>Enregistré en version {version}. La version {old} conserve ses {responses}, avec les questions auxquelles elles répondaient.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>New survey</source>
            <translation>Nouveau questionnaire</translation>
        </message>
        <message>
            <location line="+39" />
            <source>The survey cannot be exported yet: {problem}</source>
            <translation>Le questionnaire ne peut pas encore être exporté : {problem}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Exported to {path}.</source>
            <translation>Exporté vers {path}.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Delete “{title}” (version {version})?</source>
            <translation>Supprimer « {title} » (version {version}) ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Its {responses} are deleted with it.</source>
            <translation>Ses {responses} seront supprimées avec lui.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Its unsaved changes are lost.</source>
            <translation>Ses modifications non enregistrées seront perdues.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete survey</source>
            <translation>Supprimer le questionnaire</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{title}” was deleted.</source>
            <translation>Le questionnaire « {title} » a été supprimé.</translation>
        </message>
    </context>
    <context>
        <name>TakeSnapshotDialog</name>
        <message>
            <location filename="../../workshop_app/ui/map_snapshots.py" line="-139" />
            <location line="+15" />
            <source>Take snapshot</source>
            <translation>Prendre un instantané</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Save where every stakeholder stands now, to compare with later.</source>
            <translation>Enregistrer la position actuelle de chaque partie prenante, pour pouvoir comparer plus tard.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name of the snapshot</source>
            <translation>Nom de l’instantané</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Date of the snapshot</source>
            <translation>Date de l’instantané</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
    </context>
    <context>
        <name>TargetTableModel</name>
        <message>
            <location filename="../../workshop_app/ui/diversity_targets_dialog.py" line="+78" />
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <location line="+0" />
            <source>At least</source>
            <translation>Au moins</translation>
        </message>
    </context>
    <context>
        <name>TargetsDialog</name>
        <message>
            <location line="+22" />
            <source>Diversity targets</source>
            <translation>Objectifs de diversité</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Say which groups should make up at least a share of those who took part. The “Who took part” tab then says plainly when a group is missing.</source>
            <translation>Indiquez quels groupes doivent représenter au moins une certaine part des personnes ayant participé. L’onglet « Qui a participé » signale alors clairement quand un groupe manque.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Targets set</source>
            <translation>Objectifs définis</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Remove target</source>
            <translation>&amp;Supprimer l’objectif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected target</source>
            <translation>Supprimer l’objectif sélectionné</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Question the group is defined by</source>
            <translation>Question qui définit le groupe</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Answers that make up the group</source>
            <translation>Réponses qui composent le groupe</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Least share, in per cent</source>
            <translation>Part minimale, en pourcentage</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. People over 60 (optional)</source>
            <translation>p. ex. Personnes de plus de 60 ans (facultatif)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name of the group</source>
            <translation>Nom du groupe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Set target</source>
            <translation>&amp;Définir l’objectif</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set target</source>
            <translation>Définir l’objectif</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Question</source>
            <translation>&amp;Question</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A&amp;nswers</source>
            <translation>&amp;Réponses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At &amp;least</source>
            <translation>&amp;Au moins</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Group &amp;name</source>
            <translation>&amp;Nom du groupe</translation>
        </message>
        <message>
            <location line="+14" />
            <source>New or changed target</source>
            <translation>Objectif nouveau ou modifié</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Select the target to remove.</source>
            <translation>Sélectionnez l’objectif à supprimer.</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <location filename="../../workshop_app/ui/survey_template_dialog.py" line="+126" />
            <source>New survey from a template</source>
            <translation>Nouveau questionnaire à partir d’un modèle</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Templates</source>
            <translation>Modèles</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Language of the preview</source>
            <translation>Langue de l’aperçu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title of the new survey</source>
            <translation>Titre du nouveau questionnaire</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Questions of the template</source>
            <translation>Questions du modèle</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Start from a questionnaire that works, then adapt it.</source>
            <translation>Partez d’un questionnaire qui a fait ses preuves, puis adaptez-le.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Show in</source>
            <translation>&amp;Afficher en</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Create survey</source>
            <translation>Créer le questionnaire</translation>
        </message>
    </context>
    <context>
        <name>TimerClock</name>
        <message>
            <location filename="../../workshop_app/ui/timer_widget.py" line="+53" />
            <source>Time left</source>
            <translation>Temps restant</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Time is up, {clock} over</source>
            <translation>Temps écoulé, dépassement de {clock}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{clock} left</source>
            <translation>Il reste {clock}</translation>
        </message>
    </context>
    <context>
        <name>TimerPanel</name>
        <message>
            <location line="+27" />
            <source>Share of the time left</source>
            <translation>Part du temps restant</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+68" />
            <source>Start</source>
            <translation>Démarrer</translation>
        </message>
        <message>
            <location line="-68" />
            <source>Start or pause the timer (Space)</source>
            <translation>Démarrer ou mettre en pause le minuteur (Espace)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start or pause the timer</source>
            <translation>Démarrer ou mettre en pause le minuteur</translation>
        </message>
        <message>
            <location line="+2" />
            <source>+1 min</source>
            <translation>+1 min</translation>
        </message>
        <message>
            <location line="+0" />
            <source>One more minute (+)</source>
            <translation>Une minute de plus (+)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add one minute</source>
            <translation>Ajouter une minute</translation>
        </message>
        <message>
            <location line="+2" />
            <source>+5 min</source>
            <translation>+5 min</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Five more minutes (Shift++)</source>
            <translation>Cinq minutes de plus (Maj++)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add five minutes</source>
            <translation>Ajouter cinq minutes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reset</source>
            <translation>Réinitialiser</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Back to the planned time, stopped</source>
            <translation>Revenir à la durée prévue, minuteur arrêté</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset the timer</source>
            <translation>Réinitialiser le minuteur</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
    </context>
    <context>
        <name>TranslationsModel</name>
        <message>
            <location filename="../../workshop_app/ui/survey_translations.py" line="+107" />
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{language} (default)</source>
            <translation>{language} (par défaut)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>label</source>
            <translation>libellé</translation>
        </message>
        <message>
            <location line="+0" />
            <source>hint</source>
            <translation>indication</translation>
        </message>
        <message>
            <location line="+1" />
            <source>constraint message</source>
            <translation>message de contrainte</translation>
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
            <translation>(manquant)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not translated yet: participants see the default language here</source>
            <translation>Pas encore traduit : les participants voient ici la langue par défaut</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+7" />
            <source>Edit translation</source>
            <translation>Modifier la traduction</translation>
        </message>
    </context>
    <context>
        <name>TranslationsView</name>
        <message>
            <location line="+12" />
            <source>Every text of the survey, one column per language. Tinted cells still need a translation; participants see the default language there.</source>
            <translation>Tous les textes du questionnaire, une colonne par langue. Les cellules teintées attendent encore une traduction ; les personnes qui répondent y voient la langue par défaut.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Default language</source>
            <translation>Langue par défaut</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Default language</source>
            <translation>Langue par &amp;défaut</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Add language…</source>
            <translation>&amp;Ajouter une langue…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add language</source>
            <translation>Ajouter une langue</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove language…</source>
            <translation>Supprimer une langue…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove language</source>
            <translation>Supprimer une langue</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Translations</source>
            <translation>Traductions</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Change default language</source>
            <translation>Changer la langue par défaut</translation>
        </message>
    </context>
    <context>
        <name>UnfinishedModel</name>
        <message>
            <location filename="../../workshop_app/ui/run_survey_panel.py" line="-187" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Started</source>
            <translation>Commencé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last answer</source>
            <translation>Dernière réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answers</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where</source>
            <translation>Où</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Anonymous</source>
            <translation>Anonyme</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no answer yet</source>
            <translation>aucune réponse pour l’instant</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kiosk</source>
            <translation>Kiosque</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
    </context>
    <context>
        <name>ViewMenu</name>
        <message>
            <location filename="../../workshop_app/ui/view_menu.py" line="+40" />
            <source>&amp;View</source>
            <translation>Affic&amp;hage</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Language</source>
            <translation>Lan&amp;gue</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Show the app in this language</source>
            <translation>Afficher l’application dans cette langue</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Text &amp;size</source>
            <translation>&amp;Taille du texte</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{percent} %</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;High contrast</source>
            <translation>&amp;Contraste élevé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>White and yellow on black, with thick outlines</source>
            <translation>Blanc et jaune sur fond noir, avec des contours épais</translation>
        </message>
    </context>
    <context>
        <name>VoteTallyModel</name>
        <message>
            <location filename="../../workshop_app/ui/voting_model.py" line="+37" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cluster</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dots in all</source>
            <translation>Total des gommettes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counted in the room</source>
            <translation>Comptées dans la salle</translation>
        </message>
    </context>
    <context>
        <name>VotingPanel</name>
        <message>
            <location filename="../../workshop_app/ui/voting_panel.py" line="+61" />
            <source>Start &amp;kiosk voting</source>
            <translation>Lancer le vote au &amp;kiosque</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start kiosk voting</source>
            <translation>Lancer le vote au kiosque</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People place their dots one after another on this laptop</source>
            <translation>Les personnes placent leurs gommettes l’une après l’autre sur cet ordinateur</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type an option to vote on and press Enter</source>
            <translation>Saisissez une option à soumettre au vote et appuyez sur Entrée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New option to vote on</source>
            <translation>Nouvelle option à soumettre au vote</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dots per note</source>
            <translation>Gommettes par note</translation>
        </message>
        <message>
            <location line="+17" />
            <source>One dot less on the selected note</source>
            <translation>Une gommette de moins sur la note sélectionnée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One dot less (−)</source>
            <translation>Une gommette de moins (−)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>One dot more on the selected note</source>
            <translation>Une gommette de plus sur la note sélectionnée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One dot more (+)</source>
            <translation>Une gommette de plus (+)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Counting paper dots? Select a note and press + or −, or type the number.</source>
            <translation>Vous comptez des gommettes sur papier ? Sélectionnez une note et appuyez sur + ou −, ou saisissez le nombre.</translation>
        </message>
        <message numerus="yes">
            <location line="+61" />
            <source>%n person voted in the kiosk</source>
            <translation>
                <numerusform>%n personne a voté au kiosque</numerusform>
                <numerusform>%n personnes ont voté au kiosque</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n people voted in the kiosk</source>
            <translation>
                <numerusform>%n personne a voté au kiosque</numerusform>
                <numerusform>%n personnes ont voté au kiosque</numerusform>
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
            <translation>Les personnes votent pour les options saisies ici.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No brainstorm comes before this dot vote: type the options to vote on.</source>
            <translation>Aucun brainstorming ne précède ce vote par gommettes : saisissez les options à soumettre au vote.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>People vote on the notes of the brainstorm before it.</source>
            <translation>Les personnes votent pour les notes du brainstorming qui précède.</translation>
        </message>
    </context>
    <context>
        <name>WorkbookPanel</name>
        <message>
            <location filename="../../workshop_app/ui/workbook_panel.py" line="+73" />
            <source>ULG workbook</source>
            <translation>Classeur ULG</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One Excel file for the ULG meeting and the Integrated Action Plan: a summary with charts, every survey response, ideas and votes, stakeholder maps and who took part.</source>
            <translation>Un seul fichier Excel pour la réunion de l’ULG et le plan d’action intégré : un résumé avec graphiques, toutes les réponses aux questionnaires, les idées et les votes, les cartes des parties prenantes et la participation.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>E&amp;verything</source>
            <translation>&amp;Tout</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One &amp;workshop</source>
            <translation>&amp;Un atelier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workshops &amp;between</source>
            <translation>Ateliers &amp;entre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export everything</source>
            <translation>Tout exporter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export one workshop</source>
            <translation>Exporter un atelier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the workshops between two dates</source>
            <translation>Exporter les ateliers entre deux dates</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Workshop to export</source>
            <translation>Atelier à exporter</translation>
        </message>
        <message>
            <location line="+3" />
            <source>First day of the range</source>
            <translation>Premier jour de la période</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last day of the range</source>
            <translation>Dernier jour de la période</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Language of the labels</source>
            <translation>Langue des libellés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include names and contacts (personal &amp;data)</source>
            <translation>Inclure les noms et coordonnées (données &amp;personnelles)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include names and contacts</source>
            <translation>Inclure les noms et coordonnées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Personal data is left out unless you tick this</source>
            <translation>Les données personnelles sont exclues, sauf si vous cochez cette case</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The workbook will contain personal data. Keep it safe, share it only with people who need it, and delete it when it is no longer needed.</source>
            <translation>Le classeur contiendra des données personnelles. Conservez-le en lieu sûr, ne le partagez qu’avec les personnes qui en ont besoin et supprimez-le dès qu’il n’est plus nécessaire.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>E&amp;xport ULG workbook…</source>
            <translation>E&amp;xporter le classeur ULG…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+162" />
            <location line="+28" />
            <location line="+22" />
            <source>Export ULG workbook</source>
            <translation>Exporter le classeur ULG</translation>
        </message>
        <message>
            <location line="-204" />
            <source>Open &amp;folder</source>
            <translation>Ouvrir le &amp;dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the folder of the workbook</source>
            <translation>Ouvrir le dossier du classeur</translation>
        </message>
        <message>
            <location line="+11" />
            <source>and</source>
            <translation>et</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Labels in</source>
            <translation>&amp;Libellés en</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Open a database to export its workbook.</source>
            <translation>Ouvrez une base de données pour exporter son classeur.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>no date</source>
            <translation>sans date</translation>
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
            <translation>Seront exportés : {workshops}, {responses} et {participants}.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n workshop</source>
            <translation>
                <numerusform>%n atelier</numerusform>
                <numerusform>%n ateliers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n workshops</source>
            <translation>
                <numerusform>%n atelier</numerusform>
                <numerusform>%n ateliers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n survey response</source>
            <translation>
                <numerusform>%n réponse à un questionnaire</numerusform>
                <numerusform>%n réponses aux questionnaires</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n survey responses</source>
            <translation>
                <numerusform>%n réponse à un questionnaire</numerusform>
                <numerusform>%n réponses aux questionnaires</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n participant</source>
            <translation>
                <numerusform>%n personne</numerusform>
                <numerusform>%n personnes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n participants</source>
            <translation>
                <numerusform>%n personne</numerusform>
                <numerusform>%n personnes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Writing {name}…</source>
            <translation>Écriture de {name}…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Saved {path}.</source>
            <translation>Enregistré : {path}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It contains names and contacts: keep it safe.</source>
            <translation>Il contient des noms et des coordonnées : conservez-le en lieu sûr.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n long text was cut to fit an Excel cell; the Answers sheet marks it.</source>
            <translation>
                <numerusform>%n texte long a été tronqué pour tenir dans une cellule Excel ; la feuille « Answers » le signale.</numerusform>
                <numerusform>%n textes longs ont été tronqués pour tenir dans les cellules Excel ; la feuille « Answers » les signale.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n long texts were cut to fit Excel's cells; the Answers sheet marks them.</source>
            <translation>
                <numerusform>%n texte long a été tronqué pour tenir dans une cellule Excel ; la feuille « Answers » le signale.</numerusform>
                <numerusform>%n textes longs ont été tronqués pour tenir dans les cellules Excel ; la feuille « Answers » les signale.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkshopEditor</name>
        <message>
            <location filename="../../workshop_app/ui/workshop_editor.py" line="+69" />
            <source>Workshop title</source>
            <translation>Titre de l’atelier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What is the workshop called?</source>
            <translation>Comment s’appelle l’atelier ?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not set</source>
            <translation>Non défini</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Date and time</source>
            <translation>Date et heure</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Parish hall, Rua Direita 12</source>
            <translation>p. ex. Salle paroissiale, 12 rue de la République</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ULG theme</source>
            <translation>Thème de l’ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The ULG theme this workshop feeds</source>
            <translation>Le thème de l’ULG que cet atelier alimente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator</source>
            <translation>Animé par</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Language of the workshop</source>
            <translation>Langue de l’atelier</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anything to remember: access, interpreters, materials…</source>
            <translation>Tout ce qu’il faut retenir : accessibilité, interprètes, matériel…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete workshop</source>
            <translation>Supprimer l’atelier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete this workshop and its agenda</source>
            <translation>Supprimer cet atelier et son programme</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Run workshop…</source>
            <translation>A&amp;nimer l’atelier…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Run workshop</source>
            <translation>Animer l’atelier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the run view: agenda, timer, kiosk and projector (Ctrl+R)</source>
            <translation>Ouvrir la vue d’animation : programme, minuteur, kiosque et projecteur (Ctrl+R)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Select a workshop in the list, or create a new one.</source>
            <translation>Sélectionnez un atelier dans la liste, ou créez-en un nouveau.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;When</source>
            <translation>&amp;Quand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Place</source>
            <translation>&amp;Lieu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ULG the&amp;me</source>
            <translation>Thè&amp;me de l’ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fa&amp;cilitator</source>
            <translation>&amp;Animé par</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Status</source>
            <translation>Stat&amp;ut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language</source>
            <translation>Lan&amp;gue</translation>
        </message>
        <message>
            <location line="+2" />
            <source>N&amp;otes</source>
            <translation>N&amp;otes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Workshop details</source>
            <translation>Détails de l’atelier</translation>
        </message>
        <message>
            <location line="+178" />
            <source>Change title</source>
            <translation>Modifier le titre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change date and time</source>
            <translation>Modifier la date et l’heure</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change place</source>
            <translation>Modifier le lieu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change ULG theme</source>
            <translation>Modifier le thème de l’ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change facilitator</source>
            <translation>Changer la personne qui anime</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change language</source>
            <translation>Modifier la langue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change status</source>
            <translation>Modifier le statut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change notes</source>
            <translation>Modifier les notes</translation>
        </message>
    </context>
    <context>
        <name>WorkshopsView</name>
        <message>
            <location filename="../../workshop_app/ui/workshops_view.py" line="+76" />
            <location line="+20" />
            <source>Workshops</source>
            <translation>Ateliers</translation>
        </message>
        <message>
            <location line="-18" />
            <location line="+2" />
            <location line="+237" />
            <source>New workshop</source>
            <translation>Nouvel atelier</translation>
        </message>
        <message>
            <location line="-236" />
            <source>Create a workshop (Ctrl+N)</source>
            <translation>Créer un atelier (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search titles and places</source>
            <translation>Rechercher dans les titres et les lieux</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search workshops</source>
            <translation>Rechercher des ateliers</translation>
        </message>
        <message>
            <location line="+70" />
            <source>No workshops yet — create your first one</source>
            <translation>Aucun atelier pour l’instant — créez le premier</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A workshop holds the date, the place and the agenda of one meeting with your group. You can change everything later.</source>
            <translation>Un atelier rassemble la date, le lieu et le programme d’une rencontre avec votre groupe. Vous pourrez tout modifier plus tard.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+2" />
            <source>Create a workshop</source>
            <translation>Créer un atelier</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No database is open.</source>
            <translation>Aucune base de données n’est ouverte.</translation>
        </message>
        <message>
            <location line="+157" />
            <source>Delete the workshop “{title}”?</source>
            <translation>Supprimer l’atelier « {title} » ?</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Its agenda of %n activity goes with it.</source>
            <translation>
                <numerusform>Son programme de %n activité sera supprimé avec lui.</numerusform>
                <numerusform>Son programme de %n activités sera supprimé avec lui.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Its agenda of %n activities goes with it.</source>
            <translation>
                <numerusform>Son programme de %n activité sera supprimé avec lui.</numerusform>
                <numerusform>Son programme de %n activités sera supprimé avec lui.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>The attendance of %n participant goes with it; the person stays.</source>
            <translation>
                <numerusform>La présence de %n personne sera supprimée avec lui ; la personne reste inscrite.</numerusform>
                <numerusform>La présence de %n personnes sera supprimée avec lui ; les personnes restent inscrites.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>The attendance of %n participants goes with it; the people stay.</source>
            <translation>
                <numerusform>La présence de %n personne sera supprimée avec lui ; la personne reste inscrite.</numerusform>
                <numerusform>La présence de %n personnes sera supprimée avec lui ; les personnes restent inscrites.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can undo this with Edit › Undo.</source>
            <translation>Vous pouvez annuler cette action avec Édition › Annuler.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete workshop</source>
            <translation>Supprimer l’atelier</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete</source>
            <translation>Supprimer</translation>
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
            <translation>Durée prévue en minutes</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Survey this activity runs</source>
            <translation>Questionnaire utilisé par cette activité</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dots per person</source>
            <translation>Gommettes par personne</translation>
        </message>
    </context>
    <context>
        <name>agenda</name>
        <message>
            <location filename="../../workshop_app/ui/agenda_model.py" line="+32" />
            <source>Activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>Durée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <location line="+91" />
            <source>Choose a survey…</source>
            <translation>Choisir un questionnaire…</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../workshop_app/app.py" line="+172" />
            <source>Something went wrong ({error}). Everything saved so far is safe; the details are in {log}.</source>
            <translation>Une erreur s’est produite ({error}). Tout ce qui a été enregistré jusqu’ici est en sécurité ; les détails figurent dans {log}.</translation>
        </message>
    </context>
    <context>
        <name>board</name>
        <message>
            <location filename="../../workshop_app/ui/board_scene.py" line="+110" />
            <source>New ideas</source>
            <translation>Nouvelles idées</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unnamed group</source>
            <translation>Groupe sans nom</translation>
        </message>
        <message>
            <location line="+123" />
            <source>Type an idea above and press Enter.</source>
            <translation>Saisissez une idée ci-dessus et appuyez sur Entrée.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drag notes here.</source>
            <translation>Faites glisser des notes ici.</translation>
        </message>
    </context>
    <context>
        <name>brainstorm</name>
        <message>
            <location filename="../../workshop_app/ui/brainstorm_commands.py" line="+31" />
            <source>Add note</source>
            <translation>Ajouter une note</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Edit note</source>
            <translation>Modifier la note</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Colour note</source>
            <translation>Colorer la note</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Move note</source>
            <translation>Déplacer la note</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Move %n notes</source>
            <translation>
                <numerusform>Déplacer %n note</numerusform>
                <numerusform>Déplacer %n notes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+18" />
            <source>Delete note</source>
            <translation>Supprimer la note</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n notes</source>
            <translation>
                <numerusform>Supprimer %n note</numerusform>
                <numerusform>Supprimer %n notes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>Add cluster</source>
            <translation>Ajouter un groupe</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Rename cluster</source>
            <translation>Renommer le groupe</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Move cluster</source>
            <translation>Déplacer le groupe</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Delete cluster</source>
            <translation>Supprimer le groupe</translation>
        </message>
    </context>
    <context>
        <name>builder</name>
        <message>
            <location filename="../../workshop_app/ui/builder_commands.py" line="+43" />
            <source>Add question</source>
            <translation>Ajouter une question</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Delete question</source>
            <translation>Supprimer la question</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Move question</source>
            <translation>Déplacer la question</translation>
        </message>
        <message>
            <location line="+103" />
            <source>Rename question</source>
            <translation>Renommer la question</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Change type to {type}</source>
            <translation>Changer le type : {type}</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../workshop_app/ui/builder_types.py" line="+147" />
            <source>Option 1</source>
            <translation>Option 1</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/ui/builder_types.py" line="+1" />
            <source>Option 2</source>
            <translation>Option 2</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Edit label</source>
            <translation>Modifier le libellé</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit hint</source>
            <translation>Modifier l’indication</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit constraint message</source>
            <translation>Modifier le message de contrainte</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Edit required message</source>
            <translation>Modifier le message si la réponse manque</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/builder_types.py" line="-128" />
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whole number</source>
            <translation>Nombre entier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decimal</source>
            <translation>Nombre décimal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Single choice</source>
            <translation>Choix unique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Multiple choice</source>
            <translation>Choix multiple</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ranking</source>
            <translation>Classement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rating scale</source>
            <translation>Échelle de notation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Acknowledge</source>
            <translation>Confirmation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calculation</source>
            <translation>Calcul</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Repeat</source>
            <translation>Répétition</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Filled in by the device ({type})</source>
            <translation>Rempli par l’appareil ({type})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kept as a note ({type})</source>
            <translation>Conservé comme note ({type})</translation>
        </message>
        <message>
            <location line="+102" />
            <source>A note for the participant.</source>
            <translation>Une note à l’intention des personnes qui répondent.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New group</source>
            <translation>Nouveau groupe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New repeat</source>
            <translation>Nouvelle répétition</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I have read and understood this.</source>
            <translation>J’ai lu et compris ce qui précède.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New question</source>
            <translation>Nouvelle question</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Start with a letter or “_”, then use letters, digits, “_”, “-” or “.”, no spaces.</source>
            <translation>Commencez par une lettre ou « _ », puis utilisez des lettres, des chiffres, « _ », « - » ou « . », sans espaces.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Another question is already called “{name}”.</source>
            <translation>Une autre question s’appelle déjà « {name} ».</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/survey_languages.py" line="+13" />
            <source>Add language {language}</source>
            <translation>Ajouter la langue : {language}</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+7" />
            <source>Remove language</source>
            <translation>Supprimer une langue</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Which language should the survey no longer have?</source>
            <translation>Quelle langue retirer du questionnaire ?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Remove {language} and every text in it?</source>
            <translation>Supprimer la langue {language} et tous ses textes ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can undo this with Edit › Undo until you switch surveys.</source>
            <translation>Vous pouvez annuler cette action avec Édition › Annuler tant que vous ne changez pas de questionnaire.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Remove language {language}</source>
            <translation>Supprimer la langue : {language}</translation>
        </message>
    </context>
    <context>
        <name>coming</name>
        <message>
            <location filename="../../workshop_app/ui/coming_view.py" line="+10" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check people in at the door with a pseudonymous code each, and record consent for every purpose. Names and phone numbers stay optional and are kept apart.</source>
            <translation>Enregistrez les arrivées à l’entrée avec un code pseudonyme pour chaque personne, et recueillez le consentement pour chaque finalité. Les noms et numéros de téléphone restent facultatifs et sont conservés à part.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Surveys</source>
            <translation>Questionnaires</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build questionnaires in several languages or import them from KoboToolbox, and let people answer on this laptop in a locked kiosk.</source>
            <translation>Créez des questionnaires en plusieurs langues ou importez-les depuis KoboToolbox, et laissez les personnes répondre sur cet ordinateur dans un kiosque verrouillé.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Stakeholder maps</source>
            <translation>Cartes des parties prenantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Place stakeholders on a power and interest grid or an ecosystem map, draw who works with whom, and print it on A4 or A3.</source>
            <translation>Placez les parties prenantes sur une grille pouvoir / intérêt ou une carte d’écosystème, indiquez qui travaille avec qui et imprimez le tout en A4 ou A3.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <location line="+1" />
            <source>See answers, ideas and votes as charts, and who took part: the diversity of the group, never names.</source>
            <translation>Visualisez les réponses, les idées et les votes sous forme de graphiques, ainsi que la participation : la diversité du groupe, jamais les noms.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the ULG workbook for Excel, and pack workshops onto a USB stick for the ULG secretary to merge.</source>
            <translation>Enregistrez le classeur ULG pour Excel, et copiez les ateliers sur une clé USB pour que le secrétariat de l’ULG les fusionne.</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <location filename="../../workshop_app/ui/commands.py" line="+35" />
            <source>New workshop</source>
            <translation>Nouvel atelier</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Delete workshop</source>
            <translation>Supprimer l’atelier</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Remove activity</source>
            <translation>Supprimer l’activité</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Move activity</source>
            <translation>Déplacer l’activité</translation>
        </message>
    </context>
    <context>
        <name>consent</name>
        <message>
            <location filename="../../workshop_app/ui/consent_panel.py" line="-103" />
            <source>Take part</source>
            <translation>Participation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Be contacted</source>
            <translation>Contact ultérieur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appear in photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{purpose}: given {when} (recorded by {who})</source>
            <translation>{purpose} : consentement donné le {when} (enregistré par {who})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{given}; withdrawn {when} (recorded by {who})</source>
            <translation>{given} ; retiré le {when} (enregistré par {who})</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not given</source>
            <translation>Non donné</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Withdrawn {when}</source>
            <translation>Retiré le {when}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Given {when}</source>
            <translation>Donné le {when}</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <location filename="../../workshop_app/core/activity_rules.py" line="+48" />
            <source>A sticky note</source>
            <translation>Une note adhésive</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A cluster name</source>
            <translation>Un nom de groupe</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/consent.py" line="+61" />
            <location filename="../../workshop_app/core/participants.py" line="+142" />
            <source>The date consent was given</source>
            <translation>La date du consentement</translation>
        </message>
        <message>
            <location line="+98" />
            <source>The date of a withdrawal</source>
            <translation>La date d’un retrait</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/diversity.py" line="+158" />
            <source>The target for {group} refers to a profile question this database does not have.</source>
            <translation>L’objectif pour {group} renvoie à une question de profil absente de cette base de données.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The target for {group} refers to answers “{question}” no longer has.</source>
            <translation>L’objectif pour {group} renvoie à des réponses qui n’existent plus pour « {question} ».</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No one has answered “{question}” yet, so the {wanted} target for {group} cannot be checked.</source>
            <translation>Personne n’a encore répondu à « {question} » : l’objectif de {wanted} pour {group} ne peut donc pas être vérifié.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Too few people answered “{question}” in each group to tell whether {group} reach the {wanted} target without singling anyone out.</source>
            <translation>Trop peu de personnes ont répondu à « {question} » dans chaque groupe pour savoir, sans risquer d’identifier quelqu’un, si l’objectif de {wanted} est atteint pour {group}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{either} or {other}</source>
            <translation>{either} ou {other}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{group} are {share} of participants who answered, below the {wanted} target.</source>
            <translation>{group} : {share} des personnes ayant répondu, en dessous de l’objectif de {wanted}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{group} are fewer than 5 of the {total} participants who answered, below the {wanted} target.</source>
            <translation>{group} : moins de 5 des {total} personnes ayant répondu, en dessous de l’objectif de {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} are at most {share} of participants who answered, below the {wanted} target.</source>
            <translation>{group} : au plus {share} des personnes ayant répondu, en dessous de l’objectif de {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} are {share} of participants who answered, meeting the {wanted} target.</source>
            <translation>{group} : {share} des personnes ayant répondu ; l’objectif de {wanted} est atteint.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} are at least {share} of participants who answered, meeting the {wanted} target.</source>
            <translation>{group} : au moins {share} des personnes ayant répondu ; l’objectif de {wanted} est atteint.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Answers {group} to “{question}” are {share} of participants who answered, below the {wanted} target.</source>
            <translation>Réponses {group} à « {question} » : {share} des personnes ayant répondu, en dessous de l’objectif de {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers {group} to “{question}” are fewer than 5 of the {total} participants who answered, below the {wanted} target.</source>
            <translation>Réponses {group} à « {question} » : moins de 5 des {total} personnes ayant répondu, en dessous de l’objectif de {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers {group} to “{question}” are at most {share} of participants who answered, below the {wanted} target.</source>
            <translation>Réponses {group} à « {question} » : au plus {share} des personnes ayant répondu, en dessous de l’objectif de {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers {group} to “{question}” are {share} of participants who answered, meeting the {wanted} target.</source>
            <translation>Réponses {group} à « {question} » : {share} des personnes ayant répondu ; l’objectif de {wanted} est atteint.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers {group} to “{question}” are at least {share} of participants who answered, meeting the {wanted} target.</source>
            <translation>Réponses {group} à « {question} » : au moins {share} des personnes ayant répondu ; l’objectif de {wanted} est atteint.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/diversity_targets.py" line="+67" />
            <source>A group</source>
            <translation>Un groupe</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/erasure.py" line="+28" />
            <location filename="../../workshop_app/core/merge_report.py" line="+19" />
            <source>participant</source>
            <translation>participant</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+1" />
            <source>name and contact</source>
            <translation>nom et coordonnées</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+1" />
            <source>consent records</source>
            <translation>consentements enregistrés</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+4" />
            <source>profile answers</source>
            <translation>réponses de profil</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+1" />
            <source>check-ins</source>
            <translation>arrivées enregistrées</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+9" />
            <source>survey responses</source>
            <translation>questionnaires remplis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>survey answers</source>
            <translation>réponses aux questionnaires</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+3" />
            <source>ideas</source>
            <translation>idées</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+1" />
            <source>votes</source>
            <translation>votes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>others' votes on their ideas</source>
            <translation>votes d’autres personnes sur ses idées</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The participant was erased ({erased}). Kept without any link to them: {kept}. Backups made before now still contain them until those backups are deleted.</source>
            <translation>La personne a été effacée ({erased}). Éléments conservés sans aucun lien avec elle : {kept}. Les sauvegardes antérieures contiennent encore ses données tant qu’elles ne sont pas supprimées.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The participant was erased ({erased}). Backups made before now still contain them until those backups are deleted.</source>
            <translation>La personne a été effacée ({erased}). Les sauvegardes antérieures contiennent encore ses données tant qu’elles ne sont pas supprimées.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{kind}: {count}</source>
            <translation>{kind} : {count}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/core/map_import.py" line="+40" />
            <source>{n} position(s) outside the axes were moved onto the edge of the map.</source>
            <translation>
                <numerusform>{n} position située hors des axes a été ramenée au bord de la carte.</numerusform>
                <numerusform>{n} positions situées hors des axes ont été ramenées au bord de la carte.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+48" />
            <source>The connection from {source!r} to {target!r} was skipped: no stakeholder is called {missing!r}.</source>
            <translation>Le lien de {source!r} vers {target!r} a été ignoré : aucune partie prenante ne s’appelle {missing!r}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The connection from {source!r} to {target!r} was skipped: {problem}</source>
            <translation>Le lien de {source!r} vers {target!r} a été ignoré : {problem}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The connection from {source!r} to {target!r} was skipped: they already have a {kind!r} relationship.</source>
            <translation>Le lien de {source!r} vers {target!r} a été ignoré : ces parties prenantes ont déjà une relation de type {kind!r}.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/map_rules.py" line="+202" />
            <location line="+79" />
            <source>A position</source>
            <translation>Une position</translation>
        </message>
        <message>
            <location line="-72" />
            <source>A map</source>
            <translation>Une carte</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A map's title</source>
            <translation>Le titre d’une carte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The horizontal axis title</source>
            <translation>Le titre de l’axe horizontal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The vertical axis title</source>
            <translation>Le titre de l’axe vertical</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The end of an axis</source>
            <translation>L’extrémité d’un axe</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A map's notes</source>
            <translation>Le champ Notes d’une carte</translation>
        </message>
        <message>
            <location line="+12" />
            <source>A quadrant name</source>
            <translation>Un nom de quadrant</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A stakeholder</source>
            <translation>Une partie prenante</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A stakeholder's name</source>
            <translation>Le nom d’une partie prenante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An organisation's name</source>
            <translation>Le nom d’une organisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An engagement strategy</source>
            <translation>Une stratégie d’implication</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/participants.py" line="-5" />
            <location line="+54" />
            <source>A contact</source>
            <translation>Un contact</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A stakeholder's notes</source>
            <translation>Le champ Notes d’une partie prenante</translation>
        </message>
        <message>
            <location line="+22" />
            <source>A relationship</source>
            <translation>Une relation</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A relationship's kind</source>
            <translation>Le type d’une relation</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/merge.py" line="+144" />
            <source>Checking {file}…</source>
            <translation>Vérification de {file}…</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Checking the result…</source>
            <translation>Vérification du résultat…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Merging {package}: deletions…</source>
            <translation>Fusion de {package} : suppressions…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merging {package}: {kind}…</source>
            <translation>Fusion de {package} : {kind}…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>{file} was made by an older version of Workshop App ({version}); its data was brought up to date first.</source>
            <translation>{file} a été créé par une version antérieure de Workshop App ({version}) ; ses données ont d’abord été mises à jour.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} was made on this laptop.</source>
            <translation>{file} a été créé sur cet ordinateur.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{n:,} row(s) deleted on another laptop were kept, because they were changed here after that deletion.</source>
            <translation>
                <numerusform>{n:,} ligne supprimée sur un autre ordinateur a été conservée, car elle a été modifiée ici après cette suppression.</numerusform>
                <numerusform>{n:,} lignes supprimées sur un autre ordinateur ont été conservées, car elles ont été modifiées ici après cette suppression.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/merge_report.py" line="-22" />
            <source>workshop</source>
            <translation>atelier</translation>
        </message>
        <message>
            <location line="+0" />
            <source>workshops</source>
            <translation>ateliers</translation>
        </message>
        <message>
            <location line="+1" />
            <source>agenda item</source>
            <translation>activité du programme</translation>
        </message>
        <message>
            <location line="+0" />
            <source>agenda items</source>
            <translation>activités du programme</translation>
        </message>
        <message>
            <location line="+1" />
            <source>participants</source>
            <translation>participants</translation>
        </message>
        <message>
            <location line="+1" />
            <source>names and contacts</source>
            <translation>noms et coordonnées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>consent record</source>
            <translation>consentement enregistré</translation>
        </message>
        <message>
            <location line="+1" />
            <source>profile question</source>
            <translation>question de profil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>profile questions</source>
            <translation>questions de profil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>profile choice</source>
            <translation>choix de profil</translation>
        </message>
        <message>
            <location line="+0" />
            <source>profile choices</source>
            <translation>choix de profil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>profile answer</source>
            <translation>réponse de profil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>check-in</source>
            <translation>arrivée enregistrée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>survey version</source>
            <translation>version de questionnaire</translation>
        </message>
        <message>
            <location line="+0" />
            <source>survey versions</source>
            <translation>versions de questionnaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choice list</source>
            <translation>liste de choix</translation>
        </message>
        <message>
            <location line="+0" />
            <source>choice lists</source>
            <translation>listes de choix</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choice</source>
            <translation>choix</translation>
        </message>
        <message>
            <location line="+0" />
            <source>choices</source>
            <translation>choix</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question</source>
            <translation>question</translation>
        </message>
        <message>
            <location line="+0" />
            <source>questions</source>
            <translation>questions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question translation</source>
            <translation>traduction de question</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question translations</source>
            <translation>traductions de questions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choice translation</source>
            <translation>traduction de choix</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choice translations</source>
            <translation>traductions de choix</translation>
        </message>
        <message>
            <location line="+1" />
            <source>survey response</source>
            <translation>questionnaire rempli</translation>
        </message>
        <message>
            <location line="+1" />
            <source>answer</source>
            <translation>réponse</translation>
        </message>
        <message>
            <location line="+0" />
            <source>answers</source>
            <translation>réponses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>idea cluster</source>
            <translation>groupe d’idées</translation>
        </message>
        <message>
            <location line="+0" />
            <source>idea clusters</source>
            <translation>groupes d’idées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>idea</source>
            <translation>idée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>vote</source>
            <translation>vote</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stakeholder map</source>
            <translation>carte des parties prenantes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>stakeholder maps</source>
            <translation>cartes des parties prenantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stakeholder</source>
            <translation>partie prenante</translation>
        </message>
        <message>
            <location line="+0" />
            <source>stakeholders</source>
            <translation>parties prenantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stakeholder re-assessment</source>
            <translation>réévaluation de partie prenante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stakeholder re-assessments</source>
            <translation>réévaluations de parties prenantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>relationship</source>
            <translation>relation</translation>
        </message>
        <message>
            <location line="+0" />
            <source>relationships</source>
            <translation>relations</translation>
        </message>
        <message>
            <location line="+1" />
            <source>map snapshot</source>
            <translation>instantané de carte</translation>
        </message>
        <message>
            <location line="+0" />
            <source>map snapshots</source>
            <translation>instantanés de carte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>snapshot position</source>
            <translation>position d’instantané</translation>
        </message>
        <message>
            <location line="+1" />
            <source>snapshot positions</source>
            <translation>positions d’instantanés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>audit entry</source>
            <translation>entrée du journal d’audit</translation>
        </message>
        <message>
            <location line="+0" />
            <source>audit entries</source>
            <translation>entrées du journal d’audit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>diversity target</source>
            <translation>objectif de diversité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>diversity targets</source>
            <translation>objectifs de diversité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>deletion record</source>
            <translation>trace de suppression</translation>
        </message>
        <message>
            <location line="+0" />
            <source>deletion records</source>
            <translation>traces de suppression</translation>
        </message>
        <message>
            <location line="+123" />
            <source>this laptop</source>
            <translation>cet ordinateur</translation>
        </message>
        <message>
            <location line="+6" />
            <source>laptop {id}</source>
            <translation>ordinateur {id}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Nothing new: this database already holds everything in this package.</source>
            <translation>Rien de nouveau : cette base de données contient déjà tout le contenu de ce paquet.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing new: this database already holds everything in these packages.</source>
            <translation>Rien de nouveau : cette base de données contient déjà tout le contenu de ces paquets.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Added: {kinds}.</source>
            <translation>Éléments ajoutés : {kinds}.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Will add: {kinds}.</source>
            <translation>Éléments à ajouter : {kinds}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Updated: {kinds}.</source>
            <translation>Éléments mis à jour : {kinds}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Will update: {kinds}.</source>
            <translation>Éléments à mettre à jour : {kinds}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Removed because they were deleted or erased on another laptop: {kinds}.</source>
            <translation>Éléments retirés, car supprimés ou effacés sur un autre ordinateur : {kinds}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Will remove because they were deleted or erased on another laptop: {kinds}.</source>
            <translation>Éléments à retirer, car supprimés ou effacés sur un autre ordinateur : {kinds}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not added because they were deleted or erased here: {kinds}.</source>
            <translation>Éléments non ajoutés, car supprimés ou effacés ici : {kinds}.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>… and {n:,} more renumbered codes.</source>
            <translation>
                <numerusform>… et {n:,} autre code renuméroté.</numerusform>
                <numerusform>… et {n:,} autres codes renumérotés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>… and {n:,} more conflicts.</source>
            <translation>
                <numerusform>… et {n:,} autre conflit.</numerusform>
                <numerusform>… et {n:,} autres conflits.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>{survey} from {source} had the same version number as a different survey of the same form; it is now version {new} (was {old}).</source>
            <translation>{survey}, provenant de {source}, avait le même numéro de version qu’un autre questionnaire du même formulaire ; c’est désormais la version {new} (auparavant {old}).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A survey from {source} had the same version number as a different survey of the same form; it is now version {new} (was {old}).</source>
            <translation>Un questionnaire provenant de {source} avait le même numéro de version qu’un autre questionnaire du même formulaire ; c’est désormais la version {new} (auparavant {old}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Participant code {old} from {source} was already taken; that participant is now {new}.</source>
            <translation>Le code participant {old}, provenant de {source}, était déjà utilisé ; cette personne a désormais le code {new}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Conflict in {row}, {column}: kept {kept} ({kept_from}, {kept_at}), dropped {dropped} ({dropped_from}, {dropped_at}).</source>
            <translation>Conflit ({row}, champ {column}) : valeur conservée {kept} ({kept_from}, {kept_at}), valeur écartée {dropped} ({dropped_from}, {dropped_at}).</translation>
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
            <translation>(données personnelles, non affichées)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(hidden)</source>
            <translation>(masqué)</translation>
        </message>
        <message>
            <location line="+115" />
            <source>unknown time</source>
            <translation>date inconnue</translation>
        </message>
        <message>
            <location line="+8" />
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{survey} version {version}</source>
            <translation>{survey}, version {version}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>(a row not here)</source>
            <translation>(ligne absente de cette base)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>response of {who}</source>
            <translation>réponse de {who}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an anonymous response</source>
            <translation>une réponse anonyme</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/merge_unique.py" line="+225" />
            <source>The survey “{title}”</source>
            <translation>Le questionnaire « {title} »</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/packing.py" line="+1" />
            <source>no data</source>
            <translation>aucune donnée</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Packed the workshop “{workshop}” into {path} ({size:.1f} MB): {held}.</source>
            <translation>L’atelier « {workshop} » a été placé dans le paquet {path} ({size:.1f} Mo) : {held}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Packed everything in this database into {path} ({size:.1f} MB): {held}.</source>
            <translation>Tout le contenu de cette base de données a été placé dans le paquet {path} ({size:.1f} Mo) : {held}.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Copying the data…</source>
            <translation>Copie des données…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Preparing the package…</source>
            <translation>Préparation du paquet…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Writing the package…</source>
            <translation>Écriture du paquet…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Done.</source>
            <translation>Terminé.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/participant_rules.py" line="+41" />
            <source>A participant code</source>
            <translation>Un code participant</translation>
        </message>
        <message>
            <location line="+20" />
            <source>take part</source>
            <translation>la participation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>be contacted</source>
            <translation>un contact ultérieur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>appear in photos</source>
            <translation>les photos</translation>
        </message>
        <message>
            <location line="+45" />
            <source>The name of who records</source>
            <translation>Le nom de la personne qui enregistre</translation>
        </message>
        <message>
            <location line="+81" />
            <source>A question's label</source>
            <translation>Le libellé d’une question</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A choice's label</source>
            <translation>Le libellé d’un choix</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A group's label</source>
            <translation>Le libellé d’un groupe</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/participants.py" line="-87" />
            <source>A search</source>
            <translation>Une recherche</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+5" />
            <location line="+49" />
            <source>A name</source>
            <translation>Un nom</translation>
        </message>
        <message>
            <location line="-52" />
            <location line="+38" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="+69" />
            <source>A check-in</source>
            <translation>Une arrivée</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/pin.py" line="+78" />
            <source>PIN accepted.</source>
            <translation>Code PIN accepté.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Please wait {n} seconds before trying again.</source>
            <translation>
                <numerusform>Veuillez patienter {n} seconde avant de réessayer.</numerusform>
                <numerusform>Veuillez patienter {n} secondes avant de réessayer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Wrong PIN. Wait {n} seconds before trying again.</source>
            <translation>
                <numerusform>Code PIN incorrect. Patientez {n} seconde avant de réessayer.</numerusform>
                <numerusform>Code PIN incorrect. Patientez {n} secondes avant de réessayer.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrong PIN. Try again.</source>
            <translation>Code PIN incorrect. Réessayez.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/profiles.py" line="+66" />
            <location line="+5" />
            <source>A self-described answer</source>
            <translation>Une réponse dans ses propres mots</translation>
        </message>
        <message>
            <location line="+63" />
            <location line="+25" />
            <source>A question</source>
            <translation>Une question</translation>
        </message>
        <message>
            <location line="-24" />
            <location line="+64" />
            <location line="+21" />
            <source>A choice</source>
            <translation>Un choix</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/results_tallies.py" line="+92" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/workbook_data.py" line="+51" />
            <source>Writing survey responses…</source>
            <translation>Écriture des réponses aux questionnaires…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing workshops…</source>
            <translation>Écriture des ateliers…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing participation…</source>
            <translation>Écriture de la participation…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing ideas and votes…</source>
            <translation>Écriture des idées et des votes…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing stakeholder maps…</source>
            <translation>Écriture des cartes des parties prenantes…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the diversity picture…</source>
            <translation>Écriture des données de diversité…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the codebook…</source>
            <translation>Écriture du dictionnaire des codes…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the summary…</source>
            <translation>Écriture du résumé…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saving the workbook…</source>
            <translation>Enregistrement du classeur…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/db/integrity.py" line="+78" />
            <source>SQLite found damage in the file: {shown} (and {n} more).</source>
            <translation>
                <numerusform>SQLite a détecté des dommages dans le fichier : {shown} (et {n} autre problème).</numerusform>
                <numerusform>SQLite a détecté des dommages dans le fichier : {shown} (et {n} autres problèmes).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>SQLite found damage in the file: {shown}.</source>
            <translation>SQLite a détecté des dommages dans le fichier : {shown}.</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>{n} row(s) of {table} point at {parent} that no longer exist.</source>
            <translation>
                <numerusform>{n} ligne de la table {table} renvoie à une ligne de {parent} qui n’existe plus.</numerusform>
                <numerusform>{n} lignes de la table {table} renvoient à des lignes de {parent} qui n’existent plus.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>The participant code {code} is used {n} times.</source>
            <translation>
                <numerusform>Le code participant {code} est utilisé {n} fois.</numerusform>
                <numerusform>Le code participant {code} est utilisé {n} fois.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>{n} answer(s) belong to a question of another survey than their response.</source>
            <translation>
                <numerusform>{n} réponse est liée à une question d’un autre questionnaire que celui auquel elle appartient.</numerusform>
                <numerusform>{n} réponses sont liées à une question d’un autre questionnaire que celui auquel elles appartiennent.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>{n} relationship(s) join stakeholders of different maps.</source>
            <translation>
                <numerusform>{n} relation relie des parties prenantes de cartes différentes.</numerusform>
                <numerusform>{n} relations relient des parties prenantes de cartes différentes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>{n} participant(s) have no code.</source>
            <translation>
                <numerusform>{n} personne inscrite n’a pas de code.</numerusform>
                <numerusform>{n} personnes inscrites n’ont pas de code.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/exchange_package.py" line="+100" />
            <source>unknown version</source>
            <translation>version inconnue</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/exchange_values.py" line="+89" />
            <source>Row {row} of the sheet {sheet!r}: {problem}</source>
            <translation>Ligne {row} de la feuille {sheet!r} : {problem}</translation>
        </message>
        <message>
            <location line="+20" />
            <source>row {rows}</source>
            <translation>ligne {rows}</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>rows {rows} and {n:,} more</source>
            <translation>
                <numerusform>lignes {rows} et {n:,} autre</numerusform>
                <numerusform>lignes {rows} et {n:,} autres</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>rows {rows}</source>
            <translation>lignes {rows}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The type {value} in {rows} of the sheet {sheet} is not a sector ({sectors}); those stakeholders were put in the civic sector.</source>
            <translation>Le type {value} ({rows} de la feuille {sheet}) n’est pas un secteur ({sectors}) ; ces parties prenantes ont été classées dans la société civile.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The attitude {value} in {rows} of the sheet {sheet} is not one of {attitudes}; it was imported as unknown.</source>
            <translation>L’attitude {value} ({rows} de la feuille {sheet}) ne fait pas partie des valeurs {attitudes} ; elle a été importée comme inconnue.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The strength {value} in {rows} of the sheet {sheet} is not a number from 1 to 3; 2 was used.</source>
            <translation>L’intensité {value} ({rows} de la feuille {sheet}) n’est pas un nombre de 1 à 3 ; la valeur 2 a été utilisée.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The strength {value} in {rows} of the sheet {sheet} is outside 1 to 3; the nearest was used.</source>
            <translation>L’intensité {value} ({rows} de la feuille {sheet}) n’est pas comprise entre 1 et 3 ; la valeur la plus proche a été utilisée.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The direction {value} in {rows} of the sheet {sheet} is neither directed nor undirected; undirected was used.</source>
            <translation>La direction {value} ({rows} de la feuille {sheet}) n’indique ni un lien orienté ni un lien non orienté ; le lien a été importé comme non orienté.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/stakeholder_exchange.py" line="+283" />
            <source>it has no label, so it was skipped.</source>
            <translation>la ligne n’a pas de libellé ; elle a été ignorée.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the label {name!r} is used before; this stakeholder was imported as {unique!r}.</source>
            <translation>le libellé {name!r} est déjà utilisé plus haut ; cette partie prenante a été importée sous le nom {unique!r}.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>empty</source>
            <translation>vide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the position ({x}, {y}) is not two numbers, so the stakeholder was placed on a grid.</source>
            <translation>la position ({x}, {y}) n’est pas formée de deux nombres ; la partie prenante a été placée sur une grille.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the label has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>le libellé compte {count:,} caractères ; il a été tronqué à {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the description has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>la description compte {count:,} caractères ; elle a été tronquée à {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the organisation has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>l’organisation compte {count:,} caractères ; elle a été tronquée à {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the engagement has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>la stratégie d’implication compte {count:,} caractères ; elle a été tronquée à {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the contact has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>le contact compte {count:,} caractères ; il a été tronqué à {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the type has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>le type compte {count:,} caractères ; il a été tronqué à {limit:,}.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>it does not name both stakeholders (From and To), so it was skipped.</source>
            <translation>la ligne ne nomme pas les deux parties prenantes (From et To) ; elle a été ignorée.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no stakeholder is called {name!r}, so the connection was skipped.</source>
            <translation>aucune partie prenante ne s’appelle {name!r} ; le lien a été ignoré.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the connection joins {name!r} to itself, so it was skipped.</source>
            <translation>le lien relie {name!r} à elle-même ; il a été ignoré.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{source!r} and {target!r} are already connected as {kind!r}; the repeat was skipped.</source>
            <translation>{source!r} et {target!r} sont déjà reliées par un lien de type {kind!r} ; le doublon a été ignoré.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>{name!r} is already on the map, so it was not added again.</source>
            <translation>{name!r} figure déjà sur la carte ; cette partie prenante n’a pas été ajoutée une deuxième fois.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/reader.py" line="+169" />
            <source>The form's '{key}' setting is not supported and was left out.</source>
            <translation>Le paramètre « {key} » du formulaire n’est pas pris en charge ; il a été ignoré.</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Row {row}: '{name}' is a loop, which the app reads as a group.</source>
            <translation>Ligne {row} : « {name} » est une boucle (loop), que l’application lit comme un groupe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' is a loop, which the app reads as a group.</source>
            <translation>« {name} » est une boucle (loop), que l’application lit comme un groupe.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Row {row}: '{name}' is of type '{type}', which the app cannot ask offline; it is kept as a note and exported as it was.</source>
            <translation>Ligne {row} : « {name} » est de type « {type} », que l’application ne peut pas proposer hors ligne ; la question est conservée comme note et exportée telle quelle.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' is of type '{type}', which the app cannot ask offline; it is kept as a note and exported as it was.</source>
            <translation>« {name} » est de type « {type} », que l’application ne peut pas proposer hors ligne ; la question est conservée comme note et exportée telle quelle.</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <location filename="../../workshop_app/ui/dialogs.py" line="+18" />
            <source>Workshop App databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bases de données Workshop App (*.sqlite *.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Open database</source>
            <translation>Ouvrir une base de données</translation>
        </message>
        <message>
            <location line="+9" />
            <source>New database</source>
            <translation>Nouvelle base de données</translation>
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
            <translation>personnes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{answered} of {people} answered; {skipped} did not answer</source>
            <translation>{answered} sur {people} ont répondu ; {skipped} n’ont pas répondu</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../workshop_app/core/activity_rules.py" line="-16" />
            <source>“{colour}” is not a colour; pick one of {colours} or give #RRGGBB.</source>
            <translation>« {colour} » n’est pas une couleur ; choisissez parmi {colours} ou indiquez un code #RRGGBB.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A sticky note needs some text.</source>
            <translation>Une note adhésive doit contenir du texte.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+3" />
            <source>The {what} position of a note must be a number.</source>
            <translation>La position {what} d’une note doit être un nombre.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>An anonymous voter needs a token from new_voter_token().</source>
            <translation>Un vote anonyme nécessite un jeton fourni par new_voter_token().</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/brainstorm.py" line="+246" />
            <source>Sticky notes belong to a brainstorm or a dot vote.</source>
            <translation>Les notes adhésives appartiennent à un brainstorming ou à un vote par gommettes.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>That cluster is on another board.</source>
            <translation>Ce groupe se trouve sur un autre tableau.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/consent.py" line="-92" />
            <source>{code} already consents to {purpose} (recorded {moment} by someone).</source>
            <translation>{code} a déjà donné son consentement pour {purpose} (enregistré le {moment} par une personne non précisée).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{code} already consents to {purpose} (recorded {moment} by {recorder}).</source>
            <translation>{code} a déjà donné son consentement pour {purpose} (enregistré le {moment} par {recorder}).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{code} withdrew consent to {purpose} on {moment}; a new consent must be dated after that.</source>
            <translation>{code} a retiré son consentement pour {purpose} le {moment} ; un nouveau consentement doit être daté d’après ce retrait.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>{code} has not consented to take part, so no answers can be recorded for them.</source>
            <translation>{code} n’a pas consenti à participer : aucune réponse ne peut donc être enregistrée pour cette personne.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>A withdrawal cannot come before the consent it withdraws ({moment}).</source>
            <translation>Un retrait ne peut pas précéder le consentement qu’il retire ({moment}).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>That consent has been withdrawn since; its record is kept.</source>
            <translation>Ce consentement a été retiré depuis ; son enregistrement est conservé.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>That consent is not withdrawn.</source>
            <translation>Ce consentement n’est pas retiré.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consent was given again after this withdrawal, so the withdrawal stays on record.</source>
            <translation>Le consentement a été donné de nouveau après ce retrait ; le retrait reste donc enregistré.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{code}'s consent to {purpose} was already withdrawn on {moment}; a withdrawn consent cannot be used again. Record a new consent instead.</source>
            <translation>Le consentement de {code} pour {purpose} a déjà été retiré le {moment} ; un consentement retiré ne peut pas être réutilisé. Enregistrez plutôt un nouveau consentement.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Say which consent to withdraw.</source>
            <translation>Indiquez quel consentement retirer.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{code} has no consent to {purpose} to withdraw.</source>
            <translation>{code} n’a pas de consentement à retirer pour {purpose}.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/data_entry.py" line="+92" />
            <location line="+13" />
            <source>Begin a paper first.</source>
            <translation>Commencez d’abord un questionnaire papier.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/demo/__init__.py" line="+44" />
            <source>The demo can have between 1 and {maximum} participants.</source>
            <translation>La démonstration peut compter entre 1 et {maximum} personnes.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This database already holds workshops or participants; demo data only goes into a new or empty database.</source>
            <translation>Cette base de données contient déjà des ateliers ou des personnes inscrites ; les données de démonstration ne peuvent être ajoutées qu’à une base de données nouvelle ou vide.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/diversity_targets.py" line="-3" />
            <source>A target share is more than 0 % and at most 100 % (write 0.15 for 15 %).</source>
            <translation>Une part visée doit être supérieure à 0 % et au plus égale à 100 % (écrivez 0.15 pour 15 %).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A target share is more than 0 % and at most 100 %.</source>
            <translation>Une part visée doit être supérieure à 0 % et au plus égale à 100 %.</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../workshop_app/core/profiles.py" line="-165" />
            <source>There is no profile question called {question_name!r}.</source>
            <translation>Il n’existe pas de question de profil nommée {question_name!r}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose at least one answer that makes up the group.</source>
            <translation>Choisissez au moins une réponse qui compose le groupe.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{answer!r} is not an answer to “{question}” that a target can be set for.</source>
            <translation>{answer!r} n’est pas une réponse à « {question} » pour laquelle un objectif peut être défini.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/erasure.py" line="+23" />
            <source>Choose whether their answers are erased or kept anonymously.</source>
            <translation>Choisissez si ses réponses sont effacées ou conservées de façon anonyme.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>That participant has already been erased or deleted; there is nothing left to erase.</source>
            <translation>Cette personne a déjà été effacée ou supprimée ; il n’y a plus rien à effacer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That participant does not exist; nothing was erased.</source>
            <translation>Cette personne n’existe pas ; rien n’a été effacé.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/compiler.py" line="+150" />
            <source>indexed-repeat() takes {question}, then pairs of {repeat} and a number</source>
            <translation>indexed-repeat() attend {question}, puis des paires formées de {repeat} et d’un nombre</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/errors.py" line="+27" />
            <source>In '{question}', position {position} of the {field}: {message}.</source>
            <translation>Dans « {question} », position {position} de la colonne « {field} » : {message}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In '{question}', position {position}: {message}.</source>
            <translation>Dans « {question} », position {position} : {message}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>At position {position} of the {field}: {message}.</source>
            <translation>Position {position} de la colonne « {field} » : {message}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>At position {position}: {message}.</source>
            <translation>Position {position} : {message}.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/functions.py" line="+145" />
            <source>this regular expression repeats a repeated group, which could freeze the kiosk</source>
            <translation>cette expression régulière répète un groupe déjà répété, ce qui pourrait bloquer le kiosque</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the regular expression is not valid ({problem})</source>
            <translation>l’expression régulière n’est pas valide ({problem})</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/lexer.py" line="+41" />
            <source>the expression is longer than {maximum:,} characters</source>
            <translation>l’expression dépasse {maximum:,} caractères</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the text starting with {quote} is never closed</source>
            <translation>le texte qui commence par {quote} n’est jamais fermé</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a reference must look like {example}</source>
            <translation>une référence doit s’écrire sous la forme {example}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unexpected character {char!r}</source>
            <translation>caractère inattendu {char!r}</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/parser.py" line="+65" />
            <source>a closing ')' for '{name}(' is missing</source>
            <translation>il manque une parenthèse fermante « ) » pour « {name}( »</translation>
        </message>
        <message>
            <location line="+3" />
            <source>expected a closing ')' for '{name}(', found {found}</source>
            <translation>une parenthèse fermante « ) » est attendue pour « {name}( », au lieu de {found}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a closing ')' is missing</source>
            <translation>il manque une parenthèse fermante « ) »</translation>
        </message>
        <message>
            <location line="+1" />
            <source>expected a closing ')', found {found}</source>
            <translation>une parenthèse fermante « ) » est attendue au lieu de {found}</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+179" />
            <source>the expression is nested more than {maximum} levels deep</source>
            <translation>l’expression comporte plus de {maximum} niveaux d’imbrication</translation>
        </message>
        <message>
            <location line="-173" />
            <source>the expression is empty</source>
            <translation>l’expression est vide</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+66" />
            <location line="+80" />
            <source>unexpected {found}</source>
            <translation>{found} n’est pas attendu à cet endroit</translation>
        </message>
        <message>
            <location line="-127" />
            <source>an operator such as 'and' or '=' is missing before {found}</source>
            <translation>il manque un opérateur, comme « and » ou « = », avant {found}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the union operator '|' is not supported</source>
            <translation>l’opérateur d’union « | » n’est pas pris en charge</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{op}' needs something after it</source>
            <translation>« {op} » doit être suivi de quelque chose</translation>
        </message>
        <message>
            <location line="+26" />
            <source>empty brackets '()'</source>
            <translation>parenthèses vides « () »</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the expression ends too early</source>
            <translation>l’expression se termine trop tôt</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{found} cannot follow {token}</source>
            <translation>{found} ne peut pas suivre {token}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>unknown function '{name}()'</source>
            <translation>fonction inconnue « {name}() »</translation>
        </message>
        <message>
            <location line="+18" />
            <source>lookups in instance() are not supported</source>
            <translation>les recherches dans instance() ne sont pas prises en charge</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+8" />
            <source>'//' paths are not supported; use {example}</source>
            <translation>les chemins « // » ne sont pas pris en charge ; utilisez {example}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>filters in square brackets are not supported</source>
            <translation>les filtres entre crochets ne sont pas pris en charge</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{name}' is not a reference; write {reference} to use that question's answer</source>
            <translation>« {name} » n’est pas une référence ; écrivez {reference} pour utiliser la réponse à cette question</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{found} in a path is not supported</source>
            <translation>{found} n’est pas pris en charge dans un chemin</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a path step is missing</source>
            <translation>il manque une étape dans le chemin</translation>
        </message>
        <message>
            <location line="+33" />
            <source>'{name}()' takes 1 argument, not {given}</source>
            <translation>« {name}() » prend 1 argument, et non {given}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}()' takes at least 1 argument, not {given}</source>
            <translation>« {name}() » prend au moins 1 argument, et non {given}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>'{name}()' takes {n} arguments, not {given}</source>
            <translation>
                <numerusform>« {name}() » prend {n} argument, et non {given}</numerusform>
                <numerusform>« {name}() » prend {n} arguments, et non {given}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>'{name}()' takes at least {n} arguments, not {given}</source>
            <translation>
                <numerusform>« {name}() » prend au moins {n} argument, et non {given}</numerusform>
                <numerusform>« {name}() » prend au moins {n} arguments, et non {given}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>'{name}()' takes {fewest} to {n} arguments, not {given}</source>
            <translation>
                <numerusform>« {name}() » prend de {fewest} à {n} argument, et non {given}</numerusform>
                <numerusform>« {name}() » prend de {fewest} à {n} arguments, et non {given}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>the end</source>
            <translation>la fin de l’expression</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/feedback.py" line="+113" />
            <source>That activity is not a feedback round.</source>
            <translation>Cette activité n’est pas un tour de table.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/answers.py" line="+24" />
            <source>This question needs an answer.</source>
            <translation>Cette question nécessite une réponse.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This answer is not allowed here.</source>
            <translation>Cette réponse n’est pas acceptée ici.</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/response_rules.py" line="+185" />
            <source>Enter a whole number.</source>
            <translation>Saisissez un nombre entier.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a number.</source>
            <translation>Saisissez un nombre.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a date as year-month-day.</source>
            <translation>Saisissez une date au format année-mois-jour.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a time as hours:minutes.</source>
            <translation>Saisissez une heure au format heures:minutes.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose among the answers offered.</source>
            <translation>Choisissez parmi les réponses proposées.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a value on the scale.</source>
            <translation>Choisissez une valeur sur l’échelle.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/graph.py" line="+24" />
            <source>there is no question named '{name}'</source>
            <translation>aucune question ne s’appelle « {name} »</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/logic.py" line="+186" />
            <source>The form has no question called '{name}'.</source>
            <translation>Le formulaire n’a pas de question nommée « {name} ».</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/state.py" line="+41" />
            <source>'{text}' is not a repeat instance (such as '2' or '2.1').</source>
            <translation>« {text} » n’est pas un numéro d’entrée de répétition (comme « 2 » ou « 2.1 »).</translation>
        </message>
        <message>
            <location line="+34" />
            <source>'{name}' is not in a repeat; its instance {instance} does not fit.</source>
            <translation>« {name} » n’est pas dans une répétition ; le numéro d’entrée {instance} ne convient pas.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}' is in a repeat; its instance (none) does not fit.</source>
            <translation>« {name} » est dans une répétition ; il lui faut un numéro d’entrée.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' is in a repeat; its instance {instance} does not fit.</source>
            <translation>« {name} » est dans une répétition ; le numéro d’entrée {instance} ne convient pas.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A repeat can have at most {maximum} entries; '{name}' was given entry {instance}.</source>
            <translation>Une répétition peut avoir au plus {maximum} entrées ; « {name} » a reçu le numéro d’entrée {instance}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' is a group or repeat and has no answer of its own.</source>
            <translation>« {name} » est un groupe ou une répétition et n’a pas de réponse propre.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>'{repeat}' is not a repeat.</source>
            <translation>« {repeat} » n’est pas une répétition.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The instance (none) does not fit the repeat '{repeat}'.</source>
            <translation>La répétition « {repeat} » a besoin d’un numéro d’entrée.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The instance {instance} does not fit the repeat '{repeat}'.</source>
            <translation>Le numéro d’entrée {instance} ne convient pas à la répétition « {repeat} ».</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{repeat}' can have at most {maximum} entries.</source>
            <translation>« {repeat} » peut avoir au plus {maximum} entrées.</translation>
        </message>
        <message>
            <location line="+165" />
            <source>'{name}' is not a question the form shows.</source>
            <translation>« {name} » n’est pas une question affichée par le formulaire.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/validation.py" line="+65" />
            <source>The name '{name}' is used by more than one question; every name must be unique.</source>
            <translation>Le nom « {name} » est utilisé par plusieurs questions ; chaque nom doit être unique.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>'{name}' has 'or other', which needs the name '{name}_other' for itself, but a question already uses it.</source>
            <translation>« {name} » a l’option « ou autre », qui a besoin du nom « {name}_other », mais une question utilise déjà ce nom.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>These questions depend on each other in a circle: {cycle}.</source>
            <translation>Ces questions dépendent les unes des autres en boucle : {cycle}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The form needs an id (form_id).</source>
            <translation>Le formulaire doit avoir un identifiant (form_id).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The form id can have at most {maximum} characters.</source>
            <translation>L’identifiant du formulaire peut contenir au plus {maximum} caractères.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The form needs a title.</source>
            <translation>Le formulaire doit avoir un titre.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The form title can have at most {maximum} characters.</source>
            <translation>Le titre du formulaire peut contenir au plus {maximum} caractères.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The form needs at least one language.</source>
            <translation>Le formulaire doit avoir au moins une langue.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A language is listed twice.</source>
            <translation>Une langue figure deux fois dans la liste.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{code}' is not a usable language code (letters, digits, '-' or '_', at most {maximum} characters).</source>
            <translation>« {code} » n’est pas un code de langue utilisable (lettres, chiffres, « - » ou « _ », {maximum} caractères au plus).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The default language '{default_language}' is not one of the form's languages.</source>
            <translation>La langue par défaut « {default_language} » ne fait pas partie des langues du formulaire.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{choice_list}' is not a usable list name.</source>
            <translation>« {choice_list} » n’est pas un nom de liste utilisable.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There are two choice lists called '{choice_list}'.</source>
            <translation>Il y a deux listes de choix nommées « {choice_list} ».</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A choice of the list '{choice_list}' has no usable name.</source>
            <translation>Un choix de la liste « {choice_list} » n’a pas de nom utilisable.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The list '{choice_list}' has the choice '{choice}' twice.</source>
            <translation>La liste « {choice_list} » contient deux fois le choix « {choice} ».</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{name}' is not a usable question name: start with a letter or '_', then letters, digits, '_', '-' or '.', at most {maximum} characters.</source>
            <translation>« {name} » n’est pas un nom de question utilisable : commencez par une lettre ou « _ », puis utilisez des lettres, des chiffres, « _ », « - » ou « . », {maximum} caractères au plus.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' has the type '{type}', which the app does not know.</source>
            <translation>« {name} » est de type « {type} », que l’application ne connaît pas.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' is a {type}, so it cannot hold other questions.</source>
            <translation>« {name} » est de type {type} ; elle ne peut donc pas contenir d’autres questions.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>'{name}' needs a choice list.</source>
            <translation>« {name} » a besoin d’une liste de choix.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' uses the choice list '{list_name}', which does not exist.</source>
            <translation>« {name} » utilise la liste de choix « {list_name} », qui n’existe pas.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The choice list '{list_name}' of '{name}' has no choices.</source>
            <translation>La liste de choix « {list_name} » de « {name} » ne contient aucun choix.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The choice codes of '{list_name}' cannot contain spaces, because '{name}' allows several answers.</source>
            <translation>Les codes de choix de « {list_name} » ne peuvent pas contenir d’espaces, car « {name} » accepte plusieurs réponses.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' is a {type}, so it cannot have a choice list.</source>
            <translation>« {name} » est de type {type} ; elle ne peut donc pas avoir de liste de choix.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only select questions can have 'or other'; '{name}' is a {type}.</source>
            <translation>Seules les questions à choix peuvent avoir l’option « ou autre » ; « {name} » est de type {type}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}' cannot have both 'or other' and a choice filter.</source>
            <translation>« {name} » ne peut pas avoir à la fois l’option « ou autre » et un filtre de choix.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The calculation '{name}' needs a formula.</source>
            <translation>Le calcul « {name} » a besoin d’une formule.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}' needs a label or a hint.</source>
            <translation>« {name} » a besoin d’un libellé ou d’une indication.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The {key} of the range '{question}' must be a number.</source>
            <translation>La valeur « {key} » de l’échelle « {question} » doit être un nombre.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The step of the range '{question}' cannot be 0.</source>
            <translation>Le pas de l’échelle « {question} » ne peut pas être 0.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{name}' has a text in '{code}', which is not one of the form's languages.</source>
            <translation>« {name} » a un texte en « {code} », qui ne fait pas partie des langues du formulaire.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A choice has a text in '{code}', which is not one of the form's languages.</source>
            <translation>Un choix a un texte en « {code} », qui ne fait pas partie des langues du formulaire.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/kiosk.py" line="+103" />
            <source>This survey is not available in '{code}'.</source>
            <translation>Ce questionnaire n’est pas disponible en « {code} ».</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This survey needs your participant code.</source>
            <translation>Ce questionnaire nécessite votre code participant.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{code} has already answered this survey. Thank you!</source>
            <translation>{code} a déjà répondu à ce questionnaire. Merci !</translation>
        </message>
        <message>
            <location line="+18" />
            <source>That response belongs to another survey.</source>
            <translation>Cette réponse appartient à un autre questionnaire.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That response is already finished.</source>
            <translation>Cette réponse est déjà terminée.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>There is no question on screen to answer.</source>
            <translation>Il n’y a aucune question à l’écran à laquelle répondre.</translation>
        </message>
        <message>
            <location line="+120" />
            <source>This kiosk has no PIN; set one for the workshop first.</source>
            <translation>Ce kiosque n’a pas de code PIN ; définissez-en d’abord un pour l’atelier.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/kiosk_pins.py" line="+46" />
            <source>Set a kiosk PIN for this workshop before starting the kiosk.</source>
            <translation>Définissez un code PIN pour le kiosque de cet atelier avant de démarrer le kiosque.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/listing.py" line="+70" />
            <source>Cannot list {kind!r}; choose one of {kinds}.</source>
            <translation>Impossible de lister {kind!r} ; choisissez parmi : {kinds}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Name a {what} by its id or title.</source>
            <translation>Désignez l’élément de type {what} par son identifiant ou son titre.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No {what} has the id or title {reference!r}.</source>
            <translation>Aucun élément de type {what} n’a l’identifiant ou le titre {reference!r}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} {what}s match {reference!r}; give more of the id.</source>
            <translation>{n} éléments de type {what} correspondent à {reference!r} ; précisez davantage l’identifiant.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/live_results.py" line="+72" />
            <source>The survey has no question called '{question_name}'.</source>
            <translation>Le questionnaire n’a pas de question nommée « {question_name} ».</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/map_import.py" line="-28" />
            <source>Stakeholder {number} of the list cannot be imported, so nothing was: {problem}</source>
            <translation>La partie prenante {number} de la liste ne peut pas être importée ; rien n’a donc été importé : {problem}</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/map_rules.py" line="-242" />
            <location line="+159" />
            <source>A map is one of: {kinds}.</source>
            <translation>Une carte est de l’un des types suivants : {kinds}.</translation>
        </message>
        <message>
            <location line="-37" />
            <location filename="../../workshop_app/core/participant_rules.py" line="-54" />
            <location line="+10" />
            <source>{what} can have at most {limit:,} characters; this one has {count:,}.</source>
            <translation>{what} ne peut pas dépasser {limit:,} caractères ; ce texte en compte {count:,}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{what} has no field called {field!r}.</source>
            <translation>{what} n’a pas de champ nommé {field!r}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{what} must be a number.</source>
            <translation>{what} doit être un nombre.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>A map needs a title.</source>
            <translation>Une carte doit avoir un titre.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>An axis runs from 0 to a number above 0 and at most {maximum:,.0f}.</source>
            <translation>Un axe va de 0 à un nombre supérieur à 0 et au plus égal à {maximum:,.0f}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A map's quadrant names are a list of four names.</source>
            <translation>Les noms des quadrants d’une carte forment une liste de quatre noms.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A map has four quadrant names (or none), not {count}.</source>
            <translation>Une carte a quatre noms de quadrants (ou aucun), et non {count}.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A stakeholder needs a name.</source>
            <translation>Une partie prenante doit avoir un nom.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A stakeholder's sector is one of: {sectors}.</source>
            <translation>Le secteur d’une partie prenante est l’un des suivants : {sectors}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A stakeholder's attitude is one of: {attitudes}.</source>
            <translation>L’attitude d’une partie prenante est l’une des suivantes : {attitudes}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A relationship joins two stakeholders; choose both.</source>
            <translation>Une relation relie deux parties prenantes ; choisissez-les toutes les deux.</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../workshop_app/core/maps.py" line="+240" />
            <source>A stakeholder cannot have a relationship with itself.</source>
            <translation>Une partie prenante ne peut pas avoir de relation avec elle-même.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A relationship needs a kind, such as {example!r}.</source>
            <translation>Une relation doit avoir un type, par exemple {example!r}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A relationship's strength is 1 (weak), 2 or 3 (strong).</source>
            <translation>L’intensité d’une relation est 1 (faible), 2 ou 3 (forte).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A relationship either has a direction or not.</source>
            <translation>Une relation a un sens ou n’en a pas.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/map_snapshots.py" line="+27" />
            <source>A snapshot needs a name, such as the meeting it records.</source>
            <translation>Un instantané doit avoir un nom, par exemple celui de la réunion qu’il enregistre.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A snapshot's name can have at most {maximum} characters.</source>
            <translation>Le nom d’un instantané peut contenir au plus {maximum} caractères.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A snapshot's date must be a date and time with its time zone.</source>
            <translation>La date d’un instantané doit être une date et une heure avec leur fuseau horaire.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/maps.py" line="-111" />
            <source>This cannot be undone: the map or stakeholders it belonged to are gone.</source>
            <translation>Impossible d’annuler : la carte ou les parties prenantes concernées n’existent plus.</translation>
        </message>
        <message>
            <location line="+58" />
            <location filename="../../workshop_app/db/lookup.py" line="+27" />
            <source>That stakeholder no longer exists.</source>
            <translation>Cette partie prenante n’existe plus.</translation>
        </message>
        <message>
            <location line="+144" />
            <source>Those two snapshots are of different maps; compare snapshots of one map.</source>
            <translation>Ces deux instantanés concernent des cartes différentes ; comparez des instantanés d’une même carte.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A relationship joins two stakeholders of the same map.</source>
            <translation>Une relation relie deux parties prenantes d’une même carte.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{first!r} and {second!r} already have a {kind!r} relationship.</source>
            <translation>{first!r} et {second!r} ont déjà une relation de type {kind!r}.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/merge.py" line="-134" />
            <source>Choose at least one package to merge.</source>
            <translation>Choisissez au moins un paquet à fusionner.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+21" />
            <source>The merge was cancelled; nothing was changed.</source>
            <translation>La fusion a été annulée ; rien n’a été modifié.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The packages could not be merged ({reason}); nothing was changed.</source>
            <translation>Les paquets n’ont pas pu être fusionnés ({reason}) ; rien n’a été modifié.</translation>
        </message>
        <message numerus="yes">
            <location line="+70" />
            <source>The packages could not be merged ({n} row(s) of {kind} would point at rows that do not exist); nothing was changed.</source>
            <translation>
                <numerusform>Les paquets n’ont pas pu être fusionnés ({n} ligne de type « {kind} » renverrait à des lignes inexistantes) ; rien n’a été modifié.</numerusform>
                <numerusform>Les paquets n’ont pas pu être fusionnés ({n} lignes de type « {kind} » renverraient à des lignes inexistantes) ; rien n’a été modifié.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/packing.py" line="-45" />
            <source>A package cannot overwrite the database it is made from; choose another file.</source>
            <translation>Un paquet ne peut pas écraser la base de données à partir de laquelle il est créé ; choisissez un autre fichier.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../workshop_app/db/backup.py" line="+25" />
            <location filename="../../workshop_app/formats/exchange_package.py" line="+38" />
            <source>Cannot write {target}: the folder {folder} does not exist.</source>
            <translation>Impossible d’écrire {target} : le dossier {folder} n’existe pas.</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../../workshop_app/db/lookup.py" line="+4" />
            <source>That workshop no longer exists.</source>
            <translation>Cet atelier n’existe plus.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Packing was cancelled; no package was written.</source>
            <translation>La création du paquet a été annulée ; aucun paquet n’a été écrit.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/participant_rules.py" line="-104" />
            <source>A participant needs a code, such as P-0042.</source>
            <translation>Chaque personne doit avoir un code, par exemple P-0042.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A participant code cannot contain spaces.</source>
            <translation>Un code participant ne peut pas contenir d’espaces.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Consent is given to {purposes}; {purpose!r} is not one of these.</source>
            <translation>Le consentement porte sur : {purposes} ; {purpose!r} n’en fait pas partie.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{what} needs a date and time with its time zone.</source>
            <translation>{what} doit comporter une date et une heure avec leur fuseau horaire.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{what} cannot be in the future ({moment} has not happened yet).</source>
            <translation>{what} ne peut pas être dans le futur ({moment} n’est pas encore passé).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Say who is recording the consent (set your name in the settings).</source>
            <translation>Indiquez qui enregistre le consentement (saisissez votre nom dans les paramètres).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say who is recording the withdrawal (set your name in the settings).</source>
            <translation>Indiquez qui enregistre le retrait (saisissez votre nom dans les paramètres).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say who is recording the erasure (set your name in the settings).</source>
            <translation>Indiquez qui enregistre l’effacement (saisissez votre nom dans les paramètres).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Say who is recording the {what} (set your name in the settings).</source>
            <translation>Indiquez qui enregistre cet élément : {what} (saisissez votre nom dans les paramètres).</translation>
        </message>
        <message>
            <location line="+61" />
            <source>A question's name uses lower-case letters a–z, digits and _, starts with a letter and has at most 64 characters, such as age_band.</source>
            <translation>Le nom d’une question utilise des lettres minuscules a–z, des chiffres et _, commence par une lettre et compte au plus 64 caractères, par exemple age_band.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A choice code uses lower-case letters a–z, digits and _ (at most 64), such as 60_74.</source>
            <translation>Un code de choix utilise des lettres minuscules a–z, des chiffres et _ (64 au plus), par exemple 60_74.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{what} needs its labels as language and text pairs.</source>
            <translation>{what} doit recevoir ses libellés sous forme de paires langue et texte.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{language!r} is not a language code such as en, pt or pt_BR.</source>
            <translation>{language!r} n’est pas un code de langue comme en, pt ou pt_BR.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{what} needs a label in at least one language.</source>
            <translation>{what} doit avoir un libellé dans au moins une langue.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/participants.py" line="-75" />
            <source>A participant has no field called {field!r} that can be changed here.</source>
            <translation>La fiche d’une personne n’a pas de champ nommé {field!r} modifiable ici.</translation>
        </message>
        <message>
            <location line="+91" />
            <source>{code} is not checked in to that workshop.</source>
            <translation>L’arrivée de {code} n’est pas enregistrée pour cet atelier.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{code} is already checked in to this workshop.</source>
            <translation>L’arrivée de {code} est déjà enregistrée pour cet atelier.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{code} is already the code of another participant.</source>
            <translation>{code} est déjà le code d’une autre personne.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/pin.py" line="-50" />
            <source>A kiosk PIN is {fewest} to {most} digits.</source>
            <translation>Un code PIN de kiosque compte de {fewest} à {most} chiffres.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/profiles.py" line="+9" />
            <source>{code!r} is not one of the answers to “{label}”.</source>
            <translation>{code!r} ne fait pas partie des réponses à « {label} ».</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only a self-described answer to “{label}” can have the person's own words.</source>
            <translation>Pour « {label} », seul un choix « dans ses propres mots » peut contenir un texte saisi par la personne.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>“{typed}” is not one of the answers to “{label}”.</source>
            <translation>« {typed} » ne fait pas partie des réponses à « {label} ».</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Each choice of a question needs its own code.</source>
            <translation>Chaque choix d’une question doit avoir son propre code.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is already a profile question called {name!r}.</source>
            <translation>Il existe déjà une question de profil nommée {name!r}.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>“{question}” already has a choice {code!r}.</source>
            <translation>« {question} » a déjà un choix {code!r}.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Every question keeps “Prefer not to say”, so answering stays voluntary.</source>
            <translation>Chaque question conserve « Je préfère ne pas répondre », pour que répondre reste facultatif.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>1 participant gave the answer “{answer}”, so it cannot be deleted; change its label instead.</source>
            <translation>La réponse « {answer} » a été donnée par 1 personne et ne peut donc pas être supprimée ; modifiez plutôt son libellé.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>{n} participants gave the answer “{answer}”, so it cannot be deleted; change its label instead.</source>
            <translation>
                <numerusform>La réponse « {answer} » a été donnée par {n} personne et ne peut donc pas être supprimée ; modifiez plutôt son libellé.</numerusform>
                <numerusform>La réponse « {answer} » a été donnée par {n} personnes et ne peut donc pas être supprimée ; modifiez plutôt son libellé.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/response_memory.py" line="+51" />
            <location filename="../../workshop_app/db/lookup.py" line="-2" />
            <source>That survey no longer exists.</source>
            <translation>Ce questionnaire n’existe plus.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This survey cannot be answered anonymously; a participant code is needed.</source>
            <translation>Ce questionnaire ne peut pas être rempli de façon anonyme ; un code participant est nécessaire.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>No one has the code “{code}”.</source>
            <translation>Personne n’a le code « {code} ».</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{code} has not consented to take part.</source>
            <translation>{code} n’a pas consenti à participer.</translation>
        </message>
        <message>
            <location line="+13" />
            <location filename="../../workshop_app/core/responses.py" line="+203" />
            <location filename="../../workshop_app/db/lookup.py" line="-4" />
            <source>That response no longer exists.</source>
            <translation>Cette réponse n’existe plus.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/response_rules.py" line="-149" />
            <source>Write the number with one decimal comma or point and no thousands separator, for example 1234,5.</source>
            <translation>Écrivez le nombre avec une seule virgule ou un seul point décimal, sans séparateur de milliers, par exemple 1234,5.</translation>
        </message>
        <message>
            <location line="+114" />
            <source>This answer is not text or a number.</source>
            <translation>Cette réponse n’est ni du texte ni un nombre.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>An answer can have at most {maximum:,} characters; this one has {length:,}.</source>
            <translation>Une réponse peut contenir au plus {maximum:,} caractères ; celle-ci en compte {length:,}.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>The survey has no question called '{name}'.</source>
            <translation>Le questionnaire n’a pas de question nommée « {name} ».</translation>
        </message>
        <message>
            <location line="+5" />
            <source>'{name}' is not a question to answer.</source>
            <translation>« {name} » n’est pas une question à laquelle on peut répondre.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This question does not apply given the earlier answers.</source>
            <translation>Cette question ne s’applique pas compte tenu des réponses précédentes.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A repeat can have at most {maximum} entries.</source>
            <translation>Une répétition peut avoir au plus {maximum} entrées.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>A response is given in the kiosk or typed in from paper ({modes}).</source>
            <translation>Une réponse est donnée dans le kiosque ou saisie à partir du papier ({modes}).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>One question still needs an answer: {shown}.</source>
            <translation>Une question est encore sans réponse : {shown}.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{n} questions still need an answer: {shown} and {more} more.</source>
            <translation>
                <numerusform>{n} question est encore sans réponse : {shown} et {more} de plus.</numerusform>
                <numerusform>{n} questions sont encore sans réponse : {shown} et {more} de plus.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{n} questions still need an answer: {shown}.</source>
            <translation>
                <numerusform>{n} question est encore sans réponse : {shown}.</numerusform>
                <numerusform>{n} questions sont encore sans réponse : {shown}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/responses.py" line="-90" />
            <source>This survey is not available in '{language}'; it has {languages}.</source>
            <translation>Ce questionnaire n’est pas disponible en « {language} » ; langues disponibles : {languages}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>That activity belongs to another workshop.</source>
            <translation>Cette activité appartient à un autre atelier.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{title}” cannot be answered anonymously; a participant code is needed.</source>
            <translation>« {title} » ne peut pas être rempli de façon anonyme ; un code participant est nécessaire.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>No one has the code “{code}”. Check the code on your card, or ask the facilitator.</source>
            <translation>Personne n’a le code « {code} ». Vérifiez le code sur votre carte ou demandez à la personne qui anime.</translation>
        </message>
        <message>
            <location line="+65" />
            <source>The survey has no stored question called '{name}'.</source>
            <translation>Le questionnaire n’a pas de question enregistrée nommée « {name} ».</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This survey is not available in '{language}'.</source>
            <translation>Ce questionnaire n’est pas disponible en « {language} ».</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/results.py" line="+180" />
            <source>“{title}” has no question called '{question_name}' with results.</source>
            <translation>« {title} » n’a pas de question nommée « {question_name} » avec des résultats.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>There is no survey '{form_id}'.</source>
            <translation>Il n’existe pas de questionnaire « {form_id} ».</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/run_session.py" line="+48" />
            <location line="+38" />
            <source>That activity is not on this workshop's agenda.</source>
            <translation>Cette activité ne figure pas au programme de cet atelier.</translation>
        </message>
        <message>
            <location line="-4" />
            <source>This workshop has no agenda yet.</source>
            <translation>Cet atelier n’a pas encore de programme.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/survey_templates.py" line="+31" />
            <source>The template {key} is missing from this installation.</source>
            <translation>Le modèle {key} est absent de cette installation.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/core/voting.py" line="+92" />
            <source>All {n} dots are placed. Take one back to move it.</source>
            <translation>
                <numerusform>Votre {n} gommette est déjà placée. Reprenez-la pour la déplacer.</numerusform>
                <numerusform>Vos {n} gommettes sont toutes placées. Reprenez-en une pour la déplacer.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>There is no dot of yours on that note.</source>
            <translation>Vous n’avez pas de gommette sur cette note.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A count of dots is a whole number from 0 to {maximum:,}.</source>
            <translation>Le nombre de gommettes est un nombre entier de 0 à {maximum:,}.</translation>
        </message>
        <message>
            <location line="+67" />
            <source>Say who votes: a participant, or an anonymous kiosk voter's token.</source>
            <translation>Indiquez qui vote : une personne participante, ou le jeton d’un vote anonyme au kiosque.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Dots are placed in a dot vote.</source>
            <translation>Les gommettes se placent lors d’un vote par gommettes.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The brainstorm this dot vote is about no longer exists.</source>
            <translation>Le brainstorming sur lequel porte ce vote par gommettes n’existe plus.</translation>
        </message>
        <message>
            <location line="+13" />
            <location filename="../../workshop_app/db/lookup.py" line="+3" />
            <source>That sticky note no longer exists.</source>
            <translation>Cette note adhésive n’existe plus.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That sticky note is not part of this dot vote.</source>
            <translation>Cette note adhésive ne fait pas partie de ce vote par gommettes.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/workbook_scope.py" line="+116" />
            <source>The first day of the date range comes after the last day; swap them and export again.</source>
            <translation>Le premier jour de la période est postérieur au dernier ; inversez-les et exportez de nouveau.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/workshop_rules.py" line="+93" />
            <source>A workshop has no field called {field!r}.</source>
            <translation>Un atelier n’a pas de champ nommé {field!r}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A workshop needs a title.</source>
            <translation>Un atelier doit avoir un titre.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A workshop title can have at most {maximum} characters.</source>
            <translation>Le titre d’un atelier peut contenir au plus {maximum} caractères.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A workshop's status is one of {statuses}.</source>
            <translation>Le statut d’un atelier est l’un des suivants : {statuses}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A workshop's start must be a date and time with its time zone.</source>
            <translation>Le début d’un atelier doit être une date et une heure avec leur fuseau horaire.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>An activity has no field called {field!r}.</source>
            <translation>Une activité n’a pas de champ nommé {field!r}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>An activity is one of: {kinds}.</source>
            <translation>Une activité est de l’un des types suivants : {kinds}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>An activity's planned time is between 1 and {maximum} minutes.</source>
            <translation>La durée prévue d’une activité est comprise entre 1 et {maximum} minutes.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose a survey from the list.</source>
            <translation>Choisissez un questionnaire dans la liste.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>An activity's settings must be a set of named values.</source>
            <translation>Les paramètres d’une activité doivent être un ensemble de valeurs nommées.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Each person gets between 1 and {maximum} dots in a dot vote.</source>
            <translation>Chaque personne reçoit entre 1 et {maximum} gommettes lors d’un vote par gommettes.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/workshops.py" line="+220" />
            <source>Only a survey item on the agenda runs a survey.</source>
            <translation>Seule une activité de type questionnaire lance un questionnaire.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/backup.py" line="-3" />
            <source>A backup cannot overwrite the database it is a copy of; choose another file.</source>
            <translation>Une sauvegarde ne peut pas écraser la base de données dont elle est la copie ; choisissez un autre fichier.</translation>
        </message>
        <message>
            <location line="+18" />
            <location filename="../../workshop_app/formats/exchange_package.py" line="+21" />
            <source>Cannot write {target}: {reason}.</source>
            <translation>Impossible d’écrire {target} : {reason}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The backup to {target} failed: {problem}.</source>
            <translation>La sauvegarde vers {target} a échoué : {problem}.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>That file is the database itself; choose a backup to restore from.</source>
            <translation>Ce fichier est la base de données elle-même ; choisissez une sauvegarde à restaurer.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{source} is empty; it is not a Workshop App backup.</source>
            <translation>{source} est vide ; ce n’est pas une sauvegarde Workshop App.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{source} was written by a newer version of Workshop App; update the app first.</source>
            <translation>{source} a été écrit par une version plus récente de Workshop App ; mettez d’abord l’application à jour.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{source} could not be restored: {problem}.</source>
            <translation>{source} n’a pas pu être restauré : {problem}.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{source} is damaged ({problem}); choose another backup.</source>
            <translation>{source} est endommagé ({problem}) ; choisissez une autre sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/database.py" line="+61" />
            <source>{path} could not be opened: {reason}.</source>
            <translation>{path} n’a pas pu être ouvert : {reason}.</translation>
        </message>
        <message>
            <location line="+72" />
            <source>{path} was written by a newer version of Workshop App; update the app to open it.</source>
            <translation>{path} a été écrit par une version plus récente de Workshop App ; mettez l’application à jour pour l’ouvrir.</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>Upgrading the database would leave {n} broken link(s) (first in table {table}); nothing was changed.</source>
            <translation>
                <numerusform>La mise à jour de la base de données laisserait {n} lien rompu (dans la table {table}) ; rien n’a été modifié.</numerusform>
                <numerusform>La mise à jour de la base de données laisserait {n} liens rompus (le premier dans la table {table}) ; rien n’a été modifié.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/lock.py" line="+70" />
            <source>{database} is busy: another Workshop App window or command ({holder}) is using it. Close that one first, or open a different file.</source>
            <translation>{database} est occupé : une autre fenêtre ou commande de Workshop App ({holder}) l’utilise. Fermez-la d’abord ou ouvrez un autre fichier.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{database} is busy: another Workshop App window or command is using it. Close that one first, or open a different file.</source>
            <translation>{database} est occupé : une autre fenêtre ou commande de Workshop App l’utilise. Fermez-la d’abord ou ouvrez un autre fichier.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/lookup.py" line="-11" />
            <source>That activity no longer exists.</source>
            <translation>Cette activité n’existe plus.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That choice no longer exists.</source>
            <translation>Ce choix n’existe plus.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That cluster no longer exists.</source>
            <translation>Ce groupe n’existe plus.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That consent record no longer exists.</source>
            <translation>Ce consentement enregistré n’existe plus.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That map no longer exists.</source>
            <translation>Cette carte n’existe plus.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That participant no longer exists.</source>
            <translation>Cette personne n’existe plus.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That profile question no longer exists.</source>
            <translation>Cette question de profil n’existe plus.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That relationship no longer exists.</source>
            <translation>Cette relation n’existe plus.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That snapshot no longer exists.</source>
            <translation>Cet instantané n’existe plus.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>That target no longer exists.</source>
            <translation>Cet objectif n’existe plus.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>That {what} no longer exists.</source>
            <translation>Cet élément de type {what} n’existe plus.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/probe.py" line="+35" />
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} est un dossier, pas un fichier de base de données.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There is no database at {path}.</source>
            <translation>Il n’y a pas de base de données à l’emplacement {path}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot create {path}: the folder {folder} does not exist.</source>
            <translation>Impossible de créer {path} : le dossier {folder} n’existe pas.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot create {path}: the folder {folder} is read-only.</source>
            <translation>Impossible de créer {path} : le dossier {folder} est en lecture seule.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{path} cannot be read ({reason}).</source>
            <translation>{path} ne peut pas être lu ({reason}).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{path} is empty; it is not a Workshop App database.</source>
            <translation>{path} est vide ; ce n’est pas une base de données Workshop App.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is not a Workshop App database (it is not an SQLite file).</source>
            <translation>{path} n’est pas une base de données Workshop App (ce n’est pas un fichier SQLite).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is damaged (the file is incomplete); restore it from a backup.</source>
            <translation>{path} est endommagé (le fichier est incomplet) ; restaurez-le à partir d’une sauvegarde.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is read-only; copy it to a folder where you can write, then open the copy.</source>
            <translation>{path} est en lecture seule ; copiez-le dans un dossier où vous pouvez écrire, puis ouvrez la copie.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{path} is an SQLite database, but not one made by Workshop App.</source>
            <translation>{path} est une base de données SQLite, mais elle n’a pas été créée par Workshop App.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>{path} cannot be opened as a database.</source>
            <translation>{path} ne peut pas être ouvert comme base de données.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{path} is damaged (its schema version is missing); restore it from a backup.</source>
            <translation>{path} est endommagé (la version de son schéma est manquante) ; restaurez-le à partir d’une sauvegarde.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{path} is damaged (the file is corrupt); restore it from a backup.</source>
            <translation>{path} est endommagé (le fichier est corrompu) ; restaurez-le à partir d’une sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/exchange_package.py" line="-65" />
            <location line="+176" />
            <location line="+33" />
            <location line="+3" />
            <location line="+37" />
            <source>{name} is not a Workshop App exchange package.</source>
            <translation>{name} n’est pas un paquet d’échange Workshop App.</translation>
        </message>
        <message>
            <location line="-246" />
            <source>{name} is damaged: its manifest has no format version.</source>
            <translation>{name} est endommagé : son manifeste n’indique pas de version de format.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+131" />
            <source>This package was made by a newer version of Workshop App ({app_version}); update the app to merge it.</source>
            <translation>Ce paquet a été créé par une version plus récente de Workshop App ({app_version}) ; mettez l’application à jour pour le fusionner.</translation>
        </message>
        <message>
            <location line="-119" />
            <source>{name} is damaged: its manifest is incomplete.</source>
            <translation>{name} est endommagé : son manifeste est incomplet.</translation>
        </message>
        <message>
            <location line="+140" />
            <source>{name} is a folder, not an exchange package.</source>
            <translation>{name} est un dossier, pas un paquet d’échange.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>There is no file {path}.</source>
            <translation>Le fichier {path} n’existe pas.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} cannot be read ({reason}).</source>
            <translation>{name} ne peut pas être lu ({reason}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is empty; it is not a Workshop App exchange package.</source>
            <translation>{name} est vide ; ce n’est pas un paquet d’échange Workshop App.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is a database file, not an exchange package; to bring back a backup, use Restore instead.</source>
            <translation>{name} est un fichier de base de données, pas un paquet d’échange ; pour récupérer une sauvegarde, utilisez plutôt Restaurer.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+6" />
            <source>{name} is incomplete or damaged (perhaps it was cut short while copying); make the package again.</source>
            <translation>{name} est incomplet ou endommagé (sa copie a peut-être été interrompue) ; créez de nouveau le paquet.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{name} contains a file with an unsafe name ({member!r}); it was not opened.</source>
            <translation>{name} contient un fichier au nom dangereux ({member!r}) ; il n’a pas été ouvert.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} contains the same part twice; it was not opened.</source>
            <translation>{name} contient deux fois la même partie ; il n’a pas été ouvert.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} contains an unexpected file ({member!r}); it is not a Workshop App exchange package.</source>
            <translation>{name} contient un fichier inattendu ({member!r}) ; ce n’est pas un paquet d’échange Workshop App.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{name} is incomplete: part of its content is missing.</source>
            <translation>{name} est incomplet : une partie de son contenu manque.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{name} is encrypted; Workshop App packages never are.</source>
            <translation>{name} est chiffré ; les paquets Workshop App ne le sont jamais.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} unpacks to far more than its size (it looks like a zip bomb); it was not opened.</source>
            <translation>{name} se décompresse en un volume bien supérieur à sa taille (cela ressemble à une bombe de décompression) ; il n’a pas été ouvert.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} would unpack to more than {maximum} GB; it was not opened.</source>
            <translation>{name} occuperait plus de {maximum} Go une fois décompressé ; il n’a pas été ouvert.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+5" />
            <source>{name} is not a Workshop App exchange package (its manifest is far too large).</source>
            <translation>{name} n’est pas un paquet d’échange Workshop App (son manifeste est beaucoup trop volumineux).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name} is damaged: its manifest cannot be read.</source>
            <translation>{name} est endommagé : son manifeste est illisible.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+10" />
            <location line="+12" />
            <source>{name} is damaged: its content does not match its checksums; make the package again.</source>
            <translation>{name} est endommagé : son contenu ne correspond pas à ses sommes de contrôle ; créez de nouveau le paquet.</translation>
        </message>
        <message>
            <location line="-5" />
            <source>{name} unpacks to more than it declares; it was not opened.</source>
            <translation>{name} se décompresse en plus de données qu’il n’en déclare ; il n’a pas été ouvert.</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+6" />
            <source>{name} does not hold Workshop App data.</source>
            <translation>{name} ne contient pas de données Workshop App.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <source>{name} is damaged: its data cannot be read.</source>
            <translation>{name} est endommagé : ses données sont illisibles.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{name} was made by an older version of Workshop App and could not be brought up to date; nothing was merged.</source>
            <translation>{name} a été créé par une version antérieure de Workshop App et n’a pas pu être mis à jour ; rien n’a été fusionné.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/stakeholder_exchange.py" line="-308" />
            <source>A stakeholder list is written as an .xlsx file; {file} has another extension.</source>
            <translation>Une liste de parties prenantes s’enregistre au format .xlsx ; {file} a une autre extension.</translation>
        </message>
        <message>
            <location line="+24" />
            <location filename="../../workshop_app/formats/xlsform/writer.py" line="+161" />
            <source>{path} cannot be written: the folder {folder} does not exist.</source>
            <translation>{path} ne peut pas être écrit : le dossier {folder} n’existe pas.</translation>
        </message>
        <message>
            <location line="+31" />
            <location filename="../../workshop_app/formats/xlsform/writer.py" line="+28" />
            <source>{path} could not be written: {reason}.</source>
            <translation>{path} n’a pas pu être écrit : {reason}.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{file} is not a readable Excel workbook.</source>
            <translation>{file} n’est pas un classeur Excel lisible.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{file} could not be read; the workbook seems damaged ({error}).</source>
            <translation>{file} n’a pas pu être lu ; le classeur semble endommagé ({error}).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{path} does not exist or is not a file.</source>
            <translation>{path} n’existe pas ou n’est pas un fichier.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is not an Excel workbook; save the list as .xlsx and import that.</source>
            <translation>{file} n’est pas un classeur Excel ; enregistrez la liste au format .xlsx et importez ce fichier.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} is empty.</source>
            <translation>{file} est vide.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is {size:.0f} MB; a stakeholder list can be at most {maximum} MB.</source>
            <translation>{file} fait {size:.0f} Mo ; une liste de parties prenantes peut faire au plus {maximum} Mo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{file} unpacks to more than {maximum} MB, too much for a stakeholder list.</source>
            <translation>{file} occupe plus de {maximum} Mo une fois décompressé, ce qui est trop pour une liste de parties prenantes.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} cannot be opened: this user may not read it.</source>
            <translation>{file} ne peut pas être ouvert : ce compte utilisateur n’a pas l’autorisation de le lire.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} is not a readable Excel workbook, although its name says so.</source>
            <translation>{file} n’est pas un classeur Excel lisible, bien que son nom l’indique.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{file_name} has no sheet of stakeholders; name it 'Elements' with a 'Label' column.</source>
            <translation>{file_name} n’a pas de feuille de parties prenantes ; nommez-la « Elements », avec une colonne « Label ».</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The sheet {title!r} of {file_name} lists no stakeholders.</source>
            <translation>La feuille {title!r} de {file_name} ne contient aucune partie prenante.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The sheet {title!r} of {file_name} has more than {limit:,} stakeholders; Workshop App imports up to {limit:,}.</source>
            <translation>La feuille {title!r} de {file_name} contient plus de {limit:,} parties prenantes ; Workshop App en importe {limit:,} au maximum.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sheet {title!r} of {file_name} has more than {limit:,} connections; Workshop App imports up to {limit:,}.</source>
            <translation>La feuille {title!r} de {file_name} contient plus de {limit:,} liens ; Workshop App en importe {limit:,} au maximum.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The sheet {title!r} of {file_name} has no {column!r} column in its first rows; put them in the header row.</source>
            <translation>La feuille {title!r} de {file_name} n’a pas de colonne {column!r} dans ses premières lignes ; indiquez les noms de colonnes dans la ligne d’en-tête.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sheet {title!r} of {file_name} has no {first!r} and {second!r} columns in its first rows; put them in the header row.</source>
            <translation>La feuille {title!r} de {file_name} n’a pas de colonnes {first!r} et {second!r} dans ses premières lignes ; indiquez les noms de colonnes dans la ligne d’en-tête.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/ulg_workbook.py" line="+330" />
            <source>The workbook must be saved as an .xlsx file; “{file}” has another extension.</source>
            <translation>Le classeur doit être enregistré au format .xlsx ; « {file} » a une autre extension.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The folder {folder} does not exist; choose another place for the workbook.</source>
            <translation>Le dossier {folder} n’existe pas ; choisissez un autre emplacement pour le classeur.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is a folder; give the workbook a file name ending in .xlsx.</source>
            <translation>{path} est un dossier ; donnez au classeur un nom de fichier se terminant par .xlsx.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{file}” is open in another program; close it there and export again (if it is not open, delete the lock file “{lock}” in the same folder).</source>
            <translation>« {file} » est ouvert dans un autre programme ; fermez-le dans ce programme et exportez de nouveau (s’il n’est pas ouvert, supprimez le fichier de verrouillage « {lock} » dans le même dossier).</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+23" />
            <source>You may not save files in {folder}; choose another folder.</source>
            <translation>Vous n’avez pas le droit d’enregistrer des fichiers dans {folder} ; choisissez un autre dossier.</translation>
        </message>
        <message>
            <location line="-20" />
            <source>“{file}” is read-only; choose another name or folder.</source>
            <translation>« {file} » est en lecture seule ; choisissez un autre nom ou un autre dossier.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>There is not enough space on the disk for “{file}”; free some space or choose another place. Nothing was written.</source>
            <translation>Il n’y a pas assez d’espace sur le disque pour « {file} » ; libérez de l’espace ou choisissez un autre emplacement. Rien n’a été écrit.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{file}” is open in another program or read-only; close it there and export again. Nothing was changed.</source>
            <translation>« {file} » est ouvert dans un autre programme ou en lecture seule ; fermez-le dans ce programme et exportez de nouveau. Rien n’a été modifié.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{file}” could not be written: {reason}. Nothing was changed.</source>
            <translation>« {file} » n’a pas pu être écrit : {reason}. Rien n’a été modifié.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/guard.py" line="+35" />
            <source>{path} does not exist.</source>
            <translation>{path} n’existe pas.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{path} is not a file.</source>
            <translation>{path} n’est pas un fichier.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is empty.</source>
            <translation>{name} est vide.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} is {size:.0f} MB; a form file can be at most {maximum} MB.</source>
            <translation>{name} fait {size:.0f} Mo ; un fichier de formulaire peut faire au plus {maximum} Mo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} is not an XLSForm: Workshop App reads forms saved as .xlsx, .xls, .csv or .md.</source>
            <translation>{name} n’est pas un XLSForm : Workshop App lit les formulaires enregistrés au format .xlsx, .xls, .csv ou .md.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{file} is not a text file, although its name says so.</source>
            <translation>{file} n’est pas un fichier texte, bien que son nom l’indique.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{file} has more than {maximum:,} lines, too many for a form.</source>
            <translation>{file} compte plus de {maximum:,} lignes, ce qui est trop pour un formulaire.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{name} unpacks to more than {maximum} MB, too much for a form.</source>
            <translation>{name} occupe plus de {maximum} Mo une fois décompressé, ce qui est trop pour un formulaire.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} is not an Excel workbook, although its name says so.</source>
            <translation>{name} n’est pas un classeur Excel, bien que son nom l’indique.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The '{sheet}' sheet of {name} has more than {limit:,} rows; Workshop App imports forms of up to {limit:,} rows there.</source>
            <translation>La feuille « {sheet} » de {name} compte plus de {limit:,} lignes ; Workshop App importe les formulaires dont cette feuille compte au plus {limit:,} lignes.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{name} is not a readable Excel workbook ({reason}).</source>
            <translation>{name} n’est pas un classeur Excel lisible ({reason}).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The workbook's table of sheets is implausibly large.</source>
            <translation>La table des feuilles du classeur est anormalement volumineuse.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>A row of the workbook is implausibly large.</source>
            <translation>Une ligne du classeur est anormalement volumineuse.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/messages.py" line="+20" />
            <source>the '{sheet}' sheet, row {row}, column '{column}'</source>
            <translation>feuille « {sheet} », ligne {row}, colonne « {column} »</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the '{sheet}' sheet, row {row}</source>
            <translation>feuille « {sheet} », ligne {row}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the '{sheet}' sheet</source>
            <translation>feuille « {sheet} »</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{file} is not an XLSForm: it has no sheet named 'survey'. {hint}</source>
            <translation>{file} n’est pas un XLSForm : il n’a pas de feuille nommée « survey ». {hint}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is not an XLSForm: it has no sheet named 'survey'.</source>
            <translation>{file} n’est pas un XLSForm : il n’a pas de feuille nommée « survey ».</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{file} is not a valid XLSForm ({where}): {problem}.</source>
            <translation>{file} n’est pas un XLSForm valide ({where}) : {problem}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is not a valid XLSForm: {problem}.</source>
            <translation>{file} n’est pas un XLSForm valide : {problem}.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{file} cannot be imported ({where}): {problem}</source>
            <translation>{file} ne peut pas être importé ({where}) : {problem}</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/reader.py" line="-221" />
            <location line="+33" />
            <source>{file} nests groups too deeply to be read.</source>
            <translation>{file} imbrique des groupes trop profondément pour pouvoir être lu.</translation>
        </message>
        <message>
            <location line="-26" />
            <source>{file} could not be read as an XLSForm ({error}: no details).</source>
            <translation>{file} n’a pas pu être lu comme un XLSForm ({error} : aucun détail).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} could not be read as an XLSForm ({error}: {details}).</source>
            <translation>{file} n’a pas pu être lu comme un XLSForm ({error} : {details}).</translation>
        </message>
        <message>
            <location line="+28" />
            <source>{file} could not be turned into a form ({error}: no details).</source>
            <translation>{file} n’a pas pu être transformé en formulaire ({error} : aucun détail).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} could not be turned into a form ({error}: {details}).</source>
            <translation>{file} n’a pas pu être transformé en formulaire ({error} : {details}).</translation>
        </message>
        <message>
            <location line="+168" />
            <source>{file} is not a valid XLSForm ({where}): '{name}' has the type '{pyxform_type}', which XLSForm does not know.</source>
            <translation>{file} n’est pas un XLSForm valide ({where}) : « {name} » est de type « {pyxform_type} », que XLSForm ne connaît pas.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/writer.py" line="-161" />
            <source>An XLSForm is written as an .xlsx file; {file} has another extension.</source>
            <translation>Un XLSForm s’enregistre au format .xlsx ; {file} a une autre extension.</translation>
        </message>
    </context>
    <context>
        <name>feedback</name>
        <message>
            <location filename="../../workshop_app/ui/feedback_panel.py" line="-162" />
            <source>Record feedback</source>
            <translation>Enregistrer l’avis</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../workshop_app/ui/labels.py" line="+16" />
            <source>Survey</source>
            <translation>Questionnaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Brainstorm</source>
            <translation>Brainstorming</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dot vote</source>
            <translation>Vote par gommettes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Feedback round</source>
            <translation>Tour de table</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholder mapping</source>
            <translation>Cartographie des parties prenantes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>People answer a questionnaire, on paper or on the laptop.</source>
            <translation>Les personnes répondent à un questionnaire, sur papier ou sur l’ordinateur.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ideas from the room go on sticky notes and into clusters.</source>
            <translation>Les idées de la salle sont notées sur des notes adhésives, puis regroupées.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everyone places a few dots on the ideas they like most.</source>
            <translation>Chaque personne place quelques gommettes sur les idées qu’elle préfère.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each person says, in turn, how the session went for them.</source>
            <translation>Chaque personne dit, à tour de rôle, comment la séance s’est passée pour elle.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The group places stakeholders on a map together.</source>
            <translation>Le groupe place ensemble les parties prenantes sur une carte.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Planned</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Running</source>
            <translation>En cours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <location line="+4" />
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Portuguese</source>
            <translation>Portugais</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spanish</source>
            <translation>Espagnol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Polish</source>
            <translation>Polonais</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Italian</source>
            <translation>Italien</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arabic</source>
            <translation>Arabe</translation>
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
                <numerusform>%n gommette par personne</numerusform>
                <numerusform>%n gommettes par personne</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n dots each</source>
            <translation>
                <numerusform>%n gommette par personne</numerusform>
                <numerusform>%n gommettes par personne</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>map_export</name>
        <message>
            <location filename="../../workshop_app/ui/map_export.py" line="+58" />
            <source>Maps can only be drawn in a program that shows windows.</source>
            <translation>Les cartes ne peuvent être dessinées que par un programme qui affiche des fenêtres.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Paper size {paper} is not available; choose A4 or A3.</source>
            <translation>Le format de papier {paper} n’est pas disponible ; choisissez A4 ou A3.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>A map can be saved as PDF, PNG or SVG; “{name}” ends in none of these (.pdf, .png, .svg).</source>
            <translation>Une carte peut être enregistrée en PDF, PNG ou SVG ; « {name} » ne se termine par aucune de ces extensions (.pdf, .png, .svg).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The resolution must be between {low} and {high} dots per inch.</source>
            <translation>La résolution doit être comprise entre {low} et {high} points par pouce.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n’existe pas.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot write in the folder {folder}: {reason}</source>
            <translation>Impossible d’écrire dans le dossier {folder} : {reason}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot save the map as {path}: {reason}</source>
            <translation>Impossible d’enregistrer la carte sous {path} : {reason}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>the file could not be opened for writing</source>
            <translation>le fichier n’a pas pu être ouvert en écriture</translation>
        </message>
        <message>
            <location line="+23" />
            <source>not enough memory for a picture of {width} × {height} pixels</source>
            <translation>mémoire insuffisante pour une image de {width} × {height} pixels</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the picture could not be written</source>
            <translation>l’image n’a pas pu être écrite</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Stakeholder map made with Workshop App</source>
            <translation>Carte des parties prenantes réalisée avec Workshop App</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The printer could not be started.</source>
            <translation>Impossible de lancer l’impression.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Print map</source>
            <translation>Imprimer la carte</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Print preview — {title}</source>
            <translation>Aperçu avant impression — {title}</translation>
        </message>
    </context>
    <context>
        <name>map_render</name>
        <message>
            <location filename="../../workshop_app/ui/map_render.py" line="+39" />
            <source>Power / interest grid</source>
            <translation>Grille pouvoir / intérêt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Importance / influence matrix</source>
            <translation>Matrice importance / influence</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ecosystem map</source>
            <translation>Carte de l’écosystème</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+110" />
            <source>Stakeholder map</source>
            <translation>Carte des parties prenantes</translation>
        </message>
        <message>
            <location line="+8" />
            <source>1 stakeholder</source>
            <translation>1 partie prenante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} stakeholders</source>
            <translation>{count} parties prenantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 relationship</source>
            <translation>1 relation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} relationships</source>
            <translation>{count} relations</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{kind} · {stakeholders} · {relationships}</source>
            <translation>{kind} · {stakeholders} · {relationships}</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Low</source>
            <translation>Faible</translation>
        </message>
        <message>
            <location line="+0" />
            <source>High</source>
            <translation>Élevé</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_render_legend.py" line="+34" />
            <source>Weak tie</source>
            <translation>Lien faible</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tie</source>
            <translation>Lien</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strong tie</source>
            <translation>Lien fort</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Sectors</source>
            <translation>Secteurs</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Relationships</source>
            <translation>Relations</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One-way (from → to)</source>
            <translation>À sens unique (de → vers)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attitude</source>
            <translation>Attitude</translation>
        </message>
    </context>
    <context>
        <name>map_style</name>
        <message>
            <location filename="../../workshop_app/ui/map_style.py" line="+49" />
            <source>Public sector</source>
            <translation>Secteur public</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Private sector</source>
            <translation>Secteur privé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Civil society</source>
            <translation>Société civile</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge &amp; research</source>
            <translation>Savoir et recherche</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Supportive</source>
            <translation>Favorable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Neutral</source>
            <translation>Neutre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opposed</source>
            <translation>Défavorable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attitude unknown</source>
            <translation>Attitude inconnue</translation>
        </message>
    </context>
    <context>
        <name>maps</name>
        <message>
            <location filename="../../workshop_app/ui/map_commands.py" line="+57" />
            <source>New map</source>
            <translation>Nouvelle carte</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Delete map “{title}”</source>
            <translation>Supprimer la carte « {title} »</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Add stakeholder</source>
            <translation>Ajouter une partie prenante</translation>
        </message>
        <message>
            <location line="+85" />
            <source>Delete relationship</source>
            <translation>Supprimer la relation</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n relationships</source>
            <translation>
                <numerusform>Supprimer %n relation</numerusform>
                <numerusform>Supprimer %n relations</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete stakeholder</source>
            <translation>Supprimer la partie prenante</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n stakeholders</source>
            <translation>
                <numerusform>Supprimer %n partie prenante</numerusform>
                <numerusform>Supprimer %n parties prenantes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+27" />
            <source>Connect stakeholders</source>
            <translation>Relier des parties prenantes</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Take snapshot “{name}”</source>
            <translation>Prendre l’instantané « {name} »</translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>Import %n stakeholders</source>
            <translation>
                <numerusform>Importer %n partie prenante</numerusform>
                <numerusform>Importer %n parties prenantes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_exchange_actions.py" line="-77" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PNG pictures (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SVG drawings (*.svg)</source>
            <translation>Dessins SVG (*.svg)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import stakeholders from Excel</source>
            <translation>Importer des parties prenantes depuis Excel</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Export stakeholders to Excel</source>
            <translation>Exporter les parties prenantes vers Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+262" />
            <source>Export map</source>
            <translation>Exporter la carte</translation>
        </message>
        <message>
            <location line="-196" />
            <location line="+6" />
            <location line="+84" />
            <location line="+25" />
            <source>Reading {name}…</source>
            <translation>Lecture de {name}…</translation>
        </message>
        <message>
            <location line="-110" />
            <location line="+48" />
            <location line="+61" />
            <location line="+16" />
            <source>Import stakeholders</source>
            <translation>Importer des parties prenantes</translation>
        </message>
        <message>
            <location line="-109" />
            <location line="+124" />
            <source>Export stakeholders</source>
            <translation>Exporter les parties prenantes</translation>
        </message>
        <message>
            <location line="-123" />
            <source>Writing {name}…</source>
            <translation>Écriture de {name}…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Import stakeholders from E&amp;xcel…</source>
            <translation>Importer des parties prenantes depuis E&amp;xcel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add stakeholders and who works with whom from a workbook</source>
            <translation>Ajouter depuis un classeur des parties prenantes et leurs liens (qui travaille avec qui)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export stakeholders to Excel…</source>
            <translation>Exporter les parties prenantes vers Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the map's stakeholders and relationships as a workbook</source>
            <translation>Enregistrer les parties prenantes et les relations de la carte dans un classeur</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Where should the stakeholders go?</source>
            <translation>Où placer les parties prenantes ?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Into a &amp;new map</source>
            <translation>Dans une &amp;nouvelle carte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Into “{title}”</source>
            <translation>Dans « {title} »</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Imported stakeholders</source>
            <translation>Parties prenantes importées</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Imported {stakeholders} and {relationships} from {file}.</source>
            <translation>Importé depuis {file} : {stakeholders} et {relationships}.</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>… and %n more.</source>
            <translation>
                <numerusform>… et %n autre.</numerusform>
                <numerusform>… et %n autres.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Some stakeholders have a contact, which is personal data. Include the contacts in the workbook?</source>
            <translation>Certaines parties prenantes ont un contact, ce qui constitue une donnée personnelle. Inclure les contacts dans le classeur ?</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Exported to {path}.</source>
            <translation>Exporté vers {path}.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Print map</source>
            <translation>Imprimer la carte</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Saved the map as {path}.</source>
            <translation>Carte enregistrée sous {path}.</translation>
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
            <translation>Faible</translation>
        </message>
        <message>
            <location line="+0" />
            <source>High</source>
            <translation>Élevé</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/ui/map_list_model.py" line="+26" />
            <source>%n stakeholder</source>
            <translation>
                <numerusform>%n partie prenante</numerusform>
                <numerusform>%n parties prenantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n stakeholders</source>
            <translation>
                <numerusform>%n partie prenante</numerusform>
                <numerusform>%n parties prenantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n relationship</source>
            <translation>
                <numerusform>%n relation</numerusform>
                <numerusform>%n relations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n relationships</source>
            <translation>
                <numerusform>%n relation</numerusform>
                <numerusform>%n relations</numerusform>
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
            <translation>Grille pouvoir / intérêt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who can shape the plan, and who cares about it: manage closely, keep satisfied, keep informed, monitor.</source>
            <translation>Qui peut peser sur le plan, et qui s’y intéresse : gérer de près, satisfaire, informer, surveiller.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Importance / influence matrix</source>
            <translation>Matrice importance / influence</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How much the action matters to each stakeholder, and how much they can sway it.</source>
            <translation>L’importance de l’action pour chaque partie prenante, et sa capacité à l’influencer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stakeholder ecosystem</source>
            <translation>Écosystème des parties prenantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The actors of the city in four sectors: public, private, civil society, knowledge and research.</source>
            <translation>Les acteurs de la ville répartis en quatre secteurs : public, privé, société civile, savoir et recherche.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Blank canvas</source>
            <translation>Canevas vierge</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No axes and no quadrants: place people freely and draw who works with whom.</source>
            <translation>Sans axes ni quadrants : placez librement les parties prenantes et indiquez qui travaille avec qui.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Interest</source>
            <translation>Intérêt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Power</source>
            <translation>Pouvoir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Influence</source>
            <translation>Influence</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Importance</source>
            <translation>Importance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Manage closely</source>
            <translation>Gérer de près</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep informed</source>
            <translation>Informer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Monitor</source>
            <translation>Surveiller</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep satisfied</source>
            <translation>Satisfaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key players</source>
            <translation>Acteurs clés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Least priority</source>
            <translation>Priorité la plus faible</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protect and involve</source>
            <translation>Protéger et impliquer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Public</source>
            <translation>Public</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Private</source>
            <translation>Privé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Civil society</source>
            <translation>Société civile</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge &amp; research</source>
            <translation>Savoir et recherche</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_panel_editor.py" line="+37" />
            <source>Rename stakeholder</source>
            <translation>Renommer la partie prenante</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit organisation</source>
            <translation>Modifier l’organisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change sector</source>
            <translation>Changer le secteur</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change attitude</source>
            <translation>Changer l’attitude</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit engagement</source>
            <translation>Modifier la stratégie d’implication</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit notes</source>
            <translation>Modifier les notes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit contact</source>
            <translation>Modifier le contact</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <location line="+36" />
            <source>Move stakeholder</source>
            <translation>Déplacer la partie prenante</translation>
        </message>
        <message>
            <location line="-34" />
            <source>Edit stakeholder</source>
            <translation>Modifier la partie prenante</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rename map</source>
            <translation>Renommer la carte</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rename horizontal axis</source>
            <translation>Renommer l’axe horizontal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rename vertical axis</source>
            <translation>Renommer l’axe vertical</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rename quadrants</source>
            <translation>Renommer les quadrants</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit map notes</source>
            <translation>Modifier les notes de la carte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit map</source>
            <translation>Modifier la carte</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Move stakeholders</source>
            <translation>Déplacer les parties prenantes</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Connect: drag from one stakeholder to another. Press Escape when you are done.</source>
            <translation>Relier : faites glisser d’une partie prenante à une autre. Appuyez sur Échap quand vous avez terminé.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>New stakeholder</source>
            <translation>Nouvelle partie prenante</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Nudge stakeholders</source>
            <translation>Décaler les parties prenantes</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Select two or more stakeholders to align them.</source>
            <translation>Sélectionnez au moins deux parties prenantes pour les aligner.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Align left</source>
            <translation>Aligner à gauche</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Align top</source>
            <translation>Aligner en haut</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Align centres</source>
            <translation>Centrer</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Edit relationship</source>
            <translation>Modifier la relation</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_snapshots.py" line="-28" />
            <source>{name} — {date}</source>
            <translation>{name} — {date}</translation>
        </message>
        <message>
            <location line="+182" />
            <source>ULG meeting {number}</source>
            <translation>Réunion de l’ULG {number}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Snapshot “{name}” saved. Move stakeholders as things change, then Compare to see who moved.</source>
            <translation>Instantané « {name} » enregistré. Déplacez les parties prenantes au fil des évolutions, puis utilisez Comparer pour voir qui a bougé.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>There is nothing to compare yet: take a snapshot first (for example at a ULG meeting).</source>
            <translation>Il n’y a encore rien à comparer : prenez d’abord un instantané (par exemple lors d’une réunion de l’ULG).</translation>
        </message>
    </context>
    <context>
        <name>people</name>
        <message>
            <location filename="../../workshop_app/ui/participant_commands.py" line="+100" />
            <source>Register participant</source>
            <translation>Inscrire une personne</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Delete participant</source>
            <translation>Supprimer l’inscription</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Change name or contact</source>
            <translation>Modifier le nom ou les coordonnées</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Change profile answer</source>
            <translation>Modifier une réponse de profil</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Record consent</source>
            <translation>Enregistrer le consentement</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Withdraw consent</source>
            <translation>Retirer le consentement</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Check in</source>
            <translation>Enregistrer l’arrivée</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Remove check-in</source>
            <translation>Annuler l’arrivée</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Set diversity target</source>
            <translation>Définir un objectif de diversité</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Remove diversity target</source>
            <translation>Supprimer un objectif de diversité</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/participant_recorder.py" line="+23" />
            <source>Who is recording?</source>
            <translation>Qui fait la saisie ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your name is saved with every consent and erasure you record, as the law asks.
It is asked once; you can change it on the Check-in tab.</source>
            <translation>Votre nom est enregistré avec chaque consentement et chaque effacement que vous saisissez, comme l’exige la loi.
Il n’est demandé qu’une fois ; vous pouvez le modifier dans l’onglet Accueil.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/participants_model.py" line="+24" />
            <source>Take part</source>
            <translation>Participation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Consents to take part.</source>
            <translation>Consent à participer.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consents to be contacted.</source>
            <translation>Consent à un contact ultérieur.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consents to appear in photos.</source>
            <translation>Consent à apparaître sur les photos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No consent to take part: no answers can be recorded for them.</source>
            <translation>Pas de consentement à la participation : aucune réponse ne peut être enregistrée pour cette personne.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No consent to be contacted.</source>
            <translation>Pas de consentement à un contact ultérieur.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No consent to appear in photos.</source>
            <translation>Pas de consentement pour les photos.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workshops</source>
            <translation>Ateliers</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checked in</source>
            <translation>Présence</translation>
        </message>
    </context>
    <context>
        <name>profile</name>
        <message>
            <location filename="../../workshop_app/ui/profile_commands.py" line="+40" />
            <source>Add profile question</source>
            <translation>Ajouter une question de profil</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Delete profile question</source>
            <translation>Supprimer une question de profil</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Move profile question</source>
            <translation>Déplacer une question de profil</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Rename profile question</source>
            <translation>Renommer une question de profil</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Add answer</source>
            <translation>Ajouter une réponse</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Delete answer</source>
            <translation>Supprimer une réponse</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Move answer</source>
            <translation>Déplacer une réponse</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Rename answer</source>
            <translation>Renommer une réponse</translation>
        </message>
    </context>
    <context>
        <name>projector</name>
        <message>
            <location filename="../../workshop_app/ui/live_chart.py" line="+100" />
            <location line="+46" />
            <source>{count} people answered</source>
            <translation>{count} personnes ont répondu</translation>
        </message>
        <message>
            <location line="-40" />
            <source>{count} · {share} %</source>
            <translation>{count} · {share} %</translation>
        </message>
        <message>
            <location line="+4" />
            <source>average {mean} · median {median}</source>
            <translation>moyenne {mean} · médiane {median}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>dots</source>
            <translation>gommettes</translation>
        </message>
        <message>
            <location line="+17" />
            <source>1 = not useful · 5 = very useful</source>
            <translation>1 = pas utile · 5 = très utile</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+3" />
            <location line="+3" />
            <source>{label}: {count}</source>
            <translation>{label} : {count}</translation>
        </message>
    </context>
    <context>
        <name>relevance</name>
        <message>
            <location filename="../../workshop_app/ui/question_relevance.py" line="-303" />
            <source>is</source>
            <translation>est</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is not</source>
            <translation>n’est pas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>includes</source>
            <translation>inclut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>does not include</source>
            <translation>n’inclut pas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is more than</source>
            <translation>est supérieur à</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is at least</source>
            <translation>est au moins</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is less than</source>
            <translation>est inférieur à</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is at most</source>
            <translation>est au plus</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is after</source>
            <translation>est après</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is before</source>
            <translation>est avant</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is answered</source>
            <translation>a une réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is not answered</source>
            <translation>n’a pas de réponse</translation>
        </message>
        <message>
            <location line="+63" />
            <source>there is no question named '{name}'</source>
            <translation>aucune question ne s’appelle « {name} »</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+47" />
            <source>Position {position}: {message}.</source>
            <translation>Caractère {position} : {message}.</translation>
        </message>
    </context>
    <context>
        <name>results</name>
        <message>
            <location filename="../../workshop_app/ui/results_cards.py" line="-138" />
            <source>{n} answered</source>
            <translation>{n} réponses</translation>
        </message>
        <message>
            <location line="+2" />
            <source>more than one answer each, so shares add up to more than 100 %</source>
            <translation>plusieurs réponses par personne : le total des pourcentages dépasse 100 %</translation>
        </message>
        <message>
            <location line="+1" />
            <source>each person's first choice</source>
            <translation>premier choix de chaque personne</translation>
        </message>
        <message>
            <location line="+3" />
            <source>words used by at least 5 people; the answers themselves are never shown</source>
            <translation>mots employés par au moins 5 personnes ; les réponses elles-mêmes ne sont jamais affichées</translation>
        </message>
        <message>
            <location line="+2" />
            <source>answers of this kind are counted, not charted</source>
            <translation>les réponses de ce type sont comptées, mais pas représentées en graphique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} · {note}</source>
            <translation>{count} · {note}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No one answered this question in the responses shown.</source>
            <translation>Personne n’a répondu à cette question dans les réponses affichées.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fewer than 5 answers, so nothing is shown: no one can be singled out.</source>
            <translation>Moins de 5 réponses : rien n’est affiché, pour que personne ne puisse être identifié.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not shown: everyone else who answered is fewer than 5 people, and comparing this group with everyone would single them out.</source>
            <translation>Non affiché : les autres personnes ayant répondu sont moins de 5, et comparer ce groupe à l’ensemble permettrait de les identifier.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No word was used by 5 or more people.</source>
            <translation>Aucun mot n’a été employé par 5 personnes ou plus.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{group}: mean {mean}, median {median}</source>
            <translation>{group} : moyenne {mean}, médiane {median}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mean {mean} · median {median}</source>
            <translation>Moyenne {mean} · médiane {median}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not on the scale: {answers}</source>
            <translation>Hors échelle : {answers}</translation>
        </message>
        <message>
            <location line="+67" />
            <source>{group}: {n} answered</source>
            <translation>{group} : {n} réponses</translation>
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
            <translation>{group} · moins de 5 réponses</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} · hidden: everyone else is fewer than 5</source>
            <translation>{group} · masqué : les autres personnes sont moins de 5</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} · no answers</source>
            <translation>{group} · aucune réponse</translation>
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
            <translation>personnes</translation>
        </message>
        <message>
            <location line="-60" />
            <source>share of each group's respondents</source>
            <translation>part des personnes ayant répondu dans chaque groupe</translation>
        </message>
        <message>
            <location line="+55" />
            <source>share of each group</source>
            <translation>part de chaque groupe</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/results_likert.py" line="+64" />
            <source>No breakdown for this group</source>
            <translation>Pas de ventilation pour ce groupe</translation>
        </message>
        <message>
            <location line="+55" />
            <source>hidden: {share}</source>
            <translation>masqué : {share}</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Hidden: small counts</source>
            <translation>Masqué : petits effectifs</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/results_save.py" line="+33" />
            <source>PNG pictures (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>SVG drawings (*.svg)</source>
            <translation>Dessins SVG (*.svg)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save chart</source>
            <translation>Enregistrer le graphique</translation>
        </message>
        <message>
            <location line="+29" />
            <source>A chart can be saved as PNG or SVG; “{name}” ends in neither.</source>
            <translation>Un graphique peut être enregistré en PNG ou SVG ; « {name} » ne se termine par aucune de ces extensions.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>This question has no chart to save.</source>
            <translation>Cette question n’a pas de graphique à enregistrer.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{filters} · n = {n}</source>
            <translation>{filters} · n = {n}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{small}” marks fewer than 5 people; some counts are hidden so that a small one cannot be worked out.</source>
            <translation>« {small} » signale moins de 5 personnes ; certains effectifs sont masqués pour qu’on ne puisse pas en déduire un petit effectif.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n’existe pas.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot save the chart as {path}: {reason}</source>
            <translation>Impossible d’enregistrer le graphique sous {path} : {reason}</translation>
        </message>
    </context>
    <context>
        <name>run</name>
        <message>
            <location filename="../../workshop_app/ui/run_launch.py" line="+42" />
            <source>The kiosk is already running. Leave it with the PIN first.</source>
            <translation>Le kiosque est déjà lancé. Quittez-le d’abord avec le code PIN.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The kiosk is not available in this version of the app.</source>
            <translation>Le kiosque n’est pas disponible dans cette version de l’application.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Paper data entry is not available in this version of the app.</source>
            <translation>La saisie des questionnaires papier n’est pas disponible dans cette version de l’application.</translation>
        </message>
    </context>
    <context>
        <name>startup</name>
        <message>
            <location filename="../../workshop_app/ui/startup.py" line="+39" />
            <source>{path} could not be opened: {reason}.</source>
            <translation>{path} n’a pas pu être ouvert : {reason}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Workshop App</source>
            <translation>Workshop App</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The database could not be opened.</source>
            <translation>La base de données n’a pas pu être ouverte.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open another file…</source>
            <translation>Ouvrir un autre fichier…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create a new database…</source>
            <translation>Créer une nouvelle base de données…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
    </context>
    <context>
        <name>surveys</name>
        <message>
            <location filename="../../workshop_app/ui/survey_dialogs.py" line="-38" />
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the changes to “{title}”?</source>
            <translation>Enregistrer les modifications de « {title} » ?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If you don't save them, the changes since the last save are lost.</source>
            <translation>Si vous ne les enregistrez pas, les modifications faites depuis le dernier enregistrement seront perdues.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/ui/survey_list_model.py" line="+34" />
            <source>%n question</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n questions</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n response</source>
            <translation>
                <numerusform>%n réponse</numerusform>
                <numerusform>%n réponses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n responses</source>
            <translation>
                <numerusform>%n réponse</numerusform>
                <numerusform>%n réponses</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Version {version} · {languages}
{questions} · {responses}</source>
            <translation>Version {version} · {languages}
{questions} · {responses}</translation>
        </message>
    </context>
    <context>
        <name>templates</name>
        <message>
            <location filename="../../workshop_app/ui/survey_template_dialog.py" line="-121" />
            <source>ULG workshop feedback</source>
            <translation>Évaluation de l’atelier ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At the end of a workshop: was it useful, did people feel heard, could they follow, what to improve.</source>
            <translation>À la fin d’un atelier : était-il utile, les personnes se sont-elles senties écoutées, ont-elles pu suivre, que faut-il améliorer ?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Neighbourhood needs assessment</source>
            <translation>Diagnostic des besoins du quartier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What a neighbourhood needs most, which services people use and what keeps them from taking part.</source>
            <translation>Ce dont un quartier a le plus besoin, les services que les gens utilisent et ce qui les empêche de participer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Training evaluation</source>
            <translation>Évaluation d’une formation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After a training: objectives, pace, the trainer, and what people learned.</source>
            <translation>Après une formation : objectifs, rythme, formateur ou formatrice, et ce que les personnes ont appris.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Blank survey</source>
            <translation>Questionnaire vierge</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start with one question and build the rest yourself.</source>
            <translation>Commencez avec une question et construisez le reste vous-même.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New survey</source>
            <translation>Nouveau questionnaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New question</source>
            <translation>Nouvelle question</translation>
        </message>
    </context>
    <context>
        <name>voting</name>
        <message>
            <location filename="../../workshop_app/ui/voting_model.py" line="+50" />
            <source>Count dots</source>
            <translation>Compter les gommettes</translation>
        </message>
    </context>
    <context>
        <name>worker</name>
        <message>
            <location filename="../../workshop_app/ui/worker.py" line="+144" />
            <source>Something went wrong ({error}); nothing was changed.</source>
            <translation>Une erreur s’est produite ({error}) ; rien n’a été modifié.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>workshops</name>
        <message>
            <location filename="../../workshop_app/ui/workshop_list_model.py" line="+33" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date and time</source>
            <translation>Date et heure</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activities</source>
            <translation>Activités</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned time</source>
            <translation>Durée prévue</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Not set</source>
            <translation>Non défini</translation>
        </message>
    </context>
    <context>
        <name>xlsform</name>
        <message>
            <location filename="../../workshop_app/ui/xlsform_actions.py" line="+24" />
            <source>XLSForm spreadsheets (*.xlsx *.xls);;All files (*)</source>
            <translation>Feuilles de calcul XLSForm (*.xlsx *.xls);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+28" />
            <source>Import XLSForm</source>
            <translation>Importer un XLSForm</translation>
        </message>
        <message>
            <location line="-21" />
            <location line="+39" />
            <source>Export XLSForm</source>
            <translation>Exporter en XLSForm</translation>
        </message>
        <message>
            <location line="-38" />
            <source>XLSForm spreadsheets (*.xlsx)</source>
            <translation>Feuilles de calcul XLSForm (*.xlsx)</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+6" />
            <source>Reading {name}…</source>
            <translation>Lecture de {name}…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Writing {name}…</source>
            <translation>Écriture de {name}…</translation>
        </message>
    </context>
</TS>