<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
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
            <translation>Dodaj język</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Which language should the survey also be in? Pick one or type its name and code, for example “Tetum (tet)”.</source>
            <translation>W jakim jeszcze języku ma być dostępna ankieta? Wybierz język z listy albo wpisz jego nazwę i kod, na przykład „Tetum (tet)”.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Add</source>
            <translation>Dodaj</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Type a name with a short code in brackets, such as “Tetum (tet)”.</source>
            <translation>Wpisz nazwę z krótkim kodem w nawiasie, np. „Tetum (tet)”.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The survey is already in that language.</source>
            <translation>Ankieta jest już dostępna w tym języku.</translation>
        </message>
    </context>
    <context>
        <name>AgendaView</name>
        <message>
            <location filename="../../workshop_app/ui/agenda_view.py" line="+96" />
            <source>No activities yet. Use “Add activity” to plan a brainstorm, a dot vote or a survey.</source>
            <translation>Program jest jeszcze pusty. Użyj przycisku „Dodaj punkt programu”, aby zaplanować burzę mózgów, głosowanie kropkami lub ankietę.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Agenda</source>
            <translation>Program</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The activities of the workshop, in order. Double-click to edit.</source>
            <translation>Punkty programu warsztatu w kolejności. Kliknij dwukrotnie, aby edytować.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A&amp;genda</source>
            <translation>&amp;Program</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Total time of the agenda</source>
            <translation>Łączny czas programu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Add activity</source>
            <translation>&amp;Dodaj punkt programu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add activity</source>
            <translation>Dodaj punkt programu</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Remove</source>
            <translation>&amp;Usuń</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remove activity</source>
            <translation>Usuń punkt programu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move activity up</source>
            <translation>Przesuń punkt programu w górę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move activity down</source>
            <translation>Przesuń punkt programu w dół</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected activity (Delete)</source>
            <translation>Usuń zaznaczony punkt programu (Delete)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the selected activity earlier (Alt+Up)</source>
            <translation>Przesuń zaznaczony punkt programu wcześniej (Alt+Strzałka w górę)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the selected activity later (Alt+Down)</source>
            <translation>Przesuń zaznaczony punkt programu później (Alt+Strzałka w dół)</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Total: {duration} (ends about {time})</source>
            <translation>Łącznie: {duration} (koniec około {time})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Total: {duration}</source>
            <translation>Łącznie: {duration}</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Add {activity}</source>
            <translation>Dodaj: {activity}</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Change activity title</source>
            <translation>Zmień tytuł punktu programu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change activity time</source>
            <translation>Zmień czas punktu programu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change dots per person</source>
            <translation>Zmień liczbę kropek na osobę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the survey</source>
            <translation>Wybierz ankietę</translation>
        </message>
        <message>
            <location line="+27" />
            <source>{title} (version {version})</source>
            <translation>{title} (wersja {version})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No survey chosen yet</source>
            <translation>Nie wybrano jeszcze ankiety</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New from template: {title}</source>
            <translation>Nowa z szablonu: {title}</translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <location filename="../../workshop_app/ui/board_view.py" line="+42" />
            <location line="+8" />
            <source>Brainstorm board</source>
            <translation>Tablica burzy mózgów</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Drag notes between clusters; right-click a note for its menu; F2 edits the selected note, Delete removes it.</source>
            <translation>Przeciągaj karteczki między grupami; kliknij karteczkę prawym przyciskiem, aby otworzyć jej menu; F2 edytuje zaznaczoną karteczkę, a Delete ją usuwa.</translation>
        </message>
    </context>
    <context>
        <name>BrainstormPanel</name>
        <message>
            <location filename="../../workshop_app/ui/brainstorm_panel.py" line="+48" />
            <source>Yellow</source>
            <translation>Żółty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pink</source>
            <translation>Różowy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Blue</source>
            <translation>Niebieski</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Green</source>
            <translation>Zielony</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orange</source>
            <translation>Pomarańczowy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purple</source>
            <translation>Fioletowy</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Type an idea from the room and press Enter</source>
            <translation>Wpisz pomysł zgłoszony na sali i naciśnij Enter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New sticky note</source>
            <translation>Nowa karteczka</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Put new notes into</source>
            <translation>Nowe karteczki trafiają do</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where new notes go</source>
            <translation>Dokąd trafiają nowe karteczki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add note</source>
            <translation>Dodaj karteczkę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the typed note</source>
            <translation>Dodaj wpisaną karteczkę</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add &amp;cluster…</source>
            <translation>Dodaj &amp;grupę…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a cluster</source>
            <translation>Dodaj grupę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A new titled column to group notes in</source>
            <translation>Nowa kolumna z tytułem, w której można grupować karteczki</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Drag notes into clusters (Ctrl+click picks several) · double-click or F2 edits · right-click to colour, move or delete · Ctrl+Z undoes</source>
            <translation>Przeciągaj karteczki do grup (Ctrl+kliknięcie zaznacza kilka) · dwukrotne kliknięcie lub F2 – edycja · prawy przycisk – kolor, przeniesienie lub usunięcie · Ctrl+Z cofa</translation>
        </message>
        <message>
            <location line="+5" />
            <source>into</source>
            <translation>do</translation>
        </message>
        <message>
            <location line="+48" />
            <location line="+115" />
            <source>New ideas</source>
            <translation>Nowe pomysły</translation>
        </message>
        <message>
            <location line="-113" />
            <location line="+115" />
            <source>Unnamed group</source>
            <translation>Grupa bez nazwy</translation>
        </message>
        <message>
            <location line="-91" />
            <source>Edit note</source>
            <translation>Edytuj karteczkę</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Text of the note:</source>
            <translation>Tekst karteczki:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Colour notes</source>
            <translation>Zmień kolor karteczek</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Add cluster</source>
            <translation>Dodaj grupę</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+13" />
            <source>Name of the cluster:</source>
            <translation>Nazwa grupy:</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Cluster {number}</source>
            <translation>Grupa {number}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Rename cluster</source>
            <translation>Zmień nazwę grupy</translation>
        </message>
        <message>
            <location line="+21" />
            <source>&amp;Edit text…</source>
            <translation>&amp;Edytuj tekst…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Colour</source>
            <translation>&amp;Kolor</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Move to</source>
            <translation>&amp;Przenieś do</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Delete</source>
            <translation>&amp;Usuń</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Rename…</source>
            <translation>Zmień &amp;nazwę…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;left</source>
            <translation>Przesuń w &amp;lewo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Move &amp;right</source>
            <translation>Przesuń w p&amp;rawo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Delete cluster (keep its notes)</source>
            <translation>&amp;Usuń grupę (karteczki zostaną)</translation>
        </message>
    </context>
    <context>
        <name>CheckinForm</name>
        <message>
            <location filename="../../workshop_app/ui/checkin_form.py" line="+49" />
            <source>Register someone new</source>
            <translation>Zarejestruj nową osobę</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Everything is optional except the consent. Press Enter to register.</source>
            <translation>Wszystko poza zgodą jest nieobowiązkowe. Naciśnij Enter, aby zarejestrować.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name (optional, personal data)</source>
            <translation>Imię i nazwisko (nieobowiązkowe, dane osobowe)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name — optional</source>
            <translation>Imię i nazwisko — nieobowiązkowe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or e-mail (optional, personal data)</source>
            <translation>Telefon lub e-mail (nieobowiązkowe, dane osobowe)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or e-mail — optional</source>
            <translation>Telefon lub e-mail — nieobowiązkowe</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Takes part (needed to answer surveys)</source>
            <translation>&amp;Bierze udział (wymagane do wypełniania ankiet)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May be &amp;contacted again</source>
            <translation>Zgadza się na ponowny &amp;kontakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agrees to appear in &amp;photos</source>
            <translation>Zgadza się na obecność na &amp;zdjęciach</translation>
        </message>
        <message>
            <location line="+12" />
            <source>About them (optional profile questions)</source>
            <translation>O tej osobie (nieobowiązkowe pytania metryczkowe)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the optional profile questions</source>
            <translation>Pokaż nieobowiązkowe pytania metryczkowe</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Register  ⏎</source>
            <translation>Zarejestruj  ⏎</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Register</source>
            <translation>Zarejestruj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Register and check in (Enter)</source>
            <translation>Zarejestruj i potwierdź obecność (Enter)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Name</source>
            <translation>&amp;Imię i nazwisko</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or &amp;e-mail</source>
            <translation>Telefon lub &amp;e-mail</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Consent:</source>
            <translation>Zgoda:</translation>
        </message>
    </context>
    <context>
        <name>CheckinListDialog</name>
        <message>
            <location filename="../../workshop_app/ui/run_checkin.py" line="+48" />
            <source>Checked in</source>
            <translation>Lista obecności</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Checked in: {count}</source>
            <translation>Obecnych: {count}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>People checked in</source>
            <translation>Osoby obecne</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{code} — {time}</source>
            <translation>{code} — {time}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Register people and record their consent in Participants › Check-in.</source>
            <translation>Rejestruj osoby i zapisuj ich zgody w sekcji Uczestnicy › Rejestracja.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
    </context>
    <context>
        <name>CheckinView</name>
        <message>
            <location filename="../../workshop_app/ui/checkin_view.py" line="+63" />
            <source>Workshop people are checked in to</source>
            <translation>Warsztat, na którym potwierdzasz obecność</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Change who is recording</source>
            <translation>Zmień osobę rejestrującą</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Check in someone already registered</source>
            <translation>Potwierdź obecność osoby już zarejestrowanej</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Already registered? Type their code (or just the number) and press Enter</source>
            <translation>Osoba jest już zarejestrowana? Wpisz jej kod (lub sam numer) i naciśnij Enter</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Checked-in participants</source>
            <translation>Osoby obecne</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Remove check-in</source>
            <translation>Usuń z listy obecności</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected check-in</source>
            <translation>Usuń zaznaczoną osobę z listy obecności</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checked in by mistake? Take it back (you can undo this)</source>
            <translation>Obecność potwierdzona przez pomyłkę? Wycofaj ją (można to cofnąć)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Checking in to</source>
            <translation>Rejestracja na</translation>
        </message>
        <message>
            <location line="+49" />
            <source>{title} — {when} ({status})</source>
            <translation>{title} — {when} ({status})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no date</source>
            <translation>bez daty</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No workshop — register only</source>
            <translation>Bez warsztatu — tylko rejestracja</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Recording as {name}</source>
            <translation>Rejestruje: {name}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who is recording? Set it</source>
            <translation>Kto rejestruje? Ustaw</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consent is recorded in this name; click to change it</source>
            <translation>Zgody są zapisywane pod tym imieniem i nazwiskiem; kliknij, aby je zmienić</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Matching participants</source>
            <translation>Pasujące osoby</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Checked in: %n</source>
            <translation>
                <numerusform>Obecnych: %n</numerusform>
                <numerusform>Obecnych: %n</numerusform>
                <numerusform>Obecnych: %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a workshop to see who is checked in</source>
            <translation>Wybierz warsztat, aby zobaczyć, kto jest obecny</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No workshops yet: people are registered without a check-in</source>
            <translation>Nie ma jeszcze warsztatów: osoby są rejestrowane bez potwierdzania obecności</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No one yet. Register the first person above.</source>
            <translation>Nikogo jeszcze nie ma. Zarejestruj pierwszą osobę powyżej.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No one matches. Register them above as someone new.</source>
            <translation>Nikt nie pasuje. Zarejestruj tę osobę powyżej jako nową.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Consent must say who recorded it: enter your name to register.</source>
            <translation>Przy każdej zgodzie zapisuje się, kto ją przyjął: wpisz swoje imię i nazwisko, aby rejestrować.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Choose the workshop to check people in to.</source>
            <translation>Wybierz warsztat, na którym chcesz potwierdzać obecność.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No single participant has the code “{text}”. Type the whole code, or double-click them in the list.</source>
            <translation>Kod „{text}” nie wskazuje jednoznacznie żadnej osoby. Wpisz pełny kod albo kliknij osobę dwukrotnie na liście.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>{code} is not checked in to this workshop.</source>
            <translation>{code} nie figuruje na liście obecności tego warsztatu.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>— write this on the name badge.</source>
            <translation>— zapisz go na identyfikatorze.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>— checked in. Welcome back!</source>
            <translation>— obecność potwierdzona. Witamy ponownie!</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <location filename="../../workshop_app/ui/question_choices.py" line="+125" />
            <source>Choice list</source>
            <translation>Lista opcji</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions can share a list of choices</source>
            <translation>Pytania mogą korzystać ze wspólnej listy opcji</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New list</source>
            <translation>Nowa lista</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New choice list for this question</source>
            <translation>Nowa lista opcji dla tego pytania</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choices</source>
            <translation>Opcje</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+1" />
            <location line="+122" />
            <source>Add choice</source>
            <translation>Dodaj opcję</translation>
        </message>
        <message>
            <location line="-120" />
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+132" />
            <source>Remove choice</source>
            <translation>Usuń opcję</translation>
        </message>
        <message>
            <location line="-128" />
            <source>Move choice up</source>
            <translation>Przesuń opcję w górę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move choice down</source>
            <translation>Przesuń opcję w dół</translation>
        </message>
        <message>
            <location line="+46" />
            <source>{list} ({example}, …)</source>
            <translation>{list} ({example}, …)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>One other question uses this list too; changes apply to both.</source>
            <translation>Z tej listy korzysta też jedno inne pytanie; zmiany dotyczą obu.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n other questions use this list too; changes apply to all.</source>
            <translation>
                <numerusform>Z tej listy korzysta też %n inne pytanie; zmiany dotyczą wszystkich.</numerusform>
                <numerusform>Z tej listy korzystają też %n inne pytania; zmiany dotyczą wszystkich.</numerusform>
                <numerusform>Z tej listy korzysta też %n innych pytań; zmiany dotyczą wszystkich.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+11" />
            <source>Change choice list</source>
            <translation>Zmień listę opcji</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Option 1</source>
            <translation>Opcja 1</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>New choice list</source>
            <translation>Nowa lista opcji</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Option {number}</source>
            <translation>Opcja {number}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Move choice</source>
            <translation>Przesuń opcję</translation>
        </message>
    </context>
    <context>
        <name>ChoiceTableModel</name>
        <message>
            <location filename="../../workshop_app/ui/profile_editor_model.py" line="+113" />
            <location filename="../../workshop_app/ui/question_choices.py" line="-228" />
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <location line="+24" />
            <source>(missing)</source>
            <translation>(brak)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Every question keeps “Prefer not to say”; it can be renamed, not deleted.</source>
            <translation>Każde pytanie ma opcję „Wolę nie odpowiadać”; można zmienić jej nazwę, ale nie można jej usunąć.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/question_choices.py" line="+43" />
            <source>Edit choice</source>
            <translation>Edytuj opcję</translation>
        </message>
    </context>
    <context>
        <name>ComingPage</name>
        <message>
            <location filename="../../workshop_app/ui/coming_view.py" line="+36" />
            <source>Coming in a later version.</source>
            <translation>Dostępne w jednej z kolejnych wersji.</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../../workshop_app/ui/map_snapshots.py" line="+94" />
            <source>Compare snapshots</source>
            <translation>Porównaj migawki</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Compare from</source>
            <translation>Porównaj od</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compare with</source>
            <translation>Porównaj z</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Now (the map as it is)</source>
            <translation>Teraz (mapa w obecnym stanie)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;From</source>
            <translation>&amp;Od</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;To</source>
            <translation>&amp;Do</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compare</source>
            <translation>Porównaj</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Arrows will show who moved, from where they stood to where they stand.</source>
            <translation>Strzałki pokażą, kto się przesunął: od dawnego miejsca do obecnego.</translation>
        </message>
    </context>
    <context>
        <name>ComparisonBar</name>
        <message>
            <location line="+27" />
            <source>Who moved</source>
            <translation>Kto się przesunął</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Close comparison</source>
            <translation>Zamknij porównanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close the comparison</source>
            <translation>Zamknij porównanie</translation>
        </message>
        <message>
            <location line="+17" />
            <source>1 stakeholder moved</source>
            <translation>Przesunięto 1 interesariusza</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n stakeholders moved</source>
            <translation>
                <numerusform>Przesunięto %n interesariusza</numerusform>
                <numerusform>Przesunięto %n interesariuszy</numerusform>
                <numerusform>Przesunięto %n interesariuszy</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} since “{before}”.</source>
            <translation>{count} od migawki „{before}”.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} between “{before}” and “{after}”.</source>
            <translation>{count} między migawkami „{before}” i „{after}”.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n added</source>
            <translation>
                <numerusform>dodano %n</numerusform>
                <numerusform>dodano %n</numerusform>
                <numerusform>dodano %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n removed</source>
            <translation>
                <numerusform>usunięto %n</numerusform>
                <numerusform>usunięto %n</numerusform>
                <numerusform>usunięto %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Also: {changes}.</source>
            <translation>Ponadto: {changes}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{name} was added.</source>
            <translation>Dodano: {name}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} was removed.</source>
            <translation>Usunięto: {name}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}: from {x0:.1f}, {y0:.1f} to {x1:.1f}, {y1:.1f}</source>
            <translation>{name}: z {x0:.1f}, {y0:.1f} na {x1:.1f}, {y1:.1f}</translation>
        </message>
    </context>
    <context>
        <name>ConsentPanel</name>
        <message>
            <location filename="../../workshop_app/ui/consent_panel.py" line="+79" />
            <location line="+3" />
            <location line="+38" />
            <source>Record consent</source>
            <translation>Zapisz zgodę</translation>
        </message>
        <message>
            <location line="-36" />
            <location line="+37" />
            <source>{purpose}: record consent</source>
            <translation>{purpose}: zapisz zgodę</translation>
        </message>
        <message>
            <location line="-23" />
            <source>Consent history</source>
            <translation>Historia zgód</translation>
        </message>
        <message>
            <location line="-16" />
            <location line="+35" />
            <source>Withdraw</source>
            <translation>Wycofaj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{purpose}: withdraw consent</source>
            <translation>{purpose}: wycofaj zgodę</translation>
        </message>
        <message>
            <location line="+6" />
            <source>History (newest first):</source>
            <translation>Historia (od najnowszych):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No consent recorded yet.</source>
            <translation>Nie zapisano jeszcze żadnej zgody.</translation>
        </message>
    </context>
    <context>
        <name>DataEntryWindow</name>
        <message>
            <location filename="../../workshop_app/ui/data_entry_window.py" line="+65" />
            <source>Paper questionnaires — {title}</source>
            <translation>Ankiety papierowe — {title}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Paper questionnaires: {title}</source>
            <translation>Ankiety papierowe: {title}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Code on the paper, e.g. 42</source>
            <translation>Kod z ankiety papierowej, np. 42</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code on the paper, or empty if anonymous</source>
            <translation>Kod z ankiety papierowej albo puste pole, jeśli ankieta jest anonimowa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant code on the paper</source>
            <translation>Kod uczestnika z ankiety papierowej</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Language of the paper</source>
            <translation>Język ankiety papierowej</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Resume a paper…</source>
            <translation>Wznów ankietę papierową…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Participant code:</source>
            <translation>Kod uczestnika:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language of the paper:</source>
            <translation>Język ankiety:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Questions of the paper questionnaire</source>
            <translation>Pytania ankiety papierowej</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Finish and next questionnaire (Ctrl+Enter)</source>
            <translation>Zakończ i przejdź do następnej ankiety (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+82" />
            <location line="+110" />
            <source>anonymous</source>
            <translation>osoba anonimowa</translation>
        </message>
        <message>
            <location line="-59" />
            <source>Correct the fields marked in red first.</source>
            <translation>Najpierw popraw pola zaznaczone na czerwono.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the answers of a paper first.</source>
            <translation>Najpierw wpisz odpowiedzi z ankiety papierowej.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Saved. Type the next paper.</source>
            <translation>Zapisano. Wpisz następną ankietę.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>No paper is waiting</source>
            <translation>Brak oczekujących ankiet papierowych</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{who} — {count} answers ({mode})</source>
            <translation>{who} — odpowiedzi: {count} ({mode})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kiosk</source>
            <translation>kiosk</translation>
        </message>
        <message>
            <location line="+0" />
            <source>paper</source>
            <translation>papier</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Paper questionnaires entered: {count}</source>
            <translation>Wprowadzone ankiety papierowe: {count}</translation>
        </message>
    </context>
    <context>
        <name>DatabaseActions</name>
        <message>
            <location filename="../../workshop_app/ui/database_actions.py" line="+31" />
            <source>New &amp;database…</source>
            <translation>Nowa &amp;baza danych…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start an empty database in a file of your choice</source>
            <translation>Utwórz pustą bazę danych w wybranym pliku</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Open database…</source>
            <translation>&amp;Otwórz bazę danych…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Work on another database file</source>
            <translation>Pracuj na innym pliku bazy danych</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Backup…</source>
            <translation>&amp;Kopia zapasowa…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save a copy of the open database, e.g. on a USB stick</source>
            <translation>Zapisz kopię otwartej bazy danych, np. na pendrivie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Restore…</source>
            <translation>&amp;Przywróć…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace the open database with a backup</source>
            <translation>Zastąp otwartą bazę danych kopią zapasową</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{name} already existed, so it was opened, not replaced.</source>
            <translation>Plik {name} już istniał, więc został otwarty, a nie zastąpiony.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Back up database</source>
            <translation>Utwórz kopię zapasową bazy danych</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Backup failed</source>
            <translation>Nie udało się utworzyć kopii zapasowej</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Backup saved to {path}.</source>
            <translation>Zapisano kopię zapasową: {path}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Restore from a backup</source>
            <translation>Przywróć z kopii zapasowej</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Replace “{name}” with the backup “{source}”?</source>
            <translation>Zastąpić „{name}” kopią zapasową „{source}”?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The current data is kept as a backup at {folder}.</source>
            <translation>Obecne dane zostaną zachowane jako kopia zapasowa w folderze {folder}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore backup</source>
            <translation>Przywróć kopię zapasową</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Replace</source>
            <translation>Zastąp</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Restore failed</source>
            <translation>Nie udało się przywrócić kopii zapasowej</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Backup restored</source>
            <translation>Przywrócono kopię zapasową</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} now holds the restored data. The data it had before is kept at {kept}.</source>
            <translation>Plik {name} zawiera teraz przywrócone dane. Wcześniejsze dane zachowano w {kept}.</translation>
        </message>
    </context>
    <context>
        <name>DiversityView</name>
        <message>
            <location filename="../../workshop_app/ui/diversity_view.py" line="+56" />
            <source>Show who took part in</source>
            <translation>Pokaż, kto uczestniczył w</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Targets…</source>
            <translation>&amp;Cele…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set diversity targets</source>
            <translation>Ustaw cele różnorodności</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say which groups should make up at least a share of the room</source>
            <translation>Określ, jaki co najmniej odsetek osób na sali powinny stanowić poszczególne grupy</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+142" />
            <source>Missing voices</source>
            <translation>Brakujące głosy</translation>
        </message>
        <message>
            <location line="-116" />
            <source>Who took part: missing voices and charts</source>
            <translation>Kto uczestniczył: brakujące głosy i wykresy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scroll with the arrow keys to read every chart</source>
            <translation>Przewijaj klawiszami strzałek, aby przeczytać wszystkie wykresy</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Who took part in</source>
            <translation>&amp;Kto uczestniczył w</translation>
        </message>
        <message>
            <location line="+28" />
            <source>All workshops (everyone registered)</source>
            <translation>Wszystkie warsztaty (wszystkie zarejestrowane osoby)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{title} — {when}</source>
            <translation>{title} — {when}</translation>
        </message>
        <message>
            <location line="+49" />
            <source>{people} people counted. Shares are of those who answered each question. Counts under 5 show as “&lt;5” (a hatched stub), so no one can be singled out; “≥5” is hidden so a small group cannot be worked out.</source>
            <translation>Uwzględnione osoby: {people}. Odsetki liczone są wśród osób, które odpowiedziały na dane pytanie. Liczebności poniżej 5 są pokazywane jako „&lt;5” (zakreskowany krótki pasek), żeby nie dało się nikogo zidentyfikować; wartość „≥5” jest ukryta, żeby nie dało się wyliczyć małej grupy.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No targets are set yet. Use “Targets…” to say who should be in the room, for example at least 15 % aged 60 or over.</source>
            <translation>Nie ustawiono jeszcze celów. Użyj przycisku „Cele…”, aby określić, kto powinien być na sali, np. co najmniej 15% osób w wieku 60 lat lub starszych.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No group is below its target.</source>
            <translation>Żadna grupa nie jest poniżej swojego celu.</translation>
        </message>
    </context>
    <context>
        <name>EntryRow</name>
        <message>
            <location filename="../../workshop_app/ui/data_entry_fields.py" line="+151" />
            <source>Does not apply to this paper (skipped)</source>
            <translation>Nie dotyczy tej ankiety papierowej (pominięte)</translation>
        </message>
    </context>
    <context>
        <name>ErasureDialog</name>
        <message>
            <location filename="../../workshop_app/ui/erasure_dialog.py" line="+28" />
            <source>Erase {code}</source>
            <translation>Wymaż {code}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Erase {code} for good?</source>
            <translation>Trwale wymazać {code}?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This removes everything about this person: their name and contact, every consent record, their profile answers and the workshops they checked in to. Their code will not come back.</source>
            <translation>Spowoduje to usunięcie wszystkiego, co dotyczy tej osoby: imienia i nazwiska, danych kontaktowych, wszystkich zapisów zgód, odpowiedzi w metryczce oraz informacji o warsztatach, na których była obecna. Jej kod nie pojawi się ponownie.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Their survey answers, ideas and votes:</source>
            <translation>Jej odpowiedzi w ankietach, pomysły i głosy:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Erase them too (recommended)</source>
            <translation>&amp;Wymaż je również (zalecane)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Erase their answers, ideas and votes too</source>
            <translation>Wymaż również jej odpowiedzi, pomysły i głosy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keep them anonymously, with no link to this person</source>
            <translation>&amp;Zachowaj je anonimowo, bez powiązania z tą osobą</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep their answers, ideas and votes anonymously</source>
            <translation>Zachowaj jej odpowiedzi, pomysły i głosy anonimowo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This cannot be undone, and the undo history is cleared so the person cannot be brought back. An audit entry records when and by whom, never who was erased. Backups made before now still contain them until those backups are deleted.</source>
            <translation>Tej operacji nie można cofnąć, a historia cofania zostanie wyczyszczona, aby nie dało się przywrócić tej osoby. W dzienniku audytu zapisuje się, kiedy i kto wykonał wymazanie, ale nigdy — kogo wymazano. Kopie zapasowe utworzone wcześniej nadal zawierają dane tej osoby, dopóki nie zostaną usunięte.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+3" />
            <source>Erase for good</source>
            <translation>Wymaż trwale</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <location filename="../../workshop_app/ui/exchange_actions.py" line="+36" />
            <source>Workshop App packages (*.wspack);;All files (*)</source>
            <translation>Pakiety Workshop App (*.wspack);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>E&amp;xport for merge…</source>
            <translation>&amp;Eksportuj do scalenia…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save everything on this laptop in one file for the ULG secretary</source>
            <translation>Zapisz wszystko z tego laptopa w jednym pliku dla sekretarza ULG</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Merge…</source>
            <translation>&amp;Scal…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bring in packages from other laptops, after a preview</source>
            <translation>Wczytaj pakiety z innych laptopów, najpierw oglądając podgląd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Check database…</source>
            <translation>Sp&amp;rawdź bazę danych…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Look for damage and inconsistencies in the open database</source>
            <translation>Szukaj uszkodzeń i niespójności w otwartej bazie danych</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The previous step is still finishing; try again in a moment.</source>
            <translation>Poprzedni krok jeszcze się kończy; spróbuj ponownie za chwilę.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+14" />
            <source>Export for merge</source>
            <translation>Eksport do scalenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Packing…</source>
            <translation>Pakowanie…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved {name} ({size} MB) in {folder}. Take it to the ULG secretary, who adds it to the shared database with File &gt; Merge.</source>
            <translation>Zapisano {name} ({size} MB) w folderze {folder}. Przekaż plik sekretarzowi ULG — doda go do wspólnej bazy danych poleceniem Plik &gt; Scal.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Package saved to {path}.</source>
            <translation>Zapisano pakiet: {path}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Package saved</source>
            <translation>Zapisano pakiet</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+19" />
            <location line="+35" />
            <source>Merge packages</source>
            <translation>Scal pakiety</translation>
        </message>
        <message>
            <location line="-34" />
            <source>Reading the packages…</source>
            <translation>Wczytywanie pakietów…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Saving a backup first…</source>
            <translation>Najpierw zapisywanie kopii zapasowej…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The backup before merging could not be made ({reason}); nothing was merged.</source>
            <translation>Nie udało się utworzyć kopii zapasowej przed scaleniem ({reason}); niczego nie scalono.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Merging…</source>
            <translation>Scalanie…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The packages were merged.</source>
            <translation>Pakiety zostały scalone.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A conflict keeps the newer change. The database as it was before the merge is kept at {backup}; File &gt; Restore brings it back.</source>
            <translation>W razie konfliktu zachowywana jest nowsza zmiana. Baza danych sprzed scalenia została zachowana w {backup}; polecenie Plik &gt; Przywróć pozwala do niej wrócić.</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+13" />
            <source>Check database</source>
            <translation>Sprawdź bazę danych</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Checking {name}…</source>
            <translation>Sprawdzanie {name}…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{kind}: {count}</source>
            <translation>{kind}: {count}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No problems found in {name}.</source>
            <translation>Nie znaleziono problemów w {name}.</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n problem found in {name}. Restore a recent backup (File &gt; Restore) or ask for help before going on.</source>
            <translation>
                <numerusform>Znaleziono %n problem w {name}. Zanim przejdziesz dalej, przywróć niedawną kopię zapasową (Plik &gt; Przywróć) albo poproś kogoś o pomoc.</numerusform>
                <numerusform>Znaleziono %n problemy w {name}. Zanim przejdziesz dalej, przywróć niedawną kopię zapasową (Plik &gt; Przywróć) albo poproś kogoś o pomoc.</numerusform>
                <numerusform>Znaleziono %n problemów w {name}. Zanim przejdziesz dalej, przywróć niedawną kopię zapasową (Plik &gt; Przywróć) albo poproś kogoś o pomoc.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n problems found in {name}. Restore a recent backup (File &gt; Restore) or ask for help before going on.</source>
            <translation>
                <numerusform>Znaleziono %n problem w {name}. Zanim przejdziesz dalej, przywróć niedawną kopię zapasową (Plik &gt; Przywróć) albo poproś kogoś o pomoc.</numerusform>
                <numerusform>Znaleziono %n problemy w {name}. Zanim przejdziesz dalej, przywróć niedawną kopię zapasową (Plik &gt; Przywróć) albo poproś kogoś o pomoc.</numerusform>
                <numerusform>Znaleziono %n problemów w {name}. Zanim przejdziesz dalej, przywróć niedawną kopię zapasową (Plik &gt; Przywróć) albo poproś kogoś o pomoc.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>It holds: {held}.</source>
            <translation>Zawiera: {held}.</translation>
        </message>
    </context>
    <context>
        <name>ExchangePanel</name>
        <message>
            <location filename="../../workshop_app/ui/exchange_panel.py" line="+32" />
            <source>What to pack</source>
            <translation>Co spakować</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Pack…</source>
            <translation>&amp;Spakuj…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pack</source>
            <translation>Spakuj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose where to save the package, e.g. on a USB stick</source>
            <translation>Wybierz, gdzie zapisać pakiet, np. na pendrivie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Merge packages…</source>
            <translation>S&amp;cal pakiety…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+18" />
            <source>Merge packages</source>
            <translation>Scal pakiety</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Choose one or more .wspack files; you see a preview first</source>
            <translation>Wybierz co najmniej jeden plik .wspack; najpierw zobaczysz podgląd</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Pack for the ULG secretary</source>
            <translation>Pakiet dla sekretarza ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save everything this laptop holds, or one workshop, in one file (.wspack). Take it to the ULG secretary on a USB stick; nothing is removed from this laptop.</source>
            <translation>Zapisz w jednym pliku (.wspack) wszystko, co jest na tym laptopie, albo jeden warsztat. Przekaż go sekretarzowi ULG na pendrivie; z tego laptopa nic nie zostanie usunięte.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Bring in the packages other facilitators made. You see what will be added, updated and in conflict before anything is written. Nothing is doubled, a package merged before adds nothing, and a participant erased on any laptop does not come back.</source>
            <translation>Wczytaj pakiety przygotowane przez inne osoby prowadzące. Zanim cokolwiek zostanie zapisane, zobaczysz, co zostanie dodane, co zaktualizowane, a co jest w konflikcie. Nic się nie zdubluje, pakiet scalony wcześniej niczego nie doda, a osoba wymazana na którymkolwiek laptopie nie wróci.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Everything on this laptop</source>
            <translation>Wszystko z tego laptopa</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no date</source>
            <translation>bez daty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only “{title}” ({when})</source>
            <translation>Tylko „{title}” ({when})</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <location filename="../../workshop_app/ui/export_page.py" line="+33" />
            <source>Export</source>
            <translation>Eksport</translation>
        </message>
    </context>
    <context>
        <name>FeedbackPanel</name>
        <message>
            <location filename="../../workshop_app/ui/feedback_panel.py" line="+76" />
            <source>How useful was this session? 1 = not useful, 5 = very useful</source>
            <translation>Na ile przydatne było to spotkanie? 1 = nieprzydatne, 5 = bardzo przydatne</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Start &amp;kiosk</source>
            <translation>Uruchom &amp;kiosk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start the kiosk for the feedback round</source>
            <translation>Uruchom kiosk dla rundy informacji zwrotnej</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Rating {rating}</source>
            <translation>Ocena {rating}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rating {rating} (key {rating})</source>
            <translation>Ocena {rating} (klawisz {rating})</translation>
        </message>
        <message>
            <location line="+8" />
            <source>One thing to keep or change — optional; Enter saves</source>
            <translation>Jedna rzecz, którą warto zachować lub zmienić — nieobowiązkowo; Enter zapisuje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Comment</source>
            <translation>Komentarz</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save</source>
            <translation>&amp;Zapisz</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save this person's feedback</source>
            <translation>Zapisz opinię tej osoby</translation>
        </message>
        <message>
            <location line="+15" />
            <source>People who gave {rating}</source>
            <translation>Osoby, które dały ocenę {rating}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Comments — on this screen only, never on the projector</source>
            <translation>Komentarze — tylko na tym ekranie, nigdy na projektorze</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Comments</source>
            <translation>Komentarze</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Choose a rating from 1 to 5 first (keys 1–5).</source>
            <translation>Najpierw wybierz ocenę od 1 do 5 (klawisze 1–5).</translation>
        </message>
        <message>
            <location line="+25" />
            <source>No feedback yet</source>
            <translation>Brak jeszcze opinii</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} answers · average {average}</source>
            <translation>Odpowiedzi: {count} · średnia {average}</translation>
        </message>
    </context>
    <context>
        <name>GroupDialog</name>
        <message>
            <location filename="../../workshop_app/ui/results_group_dialog.py" line="+29" />
            <source>Group of several answers</source>
            <translation>Grupa kilku odpowiedzi</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Profile question</source>
            <translation>Pytanie metryczkowe</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Answers in the group</source>
            <translation>Odpowiedzi w grupie</translation>
        </message>
        <message>
            <location line="+5" />
            <source>People count in the group when their profile answer is one of those ticked. People who answered anonymously are never in a group.</source>
            <translation>Osoba należy do grupy, jeśli jej odpowiedź w metryczce jest jedną z zaznaczonych. Osoby, które odpowiadały anonimowo, nigdy nie należą do żadnej grupy.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Question</source>
            <translation>&amp;Pytanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Answers</source>
            <translation>&amp;Odpowiedzi</translation>
        </message>
        <message>
            <location line="+47" />
            <source>The group will be called “{name}”.</source>
            <translation>Grupa będzie się nazywać „{name}”.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick at least one answer.</source>
            <translation>Zaznacz co najmniej jedną odpowiedź.</translation>
        </message>
    </context>
    <context>
        <name>ImportResultDialog</name>
        <message>
            <location filename="../../workshop_app/ui/survey_dialogs.py" line="+46" />
            <source>XLSForm imported</source>
            <translation>Zaimportowano XLSForm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{title}” is now in your surveys</source>
            <translation>Ankieta „{title}” jest już na liście ankiet</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From {file}: version {version}, {questions}, in {languages}.</source>
            <translation>Z pliku {file}: wersja {version}, {questions}, języki: {languages}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Warnings</source>
            <translation>Ostrzeżenia</translation>
        </message>
        <message>
            <location line="+4" />
            <source>One thing to know:</source>
            <translation>Jedna ważna informacja:</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n things to know:</source>
            <translation>
                <numerusform>%n ważna informacja:</numerusform>
                <numerusform>%n ważne informacje:</numerusform>
                <numerusform>%n ważnych informacji:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InfoWidget</name>
        <message>
            <location filename="../../workshop_app/ui/question_widgets.py" line="-77" />
            <source>Participants do not see calculations; the app works out the value.</source>
            <translation>Osoby wypełniające nie widzą obliczeń; wartość wylicza aplikacja.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This group holds one question.</source>
            <translation>Ta grupa zawiera jedno pytanie.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>This group holds %n questions, shown one after another.</source>
            <translation>
                <numerusform>Ta grupa zawiera %n pytanie, wyświetlane po kolei.</numerusform>
                <numerusform>Ta grupa zawiera %n pytania, wyświetlane jedno po drugim.</numerusform>
                <numerusform>Ta grupa zawiera %n pytań, wyświetlanych jedno po drugim.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Participants answer this repeat's question once per entry and can add entries.</source>
            <translation>Osoby wypełniające odpowiadają na pytanie tej grupy powtarzalnej raz dla każdego wpisu i mogą dodawać kolejne wpisy.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Participants answer the %n questions of this repeat once per entry and can add entries.</source>
            <translation>
                <numerusform>Osoby wypełniające odpowiadają na %n pytanie tej grupy powtarzalnej raz dla każdego wpisu i mogą dodawać kolejne wpisy.</numerusform>
                <numerusform>Osoby wypełniające odpowiadają na %n pytania tej grupy powtarzalnej raz dla każdego wpisu i mogą dodawać kolejne wpisy.</numerusform>
                <numerusform>Osoby wypełniające odpowiadają na %n pytań tej grupy powtarzalnej raz dla każdego wpisu i mogą dodawać kolejne wpisy.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>The device fills this in; participants do not see it.</source>
            <translation>To pole wypełnia urządzenie; osoby wypełniające go nie widzą.</translation>
        </message>
    </context>
    <context>
        <name>InlineMessage</name>
        <message>
            <location filename="../../workshop_app/ui/inline_message.py" line="+32" />
            <source>Dismiss message</source>
            <translation>Zamknij komunikat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Message</source>
            <translation>Komunikat</translation>
        </message>
    </context>
    <context>
        <name>KioskPinDialog</name>
        <message>
            <location filename="../../workshop_app/ui/run_pin_dialog.py" line="+35" />
            <source>Change kiosk PIN</source>
            <translation>Zmień PIN kiosku</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Set kiosk PIN</source>
            <translation>Ustaw PIN kiosku</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The kiosk asks for this PIN before it lets anyone leave it. Choose {low} to {high} digits that participants will not guess.</source>
            <translation>Kiosk prosi o ten PIN, zanim pozwoli komukolwiek go opuścić. Wybierz od {low} do {high} cyfr, których nikt z uczestników nie odgadnie.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New PIN</source>
            <translation>Nowy PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New PIN again</source>
            <translation>Powtórz nowy PIN</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;PIN</source>
            <translation>&amp;PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Again</source>
            <translation>Po&amp;wtórz</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Remove PIN</source>
            <translation>&amp;Usuń PIN</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove the kiosk PIN</source>
            <translation>Usuń PIN kiosku</translation>
        </message>
        <message>
            <location line="+27" />
            <source>A PIN has {low} to {high} digits.</source>
            <translation>PIN ma od {low} do {high} cyfr.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The two PINs are not the same. Type it again in both fields.</source>
            <translation>Wpisane PIN-y się różnią. Wpisz PIN ponownie w obu polach.</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <location filename="../../workshop_app/ui/kiosk_window.py" line="+82" />
            <location line="+1" />
            <source>Kiosk</source>
            <translation>Kiosk</translation>
        </message>
    </context>
    <context>
        <name>ListPane</name>
        <message>
            <location filename="../../workshop_app/ui/list_pane.py" line="+91" />
            <source>&amp;Undo</source>
            <translation>&amp;Cofnij</translation>
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
            <translation>Sekcje</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Workshops</source>
            <translation>Warsztaty</translation>
        </message>
        <message>
            <location line="+120" />
            <source>{section} (Ctrl+{number})</source>
            <translation>{section} (Ctrl+{number})</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Opening {name}…</source>
            <translation>Otwieranie {name}…</translation>
        </message>
        <message>
            <location line="+39" />
            <source>No database is open.</source>
            <translation>Nie otwarto żadnej bazy danych.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{name} — Workshop App</source>
            <translation>{name} — Workshop App</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database: {name}</source>
            <translation>Baza danych: {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open database: {path}</source>
            <translation>Otwarta baza danych: {path}</translation>
        </message>
        <message>
            <location line="+44" />
            <source>{name} is already open.</source>
            <translation>Plik {name} jest już otwarty.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot open database</source>
            <translation>Nie można otworzyć bazy danych</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Opened {name}.</source>
            <translation>Otwarto {name}.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>The automatic backup could not be made: {reason}</source>
            <translation>Nie udało się utworzyć automatycznej kopii zapasowej: {reason}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Automatic backup saved.</source>
            <translation>Zapisano automatyczną kopię zapasową.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/main_menus.py" line="+27" />
            <source>&amp;File</source>
            <translation>&amp;Plik</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New workshop</source>
            <translation>&amp;Nowy warsztat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create a workshop, starting at the next full hour</source>
            <translation>Utwórz warsztat zaczynający się o najbliższej pełnej godzinie</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Quit</source>
            <translation>&amp;Zakończ</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Edit</source>
            <translation>&amp;Edycja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>&amp;Cofnij</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>&amp;Ponów</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Help</source>
            <translation>Pomo&amp;c</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Workshop App</source>
            <translation>&amp;O programie Workshop App</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&lt;h3&gt;Workshop App {version}&lt;/h3&gt;&lt;p&gt;Prepare and run community workshops and surveys offline, keep every answer, and report to your URBACT Local Group.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Workshop App {version}&lt;/h3&gt;&lt;p&gt;Przygotowuj i prowadź warsztaty oraz ankiety w lokalnej społeczności bez dostępu do internetu, zachowuj każdą odpowiedź i przekazuj wyniki swojej Lokalnej Grupie URBACT (ULG).&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+5" />
            <source>About Workshop App</source>
            <translation>O programie Workshop App</translation>
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
            <translation>Tytuł mapy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title of the horizontal axis</source>
            <translation>Nazwa osi poziomej</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title of the vertical axis</source>
            <translation>Nazwa osi pionowej</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top right</source>
            <translation>Prawa górna</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bottom right</source>
            <translation>Prawa dolna</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bottom left</source>
            <translation>Lewa dolna</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Top left</source>
            <translation>Lewa górna</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Quadrant name, {corner}</source>
            <translation>Nazwa ćwiartki, {corner}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Notes on the map</source>
            <translation>Notatki do mapy</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Double-click an empty place to add a stakeholder. Select a stakeholder or a line to edit it here.</source>
            <translation>Kliknij dwukrotnie puste miejsce, aby dodać interesariusza. Zaznacz interesariusza lub linię, aby edytować je tutaj.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Title</source>
            <translation>&amp;Tytuł</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hori&amp;zontal axis</source>
            <translation>Oś po&amp;zioma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Vertical axis</source>
            <translation>Oś p&amp;ionowa</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Quadrants</source>
            <translation>Ćwiartki</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notes</source>
            <translation>Notatki</translation>
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
            <translation>Kształt i kolor oznaczają sektor; grube linie to silne powiązania, przerywane — słabe; strzałki wskazują kierunek.</translation>
        </message>
    </context>
    <context>
        <name>MapListPane</name>
        <message>
            <location filename="../../workshop_app/ui/map_list_pane.py" line="+16" />
            <source>Stakeholder maps</source>
            <translation>Mapy interesariuszy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New map…</source>
            <translation>&amp;Nowa mapa…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New map from a template</source>
            <translation>Nowa mapa z szablonu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Import from Excel…</source>
            <translation>&amp;Importuj z Excela…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import stakeholders from Excel</source>
            <translation>Importuj interesariuszy z Excela</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A workbook with an Elements sheet (stakeholders) and a Connections sheet (who works with whom)</source>
            <translation>Skoroszyt z arkuszem Elements (interesariusze) i arkuszem Connections (kto z kim współpracuje)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>E&amp;xport to Excel…</source>
            <translation>&amp;Eksportuj do Excela…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export stakeholders to Excel</source>
            <translation>Eksportuj interesariuszy do Excela</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the map's stakeholders and relationships as an Excel workbook</source>
            <translation>Zapisz interesariuszy i relacje z mapy jako skoroszyt Excela</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete map…</source>
            <translation>Usuń mapę…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete map</source>
            <translation>Usuń mapę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo deleting the map</source>
            <translation>Cofnij usunięcie mapy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No maps yet. Start one with New map, or import a list of stakeholders from Excel.</source>
            <translation>Nie ma jeszcze map. Utwórz pierwszą przyciskiem Nowa mapa albo zaimportuj listę interesariuszy z Excela.</translation>
        </message>
    </context>
    <context>
        <name>MapToolbar</name>
        <message>
            <location filename="../../workshop_app/ui/map_toolbar.py" line="+22" />
            <source>Map tools</source>
            <translation>Narzędzia mapy</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Add stakeholder</source>
            <translation>Dodaj interesariusza</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a stakeholder in the middle of the map; or double-click an empty place</source>
            <translation>Dodaj interesariusza na środku mapy; możesz też kliknąć dwukrotnie puste miejsce</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connect</source>
            <translation>Połącz</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Draw relationships: drag from one stakeholder to another</source>
            <translation>Rysuj relacje: przeciągnij od jednego interesariusza do drugiego</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Align left</source>
            <translation>Wyrównaj do lewej</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line the selected stakeholders up on the leftmost one</source>
            <translation>Wyrównaj zaznaczonych interesariuszy do tego, który jest najbardziej na lewo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Align top</source>
            <translation>Wyrównaj do góry</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line the selected stakeholders up on the highest one</source>
            <translation>Wyrównaj zaznaczonych interesariuszy do tego, który jest najwyżej</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Align centres</source>
            <translation>Wyrównaj do środka</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line the selected stakeholders up on a vertical line through their middle</source>
            <translation>Ustaw zaznaczonych interesariuszy na pionowej linii przechodzącej przez ich środek</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete the selected stakeholders and relationships (Del)</source>
            <translation>Usuń zaznaczonych interesariuszy i relacje (Del)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zoom in</source>
            <translation>Powiększ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom out</source>
            <translation>Pomniejsz</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fit</source>
            <translation>Dopasuj</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show the whole map</source>
            <translation>Pokaż całą mapę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Snap to grid</source>
            <translation>Przyciągaj do siatki</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dragged stakeholders land on the grid</source>
            <translation>Przeciągnięci interesariusze są przyciągani do siatki</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Legend</source>
            <translation>Legenda</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show or hide the legend</source>
            <translation>Pokaż lub ukryj legendę</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Take snapshot…</source>
            <translation>Zapisz migawkę…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save where everybody stands now, e.g. at a ULG meeting</source>
            <translation>Zapisz obecne położenie wszystkich, np. na spotkaniu ULG</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compare…</source>
            <translation>Porównaj…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show who moved since a snapshot</source>
            <translation>Pokaż, kto się przesunął od czasu migawki</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print…</source>
            <translation>Drukuj…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Print the map with its title, date and legend</source>
            <translation>Drukuj mapę z tytułem, datą i legendą</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print preview…</source>
            <translation>Podgląd wydruku…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>See the printed page before printing it</source>
            <translation>Zobacz stronę przed wydrukowaniem</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export as PDF…</source>
            <translation>Eksportuj jako PDF…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the map as a PDF file</source>
            <translation>Zapisz mapę jako plik PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export as PNG…</source>
            <translation>Eksportuj jako PNG…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the map as a picture (PNG)</source>
            <translation>Zapisz mapę jako obraz (PNG)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export as SVG…</source>
            <translation>Eksportuj jako SVG…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the map as a drawing (SVG)</source>
            <translation>Zapisz mapę jako rysunek wektorowy (SVG)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Align</source>
            <translation>Wyrównaj</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Align the selected stakeholders</source>
            <translation>Wyrównaj zaznaczonych interesariuszy</translation>
        </message>
        <message>
            <location line="+7" />
            <source>View</source>
            <translation>Widok</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Snap to grid, legend</source>
            <translation>Przyciąganie do siatki, legenda</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export</source>
            <translation>Eksportuj</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the map as PDF, PNG or SVG</source>
            <translation>Zapisz mapę jako PDF, PNG lub SVG</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <location filename="../../workshop_app/ui/map_view.py" line="+30" />
            <source>Stakeholder map</source>
            <translation>Mapa interesariuszy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Double-click an empty place to add a stakeholder; drag stakeholders to move them; in connect mode drag from one stakeholder to another. Delete removes the selection, the arrow keys nudge it.</source>
            <translation>Kliknij dwukrotnie puste miejsce, aby dodać interesariusza; przeciągaj interesariuszy, aby ich przesunąć; w trybie łączenia przeciągnij od jednego interesariusza do drugiego. Delete usuwa zaznaczenie, a klawisze strzałek lekko je przesuwają.</translation>
        </message>
    </context>
    <context>
        <name>MapsPage</name>
        <message>
            <location filename="../../workshop_app/ui/maps_page.py" line="+132" />
            <source>Choose a map on the left, or start one with New map.</source>
            <translation>Wybierz mapę po lewej albo utwórz nową przyciskiem Nowa mapa.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No database is open.</source>
            <translation>Nie otwarto żadnej bazy danych.</translation>
        </message>
        <message>
            <location line="+210" />
            <source>Delete “{title}”?</source>
            <translation>Usunąć „{title}”?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Its stakeholders, relationships and snapshots are deleted with it. You can undo this.</source>
            <translation>Razem z nią zostaną usunięci jej interesariusze, relacje i migawki. Można to cofnąć.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete map</source>
            <translation>Usuń mapę</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“{title}” was deleted.</source>
            <translation>Usunięto „{title}”.</translation>
        </message>
    </context>
    <context>
        <name>MergePreviewDialog</name>
        <message>
            <location filename="../../workshop_app/ui/merge_preview_dialog.py" line="+47" />
            <source>Workshops</source>
            <translation>Warsztaty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agenda items</source>
            <translation>Punkty programu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants</source>
            <translation>Uczestnicy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names and contacts</source>
            <translation>Imiona, nazwiska i kontakty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent records</source>
            <translation>Zapisy zgód</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check-ins</source>
            <translation>Potwierdzenia obecności</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profile answers</source>
            <translation>Odpowiedzi w metryczce</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Survey versions</source>
            <translation>Wersje ankiet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Survey responses</source>
            <translation>Wypełnienia ankiet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answers</source>
            <translation>Odpowiedzi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ideas</source>
            <translation>Pomysły</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Idea clusters</source>
            <translation>Grupy pomysłów</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Votes</source>
            <translation>Głosy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholder maps</source>
            <translation>Mapy interesariuszy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholders</source>
            <translation>Interesariusze</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relationships</source>
            <translation>Relacje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholder re-assessments</source>
            <translation>Ponowne oceny interesariuszy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map snapshots</source>
            <translation>Migawki map</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Snapshot positions</source>
            <translation>Położenia w migawkach</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Survey questions</source>
            <translation>Pytania ankiet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choice lists</source>
            <translation>Listy opcji</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choices</source>
            <translation>Opcje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Question translations</source>
            <translation>Tłumaczenia pytań</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choice translations</source>
            <translation>Tłumaczenia opcji</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profile questions</source>
            <translation>Pytania metryczkowe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profile choices</source>
            <translation>Opcje pytań metryczkowych</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Diversity targets</source>
            <translation>Cele różnorodności</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit entries</source>
            <translation>Wpisy w dzienniku audytu</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Packages merged</source>
            <translation>Scalono pakiety</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Merge packages</source>
            <translation>Scal pakiety</translation>
        </message>
        <message>
            <location line="+10" />
            <source>What changes</source>
            <translation>Co się zmieni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New</source>
            <translation>Nowe</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Updated</source>
            <translation>Zaktualizowane</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Removed (deleted elsewhere)</source>
            <translation>Usunięte (na innym laptopie)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not added (deleted here)</source>
            <translation>Pominięte (usunięte na tym laptopie)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Conflicts ({n})</source>
            <translation>Konflikty ({n})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changed on two laptops</source>
            <translation>Zmienione na dwóch laptopach</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Field</source>
            <translation>Pole</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kept (the newer change)</source>
            <translation>Zachowane (nowsza zmiana)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dropped</source>
            <translation>Odrzucone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Renumbered ({n})</source>
            <translation>Przenumerowane ({n})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What</source>
            <translation>Co</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Was</source>
            <translation>Było</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Now</source>
            <translation>Jest</translation>
        </message>
        <message>
            <location line="+0" />
            <source>From</source>
            <translation>Źródło</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Notes ({n})</source>
            <translation>Uwagi ({n})</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Merge</source>
            <translation>&amp;Scal</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Nothing new: this database already holds everything in these packages.</source>
            <translation>Nic nowego: ta baza danych zawiera już wszystko, co jest w tych pakietach.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Merged: {added} new rows, {updated} updated, {removed} removed.</source>
            <translation>Scalono. Dodano wierszy: {added}, zaktualizowano: {updated}, usunięto: {removed}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merging will add {added} rows, update {updated} and remove {removed}.</source>
            <translation>Scalenie doda wierszy: {added}, zaktualizuje: {updated}, usunie: {removed}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merging will add {added} rows and update {updated}.</source>
            <translation>Scalenie doda wierszy: {added}, zaktualizuje: {updated}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts: {conflicts}. Renumbered codes: {renumbered}.</source>
            <translation>Konflikty: {conflicts}. Przenumerowane kody: {renumbered}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>everything</source>
            <translation>wszystko</translation>
        </message>
        <message>
            <location line="+0" />
            <source>workshop “{title}”</source>
            <translation>warsztat „{title}”</translation>
        </message>
        <message>
            <location line="+2" />
            <source>laptop {id}</source>
            <translation>laptop {id}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} — from {who}, packed {when}, {scope}</source>
            <translation>{file} — źródło: {who}, spakowano: {when}, zawartość: {scope}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A conflict keeps the newer change; the dropped value is listed here and in the report.</source>
            <translation>W razie konfliktu zachowywana jest nowsza zmiana; odrzucona wartość jest podana tutaj i w raporcie.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing will be written.</source>
            <translation>Nic nie zostanie zapisane.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing is written until you press Merge. The merge is one step: if anything goes wrong, the database stays as it is. Nothing is doubled, and nobody erased comes back.</source>
            <translation>Nic nie zostanie zapisane, dopóki nie naciśniesz Scal. Scalenie odbywa się w jednym kroku: jeśli coś pójdzie nie tak, baza danych pozostanie bez zmian. Nic się nie zdubluje i nikt wymazany nie wróci.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{laptop}, {when}</source>
            <translation>{laptop}, {when}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Participant code</source>
            <translation>Kod uczestnika</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Survey version</source>
            <translation>Wersja ankiety</translation>
        </message>
    </context>
    <context>
        <name>NewMapDialog</name>
        <message>
            <location filename="../../workshop_app/ui/map_new_dialog.py" line="+121" />
            <source>New stakeholder map</source>
            <translation>Nowa mapa interesariuszy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What kind of map?</source>
            <translation>Jaki rodzaj mapy?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kinds of map</source>
            <translation>Rodzaje map</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Title of the new map</source>
            <translation>Tytuł nowej mapy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Digital skills — who matters</source>
            <translation>np. Kompetencje cyfrowe — kto się liczy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Title</source>
            <translation>&amp;Tytuł</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create map</source>
            <translation>Utwórz mapę</translation>
        </message>
    </context>
    <context>
        <name>NewPinDialog</name>
        <message>
            <location filename="../../workshop_app/ui/kiosk_pin_pad.py" line="+158" />
            <source>Set a kiosk PIN</source>
            <translation>Ustaw PIN kiosku</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants cannot leave the kiosk. You leave it with this PIN (press Ctrl+Shift+L or tap the top corner of the screen five times). Use {low} to {high} digits.</source>
            <translation>Osoby wypełniające nie mogą opuścić kiosku. Ty wychodzisz z niego za pomocą tego PIN-u (naciśnij Ctrl+Shift+L albo stuknij pięć razy górny róg ekranu). Użyj od {low} do {high} cyfr.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN again</source>
            <translation>Powtórz PIN</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The two PINs are not the same.</source>
            <translation>Wpisane PIN-y się różnią.</translation>
        </message>
    </context>
    <context>
        <name>PageOptionsDialog</name>
        <message>
            <location filename="../../workshop_app/ui/map_exchange_actions.py" line="+98" />
            <source>Export map</source>
            <translation>Eksportuj mapę</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paper size</source>
            <translation>Rozmiar papieru</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Landscape</source>
            <translation>Po&amp;zioma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Portrait</source>
            <translation>Pio&amp;nowa</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Resolution</source>
            <translation>Rozdzielczość</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{dpi} dots per inch</source>
            <translation>{dpi} punktów na cal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Paper</source>
            <translation>&amp;Papier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orientation</source>
            <translation>Orientacja</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Resolution</source>
            <translation>&amp;Rozdzielczość</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The map is drawn with its title, today's date, the quadrant names and the legend.</source>
            <translation>Mapa zostanie narysowana z tytułem, dzisiejszą datą, nazwami ćwiartek i legendą.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save</source>
            <translation>Zapisz</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDetail</name>
        <message>
            <location filename="../../workshop_app/ui/participant_detail.py" line="+66" />
            <source>&amp;Delete…</source>
            <translation>&amp;Usuń…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete this registration</source>
            <translation>Usuń tę rejestrację</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For a registration made by mistake; you can undo it</source>
            <translation>Dla rejestracji dokonanej przez pomyłkę; można to cofnąć</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Participant code</source>
            <translation>Kod uczestnika</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anything to remember, e.g. needs an interpreter</source>
            <translation>Wszystko, o czym warto pamiętać, np. potrzebna pomoc tłumacza</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Name (personal data)</source>
            <translation>Imię i nazwisko (dane osobowe)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Contact (personal data)</source>
            <translation>Kontakt (dane osobowe)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or e-mail</source>
            <translation>Telefon lub e-mail</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+87" />
            <source>Workshops attended</source>
            <translation>Obecność na warsztatach</translation>
        </message>
        <message>
            <location line="-86" />
            <source>Erase this person…</source>
            <translation>Wymaż tę osobę…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Erase this person</source>
            <translation>Wymaż tę osobę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For a request to be forgotten; it cannot be undone</source>
            <translation>Na żądanie usunięcia danych („prawo do bycia zapomnianym”); nie można tego cofnąć</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Select a participant in the list, or register people on the Check-in tab.</source>
            <translation>Zaznacz osobę na liście albo zarejestruj osoby na karcie Rejestracja.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>C&amp;ode</source>
            <translation>&amp;Kod</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;otes</source>
            <translation>&amp;Notatki</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Personal data — kept apart, never exported unless asked</source>
            <translation>Dane osobowe — przechowywane oddzielnie, eksportowane tylko na wyraźne żądanie</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Name</source>
            <translation>&amp;Imię i nazwisko</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Con&amp;tact</source>
            <translation>Kon&amp;takt</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Consent</source>
            <translation>Zgody</translation>
        </message>
        <message>
            <location line="+2" />
            <source>About them (voluntary, any can be left out)</source>
            <translation>O tej osobie (dobrowolnie, każde pytanie można pominąć)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>When someone asks to be forgotten: removes their personal data, consent and profile for good.</source>
            <translation>Gdy ktoś chce zostać zapomniany: trwale usuwa dane osobowe, zgody i metryczkę tej osoby.</translation>
        </message>
        <message>
            <location line="+100" />
            <source>A name or contact is on file. Tick “Show personal data” above to see or change it.</source>
            <translation>Zapisano imię i nazwisko lub kontakt. Zaznacz powyżej „Pokaż dane osobowe”, aby je zobaczyć lub zmienić.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>None on file: this person is known only by their code. Tick “Show personal data” above to add a name or contact.</source>
            <translation>Brak zapisanych danych: ta osoba jest znana tylko ze swojego kodu. Zaznacz powyżej „Pokaż dane osobowe”, aby dodać imię i nazwisko lub kontakt.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{code} has not consented to take part, so no answers can be recorded for them.</source>
            <translation>{code}: brak zgody na udział, więc nie można zapisywać odpowiedzi tej osoby.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>(a workshop no longer listed)</source>
            <translation>(warsztat, którego nie ma już na liście)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>None yet.</source>
            <translation>Na razie brak.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Change code</source>
            <translation>Zmień kod</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Change notes</source>
            <translation>Zmień notatki</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <location filename="../../workshop_app/ui/participants_page.py" line="+54" />
            <source>Participants</source>
            <translation>Uczestnicy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show &amp;personal data</source>
            <translation>Pokaż &amp;dane osobowe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show personal data (names and contacts)</source>
            <translation>Pokaż dane osobowe (imiona, nazwiska i kontakty)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names and contacts stay hidden unless ticked; leaving this section hides them again</source>
            <translation>Imiona, nazwiska i kontakty są ukryte, dopóki tego nie zaznaczysz; po opuszczeniu tej sekcji znów zostaną ukryte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit profile &amp;questions…</source>
            <translation>Edytuj &amp;pytania metryczkowe…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit profile questions</source>
            <translation>Edytuj pytania metryczkowe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The voluntary questions about age, gender and more, in every language</source>
            <translation>Dobrowolne pytania o wiek, płeć i inne cechy, we wszystkich językach</translation>
        </message>
        <message>
            <location line="+9" />
            <source>People</source>
            <translation>Osoby</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check-in</source>
            <translation>Rejestracja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who took part</source>
            <translation>Kto uczestniczył</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants views</source>
            <translation>Widoki sekcji Uczestnicy</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No database is open.</source>
            <translation>Nie otwarto żadnej bazy danych.</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <location filename="../../workshop_app/ui/participants_people.py" line="+47" />
            <source>Search participants</source>
            <translation>Szukaj osób</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Participants</source>
            <translation>Uczestnicy</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Search by code, name or phone</source>
            <translation>Szukaj według kodu, imienia i nazwiska lub telefonu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search by code</source>
            <translation>Szukaj według kodu</translation>
        </message>
        <message>
            <location line="+31" />
            <source>No one matches. Clear the search, or register them on the Check-in tab.</source>
            <translation>Nikt nie pasuje. Wyczyść wyszukiwanie albo zarejestruj tę osobę na karcie Rejestracja.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No participants yet. Register people at the door on the Check-in tab.</source>
            <translation>Nie ma jeszcze uczestników. Rejestruj osoby przy wejściu na karcie Rejestracja.</translation>
        </message>
        <message numerus="yes">
            <location line="+17" />
            <source>%n participant listed</source>
            <translation>
                <numerusform>Na liście: %n osoba</numerusform>
                <numerusform>Na liście: %n osoby</numerusform>
                <numerusform>Na liście: %n osób</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n participants listed</source>
            <translation>
                <numerusform>Na liście: %n osoba</numerusform>
                <numerusform>Na liście: %n osoby</numerusform>
                <numerusform>Na liście: %n osób</numerusform>
            </translation>
        </message>
        <message>
            <location line="+33" />
            <source>Delete registration</source>
            <translation>Usuń rejestrację</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the registration of {code}?</source>
            <translation>Usunąć rejestrację {code}?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use this for a registration made by mistake; you can undo it with Edit › Undo. Their survey answers stay, without their code. When someone asks to be forgotten, use “Erase this person…” instead.</source>
            <translation>Użyj tej opcji w przypadku rejestracji dokonanej przez pomyłkę; możesz ją cofnąć poleceniem Edycja › Cofnij. Odpowiedzi w ankietach zostaną zachowane, ale bez kodu tej osoby. Gdy ktoś chce zostać zapomniany, użyj zamiast tego polecenia „Wymaż tę osobę…”.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{code}: {report} The undo history was cleared, so they cannot be brought back.</source>
            <translation>{code}: {report} Historia cofania została wyczyszczona, więc tej osoby nie da się przywrócić.</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../../workshop_app/ui/kiosk_pin_pad.py" line="-151" />
            <source>Facilitator: enter the kiosk PIN to leave the kiosk</source>
            <translation>Dla osoby prowadzącej: wpisz PIN, aby opuścić kiosk</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Kiosk PIN</source>
            <translation>PIN kiosku</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The facilitator's PIN, to leave the kiosk</source>
            <translation>PIN osoby prowadzącej, potrzebny do opuszczenia kiosku</translation>
        </message>
        <message>
            <location line="+9" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Delete the last digit</source>
            <translation>Usuń ostatnią cyfrę</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Back to the kiosk</source>
            <translation>Wróć do kiosku</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Wrong PIN. Try again.</source>
            <translation>Nieprawidłowy PIN. Spróbuj ponownie.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Wrong PIN. Try again in {seconds} s.</source>
            <translation>Nieprawidłowy PIN. Spróbuj ponownie za {seconds} s.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>You can try again now.</source>
            <translation>Możesz już spróbować ponownie.</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <location filename="../../workshop_app/ui/builder_problems.py" line="+35" />
            <source>Problems to fix</source>
            <translation>Do poprawienia</translation>
        </message>
        <message>
            <location line="+35" />
            <source>✓ No problems: the survey can be saved and exported.</source>
            <translation>✓ Brak problemów: ankietę można zapisać i wyeksportować.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n problem to fix before saving</source>
            <translation>
                <numerusform>%n problem do rozwiązania przed zapisaniem</numerusform>
                <numerusform>%n problemy do rozwiązania przed zapisaniem</numerusform>
                <numerusform>%n problemów do rozwiązania przed zapisaniem</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n problems to fix before saving</source>
            <translation>
                <numerusform>%n problem do rozwiązania przed zapisaniem</numerusform>
                <numerusform>%n problemy do rozwiązania przed zapisaniem</numerusform>
                <numerusform>%n problemów do rozwiązania przed zapisaniem</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProfileEditorDialog</name>
        <message>
            <location filename="../../workshop_app/ui/profile_editor_dialog.py" line="+66" />
            <location line="+25" />
            <source>Profile questions</source>
            <translation>Pytania metryczkowe</translation>
        </message>
        <message>
            <location line="-7" />
            <source>The questions people may answer about themselves at registration. Every question keeps “Prefer not to say”, so answering stays voluntary.</source>
            <translation>Pytania, na które osoby mogą odpowiedzieć o sobie podczas rejestracji. Każde pytanie ma opcję „Wolę nie odpowiadać”, więc odpowiadanie pozostaje dobrowolne.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>New question, e.g. Housing situation</source>
            <translation>Nowe pytanie, np. Sytuacja mieszkaniowa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label of a new question</source>
            <translation>Etykieta nowego pytania</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add</source>
            <translation>Dodaj</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add question</source>
            <translation>Dodaj pytanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move question up</source>
            <translation>Przesuń pytanie w górę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move question down</source>
            <translation>Przesuń pytanie w dół</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete…</source>
            <translation>Usuń…</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+270" />
            <source>Delete question</source>
            <translation>Usuń pytanie</translation>
        </message>
        <message>
            <location line="-264" />
            <source>Questions</source>
            <translation>Pytania</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Language to add</source>
            <translation>Język do dodania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add language</source>
            <translation>Dodaj język</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a language column</source>
            <translation>Dodaj kolumnę języka</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Answers, with their label in each language</source>
            <translation>Odpowiedzi z etykietami w każdym języku</translation>
        </message>
        <message>
            <location line="+12" />
            <source>New answer, in {language}</source>
            <translation>Nowa odpowiedź — {language}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Label of a new answer</source>
            <translation>Etykieta nowej odpowiedzi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add answer</source>
            <translation>Dodaj odpowiedź</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move answer up</source>
            <translation>Przesuń odpowiedź w górę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move answer down</source>
            <translation>Przesuń odpowiedź w dół</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete answer</source>
            <translation>Usuń odpowiedź</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Question</source>
            <translation>Pytanie</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Answers (double-click a label to change it)</source>
            <translation>Odpowiedzi (kliknij dwukrotnie etykietę, aby ją zmienić)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Undo</source>
            <translation>Cofnij</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Redo</source>
            <translation>Ponów</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Question label in {language}</source>
            <translation>Etykieta pytania — {language}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(missing)</source>
            <translation>(brak)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>known in exports as {name}</source>
            <translation>w eksportach jako {name}</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Type the new question first.</source>
            <translation>Najpierw wpisz nowe pytanie.</translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>%n person answered it; that answer goes too.</source>
            <translation>
                <numerusform>Odpowiedziała na nie %n osoba; ta odpowiedź też zostanie usunięta.</numerusform>
                <numerusform>Odpowiedziały na nie %n osoby; ich odpowiedzi też zostaną usunięte.</numerusform>
                <numerusform>Odpowiedziało na nie %n osób; ich odpowiedzi też zostaną usunięte.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n people answered it; their answers go too.</source>
            <translation>
                <numerusform>Odpowiedziała na nie %n osoba; ta odpowiedź też zostanie usunięta.</numerusform>
                <numerusform>Odpowiedziały na nie %n osoby; ich odpowiedzi też zostaną usunięte.</numerusform>
                <numerusform>Odpowiedziało na nie %n osób; ich odpowiedzi też zostaną usunięte.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can undo this.</source>
            <translation>Można to cofnąć.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete the question “{label}”?</source>
            <translation>Usunąć pytanie „{label}”?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Type the new answer first.</source>
            <translation>Najpierw wpisz nową odpowiedź.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Every question keeps “Prefer not to say”, so answering stays voluntary. You can rename it.</source>
            <translation>Każde pytanie ma opcję „Wolę nie odpowiadać”, więc odpowiadanie pozostaje dobrowolne. Możesz zmienić jej nazwę.</translation>
        </message>
    </context>
    <context>
        <name>ProfileForm</name>
        <message>
            <location filename="../../workshop_app/ui/profile_form.py" line="+67" />
            <source>Not answered</source>
            <translation>Brak odpowiedzi</translation>
        </message>
        <message>
            <location line="+12" />
            <source>In their own words (optional)</source>
            <translation>Własnymi słowami (nieobowiązkowo)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{question}: in their own words</source>
            <translation>{question}: własnymi słowami</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <location filename="../../workshop_app/ui/projector_window.py" line="+62" />
            <source>Projector — {title}</source>
            <translation>Projektor — {title}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Projector</source>
            <translation>Projektor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the room sees: the current activity and its anonymous results</source>
            <translation>To, co widzi sala: bieżący punkt programu i jego anonimowe wyniki</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Answers are anonymous. Results appear once {count} people have answered.</source>
            <translation>Odpowiedzi są anonimowe. Wyniki pojawią się, gdy liczba osób, które odpowiedziały, wyniesie {count}.</translation>
        </message>
        <message>
            <location line="+58" />
            <source>{kind}: {title}</source>
            <translation>{kind}: {title}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Welcome</source>
            <translation>Witamy</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Waiting for at least {minimum} voters ({count} so far)</source>
            <translation>Czekamy na głosy co najmniej {minimum} osób (na razie: {count})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Waiting for at least {minimum} answers ({count} so far)</source>
            <translation>Czekamy na co najmniej {minimum} odpowiedzi (na razie: {count})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Waiting for at least {minimum} answers to this question</source>
            <translation>Czekamy na co najmniej {minimum} odpowiedzi na to pytanie</translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>%n answers</source>
            <translation>
                <numerusform>%n odpowiedź</numerusform>
                <numerusform>%n odpowiedzi</numerusform>
                <numerusform>%n odpowiedzi</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>Ideas will appear here</source>
            <translation>Tu pojawią się pomysły</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Nothing to vote on yet</source>
            <translation>Na razie nie ma nad czym głosować</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n people voted</source>
            <translation>
                <numerusform>Zagłosowała %n osoba</numerusform>
                <numerusform>Zagłosowały %n osoby</numerusform>
                <numerusform>Zagłosowało %n osób</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>The {count} ideas with the most dots</source>
            <translation>Pomysły z największą liczbą kropek (pierwsze {count})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dots per idea</source>
            <translation>Kropki dla poszczególnych pomysłów</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{count} answers · average {average}</source>
            <translation>Odpowiedzi: {count} · średnia {average}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How useful was this session?</source>
            <translation>Na ile przydatne było to spotkanie?</translation>
        </message>
    </context>
    <context>
        <name>QuestionCard</name>
        <message>
            <location filename="../../workshop_app/ui/results_cards.py" line="+129" />
            <source>Save chart…</source>
            <translation>Zapisz wykres…</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Chart of “{question}”</source>
            <translation>Wykres dla pytania „{question}”</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save the chart of “{question}”</source>
            <translation>Zapisz wykres dla pytania „{question}”</translation>
        </message>
    </context>
    <context>
        <name>QuestionEditor</name>
        <message>
            <location filename="../../workshop_app/ui/question_editor.py" line="+65" />
            <location line="+195" />
            <source>Question</source>
            <translation>Pytanie</translation>
        </message>
        <message>
            <location line="-192" />
            <source>Language of the texts edited here</source>
            <translation>Język edytowanych tu tekstów</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The label, hint and messages below are in this language</source>
            <translation>Etykieta, podpowiedź i komunikaty poniżej są w tym języku</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The short code of the question in exports</source>
            <translation>Krótki kod pytania w eksportach</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Name</source>
            <translation>&amp;Nazwa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Type</source>
            <translation>&amp;Typ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Label</source>
            <translation>Etykieta</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Label</source>
            <translation>&amp;Etykieta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hint</source>
            <translation>Podpowiedź</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shown under the label, smaller</source>
            <translation>Wyświetlana pod etykietą, mniejszą czcionką</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Hint</source>
            <translation>&amp;Podpowiedź</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Calculation</source>
            <translation>Obliczenie</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Edit calculation</source>
            <translation>Edytuj obliczenie</translation>
        </message>
        <message>
            <location line="+4" />
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <location line="+0" />
            <source>to</source>
            <translation>do</translation>
        </message>
        <message>
            <location line="+0" />
            <source>step</source>
            <translation>krok</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scale {part}</source>
            <translation>Skala: {part}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Scale</source>
            <translation>Skala</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add an “&amp;Other” choice with a box to say what</source>
            <translation>Dodaj opcję „&amp;Inne” z polem na własną odpowiedź</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Or other</source>
            <translation>Opcja „Inne”</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change “Other” choice</source>
            <translation>Zmień opcję „Inne”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choices</source>
            <translation>Opcje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An answer is &amp;required</source>
            <translation>&amp;Odpowiedź jest wymagana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Required</source>
            <translation>Wymagane</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Message when required</source>
            <translation>Komunikat przy braku wymaganej odpowiedzi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What to say when it is left empty (optional)</source>
            <translation>Co wyświetlić, gdy pole pozostanie puste (nieobowiązkowe)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show when (relevance)</source>
            <translation>Pokaż, gdy (warunek wyświetlania)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit relevance</source>
            <translation>Edytuj warunek wyświetlania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show &amp;when…</source>
            <translation>Pokaż, &amp;gdy…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build the condition for showing this question</source>
            <translation>Zbuduj warunek wyświetlania tego pytania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pick an earlier question and an answer</source>
            <translation>Wybierz wcześniejsze pytanie i odpowiedź</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Show when</source>
            <translation>Pokaż, gdy</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+6" />
            <source>Constraint</source>
            <translation>Ograniczenie</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Edit constraint</source>
            <translation>Edytuj ograniczenie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Constraint message</source>
            <translation>Komunikat ograniczenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What to say when the answer is not allowed</source>
            <translation>Co wyświetlić, gdy odpowiedź jest niedozwolona</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>Appearance</source>
            <translation>Wygląd</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+2" />
            <source>Edit appearance</source>
            <translation>Edytuj wygląd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Appearance</source>
            <translation>&amp;Wygląd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Default answer</source>
            <translation>Odpowiedź domyślna</translation>
        </message>
        <message>
            <location line="+0" />
            <source>An answer given in advance (optional)</source>
            <translation>Odpowiedź wpisana z góry (nieobowiązkowo)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit default</source>
            <translation>Edytuj odpowiedź domyślną</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Default</source>
            <translation>&amp;Domyślna</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Texts in</source>
            <translation>Język tekstów</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Select a question to edit it, or add one.</source>
            <translation>Zaznacz pytanie, aby je edytować, albo dodaj nowe.</translation>
        </message>
        <message>
            <location line="+151" />
            <source>The question as participants read it, in {language}</source>
            <translation>Pytanie w postaci, w jakiej zobaczą je osoby wypełniające — {language}</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Make required</source>
            <translation>Ustaw jako wymagane</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Make optional</source>
            <translation>Ustaw jako nieobowiązkowe</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Edit scale</source>
            <translation>Edytuj skalę</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Set relevance</source>
            <translation>Ustaw warunek wyświetlania</translation>
        </message>
    </context>
    <context>
        <name>QuestionListModel</name>
        <message>
            <location filename="../../workshop_app/ui/profile_editor_model.py" line="-70" />
            <source>Known in exports as {name}</source>
            <translation>W eksportach jako {name}</translation>
        </message>
    </context>
    <context>
        <name>QuestionPreview</name>
        <message>
            <location filename="../../workshop_app/ui/question_preview.py" line="+29" />
            <source>Preview</source>
            <translation>Podgląd</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Preview language</source>
            <translation>Język podglądu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>See the question in another language of the survey</source>
            <translation>Zobacz pytanie w innym języku ankiety</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The selected question appears here as participants will see it.</source>
            <translation>Tu pojawi się zaznaczone pytanie w postaci, w jakiej zobaczą je osoby wypełniające.</translation>
        </message>
    </context>
    <context>
        <name>QuestionTree</name>
        <message>
            <location filename="../../workshop_app/ui/builder_views.py" line="+28" />
            <source>Questions</source>
            <translation>Pytania</translation>
        </message>
    </context>
    <context>
        <name>QuestionTreeModel</name>
        <message>
            <location filename="../../workshop_app/ui/builder_model.py" line="+139" />
            <source>Question</source>
            <translation>Pytanie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Type</source>
            <translation>Typ</translation>
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
            <translation>Przesuń w górę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move down</source>
            <translation>Przesuń w dół</translation>
        </message>
    </context>
    <context>
        <name>RelationshipForm</name>
        <message>
            <location filename="../../workshop_app/ui/map_panel_forms.py" line="+249" />
            <source>Relationship</source>
            <translation>Relacja</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kind of relationship</source>
            <translation>Rodzaj relacji</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Strength</source>
            <translation>Siła</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{number} — {label}</source>
            <translation>{number} — {label}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Direction</source>
            <translation>Kierunek</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <source>Delete relationship</source>
            <translation>Usuń relację</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Kind</source>
            <translation>&amp;Rodzaj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>St&amp;rength</source>
            <translation>&amp;Siła</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Direction</source>
            <translation>&amp;Kierunek</translation>
        </message>
        <message>
            <location line="+42" />
            <source>{source} and {target}</source>
            <translation>{source} i {target}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No direction (both ways)</source>
            <translation>Bez kierunku (w obie strony)</translation>
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
            <translation>Pokaż to pytanie, gdy…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ask “{question}” only when an earlier answer is as follows.</source>
            <translation>Zadaj pytanie „{question}” tylko wtedy, gdy wcześniejsza odpowiedź jest następująca.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Earlier question</source>
            <translation>Wcześniejsze pytanie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{label} ({name})</source>
            <translation>{label} ({name})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Condition</source>
            <translation>Warunek</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Answer</source>
            <translation>Odpowiedź</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The answer to compare with</source>
            <translation>Odpowiedź do porównania</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Replace the condition</source>
            <translation>Zastąp warunek</translation>
        </message>
        <message>
            <location line="+0" />
            <source>And (both)</source>
            <translation>I (oba warunki)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Or (either)</source>
            <translation>Lub (którykolwiek)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The question already has a condition: {condition}</source>
            <translation>Pytanie ma już warunek: {condition}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Question</source>
            <translation>&amp;Pytanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Condition</source>
            <translation>&amp;Warunek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Answer</source>
            <translation>&amp;Odpowiedź</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use this condition</source>
            <translation>Użyj tego warunku</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The condition, as XLSForm writes it:</source>
            <translation>Warunek w zapisie XLSForm:</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Other</source>
            <translation>Inne</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Pick a question and an answer.</source>
            <translation>Wybierz pytanie i odpowiedź.</translation>
        </message>
    </context>
    <context>
        <name>ResultsFilterBar</name>
        <message>
            <location filename="../../workshop_app/ui/results_filters.py" line="+90" />
            <source>Workshop</source>
            <translation>Warsztat</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Any date</source>
            <translation>Dowolna data</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Answered from</source>
            <translation>Odpowiedzi od</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answered until</source>
            <translation>Odpowiedzi do</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Finished only</source>
            <translation>&amp;Tylko ukończone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count finished responses only</source>
            <translation>Licz tylko ukończone wypełnienia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show results of</source>
            <translation>Pokaż wyniki dla</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compare with</source>
            <translation>Porównaj z</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;lear filters</source>
            <translation>Wyczyść &amp;filtry</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear all filters</source>
            <translation>Wyczyść wszystkie filtry</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Workshop</source>
            <translation>&amp;Warsztat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>F&amp;rom</source>
            <translation>&amp;Od</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;to</source>
            <translation>&amp;do</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Who</source>
            <translation>&amp;Kto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Co&amp;mpare with</source>
            <translation>&amp;Porównaj z</translation>
        </message>
        <message>
            <location line="+50" />
            <source>All workshops</source>
            <translation>Wszystkie warsztaty</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{title} — {when}</source>
            <translation>{title} — {when}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No comparison</source>
            <translation>Bez porównania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everyone</source>
            <translation>Wszystkie osoby</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Several answers…</source>
            <translation>Kilka odpowiedzi…</translation>
        </message>
        <message>
            <location line="+65" />
            <source>{start} to {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>from {start}</source>
            <translation>od {start}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>until {end}</source>
            <translation>do {end}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>any date</source>
            <translation>dowolna data</translation>
        </message>
        <message>
            <location line="+4" />
            <source>finished responses only</source>
            <translation>tylko ukończone wypełnienia</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <location filename="../../workshop_app/ui/results_page.py" line="+89" />
            <source>Surveys with answers</source>
            <translation>Ankiety z odpowiedziami</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Counts under 5 show as “&lt;5” and a question with fewer than 5 answers shows no chart, so no one can be singled out; “≥5” is hidden so a small count cannot be worked out. Typed answers are never shown here, only the words many people used.</source>
            <translation>Liczebności poniżej 5 są pokazywane jako „&lt;5”, a pytanie z mniej niż 5 odpowiedziami nie ma wykresu, żeby nie dało się nikogo zidentyfikować; wartość „≥5” jest ukryta, żeby nie dało się wyliczyć małej liczby. Wpisane odpowiedzi nigdy nie są tu pokazywane — tylko słowa, których użyło wiele osób.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Results</source>
            <translation>Wyniki</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Surveys appear here once someone has answered them.</source>
            <translation>Ankiety pojawią się tutaj, gdy ktoś na nie odpowie.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Results of the survey</source>
            <translation>Wyniki ankiety</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One card per question; scroll with the arrow keys</source>
            <translation>Jedna karta na każde pytanie; przewijaj klawiszami strzałek</translation>
        </message>
        <message>
            <location line="+29" />
            <source>No database is open.</source>
            <translation>Nie otwarto żadnej bazy danych.</translation>
        </message>
        <message>
            <location line="+72" />
            <location line="+86" />
            <source>No answers yet</source>
            <translation>Brak jeszcze odpowiedzi</translation>
        </message>
        <message>
            <location line="-85" />
            <source>Results appear here once people answer a survey in the kiosk, or once answers given on paper are typed in.</source>
            <translation>Wyniki pojawią się tutaj, gdy osoby odpowiedzą na ankietę w kiosku albo gdy zostaną wpisane odpowiedzi z ankiet papierowych.</translation>
        </message>
        <message>
            <location line="+64" />
            <source>No answers from these groups</source>
            <translation>Brak odpowiedzi z tych grup</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Neither group answered this survey in the responses the filters select.</source>
            <translation>Żadna z grup nie odpowiedziała na tę ankietę w wypełnieniach wybranych przez filtry.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{survey}: “{first}” and “{second}” side by side · {filters}</source>
            <translation>{survey}: „{first}” i „{second}” obok siebie · {filters}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No answers match</source>
            <translation>Brak pasujących odpowiedzi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No answers match these filters. Choose another workshop or group, or widen the dates.</source>
            <translation>Żadne odpowiedzi nie pasują do tych filtrów. Wybierz inny warsztat lub grupę albo poszerz zakres dat.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This survey has no answers yet.</source>
            <translation>Ta ankieta nie ma jeszcze odpowiedzi.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Too few answers to show</source>
            <translation>Za mało odpowiedzi, by je pokazać</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fewer than 5 responses match these filters, so no results are shown: with so few, an answer could point to a person.</source>
            <translation>Do tych filtrów pasuje mniej niż 5 wypełnień, więc wyniki nie są pokazywane: przy tak małej liczbie odpowiedź mogłaby wskazać konkretną osobę.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{survey}: {responses} · {filters}</source>
            <translation>{survey}: {responses} · {filters}</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Saved the chart as {path}.</source>
            <translation>Zapisano wykres: {path}.</translation>
        </message>
    </context>
    <context>
        <name>ResultsSurveyModel</name>
        <message>
            <location line="-345" />
            <source>Version {version}</source>
            <translation>Wersja {version}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Versions {versions}</source>
            <translation>Wersje {versions}</translation>
        </message>
    </context>
    <context>
        <name>ResumeOffer</name>
        <message>
            <location filename="../../workshop_app/ui/run_resume.py" line="+34" />
            <source>Resume…</source>
            <translation>Wznów…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resume the unfinished surveys</source>
            <translation>Wznów niedokończone ankiety</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the run view of their workshop</source>
            <translation>Otwórz widok prowadzenia warsztatu, do którego należą</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Dismiss the offer to resume</source>
            <translation>Zamknij propozycję wznowienia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hide this offer; the unfinished surveys stay saved</source>
            <translation>Ukryj tę propozycję; niedokończone ankiety pozostają zapisane</translation>
        </message>
        <message numerus="yes">
            <location line="+29" />
            <source>%n survey was not finished —</source>
            <translation>
                <numerusform>%n ankieta nie została dokończona —</numerusform>
                <numerusform>%n ankiety nie zostały dokończone —</numerusform>
                <numerusform>%n ankiet nie zostało dokończonych —</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n surveys were not finished —</source>
            <translation>
                <numerusform>%n ankieta nie została dokończona —</numerusform>
                <numerusform>%n ankiety nie zostały dokończone —</numerusform>
                <numerusform>%n ankiet nie zostało dokończonych —</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RunAgendaModel</name>
        <message>
            <location filename="../../workshop_app/ui/run_agenda.py" line="+93" />
            <source>{item} (on now)</source>
            <translation>{item} (teraz)</translation>
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
            <translation>Status warsztatu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check-in</source>
            <translation>Rejestracja</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Check people in</source>
            <translation>Rejestruj obecność</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Register and check people in at the door (Ctrl+I)</source>
            <translation>Rejestruj osoby przy wejściu i potwierdzaj ich obecność (Ctrl+I)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kiosk PIN…</source>
            <translation>PIN kiosku…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Set the kiosk PIN</source>
            <translation>Ustaw PIN kiosku</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The PIN that lets you leave the kiosk</source>
            <translation>PIN, który pozwala opuścić kiosk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open projector</source>
            <translation>Otwórz projektor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open the projector view</source>
            <translation>Otwórz widok projektora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timer and results for the room, on the second screen (F5)</source>
            <translation>Minutnik i wyniki dla sali na drugim ekranie (F5)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End workshop</source>
            <translation>Zakończ warsztat</translation>
        </message>
        <message>
            <location line="+0" />
            <source>End the workshop</source>
            <translation>Zakończ warsztat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark the workshop as done</source>
            <translation>Oznacz warsztat jako zakończony</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+57" />
            <source>Agenda</source>
            <translation>Program</translation>
        </message>
        <message>
            <location line="-48" />
            <source>← Previous</source>
            <translation>← Poprzedni</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Previous activity</source>
            <translation>Poprzedni punkt programu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The activity before (Alt+Left)</source>
            <translation>Wcześniejszy punkt programu (Alt+Strzałka w lewo)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next →</source>
            <translation>Następny →</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next activity</source>
            <translation>Następny punkt programu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The next activity (Alt+Right)</source>
            <translation>Kolejny punkt programu (Alt+Strzałka w prawo)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Check-in ({count})</source>
            <translation>Rejestracja ({count})</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This workshop has no agenda yet. Add activities in Workshops.</source>
            <translation>Ten warsztat nie ma jeszcze programu. Dodaj punkty programu w sekcji Warsztaty.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{hint}

Run it with the timer; the maps are drawn in the Stakeholder maps section.</source>
            <translation>{hint}

Prowadź ten punkt z minutnikiem; mapy rysuje się w sekcji Mapy interesariuszy.</translation>
        </message>
    </context>
    <context>
        <name>RunWindow</name>
        <message>
            <location filename="../../workshop_app/ui/run_window.py" line="+95" />
            <source>&amp;Workshop</source>
            <translation>&amp;Warsztat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Check-in</source>
            <translation>&amp;Rejestracja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kiosk &amp;PIN…</source>
            <translation>&amp;PIN kiosku…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open p&amp;rojector</source>
            <translation>&amp;Otwórz projektor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the timer and results on the second screen</source>
            <translation>Pokaż minutnik i wyniki na drugim ekranie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;End workshop</source>
            <translation>&amp;Zakończ warsztat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Close run view</source>
            <translation>Zam&amp;knij widok prowadzenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>&amp;Edycja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>&amp;Cofnij</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>&amp;Ponów</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Timer</source>
            <translation>&amp;Minutnik</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Start or pause</source>
            <translation>&amp;Uruchom lub wstrzymaj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;One more minute</source>
            <translation>Dodaj &amp;minutę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Five more minutes</source>
            <translation>Dodaj &amp;pięć minut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reset</source>
            <translation>&amp;Resetuj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Go</source>
            <translation>&amp;Przejdź</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Previous activity</source>
            <translation>&amp;Poprzedni punkt programu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Next activity</source>
            <translation>&amp;Następny punkt programu</translation>
        </message>
        <message>
            <location line="+32" />
            <source>This workshop no longer exists.</source>
            <translation>Ten warsztat już nie istnieje.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Run — {title}</source>
            <translation>Prowadzenie — {title}</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>%n survey was not finished. It is listed below; resume it from there.</source>
            <translation>
                <numerusform>%n ankieta nie została dokończona. Jest na liście poniżej; możesz ją tam wznowić.</numerusform>
                <numerusform>%n ankiety nie zostały dokończone. Są na liście poniżej; możesz je tam wznowić.</numerusform>
                <numerusform>%n ankiet nie zostało dokończonych. Są na liście poniżej; możesz je tam wznowić.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n surveys were not finished. They are listed below; resume them from there.</source>
            <translation>
                <numerusform>%n ankieta nie została dokończona. Jest na liście poniżej; możesz ją tam wznowić.</numerusform>
                <numerusform>%n ankiety nie zostały dokończone. Są na liście poniżej; możesz je tam wznowić.</numerusform>
                <numerusform>%n ankiet nie zostało dokończonych. Są na liście poniżej; możesz je tam wznowić.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+65" />
            <source>Time is up for {title}.</source>
            <translation>Koniec czasu: {title}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>time is up</source>
            <translation>czas minął</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{clock} left</source>
            <translation>zostało {clock}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>paused at {clock}</source>
            <translation>wstrzymano przy {clock}</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Mark as {status}</source>
            <translation>Oznacz jako: {status}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The workshop is marked as done and everything is saved in this database. Packing it for the ULG secretary comes with the merge feature; until then, bring this laptop or a backup of the database.</source>
            <translation>Warsztat jest oznaczony jako zakończony, a wszystko zostało zapisane w tej bazie danych. Pakowanie danych dla sekretarza ULG pojawi się razem z funkcją scalania; do tego czasu przekaż ten laptop albo kopię zapasową bazy danych.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The kiosk PIN is set.</source>
            <translation>PIN kiosku został ustawiony.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The kiosk PIN is removed.</source>
            <translation>PIN kiosku został usunięty.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Set a kiosk PIN first: it lets you, and only you, leave the kiosk.</source>
            <translation>Najpierw ustaw PIN kiosku: tylko osoba, która go zna, może opuścić kiosk.</translation>
        </message>
    </context>
    <context>
        <name>ScaleWidget</name>
        <message>
            <location filename="../../workshop_app/ui/question_inputs.py" line="+83" />
            <source>{value} on the scale</source>
            <translation>{value} na skali</translation>
        </message>
    </context>
    <context>
        <name>SelectionForm</name>
        <message>
            <location filename="../../workshop_app/ui/map_panel.py" line="+50" />
            <source>Align &amp;left</source>
            <translation>Wyrównaj do &amp;lewej</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Align &amp;top</source>
            <translation>Wyrównaj do &amp;góry</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Align &amp;centres</source>
            <translation>Wyrównaj do ś&amp;rodka</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete selected</source>
            <translation>Usuń zaznaczone</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete the selected stakeholders</source>
            <translation>Usuń zaznaczonych interesariuszy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Drag any of them to move them all; the arrow keys nudge them.</source>
            <translation>Przeciągnij dowolnego z nich, aby przesunąć wszystkich; klawisze strzałek lekko ich przesuwają.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>1 stakeholder selected</source>
            <translation>Zaznaczono 1 interesariusza</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n stakeholders selected</source>
            <translation>
                <numerusform>Zaznaczono %n interesariusza</numerusform>
                <numerusform>Zaznaczono %n interesariuszy</numerusform>
                <numerusform>Zaznaczono %n interesariuszy</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n relationships selected</source>
            <translation>
                <numerusform>Zaznaczono %n relację</numerusform>
                <numerusform>Zaznaczono %n relacje</numerusform>
                <numerusform>Zaznaczono %n relacji</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StakeholderForm</name>
        <message>
            <location filename="../../workshop_app/ui/map_panel_forms.py" line="-213" />
            <source>Stakeholder</source>
            <translation>Interesariusz</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attitude</source>
            <translation>Nastawienie</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Engagement strategy</source>
            <translation>Strategia zaangażowania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How to involve them</source>
            <translation>Jak ich zaangażować</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Contact (personal data)</source>
            <translation>Kontakt (dane osobowe)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail or phone of a contact person</source>
            <translation>E-mail lub telefon osoby kontaktowej</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Personal data</source>
            <translation>Dane osobowe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Left out of exports unless you choose to include contacts.</source>
            <translation>Pomijane w eksportach, chyba że zdecydujesz się dołączyć kontakty.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Delete stakeholder</source>
            <translation>Usuń interesariusza</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Name</source>
            <translation>&amp;Nazwa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Organisation</source>
            <translation>&amp;Organizacja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sector</source>
            <translation>&amp;Sektor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Attitude</source>
            <translation>N&amp;astawienie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Engagement</source>
            <translation>&amp;Zaangażowanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No&amp;tes</source>
            <translation>No&amp;tatki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Contact</source>
            <translation>&amp;Kontakt</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Across</source>
            <translation>Poziomo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Up</source>
            <translation>Pionowo</translation>
        </message>
    </context>
    <context>
        <name>SurveyBuilder</name>
        <message>
            <location filename="../../workshop_app/ui/survey_builder.py" line="+57" />
            <source>Survey title</source>
            <translation>Tytuł ankiety</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title of the survey</source>
            <translation>Tytuł ankiety</translation>
        </message>
        <message>
            <location line="+2" />
            <source>• Unsaved changes</source>
            <translation>• Niezapisane zmiany</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Undo</source>
            <translation>Cofnij</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Redo</source>
            <translation>Ponów</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Save</source>
            <translation>&amp;Zapisz</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save survey</source>
            <translation>Zapisz ankietę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the survey (Ctrl+S)</source>
            <translation>Zapisz ankietę (Ctrl+S)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add &amp;question</source>
            <translation>Dodaj &amp;pytanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add question</source>
            <translation>Dodaj pytanie</translation>
        </message>
        <message>
            <location line="+12" />
            <source>D&amp;uplicate</source>
            <translation>&amp;Duplikuj</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+250" />
            <source>Duplicate question</source>
            <translation>Duplikuj pytanie</translation>
        </message>
        <message>
            <location line="-248" />
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete question</source>
            <translation>Usuń pytanie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Move question up (Alt+Up)</source>
            <translation>Przesuń pytanie w górę (Alt+Strzałka w górę)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Move question down (Alt+Down)</source>
            <translation>Przesuń pytanie w dół (Alt+Strzałka w dół)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Survey builder views</source>
            <translation>Widoki edytora ankiety</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions</source>
            <translation>Pytania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Translations</source>
            <translation>Tłumaczenia</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{action} ({keys})</source>
            <translation>{action} ({keys})</translation>
        </message>
        <message>
            <location line="+83" />
            <source>Change title</source>
            <translation>Zmień tytuł</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Version {version} already has responses, so saving changes makes version {next}.</source>
            <translation>Wersja {version} ma już wypełnienia, więc zapisanie zmian utworzy wersję {next}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Version {version} · no responses yet</source>
            <translation>Wersja {version} · brak jeszcze wypełnień</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Add question: {type}</source>
            <translation>Dodaj pytanie: {type}</translation>
        </message>
    </context>
    <context>
        <name>SurveyListPane</name>
        <message>
            <location filename="../../workshop_app/ui/survey_list_pane.py" line="+16" />
            <source>Surveys</source>
            <translation>Ankiety</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New from template…</source>
            <translation>&amp;Nowa z szablonu…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New survey from a template</source>
            <translation>Nowa ankieta z szablonu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Import XLSForm…</source>
            <translation>&amp;Importuj XLSForm…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import XLSForm</source>
            <translation>Importuj XLSForm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a questionnaire from KoboToolbox, ODK or another XLSForm file</source>
            <translation>Dodaj kwestionariusz z KoboToolbox, ODK lub innego pliku XLSForm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport XLSForm…</source>
            <translation>Eksportuj XLS&amp;Form…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export XLSForm</source>
            <translation>Eksportuj XLSForm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the survey as an XLSForm for KoboToolbox or ODK</source>
            <translation>Zapisz ankietę jako XLSForm dla KoboToolbox lub ODK</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete survey…</source>
            <translation>Usuń ankietę…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete survey</source>
            <translation>Usuń ankietę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo deleting the survey</source>
            <translation>Cofnij usunięcie ankiety</translation>
        </message>
    </context>
    <context>
        <name>SurveyPanel</name>
        <message>
            <location filename="../../workshop_app/ui/run_survey_panel.py" line="+99" />
            <source>Start &amp;kiosk</source>
            <translation>Uruchom &amp;kiosk</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start the kiosk</source>
            <translation>Uruchom kiosk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People answer on this laptop, one after another, in a locked screen</source>
            <translation>Osoby odpowiadają na tym laptopie, jedna po drugiej, na zablokowanym ekranie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter &amp;paper answers</source>
            <translation>Wpisz ankiety &amp;papierowe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter paper answers</source>
            <translation>Wpisz ankiety papierowe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type in questionnaires filled in on paper</source>
            <translation>Przepisz ankiety wypełnione na papierze</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Question shown on the projector</source>
            <translation>Pytanie pokazywane na projektorze</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Every answer given so far is saved. Pick one and resume it where the person stopped.</source>
            <translation>Każda dotychczas udzielona odpowiedź jest zapisana. Wybierz ankietę i wznów ją w miejscu, w którym osoba przerwała.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Unfinished responses</source>
            <translation>Niedokończone ankiety</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Resume in kiosk</source>
            <translation>&amp;Wznów w kiosku</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resume the selected response in the kiosk</source>
            <translation>Wznów zaznaczoną ankietę w kiosku</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resume as paper &amp;entry</source>
            <translation>Wznów &amp;jako wpisywanie z papieru</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resume the selected response as paper entry</source>
            <translation>Wznów zaznaczoną ankietę jako wpisywanie z papieru</translation>
        </message>
        <message>
            <location line="+5" />
            <source>On the projector:</source>
            <translation>Na projektorze:</translation>
        </message>
        <message>
            <location line="+58" />
            <source>No survey is chosen for this activity yet.</source>
            <translation>Dla tego punktu programu nie wybrano jeszcze ankiety.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>{started} started · {finished} finished · {open} not finished</source>
            <translation>rozpoczęte: {started} · ukończone: {finished} · niedokończone: {open}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not finished ({count})</source>
            <translation>Niedokończone ({count})</translation>
        </message>
    </context>
    <context>
        <name>SurveysPage</name>
        <message>
            <location filename="../../workshop_app/ui/surveys_page.py" line="+98" />
            <source>No database is open.</source>
            <translation>Nie otwarto żadnej bazy danych.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Save survey</source>
            <translation>&amp;Zapisz ankietę</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Import XLSForm…</source>
            <translation>&amp;Importuj XLSForm…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a questionnaire from an XLSForm file (KoboToolbox, ODK)</source>
            <translation>Dodaj kwestionariusz z pliku XLSForm (KoboToolbox, ODK)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>E&amp;xport XLSForm…</source>
            <translation>Eksportuj XLS&amp;Form…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the selected survey as an XLSForm file</source>
            <translation>Zapisz zaznaczoną ankietę jako plik XLSForm</translation>
        </message>
        <message>
            <location line="+149" />
            <source>The survey cannot be saved yet: {problem}</source>
            <translation>Nie można jeszcze zapisać ankiety: {problem}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Saved as version {version}. Version {old} keeps its {responses} with the questions they answered.</source>
            <translation>Zapisano jako wersję {version}. Wersja {old} zachowuje zebrane dane ({responses}) wraz z pytaniami, na które odpowiadano.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>New survey</source>
            <translation>Nowa ankieta</translation>
        </message>
        <message>
            <location line="+39" />
            <source>The survey cannot be exported yet: {problem}</source>
            <translation>Nie można jeszcze wyeksportować ankiety: {problem}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Exported to {path}.</source>
            <translation>Wyeksportowano: {path}.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Delete “{title}” (version {version})?</source>
            <translation>Usunąć „{title}” (wersja {version})?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Its {responses} are deleted with it.</source>
            <translation>Razem z nią zostaną usunięte zebrane dane ({responses}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Its unsaved changes are lost.</source>
            <translation>Niezapisane zmiany zostaną utracone.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete survey</source>
            <translation>Usuń ankietę</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{title}” was deleted.</source>
            <translation>Usunięto „{title}”.</translation>
        </message>
    </context>
    <context>
        <name>TakeSnapshotDialog</name>
        <message>
            <location filename="../../workshop_app/ui/map_snapshots.py" line="-139" />
            <location line="+15" />
            <source>Take snapshot</source>
            <translation>Zapisz migawkę</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Save where every stakeholder stands now, to compare with later.</source>
            <translation>Zapisz obecne położenie każdego interesariusza, aby później je porównać.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name of the snapshot</source>
            <translation>Nazwa migawki</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Date of the snapshot</source>
            <translation>Data migawki</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Name</source>
            <translation>&amp;Nazwa</translation>
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
            <translation>Grupa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Question</source>
            <translation>Pytanie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>At least</source>
            <translation>Co najmniej</translation>
        </message>
    </context>
    <context>
        <name>TargetsDialog</name>
        <message>
            <location line="+22" />
            <source>Diversity targets</source>
            <translation>Cele różnorodności</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Say which groups should make up at least a share of those who took part. The “Who took part” tab then says plainly when a group is missing.</source>
            <translation>Określ, jaki co najmniej odsetek osób biorących udział powinny stanowić poszczególne grupy. Karta „Kto uczestniczył” wyraźnie pokaże, gdy jakiejś grupy brakuje.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Targets set</source>
            <translation>Ustawione cele</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Remove target</source>
            <translation>&amp;Usuń cel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected target</source>
            <translation>Usuń zaznaczony cel</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Question the group is defined by</source>
            <translation>Pytanie, które określa grupę</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Answers that make up the group</source>
            <translation>Odpowiedzi, które tworzą grupę</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Least share, in per cent</source>
            <translation>Minimalny odsetek w procentach</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. People over 60 (optional)</source>
            <translation>np. Osoby powyżej 60 lat (nieobowiązkowe)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name of the group</source>
            <translation>Nazwa grupy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Set target</source>
            <translation>U&amp;staw cel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set target</source>
            <translation>Ustaw cel</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Question</source>
            <translation>&amp;Pytanie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A&amp;nswers</source>
            <translation>&amp;Odpowiedzi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At &amp;least</source>
            <translation>Co &amp;najmniej</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Group &amp;name</source>
            <translation>Nazwa &amp;grupy</translation>
        </message>
        <message>
            <location line="+14" />
            <source>New or changed target</source>
            <translation>Nowy lub zmieniony cel</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Select the target to remove.</source>
            <translation>Zaznacz cel do usunięcia.</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <location filename="../../workshop_app/ui/survey_template_dialog.py" line="+126" />
            <source>New survey from a template</source>
            <translation>Nowa ankieta z szablonu</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Templates</source>
            <translation>Szablony</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Language of the preview</source>
            <translation>Język podglądu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title of the new survey</source>
            <translation>Tytuł nowej ankiety</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Questions of the template</source>
            <translation>Pytania szablonu</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Start from a questionnaire that works, then adapt it.</source>
            <translation>Zacznij od sprawdzonego kwestionariusza, a potem go dostosuj.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Title</source>
            <translation>&amp;Tytuł</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Show in</source>
            <translation>&amp;Pokaż w języku</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Create survey</source>
            <translation>Utwórz ankietę</translation>
        </message>
    </context>
    <context>
        <name>TimerClock</name>
        <message>
            <location filename="../../workshop_app/ui/timer_widget.py" line="+53" />
            <source>Time left</source>
            <translation>Pozostały czas</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Time is up, {clock} over</source>
            <translation>Czas minął, przekroczono o {clock}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{clock} left</source>
            <translation>Zostało {clock}</translation>
        </message>
    </context>
    <context>
        <name>TimerPanel</name>
        <message>
            <location line="+27" />
            <source>Share of the time left</source>
            <translation>Ile czasu zostało</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+68" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location line="-68" />
            <source>Start or pause the timer (Space)</source>
            <translation>Uruchom lub wstrzymaj minutnik (Spacja)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start or pause the timer</source>
            <translation>Uruchom lub wstrzymaj minutnik</translation>
        </message>
        <message>
            <location line="+2" />
            <source>+1 min</source>
            <translation>+1 min</translation>
        </message>
        <message>
            <location line="+0" />
            <source>One more minute (+)</source>
            <translation>Jeszcze minuta (+)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add one minute</source>
            <translation>Dodaj minutę</translation>
        </message>
        <message>
            <location line="+2" />
            <source>+5 min</source>
            <translation>+5 min</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Five more minutes (Shift++)</source>
            <translation>Jeszcze pięć minut (Shift++)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add five minutes</source>
            <translation>Dodaj pięć minut</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reset</source>
            <translation>Resetuj</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Back to the planned time, stopped</source>
            <translation>Powrót do zaplanowanego czasu, z zatrzymaniem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset the timer</source>
            <translation>Resetuj minutnik</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Pause</source>
            <translation>Pauza</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Resume</source>
            <translation>Wznów</translation>
        </message>
    </context>
    <context>
        <name>TranslationsModel</name>
        <message>
            <location filename="../../workshop_app/ui/survey_translations.py" line="+107" />
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{language} (default)</source>
            <translation>{language} (domyślny)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>label</source>
            <translation>etykieta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>hint</source>
            <translation>podpowiedź</translation>
        </message>
        <message>
            <location line="+1" />
            <source>constraint message</source>
            <translation>komunikat ograniczenia</translation>
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
            <translation>(brak)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not translated yet: participants see the default language here</source>
            <translation>Jeszcze nieprzetłumaczone: tutaj wyświetla się język domyślny</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+7" />
            <source>Edit translation</source>
            <translation>Edytuj tłumaczenie</translation>
        </message>
    </context>
    <context>
        <name>TranslationsView</name>
        <message>
            <location line="+12" />
            <source>Every text of the survey, one column per language. Tinted cells still need a translation; participants see the default language there.</source>
            <translation>Wszystkie teksty ankiety, po jednej kolumnie na język. Zabarwione komórki wciąż czekają na tłumaczenie; w tych miejscach osoby wypełniające zobaczą tekst w języku domyślnym.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Default language</source>
            <translation>Język domyślny</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Default language</source>
            <translation>Język &amp;domyślny</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Add language…</source>
            <translation>Dodaj &amp;język…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add language</source>
            <translation>Dodaj język</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove language…</source>
            <translation>Usuń język…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove language</source>
            <translation>Usuń język</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Translations</source>
            <translation>Tłumaczenia</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Change default language</source>
            <translation>Zmień język domyślny</translation>
        </message>
    </context>
    <context>
        <name>UnfinishedModel</name>
        <message>
            <location filename="../../workshop_app/ui/run_survey_panel.py" line="-187" />
            <source>Who</source>
            <translation>Kto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Started</source>
            <translation>Rozpoczęto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last answer</source>
            <translation>Ostatnia odpowiedź</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answers</source>
            <translation>Odpowiedzi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where</source>
            <translation>Gdzie</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Anonymous</source>
            <translation>Osoba anonimowa</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no answer yet</source>
            <translation>brak odpowiedzi</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kiosk</source>
            <translation>Kiosk</translation>
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
            <translation>&amp;Widok</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Language</source>
            <translation>&amp;Język</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Show the app in this language</source>
            <translation>Wyświetlaj aplikację w tym języku</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Text &amp;size</source>
            <translation>&amp;Rozmiar tekstu</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{percent} %</source>
            <translation>{percent}%</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;High contrast</source>
            <translation>&amp;Wysoki kontrast</translation>
        </message>
        <message>
            <location line="+2" />
            <source>White and yellow on black, with thick outlines</source>
            <translation>Biały i żółty na czarnym tle, z grubymi obramowaniami</translation>
        </message>
    </context>
    <context>
        <name>VoteTallyModel</name>
        <message>
            <location filename="../../workshop_app/ui/voting_model.py" line="+37" />
            <source>Note</source>
            <translation>Karteczka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cluster</source>
            <translation>Grupa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dots in all</source>
            <translation>Kropki łącznie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counted in the room</source>
            <translation>Policzone na sali</translation>
        </message>
    </context>
    <context>
        <name>VotingPanel</name>
        <message>
            <location filename="../../workshop_app/ui/voting_panel.py" line="+61" />
            <source>Start &amp;kiosk voting</source>
            <translation>Rozpocznij głosowanie w &amp;kiosku</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start kiosk voting</source>
            <translation>Rozpocznij głosowanie w kiosku</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People place their dots one after another on this laptop</source>
            <translation>Osoby po kolei przydzielają swoje kropki na tym laptopie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type an option to vote on and press Enter</source>
            <translation>Wpisz opcję do głosowania i naciśnij Enter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New option to vote on</source>
            <translation>Nowa opcja do głosowania</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dots per note</source>
            <translation>Kropki na karteczce</translation>
        </message>
        <message>
            <location line="+17" />
            <source>One dot less on the selected note</source>
            <translation>O jedną kropkę mniej na zaznaczonej karteczce</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One dot less (−)</source>
            <translation>Jedna kropka mniej (−)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>One dot more on the selected note</source>
            <translation>O jedną kropkę więcej na zaznaczonej karteczce</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One dot more (+)</source>
            <translation>Jedna kropka więcej (+)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Counting paper dots? Select a note and press + or −, or type the number.</source>
            <translation>Liczysz kropki na papierze? Zaznacz karteczkę i naciśnij + lub − albo wpisz liczbę.</translation>
        </message>
        <message numerus="yes">
            <location line="+61" />
            <source>%n person voted in the kiosk</source>
            <translation>
                <numerusform>W kiosku zagłosowała %n osoba</numerusform>
                <numerusform>W kiosku zagłosowały %n osoby</numerusform>
                <numerusform>W kiosku zagłosowało %n osób</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n people voted in the kiosk</source>
            <translation>
                <numerusform>W kiosku zagłosowała %n osoba</numerusform>
                <numerusform>W kiosku zagłosowały %n osoby</numerusform>
                <numerusform>W kiosku zagłosowało %n osób</numerusform>
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
            <translation>Osoby głosują na wpisane tutaj opcje.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No brainstorm comes before this dot vote: type the options to vote on.</source>
            <translation>Przed tym głosowaniem kropkami nie ma burzy mózgów: wpisz opcje do głosowania.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>People vote on the notes of the brainstorm before it.</source>
            <translation>Osoby głosują na karteczki z poprzedzającej burzy mózgów.</translation>
        </message>
    </context>
    <context>
        <name>WorkbookPanel</name>
        <message>
            <location filename="../../workshop_app/ui/workbook_panel.py" line="+73" />
            <source>ULG workbook</source>
            <translation>Skoroszyt ULG</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One Excel file for the ULG meeting and the Integrated Action Plan: a summary with charts, every survey response, ideas and votes, stakeholder maps and who took part.</source>
            <translation>Jeden plik Excela na spotkanie ULG i do Zintegrowanego Planu Działań: podsumowanie z wykresami, wszystkie wypełnienia ankiet, pomysły i głosy, mapy interesariuszy oraz informacje o tym, kto uczestniczył.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>E&amp;verything</source>
            <translation>&amp;Wszystko</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One &amp;workshop</source>
            <translation>&amp;Jeden warsztat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workshops &amp;between</source>
            <translation>Warsztaty &amp;od</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export everything</source>
            <translation>Eksportuj wszystko</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export one workshop</source>
            <translation>Eksportuj jeden warsztat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the workshops between two dates</source>
            <translation>Eksportuj warsztaty z przedziału dat</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Workshop to export</source>
            <translation>Warsztat do eksportu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>First day of the range</source>
            <translation>Pierwszy dzień zakresu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last day of the range</source>
            <translation>Ostatni dzień zakresu</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Language of the labels</source>
            <translation>Język etykiet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include names and contacts (personal &amp;data)</source>
            <translation>Dołącz imiona, nazwiska i kontakty (&amp;dane osobowe)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include names and contacts</source>
            <translation>Dołącz imiona, nazwiska i kontakty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Personal data is left out unless you tick this</source>
            <translation>Dane osobowe są pomijane, chyba że to zaznaczysz</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The workbook will contain personal data. Keep it safe, share it only with people who need it, and delete it when it is no longer needed.</source>
            <translation>Skoroszyt będzie zawierał dane osobowe. Przechowuj go bezpiecznie, udostępniaj tylko osobom, które go potrzebują, i usuń, gdy nie będzie już potrzebny.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>E&amp;xport ULG workbook…</source>
            <translation>Eksportuj &amp;skoroszyt ULG…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+162" />
            <location line="+28" />
            <location line="+22" />
            <source>Export ULG workbook</source>
            <translation>Eksportuj skoroszyt ULG</translation>
        </message>
        <message>
            <location line="-204" />
            <source>Open &amp;folder</source>
            <translation>Otwórz &amp;folder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the folder of the workbook</source>
            <translation>Otwórz folder ze skoroszytem</translation>
        </message>
        <message>
            <location line="+11" />
            <source>and</source>
            <translation>do</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Labels in</source>
            <translation>&amp;Etykiety w języku</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export</source>
            <translation>Eksportuj</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Open a database to export its workbook.</source>
            <translation>Otwórz bazę danych, aby wyeksportować jej skoroszyt.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>no date</source>
            <translation>bez daty</translation>
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
            <translation>Eksport obejmie: {workshops}, {responses} i {participants}.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n workshop</source>
            <translation>
                <numerusform>%n warsztat</numerusform>
                <numerusform>%n warsztaty</numerusform>
                <numerusform>%n warsztatów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n workshops</source>
            <translation>
                <numerusform>%n warsztat</numerusform>
                <numerusform>%n warsztaty</numerusform>
                <numerusform>%n warsztatów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n survey response</source>
            <translation>
                <numerusform>%n wypełnienie ankiety</numerusform>
                <numerusform>%n wypełnienia ankiet</numerusform>
                <numerusform>%n wypełnień ankiet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n survey responses</source>
            <translation>
                <numerusform>%n wypełnienie ankiety</numerusform>
                <numerusform>%n wypełnienia ankiet</numerusform>
                <numerusform>%n wypełnień ankiet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n participant</source>
            <translation>
                <numerusform>%n osoba uczestnicząca</numerusform>
                <numerusform>%n osoby uczestniczące</numerusform>
                <numerusform>%n osób uczestniczących</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n participants</source>
            <translation>
                <numerusform>%n osoba uczestnicząca</numerusform>
                <numerusform>%n osoby uczestniczące</numerusform>
                <numerusform>%n osób uczestniczących</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Skoroszyty Excela (*.xlsx)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Writing {name}…</source>
            <translation>Zapisywanie {name}…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Saved {path}.</source>
            <translation>Zapisano {path}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It contains names and contacts: keep it safe.</source>
            <translation>Zawiera imiona, nazwiska i kontakty: przechowuj go bezpiecznie.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n long text was cut to fit an Excel cell; the Answers sheet marks it.</source>
            <translation>
                <numerusform>%n długi tekst został skrócony, aby zmieścił się w komórce Excela; jest oznaczony w arkuszu Answers.</numerusform>
                <numerusform>%n długie teksty zostały skrócone, aby zmieściły się w komórkach Excela; są oznaczone w arkuszu Answers.</numerusform>
                <numerusform>%n długich tekstów zostało skróconych, aby zmieściły się w komórkach Excela; są oznaczone w arkuszu Answers.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n long texts were cut to fit Excel's cells; the Answers sheet marks them.</source>
            <translation>
                <numerusform>%n długi tekst został skrócony, aby zmieścił się w komórce Excela; jest oznaczony w arkuszu Answers.</numerusform>
                <numerusform>%n długie teksty zostały skrócone, aby zmieściły się w komórkach Excela; są oznaczone w arkuszu Answers.</numerusform>
                <numerusform>%n długich tekstów zostało skróconych, aby zmieściły się w komórkach Excela; są oznaczone w arkuszu Answers.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkshopEditor</name>
        <message>
            <location filename="../../workshop_app/ui/workshop_editor.py" line="+69" />
            <source>Workshop title</source>
            <translation>Tytuł warsztatu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What is the workshop called?</source>
            <translation>Jak nazywa się warsztat?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not set</source>
            <translation>Nie ustawiono</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Date and time</source>
            <translation>Data i godzina</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Place</source>
            <translation>Miejsce</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Parish hall, Rua Direita 12</source>
            <translation>np. sala parafialna, ul. Długa 12</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ULG theme</source>
            <translation>Temat ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The ULG theme this workshop feeds</source>
            <translation>Temat ULG, któremu służy ten warsztat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator</source>
            <translation>Osoba prowadząca</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Language of the workshop</source>
            <translation>Język warsztatu</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anything to remember: access, interpreters, materials…</source>
            <translation>Wszystko, o czym warto pamiętać: dostępność, tłumaczenie, materiały…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Delete…</source>
            <translation>&amp;Usuń…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete workshop</source>
            <translation>Usuń warsztat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete this workshop and its agenda</source>
            <translation>Usuń ten warsztat wraz z programem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Run workshop…</source>
            <translation>&amp;Prowadź warsztat…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Run workshop</source>
            <translation>Prowadź warsztat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the run view: agenda, timer, kiosk and projector (Ctrl+R)</source>
            <translation>Otwórz widok prowadzenia: program, minutnik, kiosk i projektor (Ctrl+R)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Select a workshop in the list, or create a new one.</source>
            <translation>Zaznacz warsztat na liście albo utwórz nowy.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;Title</source>
            <translation>&amp;Tytuł</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;When</source>
            <translation>&amp;Kiedy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Place</source>
            <translation>&amp;Miejsce</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ULG the&amp;me</source>
            <translation>Tem&amp;at ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fa&amp;cilitator</source>
            <translation>&amp;Osoba prowadząca</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language</source>
            <translation>&amp;Język</translation>
        </message>
        <message>
            <location line="+2" />
            <source>N&amp;otes</source>
            <translation>&amp;Notatki</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Workshop details</source>
            <translation>Szczegóły warsztatu</translation>
        </message>
        <message>
            <location line="+178" />
            <source>Change title</source>
            <translation>Zmień tytuł</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change date and time</source>
            <translation>Zmień datę i godzinę</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change place</source>
            <translation>Zmień miejsce</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change ULG theme</source>
            <translation>Zmień temat ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change facilitator</source>
            <translation>Zmień osobę prowadzącą</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change language</source>
            <translation>Zmień język</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change status</source>
            <translation>Zmień status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change notes</source>
            <translation>Zmień notatki</translation>
        </message>
    </context>
    <context>
        <name>WorkshopsView</name>
        <message>
            <location filename="../../workshop_app/ui/workshops_view.py" line="+76" />
            <location line="+20" />
            <source>Workshops</source>
            <translation>Warsztaty</translation>
        </message>
        <message>
            <location line="-18" />
            <location line="+2" />
            <location line="+237" />
            <source>New workshop</source>
            <translation>Nowy warsztat</translation>
        </message>
        <message>
            <location line="-236" />
            <source>Create a workshop (Ctrl+N)</source>
            <translation>Utwórz warsztat (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search titles and places</source>
            <translation>Szukaj w tytułach i miejscach</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search workshops</source>
            <translation>Szukaj warsztatów</translation>
        </message>
        <message>
            <location line="+70" />
            <source>No workshops yet — create your first one</source>
            <translation>Nie ma jeszcze warsztatów — utwórz pierwszy</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A workshop holds the date, the place and the agenda of one meeting with your group. You can change everything later.</source>
            <translation>Warsztat zawiera datę, miejsce i program jednego spotkania z grupą. Wszystko możesz później zmienić.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+2" />
            <source>Create a workshop</source>
            <translation>Utwórz warsztat</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No database is open.</source>
            <translation>Nie otwarto żadnej bazy danych.</translation>
        </message>
        <message>
            <location line="+157" />
            <source>Delete the workshop “{title}”?</source>
            <translation>Usunąć warsztat „{title}”?</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Its agenda of %n activity goes with it.</source>
            <translation>
                <numerusform>Razem z nim zostanie usunięty program (%n punkt).</numerusform>
                <numerusform>Razem z nim zostanie usunięty program (%n punkty).</numerusform>
                <numerusform>Razem z nim zostanie usunięty program (%n punktów).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Its agenda of %n activities goes with it.</source>
            <translation>
                <numerusform>Razem z nim zostanie usunięty program (%n punkt).</numerusform>
                <numerusform>Razem z nim zostanie usunięty program (%n punkty).</numerusform>
                <numerusform>Razem z nim zostanie usunięty program (%n punktów).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>The attendance of %n participant goes with it; the person stays.</source>
            <translation>
                <numerusform>Usunięte zostaną też informacje o obecności %n osoby; sama osoba pozostanie w bazie.</numerusform>
                <numerusform>Usunięte zostaną też informacje o obecności %n osób; same osoby pozostaną w bazie.</numerusform>
                <numerusform>Usunięte zostaną też informacje o obecności %n osób; same osoby pozostaną w bazie.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>The attendance of %n participants goes with it; the people stay.</source>
            <translation>
                <numerusform>Usunięte zostaną też informacje o obecności %n osoby; sama osoba pozostanie w bazie.</numerusform>
                <numerusform>Usunięte zostaną też informacje o obecności %n osób; same osoby pozostaną w bazie.</numerusform>
                <numerusform>Usunięte zostaną też informacje o obecności %n osób; same osoby pozostaną w bazie.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can undo this with Edit › Undo.</source>
            <translation>Możesz to cofnąć poleceniem Edycja › Cofnij.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete workshop</source>
            <translation>Usuń warsztat</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete</source>
            <translation>Usuń</translation>
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
            <translation>Zaplanowane minuty</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Survey this activity runs</source>
            <translation>Ankieta w tym punkcie programu</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dots per person</source>
            <translation>Kropki na osobę</translation>
        </message>
    </context>
    <context>
        <name>agenda</name>
        <message>
            <location filename="../../workshop_app/ui/agenda_model.py" line="+32" />
            <source>Activity</source>
            <translation>Punkt programu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Tytuł</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>Czas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>Szczegóły</translation>
        </message>
        <message>
            <location line="+91" />
            <source>Choose a survey…</source>
            <translation>Wybierz ankietę…</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../workshop_app/app.py" line="+148" />
            <source>Something went wrong ({error}). Everything saved so far is safe; the details are in {log}.</source>
            <translation>Coś poszło nie tak ({error}). Wszystko, co zapisano do tej pory, jest bezpieczne; szczegóły znajdziesz w {log}.</translation>
        </message>
    </context>
    <context>
        <name>board</name>
        <message>
            <location filename="../../workshop_app/ui/board_scene.py" line="+110" />
            <source>New ideas</source>
            <translation>Nowe pomysły</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unnamed group</source>
            <translation>Grupa bez nazwy</translation>
        </message>
        <message>
            <location line="+123" />
            <source>Type an idea above and press Enter.</source>
            <translation>Wpisz pomysł powyżej i naciśnij Enter.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drag notes here.</source>
            <translation>Przeciągnij tu karteczki.</translation>
        </message>
    </context>
    <context>
        <name>brainstorm</name>
        <message>
            <location filename="../../workshop_app/ui/brainstorm_commands.py" line="+31" />
            <source>Add note</source>
            <translation>Dodaj karteczkę</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Edit note</source>
            <translation>Edytuj karteczkę</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Colour note</source>
            <translation>Zmień kolor karteczki</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Move note</source>
            <translation>Przenieś karteczkę</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Move %n notes</source>
            <translation>
                <numerusform>Przenieś %n karteczkę</numerusform>
                <numerusform>Przenieś %n karteczki</numerusform>
                <numerusform>Przenieś %n karteczek</numerusform>
            </translation>
        </message>
        <message>
            <location line="+18" />
            <source>Delete note</source>
            <translation>Usuń karteczkę</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n notes</source>
            <translation>
                <numerusform>Usuń %n karteczkę</numerusform>
                <numerusform>Usuń %n karteczki</numerusform>
                <numerusform>Usuń %n karteczek</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>Add cluster</source>
            <translation>Dodaj grupę</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Rename cluster</source>
            <translation>Zmień nazwę grupy</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Move cluster</source>
            <translation>Przenieś grupę</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Delete cluster</source>
            <translation>Usuń grupę</translation>
        </message>
    </context>
    <context>
        <name>builder</name>
        <message>
            <location filename="../../workshop_app/ui/builder_commands.py" line="+43" />
            <source>Add question</source>
            <translation>Dodaj pytanie</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Delete question</source>
            <translation>Usuń pytanie</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Move question</source>
            <translation>Przenieś pytanie</translation>
        </message>
        <message>
            <location line="+103" />
            <source>Rename question</source>
            <translation>Zmień nazwę pytania</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Change type to {type}</source>
            <translation>Zmień typ na: {type}</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../workshop_app/ui/builder_types.py" line="+147" />
            <source>Option 1</source>
            <translation>Opcja 1</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/ui/builder_types.py" line="+1" />
            <source>Option 2</source>
            <translation>Opcja 2</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Edit label</source>
            <translation>Edytuj etykietę</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit hint</source>
            <translation>Edytuj podpowiedź</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit constraint message</source>
            <translation>Edytuj komunikat ograniczenia</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Edit required message</source>
            <translation>Edytuj komunikat o wymaganej odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/builder_types.py" line="-128" />
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whole number</source>
            <translation>Liczba całkowita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decimal</source>
            <translation>Liczba dziesiętna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Single choice</source>
            <translation>Jednokrotny wybór</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Multiple choice</source>
            <translation>Wielokrotny wybór</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ranking</source>
            <translation>Ranking</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rating scale</source>
            <translation>Skala ocen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>Godzina</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Acknowledge</source>
            <translation>Potwierdzenie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calculation</source>
            <translation>Obliczenie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group</source>
            <translation>Grupa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Repeat</source>
            <translation>Grupa powtarzalna</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Filled in by the device ({type})</source>
            <translation>Wypełniane przez urządzenie ({type})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kept as a note ({type})</source>
            <translation>Zachowane jako notatka ({type})</translation>
        </message>
        <message>
            <location line="+102" />
            <source>A note for the participant.</source>
            <translation>Informacja dla osoby wypełniającej.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New group</source>
            <translation>Nowa grupa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New repeat</source>
            <translation>Nowa grupa powtarzalna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I have read and understood this.</source>
            <translation>Rozumiem i przyjmuję to do wiadomości.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New question</source>
            <translation>Nowe pytanie</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Start with a letter or “_”, then use letters, digits, “_”, “-” or “.”, no spaces.</source>
            <translation>Zacznij od litery lub „_”, a dalej używaj liter, cyfr, „_”, „-” lub „.”, bez spacji.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Another question is already called “{name}”.</source>
            <translation>Inne pytanie ma już nazwę „{name}”.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/survey_languages.py" line="+13" />
            <source>Add language {language}</source>
            <translation>Dodaj język: {language}</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+7" />
            <source>Remove language</source>
            <translation>Usuń język</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Which language should the survey no longer have?</source>
            <translation>Którego języka ankieta ma już nie zawierać?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Remove {language} and every text in it?</source>
            <translation>Usunąć język „{language}” i wszystkie teksty w tym języku?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can undo this with Edit › Undo until you switch surveys.</source>
            <translation>Możesz to cofnąć poleceniem Edycja › Cofnij, dopóki nie przełączysz się na inną ankietę.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Remove language {language}</source>
            <translation>Usuń język: {language}</translation>
        </message>
    </context>
    <context>
        <name>coming</name>
        <message>
            <location filename="../../workshop_app/ui/coming_view.py" line="+10" />
            <source>Participants</source>
            <translation>Uczestnicy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check people in at the door with a pseudonymous code each, and record consent for every purpose. Names and phone numbers stay optional and are kept apart.</source>
            <translation>Rejestruj osoby przy wejściu — każda dostaje kod pseudonimowy — i zapisuj zgodę na każdy cel osobno. Imiona, nazwiska i numery telefonów są nieobowiązkowe i przechowywane oddzielnie.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Surveys</source>
            <translation>Ankiety</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build questionnaires in several languages or import them from KoboToolbox, and let people answer on this laptop in a locked kiosk.</source>
            <translation>Twórz kwestionariusze w kilku językach lub importuj je z KoboToolbox i pozwól osobom odpowiadać na tym laptopie w zablokowanym kiosku.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Stakeholder maps</source>
            <translation>Mapy interesariuszy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Place stakeholders on a power and interest grid or an ecosystem map, draw who works with whom, and print it on A4 or A3.</source>
            <translation>Umieszczaj interesariuszy na siatce władzy i zainteresowania albo na mapie ekosystemu, rysuj, kto z kim współpracuje, i drukuj mapę w formacie A4 lub A3.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Results</source>
            <translation>Wyniki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>See answers, ideas and votes as charts, and who took part: the diversity of the group, never names.</source>
            <translation>Oglądaj odpowiedzi, pomysły i głosy na wykresach oraz sprawdzaj, kto uczestniczył: różnorodność grupy, nigdy nazwiska.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export</source>
            <translation>Eksport</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the ULG workbook for Excel, and pack workshops onto a USB stick for the ULG secretary to merge.</source>
            <translation>Zapisuj skoroszyt ULG dla Excela i pakuj warsztaty na pendrive, aby sekretarz ULG mógł je scalić.</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <location filename="../../workshop_app/ui/commands.py" line="+35" />
            <source>New workshop</source>
            <translation>Nowy warsztat</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Delete workshop</source>
            <translation>Usuń warsztat</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Remove activity</source>
            <translation>Usuń punkt programu</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Move activity</source>
            <translation>Przenieś punkt programu</translation>
        </message>
    </context>
    <context>
        <name>consent</name>
        <message>
            <location filename="../../workshop_app/ui/consent_panel.py" line="-104" />
            <source>Take part</source>
            <translation>Udział</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Be contacted</source>
            <translation>Ponowny kontakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appear in photos</source>
            <translation>Obecność na zdjęciach</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{purpose}: given {when} (recorded by {who})</source>
            <translation>{purpose}: udzielona {when} (osoba rejestrująca: {who})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{given}; withdrawn {when} (recorded by {who})</source>
            <translation>{given}; wycofana {when} (osoba rejestrująca: {who})</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not given</source>
            <translation>Nie udzielono</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Withdrawn {when}</source>
            <translation>Wycofana {when}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Given {when}</source>
            <translation>Udzielona {when}</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <location filename="../../workshop_app/ui/dialogs.py" line="+18" />
            <source>Workshop App databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bazy danych Workshop App (*.sqlite *.db);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Open database</source>
            <translation>Otwórz bazę danych</translation>
        </message>
        <message>
            <location line="+9" />
            <source>New database</source>
            <translation>Nowa baza danych</translation>
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
            <translation>liczba osób</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{answered} of {people} answered; {skipped} did not answer</source>
            <translation>Odpowiedzi: {answered} z {people}; brak odpowiedzi: {skipped}</translation>
        </message>
    </context>
    <context>
        <name>feedback</name>
        <message>
            <location filename="../../workshop_app/ui/feedback_panel.py" line="-162" />
            <source>Record feedback</source>
            <translation>Zapisz opinię</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../workshop_app/ui/labels.py" line="+16" />
            <source>Survey</source>
            <translation>Ankieta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Brainstorm</source>
            <translation>Burza mózgów</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dot vote</source>
            <translation>Głosowanie kropkami</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Feedback round</source>
            <translation>Runda informacji zwrotnej</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholder mapping</source>
            <translation>Mapowanie interesariuszy</translation>
        </message>
        <message>
            <location line="+3" />
            <source>People answer a questionnaire, on paper or on the laptop.</source>
            <translation>Osoby wypełniają kwestionariusz na papierze lub na laptopie.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ideas from the room go on sticky notes and into clusters.</source>
            <translation>Pomysły z sali trafiają na karteczki i są grupowane.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everyone places a few dots on the ideas they like most.</source>
            <translation>Każda osoba przydziela kilka kropek pomysłom, które najbardziej jej się podobają.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each person says, in turn, how the session went for them.</source>
            <translation>Każda osoba po kolei mówi, jak odebrała spotkanie.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The group places stakeholders on a map together.</source>
            <translation>Grupa wspólnie umieszcza interesariuszy na mapie.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Planned</source>
            <translation>Zaplanowany</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Running</source>
            <translation>W toku</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Zakończony</translation>
        </message>
        <message>
            <location line="+4" />
            <source>English</source>
            <translation>Angielski</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Portuguese</source>
            <translation>Portugalski</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spanish</source>
            <translation>Hiszpański</translation>
        </message>
        <message>
            <location line="+1" />
            <source>French</source>
            <translation>Francuski</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Polish</source>
            <translation>Polski</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Italian</source>
            <translation>Włoski</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arabic</source>
            <translation>Arabski</translation>
        </message>
        <message numerus="yes">
            <location line="+38" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n h</source>
            <translation>
                <numerusform>%n godz.</numerusform>
                <numerusform>%n godz.</numerusform>
                <numerusform>%n godz.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{hours} h {minutes} min</source>
            <translation>{hours} godz. {minutes} min</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n dot each</source>
            <translation>
                <numerusform>%n kropka na osobę</numerusform>
                <numerusform>%n kropki na osobę</numerusform>
                <numerusform>%n kropek na osobę</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n dots each</source>
            <translation>
                <numerusform>%n kropka na osobę</numerusform>
                <numerusform>%n kropki na osobę</numerusform>
                <numerusform>%n kropek na osobę</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>map_export</name>
        <message>
            <location filename="../../workshop_app/ui/map_export.py" line="+58" />
            <source>Maps can only be drawn in a program that shows windows.</source>
            <translation>Mapy można rysować tylko w programie, który wyświetla okna.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Paper size {paper} is not available; choose A4 or A3.</source>
            <translation>Rozmiar papieru {paper} jest niedostępny; wybierz A4 lub A3.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>A map can be saved as PDF, PNG or SVG; “{name}” ends in none of these (.pdf, .png, .svg).</source>
            <translation>Mapę można zapisać jako PDF, PNG lub SVG; nazwa „{name}” nie ma żadnego z tych rozszerzeń (.pdf, .png, .svg).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The resolution must be between {low} and {high} dots per inch.</source>
            <translation>Rozdzielczość musi wynosić od {low} do {high} punktów na cal.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The folder {folder} does not exist.</source>
            <translation>Folder {folder} nie istnieje.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot write in the folder {folder}: {reason}</source>
            <translation>Nie można zapisywać w folderze {folder}: {reason}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot save the map as {path}: {reason}</source>
            <translation>Nie można zapisać mapy jako {path}: {reason}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>the file could not be opened for writing</source>
            <translation>nie udało się otworzyć pliku do zapisu</translation>
        </message>
        <message>
            <location line="+23" />
            <source>not enough memory for a picture of {width} × {height} pixels</source>
            <translation>za mało pamięci na obraz o wymiarach {width} × {height} pikseli</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the picture could not be written</source>
            <translation>nie udało się zapisać obrazu</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Stakeholder map made with Workshop App</source>
            <translation>Mapa interesariuszy utworzona w Workshop App</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The printer could not be started.</source>
            <translation>Nie udało się uruchomić drukarki.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Print map</source>
            <translation>Drukuj mapę</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Print preview — {title}</source>
            <translation>Podgląd wydruku — {title}</translation>
        </message>
    </context>
    <context>
        <name>map_render</name>
        <message>
            <location filename="../../workshop_app/ui/map_render.py" line="+39" />
            <source>Power / interest grid</source>
            <translation>Siatka władzy i zainteresowania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Importance / influence matrix</source>
            <translation>Macierz ważności i wpływu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ecosystem map</source>
            <translation>Mapa ekosystemu</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+110" />
            <source>Stakeholder map</source>
            <translation>Mapa interesariuszy</translation>
        </message>
        <message>
            <location line="+8" />
            <source>1 stakeholder</source>
            <translation>1 interesariusz</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} stakeholders</source>
            <translation>interesariusze: {count}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 relationship</source>
            <translation>1 relacja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} relationships</source>
            <translation>relacje: {count}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{kind} · {stakeholders} · {relationships}</source>
            <translation>{kind} · {stakeholders} · {relationships}</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Low</source>
            <translation>Nisko</translation>
        </message>
        <message>
            <location line="+0" />
            <source>High</source>
            <translation>Wysoko</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_render_legend.py" line="+34" />
            <source>Weak tie</source>
            <translation>Słabe powiązanie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tie</source>
            <translation>Powiązanie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strong tie</source>
            <translation>Silne powiązanie</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Sectors</source>
            <translation>Sektory</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Relationships</source>
            <translation>Relacje</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One-way (from → to)</source>
            <translation>Jednokierunkowa (od → do)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attitude</source>
            <translation>Nastawienie</translation>
        </message>
    </context>
    <context>
        <name>map_style</name>
        <message>
            <location filename="../../workshop_app/ui/map_style.py" line="+49" />
            <source>Public sector</source>
            <translation>Sektor publiczny</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Private sector</source>
            <translation>Sektor prywatny</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Civil society</source>
            <translation>Społeczeństwo obywatelskie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge &amp; research</source>
            <translation>Nauka i badania</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Supportive</source>
            <translation>Przychylne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Neutral</source>
            <translation>Neutralne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opposed</source>
            <translation>Przeciwne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attitude unknown</source>
            <translation>Nastawienie nieznane</translation>
        </message>
    </context>
    <context>
        <name>maps</name>
        <message>
            <location filename="../../workshop_app/ui/map_commands.py" line="+57" />
            <source>New map</source>
            <translation>Nowa mapa</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Delete map “{title}”</source>
            <translation>Usuń mapę „{title}”</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Add stakeholder</source>
            <translation>Dodaj interesariusza</translation>
        </message>
        <message>
            <location line="+85" />
            <source>Delete relationship</source>
            <translation>Usuń relację</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n relationships</source>
            <translation>
                <numerusform>Usuń %n relację</numerusform>
                <numerusform>Usuń %n relacje</numerusform>
                <numerusform>Usuń %n relacji</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete stakeholder</source>
            <translation>Usuń interesariusza</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n stakeholders</source>
            <translation>
                <numerusform>Usuń %n interesariusza</numerusform>
                <numerusform>Usuń %n interesariuszy</numerusform>
                <numerusform>Usuń %n interesariuszy</numerusform>
            </translation>
        </message>
        <message>
            <location line="+27" />
            <source>Connect stakeholders</source>
            <translation>Połącz interesariuszy</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Take snapshot “{name}”</source>
            <translation>Zapisz migawkę „{name}”</translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>Import %n stakeholders</source>
            <translation>
                <numerusform>Importuj %n interesariusza</numerusform>
                <numerusform>Importuj %n interesariuszy</numerusform>
                <numerusform>Importuj %n interesariuszy</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_exchange_actions.py" line="-77" />
            <source>PDF documents (*.pdf)</source>
            <translation>Dokumenty PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PNG pictures (*.png)</source>
            <translation>Obrazy PNG (*.png)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SVG drawings (*.svg)</source>
            <translation>Rysunki SVG (*.svg)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Skoroszyty Excela (*.xlsx);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import stakeholders from Excel</source>
            <translation>Importuj interesariuszy z Excela</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Export stakeholders to Excel</source>
            <translation>Eksportuj interesariuszy do Excela</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Skoroszyty Excela (*.xlsx)</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+262" />
            <source>Export map</source>
            <translation>Eksportuj mapę</translation>
        </message>
        <message>
            <location line="-196" />
            <location line="+6" />
            <location line="+84" />
            <location line="+25" />
            <source>Reading {name}…</source>
            <translation>Wczytywanie {name}…</translation>
        </message>
        <message>
            <location line="-110" />
            <location line="+48" />
            <location line="+61" />
            <location line="+16" />
            <source>Import stakeholders</source>
            <translation>Importuj interesariuszy</translation>
        </message>
        <message>
            <location line="-109" />
            <location line="+124" />
            <source>Export stakeholders</source>
            <translation>Eksportuj interesariuszy</translation>
        </message>
        <message>
            <location line="-123" />
            <source>Writing {name}…</source>
            <translation>Zapisywanie {name}…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Import stakeholders from E&amp;xcel…</source>
            <translation>Importuj interesariuszy z E&amp;xcela…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add stakeholders and who works with whom from a workbook</source>
            <translation>Dodaj ze skoroszytu interesariuszy oraz informacje o tym, kto z kim współpracuje</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export stakeholders to Excel…</source>
            <translation>Eksportuj interesariuszy do Excela…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the map's stakeholders and relationships as a workbook</source>
            <translation>Zapisz interesariuszy i relacje z mapy jako skoroszyt</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Where should the stakeholders go?</source>
            <translation>Dokąd dodać interesariuszy?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Into a &amp;new map</source>
            <translation>Do &amp;nowej mapy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Into “{title}”</source>
            <translation>Do mapy „{title}”</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Imported stakeholders</source>
            <translation>Zaimportowani interesariusze</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Imported {stakeholders} and {relationships} from {file}.</source>
            <translation>Zaimportowano z pliku {file}: {stakeholders}, {relationships}.</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>… and %n more.</source>
            <translation>
                <numerusform>… i jeszcze %n ostrzeżenie.</numerusform>
                <numerusform>… i jeszcze %n ostrzeżenia.</numerusform>
                <numerusform>… i jeszcze %n ostrzeżeń.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Some stakeholders have a contact, which is personal data. Include the contacts in the workbook?</source>
            <translation>Przy niektórych interesariuszach zapisano kontakt, czyli dane osobowe. Dołączyć kontakty do skoroszytu?</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Exported to {path}.</source>
            <translation>Wyeksportowano: {path}.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Print map</source>
            <translation>Drukuj mapę</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Saved the map as {path}.</source>
            <translation>Zapisano mapę: {path}.</translation>
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
            <translation>Nisko</translation>
        </message>
        <message>
            <location line="+0" />
            <source>High</source>
            <translation>Wysoko</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/ui/map_list_model.py" line="+26" />
            <source>%n stakeholder</source>
            <translation>
                <numerusform>%n interesariusz</numerusform>
                <numerusform>%n interesariuszy</numerusform>
                <numerusform>%n interesariuszy</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n stakeholders</source>
            <translation>
                <numerusform>%n interesariusz</numerusform>
                <numerusform>%n interesariuszy</numerusform>
                <numerusform>%n interesariuszy</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n relationship</source>
            <translation>
                <numerusform>%n relacja</numerusform>
                <numerusform>%n relacje</numerusform>
                <numerusform>%n relacji</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n relationships</source>
            <translation>
                <numerusform>%n relacja</numerusform>
                <numerusform>%n relacje</numerusform>
                <numerusform>%n relacji</numerusform>
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
            <translation>Siatka władzy i zainteresowania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who can shape the plan, and who cares about it: manage closely, keep satisfied, keep informed, monitor.</source>
            <translation>Kto może kształtować plan, a komu na nim zależy: zarządzaj z bliska, dbaj o zadowolenie, informuj na bieżąco, monitoruj.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Importance / influence matrix</source>
            <translation>Macierz ważności i wpływu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How much the action matters to each stakeholder, and how much they can sway it.</source>
            <translation>Jak bardzo działanie jest ważne dla każdego interesariusza i jak mocno może on na nie wpłynąć.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stakeholder ecosystem</source>
            <translation>Ekosystem interesariuszy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The actors of the city in four sectors: public, private, civil society, knowledge and research.</source>
            <translation>Podmioty działające w mieście w czterech sektorach: publicznym, prywatnym, społeczeństwa obywatelskiego oraz nauki i badań.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Blank canvas</source>
            <translation>Puste płótno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No axes and no quadrants: place people freely and draw who works with whom.</source>
            <translation>Bez osi i ćwiartek: rozmieszczaj podmioty dowolnie i rysuj, kto z kim współpracuje.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Interest</source>
            <translation>Zainteresowanie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Power</source>
            <translation>Władza</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Influence</source>
            <translation>Wpływ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Importance</source>
            <translation>Ważność</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Manage closely</source>
            <translation>Zarządzaj z bliska</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep informed</source>
            <translation>Informuj na bieżąco</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Monitor</source>
            <translation>Monitoruj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep satisfied</source>
            <translation>Dbaj o zadowolenie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key players</source>
            <translation>Kluczowi gracze</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Least priority</source>
            <translation>Najniższy priorytet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protect and involve</source>
            <translation>Chroń i angażuj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Public</source>
            <translation>Sektor publiczny</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Private</source>
            <translation>Sektor prywatny</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Civil society</source>
            <translation>Społeczeństwo obywatelskie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge &amp; research</source>
            <translation>Nauka i badania</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_panel_editor.py" line="+37" />
            <source>Rename stakeholder</source>
            <translation>Zmień nazwę interesariusza</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit organisation</source>
            <translation>Edytuj organizację</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change sector</source>
            <translation>Zmień sektor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change attitude</source>
            <translation>Zmień nastawienie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit engagement</source>
            <translation>Edytuj strategię zaangażowania</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit notes</source>
            <translation>Edytuj notatki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit contact</source>
            <translation>Edytuj kontakt</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <location line="+36" />
            <source>Move stakeholder</source>
            <translation>Przesuń interesariusza</translation>
        </message>
        <message>
            <location line="-34" />
            <source>Edit stakeholder</source>
            <translation>Edytuj interesariusza</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rename map</source>
            <translation>Zmień nazwę mapy</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rename horizontal axis</source>
            <translation>Zmień nazwę osi poziomej</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rename vertical axis</source>
            <translation>Zmień nazwę osi pionowej</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rename quadrants</source>
            <translation>Zmień nazwy ćwiartek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit map notes</source>
            <translation>Edytuj notatki do mapy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit map</source>
            <translation>Edytuj mapę</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Move stakeholders</source>
            <translation>Przesuń interesariuszy</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Connect: drag from one stakeholder to another. Press Escape when you are done.</source>
            <translation>Łączenie: przeciągnij od jednego interesariusza do drugiego. Gdy skończysz, naciśnij Esc.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>New stakeholder</source>
            <translation>Nowy interesariusz</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Nudge stakeholders</source>
            <translation>Lekko przesuń interesariuszy</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Select two or more stakeholders to align them.</source>
            <translation>Zaznacz co najmniej dwóch interesariuszy, aby ich wyrównać.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Align left</source>
            <translation>Wyrównaj do lewej</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Align top</source>
            <translation>Wyrównaj do góry</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Align centres</source>
            <translation>Wyrównaj do środka</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Edit relationship</source>
            <translation>Edytuj relację</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_snapshots.py" line="-28" />
            <source>{name} — {date}</source>
            <translation>{name} — {date}</translation>
        </message>
        <message>
            <location line="+182" />
            <source>ULG meeting {number}</source>
            <translation>Spotkanie ULG {number}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Snapshot “{name}” saved. Move stakeholders as things change, then Compare to see who moved.</source>
            <translation>Zapisano migawkę „{name}”. Przesuwaj interesariuszy, gdy sytuacja się zmienia, a potem użyj polecenia Porównaj, aby zobaczyć, kto się przesunął.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>There is nothing to compare yet: take a snapshot first (for example at a ULG meeting).</source>
            <translation>Na razie nie ma czego porównywać: najpierw zapisz migawkę (np. na spotkaniu ULG).</translation>
        </message>
    </context>
    <context>
        <name>people</name>
        <message>
            <location filename="../../workshop_app/ui/participant_commands.py" line="+100" />
            <source>Register participant</source>
            <translation>Zarejestruj osobę</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Delete participant</source>
            <translation>Usuń osobę</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Change name or contact</source>
            <translation>Zmień imię i nazwisko lub kontakt</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Change profile answer</source>
            <translation>Zmień odpowiedź w metryczce</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Record consent</source>
            <translation>Zapisz zgodę</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Withdraw consent</source>
            <translation>Wycofaj zgodę</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Check in</source>
            <translation>Potwierdź obecność</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Remove check-in</source>
            <translation>Usuń z listy obecności</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Set diversity target</source>
            <translation>Ustaw cel różnorodności</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Remove diversity target</source>
            <translation>Usuń cel różnorodności</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/participant_recorder.py" line="+23" />
            <source>Who is recording?</source>
            <translation>Kto rejestruje?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your name is saved with every consent and erasure you record, as the law asks.
It is asked once; you can change it on the Check-in tab.</source>
            <translation>Twoje imię i nazwisko jest zapisywane przy każdej zgodzie i każdym wymazaniu, które rejestrujesz, zgodnie z wymogami prawa.
Pytamy o nie tylko raz; możesz je zmienić na karcie Rejestracja.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/participants_model.py" line="+24" />
            <source>Take part</source>
            <translation>Udział</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Photos</source>
            <translation>Zdjęcia</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Consents to take part.</source>
            <translation>Zgoda na udział.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consents to be contacted.</source>
            <translation>Zgoda na kontakt.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consents to appear in photos.</source>
            <translation>Zgoda na obecność na zdjęciach.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No consent to take part: no answers can be recorded for them.</source>
            <translation>Brak zgody na udział: nie można zapisywać odpowiedzi tej osoby.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No consent to be contacted.</source>
            <translation>Brak zgody na kontakt.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No consent to appear in photos.</source>
            <translation>Brak zgody na obecność na zdjęciach.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workshops</source>
            <translation>Warsztaty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation>Zgoda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checked in</source>
            <translation>Obecność</translation>
        </message>
    </context>
    <context>
        <name>profile</name>
        <message>
            <location filename="../../workshop_app/ui/profile_commands.py" line="+40" />
            <source>Add profile question</source>
            <translation>Dodaj pytanie metryczkowe</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Delete profile question</source>
            <translation>Usuń pytanie metryczkowe</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Move profile question</source>
            <translation>Przenieś pytanie metryczkowe</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Rename profile question</source>
            <translation>Zmień nazwę pytania metryczkowego</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Add answer</source>
            <translation>Dodaj odpowiedź</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Delete answer</source>
            <translation>Usuń odpowiedź</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Move answer</source>
            <translation>Przenieś odpowiedź</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Rename answer</source>
            <translation>Zmień nazwę odpowiedzi</translation>
        </message>
    </context>
    <context>
        <name>projector</name>
        <message>
            <location filename="../../workshop_app/ui/live_chart.py" line="+100" />
            <location line="+46" />
            <source>{count} people answered</source>
            <translation>Odpowiedziało osób: {count}</translation>
        </message>
        <message>
            <location line="-40" />
            <source>{count} · {share} %</source>
            <translation>{count} · {share}%</translation>
        </message>
        <message>
            <location line="+4" />
            <source>average {mean} · median {median}</source>
            <translation>średnia {mean} · mediana {median}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>dots</source>
            <translation>kropki</translation>
        </message>
        <message>
            <location line="+17" />
            <source>1 = not useful · 5 = very useful</source>
            <translation>1 = nieprzydatne · 5 = bardzo przydatne</translation>
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
            <translation>ma odpowiedź</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is not</source>
            <translation>ma odpowiedź inną niż</translation>
        </message>
        <message>
            <location line="+4" />
            <source>includes</source>
            <translation>ma zaznaczoną opcję</translation>
        </message>
        <message>
            <location line="+1" />
            <source>does not include</source>
            <translation>nie ma zaznaczonej opcji</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is more than</source>
            <translation>ma odpowiedź większą niż</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is at least</source>
            <translation>ma odpowiedź równą co najmniej</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is less than</source>
            <translation>ma odpowiedź mniejszą niż</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is at most</source>
            <translation>ma odpowiedź równą co najwyżej</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is after</source>
            <translation>ma odpowiedź późniejszą niż</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is before</source>
            <translation>ma odpowiedź wcześniejszą niż</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is answered</source>
            <translation>ma jakąkolwiek odpowiedź</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is not answered</source>
            <translation>nie ma odpowiedzi</translation>
        </message>
        <message>
            <location line="+63" />
            <source>there is no question named '{name}'</source>
            <translation>nie ma pytania o nazwie „{name}”</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+47" />
            <source>Position {position}: {message}.</source>
            <translation>Pozycja {position}: {message}.</translation>
        </message>
    </context>
    <context>
        <name>results</name>
        <message>
            <location filename="../../workshop_app/ui/results_cards.py" line="-138" />
            <source>{n} answered</source>
            <translation>Odpowiedziało: {n}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>more than one answer each, so shares add up to more than 100 %</source>
            <translation>można wybrać kilka odpowiedzi, więc odsetki sumują się do ponad 100%</translation>
        </message>
        <message>
            <location line="+1" />
            <source>each person's first choice</source>
            <translation>pierwszy wybór każdej osoby</translation>
        </message>
        <message>
            <location line="+3" />
            <source>words used by at least 5 people; the answers themselves are never shown</source>
            <translation>słowa użyte przez co najmniej 5 osób; same odpowiedzi nigdy nie są pokazywane</translation>
        </message>
        <message>
            <location line="+2" />
            <source>answers of this kind are counted, not charted</source>
            <translation>odpowiedzi tego rodzaju są liczone, ale nie są pokazywane na wykresie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} · {note}</source>
            <translation>{count} · {note}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No one answered this question in the responses shown.</source>
            <translation>W pokazanych wypełnieniach nikt nie odpowiedział na to pytanie.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fewer than 5 answers, so nothing is shown: no one can be singled out.</source>
            <translation>Mniej niż 5 odpowiedzi, więc nic nie jest pokazywane: nikogo nie można zidentyfikować.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not shown: everyone else who answered is fewer than 5 people, and comparing this group with everyone would single them out.</source>
            <translation>Niepokazane: pozostałych osób, które odpowiedziały, jest mniej niż 5, a porównanie tej grupy ze wszystkimi pozwoliłoby je zidentyfikować.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No word was used by 5 or more people.</source>
            <translation>Żadne słowo nie zostało użyte przez 5 lub więcej osób.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{group}: mean {mean}, median {median}</source>
            <translation>{group}: średnia {mean}, mediana {median}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mean {mean} · median {median}</source>
            <translation>Średnia {mean} · mediana {median}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not on the scale: {answers}</source>
            <translation>Poza skalą: {answers}</translation>
        </message>
        <message>
            <location line="+67" />
            <source>{group}: {n} answered</source>
            <translation>{group}: odpowiedziało {n}</translation>
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
            <translation>{group} · mniej niż 5 odpowiedzi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} · hidden: everyone else is fewer than 5</source>
            <translation>{group} · ukryte: pozostałych osób jest mniej niż 5</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} · no answers</source>
            <translation>{group} · brak odpowiedzi</translation>
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
            <translation>liczba osób</translation>
        </message>
        <message>
            <location line="-60" />
            <source>share of each group's respondents</source>
            <translation>odsetek osób odpowiadających w każdej grupie</translation>
        </message>
        <message>
            <location line="+55" />
            <source>share of each group</source>
            <translation>odsetek w każdej grupie</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/results_likert.py" line="+64" />
            <source>No breakdown for this group</source>
            <translation>Brak podziału dla tej grupy</translation>
        </message>
        <message>
            <location line="+55" />
            <source>hidden: {share}</source>
            <translation>ukryte: {share}</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Hidden: small counts</source>
            <translation>Ukryte: małe liczebności</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/results_save.py" line="+33" />
            <source>PNG pictures (*.png)</source>
            <translation>Obrazy PNG (*.png)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>SVG drawings (*.svg)</source>
            <translation>Rysunki SVG (*.svg)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save chart</source>
            <translation>Zapisz wykres</translation>
        </message>
        <message>
            <location line="+29" />
            <source>A chart can be saved as PNG or SVG; “{name}” ends in neither.</source>
            <translation>Wykres można zapisać jako PNG lub SVG; nazwa „{name}” nie ma żadnego z tych rozszerzeń.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>This question has no chart to save.</source>
            <translation>To pytanie nie ma wykresu do zapisania.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{filters} · n = {n}</source>
            <translation>{filters} · n = {n}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{small}” marks fewer than 5 people; some counts are hidden so that a small one cannot be worked out.</source>
            <translation>„{small}” oznacza mniej niż 5 osób; niektóre liczebności są ukryte, żeby nie dało się wyliczyć małej liczby.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The folder {folder} does not exist.</source>
            <translation>Folder {folder} nie istnieje.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot save the chart as {path}: {reason}</source>
            <translation>Nie można zapisać wykresu jako {path}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>run</name>
        <message>
            <location filename="../../workshop_app/ui/run_launch.py" line="+42" />
            <source>The kiosk is already running. Leave it with the PIN first.</source>
            <translation>Kiosk już działa. Najpierw opuść go za pomocą PIN-u.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The kiosk is not available in this version of the app.</source>
            <translation>Kiosk nie jest dostępny w tej wersji aplikacji.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Paper data entry is not available in this version of the app.</source>
            <translation>Wpisywanie ankiet papierowych nie jest dostępne w tej wersji aplikacji.</translation>
        </message>
    </context>
    <context>
        <name>startup</name>
        <message>
            <location filename="../../workshop_app/ui/startup.py" line="+39" />
            <source>{path} could not be opened: {reason}.</source>
            <translation>Nie udało się otworzyć {path}: {reason}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Workshop App</source>
            <translation>Workshop App</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The database could not be opened.</source>
            <translation>Nie udało się otworzyć bazy danych.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open another file…</source>
            <translation>Otwórz inny plik…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create a new database…</source>
            <translation>Utwórz nową bazę danych…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit</source>
            <translation>Zakończ</translation>
        </message>
    </context>
    <context>
        <name>surveys</name>
        <message>
            <location filename="../../workshop_app/ui/survey_dialogs.py" line="-38" />
            <source>Unsaved changes</source>
            <translation>Niezapisane zmiany</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the changes to “{title}”?</source>
            <translation>Zapisać zmiany w „{title}”?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If you don't save them, the changes since the last save are lost.</source>
            <translation>Jeśli ich nie zapiszesz, zmiany wprowadzone od ostatniego zapisu zostaną utracone.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/ui/survey_list_model.py" line="+34" />
            <source>%n question</source>
            <translation>
                <numerusform>%n pytanie</numerusform>
                <numerusform>%n pytania</numerusform>
                <numerusform>%n pytań</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n questions</source>
            <translation>
                <numerusform>%n pytanie</numerusform>
                <numerusform>%n pytania</numerusform>
                <numerusform>%n pytań</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n response</source>
            <translation>
                <numerusform>%n wypełnienie</numerusform>
                <numerusform>%n wypełnienia</numerusform>
                <numerusform>%n wypełnień</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n responses</source>
            <translation>
                <numerusform>%n wypełnienie</numerusform>
                <numerusform>%n wypełnienia</numerusform>
                <numerusform>%n wypełnień</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Version {version} · {languages}
{questions} · {responses}</source>
            <translation>Wersja {version} · {languages}
{questions} · {responses}</translation>
        </message>
    </context>
    <context>
        <name>templates</name>
        <message>
            <location filename="../../workshop_app/ui/survey_template_dialog.py" line="-121" />
            <source>ULG workshop feedback</source>
            <translation>Ocena warsztatu ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At the end of a workshop: was it useful, did people feel heard, could they follow, what to improve.</source>
            <translation>Na koniec warsztatu: czy był przydatny, czy osoby czuły się wysłuchane, czy mogły nadążyć i co poprawić.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Neighbourhood needs assessment</source>
            <translation>Diagnoza potrzeb osiedla</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What a neighbourhood needs most, which services people use and what keeps them from taking part.</source>
            <translation>Czego osiedle potrzebuje najbardziej, z jakich usług korzystają ludzie i co utrudnia im uczestnictwo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Training evaluation</source>
            <translation>Ewaluacja szkolenia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After a training: objectives, pace, the trainer, and what people learned.</source>
            <translation>Po szkoleniu: cele, tempo, osoba prowadząca i to, czego się nauczono.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Blank survey</source>
            <translation>Pusta ankieta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start with one question and build the rest yourself.</source>
            <translation>Zacznij od jednego pytania i samodzielnie zbuduj resztę.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New survey</source>
            <translation>Nowa ankieta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New question</source>
            <translation>Nowe pytanie</translation>
        </message>
    </context>
    <context>
        <name>voting</name>
        <message>
            <location filename="../../workshop_app/ui/voting_model.py" line="+50" />
            <source>Count dots</source>
            <translation>Policz kropki</translation>
        </message>
    </context>
    <context>
        <name>worker</name>
        <message>
            <location filename="../../workshop_app/ui/worker.py" line="+144" />
            <source>Something went wrong ({error}); nothing was changed.</source>
            <translation>Coś poszło nie tak ({error}); niczego nie zmieniono.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
    </context>
    <context>
        <name>workshops</name>
        <message>
            <location filename="../../workshop_app/ui/workshop_list_model.py" line="+33" />
            <source>Title</source>
            <translation>Tytuł</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date and time</source>
            <translation>Data i godzina</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Place</source>
            <translation>Miejsce</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activities</source>
            <translation>Punkty programu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned time</source>
            <translation>Zaplanowany czas</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Not set</source>
            <translation>Nie ustawiono</translation>
        </message>
    </context>
    <context>
        <name>xlsform</name>
        <message>
            <location filename="../../workshop_app/ui/xlsform_actions.py" line="+24" />
            <source>XLSForm spreadsheets (*.xlsx *.xls);;All files (*)</source>
            <translation>Arkusze XLSForm (*.xlsx *.xls);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+28" />
            <source>Import XLSForm</source>
            <translation>Importuj XLSForm</translation>
        </message>
        <message>
            <location line="-21" />
            <location line="+39" />
            <source>Export XLSForm</source>
            <translation>Eksportuj XLSForm</translation>
        </message>
        <message>
            <location line="-38" />
            <source>XLSForm spreadsheets (*.xlsx)</source>
            <translation>Arkusze XLSForm (*.xlsx)</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+6" />
            <source>Reading {name}…</source>
            <translation>Wczytywanie {name}…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Writing {name}…</source>
            <translation>Zapisywanie {name}…</translation>
        </message>
    </context>
</TS>