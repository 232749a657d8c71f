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
            <location filename="../../workshop_app/ui/agenda_view.py" line="+97" />
            <source>No activities yet. Use “Add activity” to plan a brainstorm, a dot vote or a survey.</source>
            <translation>Program jest jeszcze pusty. Użyj przycisku „Dodaj punkt programu”, aby zaplanować burzę mózgów, głosowanie kropkami lub ankietę.</translation>
        </message>
        <message>
            <location line="+32" />
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
            <location filename="../../workshop_app/ui/consent_panel.py" line="+80" />
            <location line="+3" />
            <location line="+37" />
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
            <location line="-15" />
            <location line="+34" />
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
            <location filename="../../workshop_app/ui/data_entry_window.py" line="+59" />
            <source>That agenda item belongs to another workshop.</source>
            <translation>Ten punkt programu należy do innego warsztatu.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Paper questionnaires — {title}</source>
            <translation>Ankiety papierowe — {title}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Only a survey or a feedback round is typed in from paper.</source>
            <translation>Z papieru wprowadza się tylko ankiety i rundy informacji zwrotnej.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose which survey this agenda item runs first.</source>
            <translation>Najpierw wybierz ankietę, którą prowadzi ten punkt programu.</translation>
        </message>
        <message>
            <location line="+5" />
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
            <location line="+19" />
            <source>That is not an unfinished response of this survey.</source>
            <translation>To nie jest niedokończone wypełnienie tej ankiety.</translation>
        </message>
        <message>
            <location line="+18" />
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
        <name>KioskSurveyPage</name>
        <message>
            <location filename="../../workshop_app/ui/kiosk_survey.py" line="+66" />
            <source>Choose which survey this agenda item runs before starting the kiosk.</source>
            <translation>Przed uruchomieniem kiosku wybierz ankietę, którą prowadzi ten punkt programu.</translation>
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
        <message>
            <location line="+9" />
            <source>That agenda item belongs to another workshop.</source>
            <translation>Ten punkt programu należy do innego warsztatu.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A stakeholder map is drawn by the facilitator; it does not run at the kiosk.</source>
            <translation>Mapę interesariuszy rysuje osoba prowadząca; nie uruchamia się jej w kiosku.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Only a survey can be resumed at the kiosk.</source>
            <translation>W kiosku można wznowić tylko ankietę.</translation>
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
            <location line="+91" />
            <source>No answers yet</source>
            <translation>Brak jeszcze odpowiedzi</translation>
        </message>
        <message>
            <location line="-90" />
            <source>Results appear here once people answer a survey in the kiosk, or once answers given on paper are typed in.</source>
            <translation>Wyniki pojawią się tutaj, gdy osoby odpowiedzą na ankietę w kiosku albo gdy zostaną wpisane odpowiedzi z ankiet papierowych.</translation>
        </message>
        <message>
            <location line="+69" />
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
            <location line="-350" />
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
            <location filename="../../workshop_app/ui/agenda_view.py" line="-250" />
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
            <location filename="../../workshop_app/app.py" line="+172" />
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
            <location filename="../../workshop_app/ui/consent_panel.py" line="-103" />
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
        <name>core</name>
        <message>
            <location filename="../../workshop_app/core/activity_rules.py" line="+48" />
            <source>A sticky note</source>
            <translation>Karteczka</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A cluster name</source>
            <translation>Nazwa grupy</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/consent.py" line="+61" />
            <location filename="../../workshop_app/core/participants.py" line="+142" />
            <source>The date consent was given</source>
            <translation>Data udzielenia zgody</translation>
        </message>
        <message>
            <location line="+98" />
            <source>The date of a withdrawal</source>
            <translation>Data wycofania zgody</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/diversity.py" line="+158" />
            <source>The target for {group} refers to a profile question this database does not have.</source>
            <translation>Cel dla grupy {group} dotyczy pytania metryczkowego, którego nie ma w tej bazie danych.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The target for {group} refers to answers “{question}” no longer has.</source>
            <translation>Cel dla grupy {group} dotyczy odpowiedzi, których pytanie „{question}” już nie ma.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No one has answered “{question}” yet, so the {wanted} target for {group} cannot be checked.</source>
            <translation>Nikt jeszcze nie odpowiedział na pytanie „{question}”, więc nie można sprawdzić celu {wanted} dla grupy {group}.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Too few people answered “{question}” in each group to tell whether {group} reach the {wanted} target without singling anyone out.</source>
            <translation>Na pytanie „{question}” odpowiedziało zbyt mało osób w poszczególnych grupach, by bez ryzyka rozpoznania kogokolwiek ocenić, czy grupa {group} osiąga cel {wanted}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{either} or {other}</source>
            <translation>{either} lub {other}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{group} are {share} of participants who answered, below the {wanted} target.</source>
            <translation>{group} to {share} osób, które odpowiedziały — poniżej celu {wanted}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{group} are fewer than 5 of the {total} participants who answered, below the {wanted} target.</source>
            <translation>{group} to mniej niż 5 spośród {total} osób, które odpowiedziały — poniżej celu {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} are at most {share} of participants who answered, below the {wanted} target.</source>
            <translation>{group} to najwyżej {share} osób, które odpowiedziały — poniżej celu {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} are {share} of participants who answered, meeting the {wanted} target.</source>
            <translation>{group} to {share} osób, które odpowiedziały — cel {wanted} osiągnięty.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} are at least {share} of participants who answered, meeting the {wanted} target.</source>
            <translation>{group} to co najmniej {share} osób, które odpowiedziały — cel {wanted} osiągnięty.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Answers {group} to “{question}” are {share} of participants who answered, below the {wanted} target.</source>
            <translation>Odpowiedź {group} na pytanie „{question}” wybrało {share} osób, które na nie odpowiedziały — poniżej celu {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers {group} to “{question}” are fewer than 5 of the {total} participants who answered, below the {wanted} target.</source>
            <translation>Odpowiedź {group} na pytanie „{question}” wybrało mniej niż 5 spośród {total} osób, które na nie odpowiedziały — poniżej celu {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers {group} to “{question}” are at most {share} of participants who answered, below the {wanted} target.</source>
            <translation>Odpowiedź {group} na pytanie „{question}” wybrało najwyżej {share} osób, które na nie odpowiedziały — poniżej celu {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers {group} to “{question}” are {share} of participants who answered, meeting the {wanted} target.</source>
            <translation>Odpowiedź {group} na pytanie „{question}” wybrało {share} osób, które na nie odpowiedziały — cel {wanted} osiągnięty.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers {group} to “{question}” are at least {share} of participants who answered, meeting the {wanted} target.</source>
            <translation>Odpowiedź {group} na pytanie „{question}” wybrało co najmniej {share} osób, które na nie odpowiedziały — cel {wanted} osiągnięty.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/diversity_targets.py" line="+67" />
            <source>A group</source>
            <translation>Grupa</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/erasure.py" line="+28" />
            <location filename="../../workshop_app/core/merge_report.py" line="+19" />
            <source>participant</source>
            <translation>uczestnik</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+1" />
            <source>name and contact</source>
            <translation>imię i nazwisko oraz kontakt</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+1" />
            <source>consent records</source>
            <translation>zapisy zgód</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+4" />
            <source>profile answers</source>
            <translation>odpowiedzi w metryczce</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+1" />
            <source>check-ins</source>
            <translation>potwierdzenia obecności</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+9" />
            <source>survey responses</source>
            <translation>wypełnienia ankiet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>survey answers</source>
            <translation>odpowiedzi w ankietach</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+3" />
            <source>ideas</source>
            <translation>pomysły</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+1" />
            <source>votes</source>
            <translation>głosy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>others' votes on their ideas</source>
            <translation>głosy innych osób na pomysły tej osoby</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The participant was erased ({erased}). Kept without any link to them: {kept}. Backups made before now still contain them until those backups are deleted.</source>
            <translation>Wymazano dane osoby uczestniczącej ({erased}). Zachowano, bez żadnego powiązania z tą osobą: {kept}. Kopie zapasowe utworzone przed tą chwilą nadal zawierają jej dane, dopóki nie zostaną usunięte.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The participant was erased ({erased}). Backups made before now still contain them until those backups are deleted.</source>
            <translation>Wymazano dane osoby uczestniczącej ({erased}). Kopie zapasowe utworzone przed tą chwilą nadal zawierają jej dane, dopóki nie zostaną usunięte.</translation>
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
                <numerusform>{n} położenie poza osiami zostało przesunięte na krawędź mapy.</numerusform>
                <numerusform>{n} położenia poza osiami zostały przesunięte na krawędź mapy.</numerusform>
                <numerusform>{n} położeń poza osiami zostało przesuniętych na krawędź mapy.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+48" />
            <source>The connection from {source!r} to {target!r} was skipped: no stakeholder is called {missing!r}.</source>
            <translation>Pominięto powiązanie od {source!r} do {target!r}: nie ma interesariusza o nazwie {missing!r}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The connection from {source!r} to {target!r} was skipped: {problem}</source>
            <translation>Pominięto powiązanie od {source!r} do {target!r}: {problem}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The connection from {source!r} to {target!r} was skipped: they already have a {kind!r} relationship.</source>
            <translation>Pominięto powiązanie od {source!r} do {target!r}: ci interesariusze są już połączeni relacją {kind!r}.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/map_rules.py" line="+202" />
            <location line="+79" />
            <source>A position</source>
            <translation>Położenie</translation>
        </message>
        <message>
            <location line="-72" />
            <source>A map</source>
            <translation>Mapa</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A map's title</source>
            <translation>Tytuł mapy</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The horizontal axis title</source>
            <translation>Tytuł osi poziomej</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The vertical axis title</source>
            <translation>Tytuł osi pionowej</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The end of an axis</source>
            <translation>Koniec osi</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A map's notes</source>
            <translation>Notatki do mapy</translation>
        </message>
        <message>
            <location line="+12" />
            <source>A quadrant name</source>
            <translation>Nazwa ćwiartki</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A stakeholder</source>
            <translation>Interesariusz</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A stakeholder's name</source>
            <translation>Nazwa interesariusza</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An organisation's name</source>
            <translation>Nazwa organizacji</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An engagement strategy</source>
            <translation>Strategia zaangażowania</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/participants.py" line="-5" />
            <location line="+54" />
            <source>A contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A stakeholder's notes</source>
            <translation>Notatki o interesariuszu</translation>
        </message>
        <message>
            <location line="+22" />
            <source>A relationship</source>
            <translation>Relacja</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A relationship's kind</source>
            <translation>Rodzaj relacji</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/merge.py" line="+144" />
            <source>Checking {file}…</source>
            <translation>Sprawdzanie {file}…</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Checking the result…</source>
            <translation>Sprawdzanie wyniku…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Merging {package}: deletions…</source>
            <translation>Scalanie {package}: usunięcia…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merging {package}: {kind}…</source>
            <translation>Scalanie {package}: {kind}…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>{file} was made by an older version of Workshop App ({version}); its data was brought up to date first.</source>
            <translation>Plik {file} został utworzony w starszej wersji Workshop App ({version}); jego dane najpierw zaktualizowano.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} was made on this laptop.</source>
            <translation>Plik {file} został utworzony na tym laptopie.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{n:,} row(s) deleted on another laptop were kept, because they were changed here after that deletion.</source>
            <translation>
                <numerusform>{n:,} wiersz usunięty na innym laptopie został zachowany, ponieważ zmieniono go tutaj po tym usunięciu.</numerusform>
                <numerusform>{n:,} wiersze usunięte na innym laptopie zostały zachowane, ponieważ zmieniono je tutaj po tym usunięciu.</numerusform>
                <numerusform>{n:,} wierszy usuniętych na innym laptopie zostało zachowanych, ponieważ zmieniono je tutaj po tym usunięciu.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/merge_report.py" line="-22" />
            <source>workshop</source>
            <translation>warsztat</translation>
        </message>
        <message>
            <location line="+0" />
            <source>workshops</source>
            <translation>warsztaty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>agenda item</source>
            <translation>punkt programu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>agenda items</source>
            <translation>punkty programu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>participants</source>
            <translation>uczestnicy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>names and contacts</source>
            <translation>imiona, nazwiska i kontakty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>consent record</source>
            <translation>zapis zgody</translation>
        </message>
        <message>
            <location line="+1" />
            <source>profile question</source>
            <translation>pytanie metryczkowe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>profile questions</source>
            <translation>pytania metryczkowe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>profile choice</source>
            <translation>opcja pytania metryczkowego</translation>
        </message>
        <message>
            <location line="+0" />
            <source>profile choices</source>
            <translation>opcje pytań metryczkowych</translation>
        </message>
        <message>
            <location line="+1" />
            <source>profile answer</source>
            <translation>odpowiedź w metryczce</translation>
        </message>
        <message>
            <location line="+1" />
            <source>check-in</source>
            <translation>potwierdzenie obecności</translation>
        </message>
        <message>
            <location line="+1" />
            <source>survey version</source>
            <translation>wersja ankiety</translation>
        </message>
        <message>
            <location line="+0" />
            <source>survey versions</source>
            <translation>wersje ankiet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choice list</source>
            <translation>lista opcji</translation>
        </message>
        <message>
            <location line="+0" />
            <source>choice lists</source>
            <translation>listy opcji</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choice</source>
            <translation>opcja</translation>
        </message>
        <message>
            <location line="+0" />
            <source>choices</source>
            <translation>opcje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question</source>
            <translation>pytanie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>questions</source>
            <translation>pytania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question translation</source>
            <translation>tłumaczenie pytania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question translations</source>
            <translation>tłumaczenia pytań</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choice translation</source>
            <translation>tłumaczenie opcji</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choice translations</source>
            <translation>tłumaczenia opcji</translation>
        </message>
        <message>
            <location line="+1" />
            <source>survey response</source>
            <translation>wypełnienie ankiety</translation>
        </message>
        <message>
            <location line="+1" />
            <source>answer</source>
            <translation>odpowiedź</translation>
        </message>
        <message>
            <location line="+0" />
            <source>answers</source>
            <translation>odpowiedzi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>idea cluster</source>
            <translation>grupa pomysłów</translation>
        </message>
        <message>
            <location line="+0" />
            <source>idea clusters</source>
            <translation>grupy pomysłów</translation>
        </message>
        <message>
            <location line="+1" />
            <source>idea</source>
            <translation>pomysł</translation>
        </message>
        <message>
            <location line="+1" />
            <source>vote</source>
            <translation>głos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stakeholder map</source>
            <translation>mapa interesariuszy</translation>
        </message>
        <message>
            <location line="+0" />
            <source>stakeholder maps</source>
            <translation>mapy interesariuszy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stakeholder</source>
            <translation>interesariusz</translation>
        </message>
        <message>
            <location line="+0" />
            <source>stakeholders</source>
            <translation>interesariusze</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stakeholder re-assessment</source>
            <translation>ponowna ocena interesariusza</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stakeholder re-assessments</source>
            <translation>ponowne oceny interesariuszy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>relationship</source>
            <translation>relacja</translation>
        </message>
        <message>
            <location line="+0" />
            <source>relationships</source>
            <translation>relacje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>map snapshot</source>
            <translation>migawka mapy</translation>
        </message>
        <message>
            <location line="+0" />
            <source>map snapshots</source>
            <translation>migawki map</translation>
        </message>
        <message>
            <location line="+1" />
            <source>snapshot position</source>
            <translation>położenie w migawce</translation>
        </message>
        <message>
            <location line="+1" />
            <source>snapshot positions</source>
            <translation>położenia w migawkach</translation>
        </message>
        <message>
            <location line="+1" />
            <source>audit entry</source>
            <translation>wpis w dzienniku audytu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>audit entries</source>
            <translation>wpisy w dzienniku audytu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>diversity target</source>
            <translation>cel różnorodności</translation>
        </message>
        <message>
            <location line="+1" />
            <source>diversity targets</source>
            <translation>cele różnorodności</translation>
        </message>
        <message>
            <location line="+1" />
            <source>deletion record</source>
            <translation>zapis usunięcia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>deletion records</source>
            <translation>zapisy usunięć</translation>
        </message>
        <message>
            <location line="+123" />
            <source>this laptop</source>
            <translation>ten laptop</translation>
        </message>
        <message>
            <location line="+6" />
            <source>laptop {id}</source>
            <translation>laptop {id}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Nothing new: this database already holds everything in this package.</source>
            <translation>Nic nowego: ta baza danych zawiera już wszystko, co jest w tym pakiecie.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing new: this database already holds everything in these packages.</source>
            <translation>Nic nowego: ta baza danych zawiera już wszystko, co jest w tych pakietach.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Added: {kinds}.</source>
            <translation>Dodano: {kinds}.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Will add: {kinds}.</source>
            <translation>Do dodania: {kinds}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Updated: {kinds}.</source>
            <translation>Zaktualizowano: {kinds}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Will update: {kinds}.</source>
            <translation>Do aktualizacji: {kinds}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Removed because they were deleted or erased on another laptop: {kinds}.</source>
            <translation>Usunięto, bo na innym laptopie zostały usunięte lub wymazane: {kinds}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Will remove because they were deleted or erased on another laptop: {kinds}.</source>
            <translation>Do usunięcia, bo na innym laptopie zostały usunięte lub wymazane: {kinds}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not added because they were deleted or erased here: {kinds}.</source>
            <translation>Nie dodano, bo w tej bazie danych zostały usunięte lub wymazane: {kinds}.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>… and {n:,} more renumbered codes.</source>
            <translation>
                <numerusform>… i jeszcze {n:,} przenumerowany kod.</numerusform>
                <numerusform>… i jeszcze {n:,} przenumerowane kody.</numerusform>
                <numerusform>… i jeszcze {n:,} przenumerowanych kodów.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>… and {n:,} more conflicts.</source>
            <translation>
                <numerusform>… i jeszcze {n:,} konflikt.</numerusform>
                <numerusform>… i jeszcze {n:,} konflikty.</numerusform>
                <numerusform>… i jeszcze {n:,} konfliktów.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>{survey} from {source} had the same version number as a different survey of the same form; it is now version {new} (was {old}).</source>
            <translation>{survey} (źródło: {source}) miała ten sam numer wersji co inna ankieta z tego samego formularza; ma teraz wersję {new} (wcześniej {old}).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A survey from {source} had the same version number as a different survey of the same form; it is now version {new} (was {old}).</source>
            <translation>Ankieta (źródło: {source}) miała ten sam numer wersji co inna ankieta z tego samego formularza; ma teraz wersję {new} (wcześniej {old}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Participant code {old} from {source} was already taken; that participant is now {new}.</source>
            <translation>Kod uczestnika {old} (źródło: {source}) był już zajęty; ta osoba ma teraz kod {new}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Conflict in {row}, {column}: kept {kept} ({kept_from}, {kept_at}), dropped {dropped} ({dropped_from}, {dropped_at}).</source>
            <translation>Konflikt: {row}, pole {column}: zachowano {kept} ({kept_from}, {kept_at}), odrzucono {dropped} ({dropped_from}, {dropped_at}).</translation>
        </message>
        <message>
            <location line="+8" />
            <location filename="../../workshop_app/core/packing.py" line="+67" />
            <source>{n:,} {kind}</source>
            <translation>{kind} ({n:,})</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/merge_rules.py" line="+43" />
            <location line="+1" />
            <location line="+1" />
            <source>(personal data, not shown)</source>
            <translation>(dane osobowe, niewyświetlane)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(hidden)</source>
            <translation>(ukryte)</translation>
        </message>
        <message>
            <location line="+115" />
            <source>unknown time</source>
            <translation>nieznany czas</translation>
        </message>
        <message>
            <location line="+8" />
            <source>(empty)</source>
            <translation>(puste)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{survey} version {version}</source>
            <translation>{survey} nr {version}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>(a row not here)</source>
            <translation>(wiersz spoza tej bazy danych)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>response of {who}</source>
            <translation>wypełnienie ankiety ({who})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an anonymous response</source>
            <translation>anonimowe wypełnienie ankiety</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/merge_unique.py" line="+225" />
            <source>The survey “{title}”</source>
            <translation>Ankieta „{title}”</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/packing.py" line="+1" />
            <source>no data</source>
            <translation>brak danych</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Packed the workshop “{workshop}” into {path} ({size:.1f} MB): {held}.</source>
            <translation>Spakowano warsztat „{workshop}” do pliku {path} ({size:.1f} MB): {held}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Packed everything in this database into {path} ({size:.1f} MB): {held}.</source>
            <translation>Spakowano wszystkie dane z tej bazy danych do pliku {path} ({size:.1f} MB): {held}.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Copying the data…</source>
            <translation>Kopiowanie danych…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Preparing the package…</source>
            <translation>Przygotowywanie pakietu…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Writing the package…</source>
            <translation>Zapisywanie pakietu…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Done.</source>
            <translation>Gotowe.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/participant_rules.py" line="+41" />
            <source>A participant code</source>
            <translation>Kod uczestnika</translation>
        </message>
        <message>
            <location line="+20" />
            <source>take part</source>
            <translation>udział</translation>
        </message>
        <message>
            <location line="+1" />
            <source>be contacted</source>
            <translation>kontakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>appear in photos</source>
            <translation>obecność na zdjęciach</translation>
        </message>
        <message>
            <location line="+45" />
            <source>The name of who records</source>
            <translation>Imię i nazwisko osoby rejestrującej</translation>
        </message>
        <message>
            <location line="+81" />
            <source>A question's label</source>
            <translation>Etykieta pytania</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A choice's label</source>
            <translation>Etykieta opcji</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A group's label</source>
            <translation>Etykieta grupy</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/participants.py" line="-87" />
            <source>A search</source>
            <translation>Wyszukiwany tekst</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+5" />
            <location line="+49" />
            <source>A name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <location line="-52" />
            <location line="+38" />
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <location line="+69" />
            <source>A check-in</source>
            <translation>Czas potwierdzenia obecności</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/pin.py" line="+78" />
            <source>PIN accepted.</source>
            <translation>PIN przyjęty.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Please wait {n} seconds before trying again.</source>
            <translation>
                <numerusform>Poczekaj {n} sekundę przed kolejną próbą.</numerusform>
                <numerusform>Poczekaj {n} sekundy przed kolejną próbą.</numerusform>
                <numerusform>Poczekaj {n} sekund przed kolejną próbą.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Wrong PIN. Wait {n} seconds before trying again.</source>
            <translation>
                <numerusform>Nieprawidłowy PIN. Poczekaj {n} sekundę przed kolejną próbą.</numerusform>
                <numerusform>Nieprawidłowy PIN. Poczekaj {n} sekundy przed kolejną próbą.</numerusform>
                <numerusform>Nieprawidłowy PIN. Poczekaj {n} sekund przed kolejną próbą.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrong PIN. Try again.</source>
            <translation>Nieprawidłowy PIN. Spróbuj ponownie.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/profiles.py" line="+66" />
            <location line="+5" />
            <source>A self-described answer</source>
            <translation>Odpowiedź własnymi słowami</translation>
        </message>
        <message>
            <location line="+63" />
            <location line="+25" />
            <source>A question</source>
            <translation>Pytanie</translation>
        </message>
        <message>
            <location line="-24" />
            <location line="+64" />
            <location line="+21" />
            <source>A choice</source>
            <translation>Opcja</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/results_tallies.py" line="+92" />
            <source>Other</source>
            <translation>Inne</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/workbook_data.py" line="+51" />
            <source>Writing survey responses…</source>
            <translation>Zapisywanie wypełnień ankiet…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing workshops…</source>
            <translation>Zapisywanie warsztatów…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing participation…</source>
            <translation>Zapisywanie danych o uczestnictwie…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing ideas and votes…</source>
            <translation>Zapisywanie pomysłów i głosów…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing stakeholder maps…</source>
            <translation>Zapisywanie map interesariuszy…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the diversity picture…</source>
            <translation>Zapisywanie obrazu różnorodności…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the codebook…</source>
            <translation>Zapisywanie słownika kodów…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the summary…</source>
            <translation>Zapisywanie podsumowania…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saving the workbook…</source>
            <translation>Zapisywanie skoroszytu…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/db/integrity.py" line="+78" />
            <source>SQLite found damage in the file: {shown} (and {n} more).</source>
            <translation>
                <numerusform>SQLite wykrył uszkodzenia w pliku: {shown} (i jeszcze {n}).</numerusform>
                <numerusform>SQLite wykrył uszkodzenia w pliku: {shown} (i jeszcze {n}).</numerusform>
                <numerusform>SQLite wykrył uszkodzenia w pliku: {shown} (i jeszcze {n}).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>SQLite found damage in the file: {shown}.</source>
            <translation>SQLite wykrył uszkodzenia w pliku: {shown}.</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>{n} row(s) of {table} point at {parent} that no longer exist.</source>
            <translation>
                <numerusform>{n} wiersz tabeli {table} wskazuje na nieistniejący już wiersz tabeli {parent}.</numerusform>
                <numerusform>{n} wiersze tabeli {table} wskazują na nieistniejące już wiersze tabeli {parent}.</numerusform>
                <numerusform>{n} wierszy tabeli {table} wskazuje na nieistniejące już wiersze tabeli {parent}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>The participant code {code} is used {n} times.</source>
            <translation>
                <numerusform>Kod uczestnika {code} występuje {n} raz.</numerusform>
                <numerusform>Kod uczestnika {code} występuje {n} razy.</numerusform>
                <numerusform>Kod uczestnika {code} występuje {n} razy.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>{n} answer(s) belong to a question of another survey than their response.</source>
            <translation>
                <numerusform>{n} odpowiedź jest przypisana do pytania z innej ankiety niż wypełnienie, do którego należy.</numerusform>
                <numerusform>{n} odpowiedzi są przypisane do pytań z innej ankiety niż wypełnienie, do którego należą.</numerusform>
                <numerusform>{n} odpowiedzi jest przypisanych do pytań z innej ankiety niż wypełnienie, do którego należą.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>{n} relationship(s) join stakeholders of different maps.</source>
            <translation>
                <numerusform>{n} relacja łączy interesariuszy z różnych map.</numerusform>
                <numerusform>{n} relacje łączą interesariuszy z różnych map.</numerusform>
                <numerusform>{n} relacji łączy interesariuszy z różnych map.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>{n} participant(s) have no code.</source>
            <translation>
                <numerusform>{n} osoba nie ma kodu uczestnika.</numerusform>
                <numerusform>{n} osoby nie mają kodu uczestnika.</numerusform>
                <numerusform>{n} osób nie ma kodu uczestnika.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/exchange_package.py" line="+100" />
            <source>unknown version</source>
            <translation>nieznana wersja</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/exchange_values.py" line="+89" />
            <source>Row {row} of the sheet {sheet!r}: {problem}</source>
            <translation>Wiersz {row} arkusza {sheet!r}: {problem}</translation>
        </message>
        <message>
            <location line="+20" />
            <source>row {rows}</source>
            <translation>wiersz {rows}</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>rows {rows} and {n:,} more</source>
            <translation>
                <numerusform>wiersze {rows} i jeszcze {n:,}</numerusform>
                <numerusform>wiersze {rows} i jeszcze {n:,}</numerusform>
                <numerusform>wiersze {rows} i jeszcze {n:,}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>rows {rows}</source>
            <translation>wiersze {rows}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The type {value} in {rows} of the sheet {sheet} is not a sector ({sectors}); those stakeholders were put in the civic sector.</source>
            <translation>Typ {value} w arkuszu {sheet} ({rows}) nie jest sektorem ({sectors}); tych interesariuszy umieszczono w sektorze społeczeństwa obywatelskiego.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The attitude {value} in {rows} of the sheet {sheet} is not one of {attitudes}; it was imported as unknown.</source>
            <translation>Nastawienie {value} w arkuszu {sheet} ({rows}) nie jest jedną z wartości: {attitudes}; zaimportowano je jako nieznane.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The strength {value} in {rows} of the sheet {sheet} is not a number from 1 to 3; 2 was used.</source>
            <translation>Siła {value} w arkuszu {sheet} ({rows}) nie jest liczbą od 1 do 3; przyjęto 2.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The strength {value} in {rows} of the sheet {sheet} is outside 1 to 3; the nearest was used.</source>
            <translation>Siła {value} w arkuszu {sheet} ({rows}) wykracza poza zakres od 1 do 3; przyjęto najbliższą wartość.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The direction {value} in {rows} of the sheet {sheet} is neither directed nor undirected; undirected was used.</source>
            <translation>Kierunek {value} w arkuszu {sheet} ({rows}) nie oznacza ani „directed”, ani „undirected”; przyjęto relację bez kierunku.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/stakeholder_exchange.py" line="+283" />
            <source>it has no label, so it was skipped.</source>
            <translation>brak etykiety, więc go pominięto.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the label {name!r} is used before; this stakeholder was imported as {unique!r}.</source>
            <translation>etykieta {name!r} występuje już wcześniej; tego interesariusza zaimportowano jako {unique!r}.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>empty</source>
            <translation>puste</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the position ({x}, {y}) is not two numbers, so the stakeholder was placed on a grid.</source>
            <translation>położenie ({x}, {y}) nie składa się z dwóch liczb, więc interesariusza umieszczono na siatce.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the label has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>etykieta ma za dużo znaków ({count:,}); skrócono ją do {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the description has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>opis ma za dużo znaków ({count:,}); skrócono go do {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the organisation has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>nazwa organizacji ma za dużo znaków ({count:,}); skrócono ją do {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the engagement has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>strategia zaangażowania ma za dużo znaków ({count:,}); skrócono ją do {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the contact has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>kontakt ma za dużo znaków ({count:,}); skrócono go do {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the type has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>typ ma za dużo znaków ({count:,}); skrócono go do {limit:,}.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>it does not name both stakeholders (From and To), so it was skipped.</source>
            <translation>nie wskazuje obu interesariuszy (From i To), więc go pominięto.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no stakeholder is called {name!r}, so the connection was skipped.</source>
            <translation>nie ma interesariusza o nazwie {name!r}, więc pominięto to powiązanie.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the connection joins {name!r} to itself, so it was skipped.</source>
            <translation>powiązanie prowadzi od {name!r} do tego samego interesariusza, więc je pominięto.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{source!r} and {target!r} are already connected as {kind!r}; the repeat was skipped.</source>
            <translation>{source!r} i {target!r} są już połączone relacją {kind!r}; powtórzenie pominięto.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>{name!r} is already on the map, so it was not added again.</source>
            <translation>Interesariusz {name!r} jest już na mapie, więc nie dodano go ponownie.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/reader.py" line="+169" />
            <source>The form's '{key}' setting is not supported and was left out.</source>
            <translation>Ustawienie formularza „{key}” nie jest obsługiwane i zostało pominięte.</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Row {row}: '{name}' is a loop, which the app reads as a group.</source>
            <translation>Wiersz {row}: „{name}” to pętla (loop), którą aplikacja odczytuje jako grupę.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' is a loop, which the app reads as a group.</source>
            <translation>„{name}” to pętla (loop), którą aplikacja odczytuje jako grupę.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Row {row}: '{name}' is of type '{type}', which the app cannot ask offline; it is kept as a note and exported as it was.</source>
            <translation>Wiersz {row}: pytanie „{name}” jest typu „{type}”, którego aplikacja nie może obsłużyć offline; zostaje zachowane jako notatka i wyeksportowane bez zmian.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' is of type '{type}', which the app cannot ask offline; it is kept as a note and exported as it was.</source>
            <translation>Pytanie „{name}” jest typu „{type}”, którego aplikacja nie może obsłużyć offline; zostaje zachowane jako notatka i wyeksportowane bez zmian.</translation>
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
        <name>errors</name>
        <message>
            <location filename="../../workshop_app/core/activity_rules.py" line="-16" />
            <source>“{colour}” is not a colour; pick one of {colours} or give #RRGGBB.</source>
            <translation>„{colour}” to nie jest kolor; wybierz jeden z kolorów: {colours} albo podaj #RRGGBB.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A sticky note needs some text.</source>
            <translation>Karteczka musi zawierać jakiś tekst.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+3" />
            <source>The {what} position of a note must be a number.</source>
            <translation>Współrzędna {what} karteczki musi być liczbą.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>An anonymous voter needs a token from new_voter_token().</source>
            <translation>Osoba głosująca anonimowo potrzebuje tokenu z new_voter_token().</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/brainstorm.py" line="+246" />
            <source>Sticky notes belong to a brainstorm or a dot vote.</source>
            <translation>Karteczki można dodawać tylko w burzy mózgów lub głosowaniu kropkami.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>That cluster is on another board.</source>
            <translation>Ta grupa jest na innej tablicy.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/consent.py" line="-92" />
            <source>{code} already consents to {purpose} (recorded {moment} by someone).</source>
            <translation>Osoba o kodzie {code} wyraziła już zgodę na {purpose} (zapisano {moment}, osoba rejestrująca nieznana).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{code} already consents to {purpose} (recorded {moment} by {recorder}).</source>
            <translation>Osoba o kodzie {code} wyraziła już zgodę na {purpose} (zapisano {moment}, osoba rejestrująca: {recorder}).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{code} withdrew consent to {purpose} on {moment}; a new consent must be dated after that.</source>
            <translation>Osoba o kodzie {code} wycofała zgodę na {purpose} ({moment}); nowa zgoda musi mieć późniejszą datę.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>{code} has not consented to take part, so no answers can be recorded for them.</source>
            <translation>{code}: brak zgody na udział, więc nie można zapisywać odpowiedzi tej osoby.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>A withdrawal cannot come before the consent it withdraws ({moment}).</source>
            <translation>Wycofanie zgody nie może nastąpić przed jej udzieleniem ({moment}).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>That consent has been withdrawn since; its record is kept.</source>
            <translation>Ta zgoda została w międzyczasie wycofana; jej zapis pozostaje w historii.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>That consent is not withdrawn.</source>
            <translation>Ta zgoda nie jest wycofana.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consent was given again after this withdrawal, so the withdrawal stays on record.</source>
            <translation>Po tym wycofaniu zgoda została udzielona ponownie, więc wycofanie pozostaje w historii.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{code}'s consent to {purpose} was already withdrawn on {moment}; a withdrawn consent cannot be used again. Record a new consent instead.</source>
            <translation>Zgoda osoby o kodzie {code} na {purpose} została już wycofana ({moment}); wycofanej zgody nie można użyć ponownie. Zamiast tego zapisz nową zgodę.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Say which consent to withdraw.</source>
            <translation>Wskaż, którą zgodę wycofać.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{code} has no consent to {purpose} to withdraw.</source>
            <translation>Osoba o kodzie {code} nie ma zgody na {purpose}, którą można by wycofać.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/data_entry.py" line="+92" />
            <location line="+13" />
            <source>Begin a paper first.</source>
            <translation>Najpierw rozpocznij ankietę papierową.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/demo/__init__.py" line="+44" />
            <source>The demo can have between 1 and {maximum} participants.</source>
            <translation>Dane demonstracyjne mogą obejmować od 1 do {maximum} uczestników.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This database already holds workshops or participants; demo data only goes into a new or empty database.</source>
            <translation>Ta baza danych zawiera już warsztaty lub uczestników; dane demonstracyjne można dodać tylko do nowej lub pustej bazy danych.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/diversity_targets.py" line="-3" />
            <source>A target share is more than 0 % and at most 100 % (write 0.15 for 15 %).</source>
            <translation>Docelowy udział musi być większy niż 0 % i nie większy niż 100 % (np. 0.15 oznacza 15 %).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A target share is more than 0 % and at most 100 %.</source>
            <translation>Docelowy udział musi być większy niż 0 % i nie większy niż 100 %.</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../workshop_app/core/profiles.py" line="-165" />
            <source>There is no profile question called {question_name!r}.</source>
            <translation>Nie ma pytania metryczkowego o nazwie {question_name!r}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose at least one answer that makes up the group.</source>
            <translation>Wybierz co najmniej jedną odpowiedź, która tworzy grupę.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{answer!r} is not an answer to “{question}” that a target can be set for.</source>
            <translation>{answer!r} nie jest odpowiedzią na pytanie „{question}”, dla której można ustawić cel.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/erasure.py" line="+23" />
            <source>Choose whether their answers are erased or kept anonymously.</source>
            <translation>Wybierz, czy odpowiedzi tej osoby mają zostać wymazane, czy zachowane anonimowo.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>That participant has already been erased or deleted; there is nothing left to erase.</source>
            <translation>Dane tej osoby zostały już wymazane lub usunięte; nie ma już czego wymazać.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That participant does not exist; nothing was erased.</source>
            <translation>Ta osoba nie istnieje; niczego nie wymazano.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/compiler.py" line="+150" />
            <source>indexed-repeat() takes {question}, then pairs of {repeat} and a number</source>
            <translation>indexed-repeat() przyjmuje {question}, a następnie pary: {repeat} i liczba</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/errors.py" line="+27" />
            <source>In '{question}', position {position} of the {field}: {message}.</source>
            <translation>W pytaniu „{question}”, kolumna „{field}”, pozycja {position}: {message}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In '{question}', position {position}: {message}.</source>
            <translation>W pytaniu „{question}”, pozycja {position}: {message}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>At position {position} of the {field}: {message}.</source>
            <translation>Kolumna „{field}”, pozycja {position}: {message}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>At position {position}: {message}.</source>
            <translation>Pozycja {position}: {message}.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/functions.py" line="+145" />
            <source>this regular expression repeats a repeated group, which could freeze the kiosk</source>
            <translation>to wyrażenie regularne powtarza grupę, która sama się powtarza, co mogłoby zawiesić kiosk</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the regular expression is not valid ({problem})</source>
            <translation>wyrażenie regularne jest nieprawidłowe ({problem})</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/lexer.py" line="+41" />
            <source>the expression is longer than {maximum:,} characters</source>
            <translation>wyrażenie jest dłuższe niż {maximum:,} znaków</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the text starting with {quote} is never closed</source>
            <translation>tekst zaczynający się od {quote} nie został zamknięty</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a reference must look like {example}</source>
            <translation>odwołanie musi mieć postać {example}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unexpected character {char!r}</source>
            <translation>nieoczekiwany znak {char!r}</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/parser.py" line="+65" />
            <source>a closing ')' for '{name}(' is missing</source>
            <translation>brakuje nawiasu zamykającego „)” dla „{name}(”</translation>
        </message>
        <message>
            <location line="+3" />
            <source>expected a closing ')' for '{name}(', found {found}</source>
            <translation>brakuje nawiasu zamykającego „)” dla „{name}(”; zamiast niego jest {found}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a closing ')' is missing</source>
            <translation>brakuje nawiasu zamykającego „)”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>expected a closing ')', found {found}</source>
            <translation>brakuje nawiasu zamykającego „)”; zamiast niego jest {found}</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+179" />
            <source>the expression is nested more than {maximum} levels deep</source>
            <translation>wyrażenie jest zagnieżdżone na więcej niż {maximum} poziomów</translation>
        </message>
        <message>
            <location line="-173" />
            <source>the expression is empty</source>
            <translation>wyrażenie jest puste</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+66" />
            <location line="+80" />
            <source>unexpected {found}</source>
            <translation>w tym miejscu nie może wystąpić {found}</translation>
        </message>
        <message>
            <location line="-127" />
            <source>an operator such as 'and' or '=' is missing before {found}</source>
            <translation>przed {found} brakuje operatora, np. „and” lub „=”</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the union operator '|' is not supported</source>
            <translation>operator sumy „|” nie jest obsługiwany</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{op}' needs something after it</source>
            <translation>po „{op}” brakuje dalszej części wyrażenia</translation>
        </message>
        <message>
            <location line="+26" />
            <source>empty brackets '()'</source>
            <translation>puste nawiasy „()”</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the expression ends too early</source>
            <translation>wyrażenie kończy się zbyt wcześnie</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{found} cannot follow {token}</source>
            <translation>{found} nie może wystąpić po {token}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>unknown function '{name}()'</source>
            <translation>nieznana funkcja „{name}()”</translation>
        </message>
        <message>
            <location line="+18" />
            <source>lookups in instance() are not supported</source>
            <translation>odwołania do instance() nie są obsługiwane</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+8" />
            <source>'//' paths are not supported; use {example}</source>
            <translation>ścieżki „//” nie są obsługiwane; użyj {example}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>filters in square brackets are not supported</source>
            <translation>filtry w nawiasach kwadratowych nie są obsługiwane</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{name}' is not a reference; write {reference} to use that question's answer</source>
            <translation>„{name}” nie jest odwołaniem; aby użyć odpowiedzi na to pytanie, wpisz {reference}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{found} in a path is not supported</source>
            <translation>w ścieżce nie można używać {found}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a path step is missing</source>
            <translation>brakuje kroku ścieżki</translation>
        </message>
        <message>
            <location line="+33" />
            <source>'{name}()' takes 1 argument, not {given}</source>
            <translation>„{name}()” przyjmuje 1 argument, a podano {given}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}()' takes at least 1 argument, not {given}</source>
            <translation>„{name}()” przyjmuje co najmniej 1 argument, a podano {given}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>'{name}()' takes {n} arguments, not {given}</source>
            <translation>
                <numerusform>„{name}()” przyjmuje {n} argument, a podano {given}</numerusform>
                <numerusform>„{name}()” przyjmuje {n} argumenty, a podano {given}</numerusform>
                <numerusform>„{name}()” przyjmuje {n} argumentów, a podano {given}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>'{name}()' takes at least {n} arguments, not {given}</source>
            <translation>
                <numerusform>„{name}()” przyjmuje co najmniej {n} argument, a podano {given}</numerusform>
                <numerusform>„{name}()” przyjmuje co najmniej {n} argumenty, a podano {given}</numerusform>
                <numerusform>„{name}()” przyjmuje co najmniej {n} argumentów, a podano {given}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>'{name}()' takes {fewest} to {n} arguments, not {given}</source>
            <translation>
                <numerusform>„{name}()” przyjmuje od {fewest} do {n} argumentów, a podano {given}</numerusform>
                <numerusform>„{name}()” przyjmuje od {fewest} do {n} argumentów, a podano {given}</numerusform>
                <numerusform>„{name}()” przyjmuje od {fewest} do {n} argumentów, a podano {given}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>the end</source>
            <translation>koniec wyrażenia</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/feedback.py" line="+113" />
            <source>That activity is not a feedback round.</source>
            <translation>Ten punkt programu nie jest rundą informacji zwrotnej.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/answers.py" line="+24" />
            <source>This question needs an answer.</source>
            <translation>To pytanie wymaga odpowiedzi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This answer is not allowed here.</source>
            <translation>Ta odpowiedź jest tu niedozwolona.</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/response_rules.py" line="+185" />
            <source>Enter a whole number.</source>
            <translation>Wpisz liczbę całkowitą.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a number.</source>
            <translation>Wpisz liczbę.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a date as year-month-day.</source>
            <translation>Wpisz datę w formacie rok-miesiąc-dzień.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a time as hours:minutes.</source>
            <translation>Wpisz godzinę w formacie godziny:minuty.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose among the answers offered.</source>
            <translation>Wybierz spośród podanych odpowiedzi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a value on the scale.</source>
            <translation>Wybierz wartość na skali.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/graph.py" line="+24" />
            <source>there is no question named '{name}'</source>
            <translation>nie ma pytania o nazwie „{name}”</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/logic.py" line="+186" />
            <source>The form has no question called '{name}'.</source>
            <translation>Formularz nie ma pytania o nazwie „{name}”.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/state.py" line="+41" />
            <source>'{text}' is not a repeat instance (such as '2' or '2.1').</source>
            <translation>„{text}” nie jest numerem wpisu w grupie powtarzalnej (np. „2” lub „2.1”).</translation>
        </message>
        <message>
            <location line="+34" />
            <source>'{name}' is not in a repeat; its instance {instance} does not fit.</source>
            <translation>„{name}” nie należy do grupy powtarzalnej, więc numer wpisu {instance} do niego nie pasuje.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}' is in a repeat; its instance (none) does not fit.</source>
            <translation>„{name}” należy do grupy powtarzalnej, więc trzeba podać numer wpisu.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' is in a repeat; its instance {instance} does not fit.</source>
            <translation>„{name}” należy do grupy powtarzalnej, ale numer wpisu {instance} do niego nie pasuje.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A repeat can have at most {maximum} entries; '{name}' was given entry {instance}.</source>
            <translation>Grupa powtarzalna może mieć najwyżej {maximum} wpisów; dla „{name}” podano wpis {instance}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' is a group or repeat and has no answer of its own.</source>
            <translation>„{name}” to grupa lub grupa powtarzalna i nie ma własnej odpowiedzi.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>'{repeat}' is not a repeat.</source>
            <translation>„{repeat}” nie jest grupą powtarzalną.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The instance (none) does not fit the repeat '{repeat}'.</source>
            <translation>Grupa powtarzalna „{repeat}” wymaga podania numeru wpisu.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The instance {instance} does not fit the repeat '{repeat}'.</source>
            <translation>Numer wpisu {instance} nie pasuje do grupy powtarzalnej „{repeat}”.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{repeat}' can have at most {maximum} entries.</source>
            <translation>„{repeat}” może mieć najwyżej {maximum} wpisów.</translation>
        </message>
        <message>
            <location line="+165" />
            <source>'{name}' is not a question the form shows.</source>
            <translation>„{name}” nie jest pytaniem wyświetlanym w formularzu.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/validation.py" line="+65" />
            <source>The name '{name}' is used by more than one question; every name must be unique.</source>
            <translation>Nazwy „{name}” używa więcej niż jedno pytanie; każda nazwa musi być niepowtarzalna.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>'{name}' has 'or other', which needs the name '{name}_other' for itself, but a question already uses it.</source>
            <translation>„{name}” ma opcję „or other”, która wymaga dla siebie nazwy „{name}_other”, ale używa jej już inne pytanie.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>These questions depend on each other in a circle: {cycle}.</source>
            <translation>Te pytania zależą od siebie nawzajem w zamkniętym cyklu: {cycle}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The form needs an id (form_id).</source>
            <translation>Formularz musi mieć identyfikator (form_id).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The form id can have at most {maximum} characters.</source>
            <translation>Identyfikator formularza może mieć najwyżej {maximum} znaków.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The form needs a title.</source>
            <translation>Formularz musi mieć tytuł.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The form title can have at most {maximum} characters.</source>
            <translation>Tytuł formularza może mieć najwyżej {maximum} znaków.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The form needs at least one language.</source>
            <translation>Formularz musi mieć co najmniej jeden język.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A language is listed twice.</source>
            <translation>Jeden z języków występuje na liście dwa razy.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{code}' is not a usable language code (letters, digits, '-' or '_', at most {maximum} characters).</source>
            <translation>„{code}” nie jest prawidłowym kodem języka (litery, cyfry, „-” lub „_”, najwyżej {maximum} znaków).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The default language '{default_language}' is not one of the form's languages.</source>
            <translation>Język domyślny „{default_language}” nie należy do języków formularza.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{choice_list}' is not a usable list name.</source>
            <translation>„{choice_list}” nie jest prawidłową nazwą listy.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There are two choice lists called '{choice_list}'.</source>
            <translation>Istnieją dwie listy opcji o nazwie „{choice_list}”.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A choice of the list '{choice_list}' has no usable name.</source>
            <translation>Jedna z opcji na liście „{choice_list}” nie ma prawidłowej nazwy.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The list '{choice_list}' has the choice '{choice}' twice.</source>
            <translation>Lista „{choice_list}” zawiera opcję „{choice}” dwa razy.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{name}' is not a usable question name: start with a letter or '_', then letters, digits, '_', '-' or '.', at most {maximum} characters.</source>
            <translation>„{name}” nie jest prawidłową nazwą pytania: zacznij od litery lub „_”, potem użyj liter, cyfr, „_”, „-” lub „.”, najwyżej {maximum} znaków.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' has the type '{type}', which the app does not know.</source>
            <translation>„{name}” ma typ „{type}”, którego aplikacja nie zna.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' is a {type}, so it cannot hold other questions.</source>
            <translation>„{name}” jest typu {type}, więc nie może zawierać innych pytań.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>'{name}' needs a choice list.</source>
            <translation>„{name}” wymaga listy opcji.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' uses the choice list '{list_name}', which does not exist.</source>
            <translation>„{name}” używa listy opcji „{list_name}”, która nie istnieje.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The choice list '{list_name}' of '{name}' has no choices.</source>
            <translation>Lista opcji „{list_name}” pytania „{name}” nie zawiera żadnych opcji.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The choice codes of '{list_name}' cannot contain spaces, because '{name}' allows several answers.</source>
            <translation>Kody opcji na liście „{list_name}” nie mogą zawierać spacji, ponieważ „{name}” pozwala wybrać kilka odpowiedzi.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' is a {type}, so it cannot have a choice list.</source>
            <translation>„{name}” jest typu {type}, więc nie może mieć listy opcji.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only select questions can have 'or other'; '{name}' is a {type}.</source>
            <translation>Tylko pytania wyboru (select) mogą mieć opcję „or other”; „{name}” jest typu {type}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}' cannot have both 'or other' and a choice filter.</source>
            <translation>„{name}” nie może mieć jednocześnie opcji „or other” i filtra opcji.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The calculation '{name}' needs a formula.</source>
            <translation>Obliczenie „{name}” wymaga formuły.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}' needs a label or a hint.</source>
            <translation>„{name}” wymaga etykiety lub podpowiedzi.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The {key} of the range '{question}' must be a number.</source>
            <translation>Parametr {key} zakresu „{question}” musi być liczbą.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The step of the range '{question}' cannot be 0.</source>
            <translation>Krok (step) zakresu „{question}” nie może wynosić 0.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{name}' has a text in '{code}', which is not one of the form's languages.</source>
            <translation>„{name}” ma tekst w języku „{code}”, który nie należy do języków formularza.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A choice has a text in '{code}', which is not one of the form's languages.</source>
            <translation>Jedna z opcji ma tekst w języku „{code}”, który nie należy do języków formularza.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/kiosk.py" line="+103" />
            <source>This survey is not available in '{code}'.</source>
            <translation>Ta ankieta nie jest dostępna w języku „{code}”.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This survey needs your participant code.</source>
            <translation>Ta ankieta wymaga podania Twojego kodu uczestnika.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{code} has already answered this survey. Thank you!</source>
            <translation>Osoba o kodzie {code} już wypełniła tę ankietę. Dziękujemy!</translation>
        </message>
        <message>
            <location line="+18" />
            <source>That response belongs to another survey.</source>
            <translation>To wypełnienie należy do innej ankiety.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That response is already finished.</source>
            <translation>To wypełnienie jest już zakończone.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>There is no question on screen to answer.</source>
            <translation>Na ekranie nie ma pytania, na które można odpowiedzieć.</translation>
        </message>
        <message>
            <location line="+120" />
            <source>This kiosk has no PIN; set one for the workshop first.</source>
            <translation>Ten kiosk nie ma PIN-u; najpierw ustaw PIN dla warsztatu.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/kiosk_pins.py" line="+46" />
            <source>Set a kiosk PIN for this workshop before starting the kiosk.</source>
            <translation>Przed uruchomieniem kiosku ustaw PIN kiosku dla tego warsztatu.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/listing.py" line="+70" />
            <source>Cannot list {kind!r}; choose one of {kinds}.</source>
            <translation>Nie można wyświetlić listy {kind!r}; wybierz jedną z możliwości: {kinds}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Name a {what} by its id or title.</source>
            <translation>Wskaż element typu „{what}” za pomocą identyfikatora lub tytułu.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No {what} has the id or title {reference!r}.</source>
            <translation>Żaden element typu „{what}” nie ma identyfikatora ani tytułu {reference!r}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} {what}s match {reference!r}; give more of the id.</source>
            <translation>Do {reference!r} pasuje kilka elementów typu „{what}” ({n}); podaj dłuższy fragment identyfikatora.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/live_results.py" line="+72" />
            <source>The survey has no question called '{question_name}'.</source>
            <translation>Ankieta nie ma pytania o nazwie „{question_name}”.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/map_import.py" line="-28" />
            <source>Stakeholder {number} of the list cannot be imported, so nothing was: {problem}</source>
            <translation>Nie można zaimportować interesariusza nr {number} z listy, więc nie zaimportowano niczego: {problem}</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/map_rules.py" line="-242" />
            <location line="+159" />
            <source>A map is one of: {kinds}.</source>
            <translation>Mapa musi być jednego z rodzajów: {kinds}.</translation>
        </message>
        <message>
            <location line="-37" />
            <location filename="../../workshop_app/core/participant_rules.py" line="-54" />
            <location line="+10" />
            <source>{what} can have at most {limit:,} characters; this one has {count:,}.</source>
            <translation>{what}: tekst jest za długi (limit znaków: {limit:,}, obecnie: {count:,}).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{what} has no field called {field!r}.</source>
            <translation>{what} nie ma pola o nazwie {field!r}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{what} must be a number.</source>
            <translation>{what} musi być liczbą.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>A map needs a title.</source>
            <translation>Mapa musi mieć tytuł.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>An axis runs from 0 to a number above 0 and at most {maximum:,.0f}.</source>
            <translation>Oś biegnie od 0 do liczby większej niż 0 i nie większej niż {maximum:,.0f}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A map's quadrant names are a list of four names.</source>
            <translation>Nazwy ćwiartek mapy muszą być listą czterech nazw.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A map has four quadrant names (or none), not {count}.</source>
            <translation>Mapa ma cztery nazwy ćwiartek (albo żadnej), a nie {count}.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A stakeholder needs a name.</source>
            <translation>Interesariusz musi mieć nazwę.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A stakeholder's sector is one of: {sectors}.</source>
            <translation>Sektor interesariusza musi być jednym z: {sectors}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A stakeholder's attitude is one of: {attitudes}.</source>
            <translation>Nastawienie interesariusza musi być jednym z: {attitudes}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A relationship joins two stakeholders; choose both.</source>
            <translation>Relacja łączy dwóch interesariuszy; wybierz obu.</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../workshop_app/core/maps.py" line="+240" />
            <source>A stakeholder cannot have a relationship with itself.</source>
            <translation>Interesariusz nie może mieć relacji z samym sobą.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A relationship needs a kind, such as {example!r}.</source>
            <translation>Relacja musi mieć rodzaj, np. {example!r}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A relationship's strength is 1 (weak), 2 or 3 (strong).</source>
            <translation>Siła relacji to 1 (słaba), 2 lub 3 (silna).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A relationship either has a direction or not.</source>
            <translation>Relacja albo ma kierunek, albo nie.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/map_snapshots.py" line="+27" />
            <source>A snapshot needs a name, such as the meeting it records.</source>
            <translation>Migawka musi mieć nazwę, np. nazwę spotkania, które utrwala.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A snapshot's name can have at most {maximum} characters.</source>
            <translation>Nazwa migawki może mieć najwyżej {maximum} znaków.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A snapshot's date must be a date and time with its time zone.</source>
            <translation>Data migawki musi być datą i godziną ze strefą czasową.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/maps.py" line="-111" />
            <source>This cannot be undone: the map or stakeholders it belonged to are gone.</source>
            <translation>Tego nie można cofnąć: mapa lub interesariusze, do których to należało, już nie istnieją.</translation>
        </message>
        <message>
            <location line="+58" />
            <location filename="../../workshop_app/db/lookup.py" line="+27" />
            <source>That stakeholder no longer exists.</source>
            <translation>Ten interesariusz już nie istnieje.</translation>
        </message>
        <message>
            <location line="+144" />
            <source>Those two snapshots are of different maps; compare snapshots of one map.</source>
            <translation>Te dwie migawki dotyczą różnych map; porównuj migawki jednej mapy.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A relationship joins two stakeholders of the same map.</source>
            <translation>Relacja łączy dwóch interesariuszy z tej samej mapy.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{first!r} and {second!r} already have a {kind!r} relationship.</source>
            <translation>{first!r} i {second!r} mają już relację {kind!r}.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/merge.py" line="-134" />
            <source>Choose at least one package to merge.</source>
            <translation>Wybierz co najmniej jeden pakiet do scalenia.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+21" />
            <source>The merge was cancelled; nothing was changed.</source>
            <translation>Scalanie zostało anulowane; nic nie zostało zmienione.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The packages could not be merged ({reason}); nothing was changed.</source>
            <translation>Nie udało się scalić pakietów ({reason}); nic nie zostało zmienione.</translation>
        </message>
        <message numerus="yes">
            <location line="+70" />
            <source>The packages could not be merged ({n} row(s) of {kind} would point at rows that do not exist); nothing was changed.</source>
            <translation>
                <numerusform>Nie udało się scalić pakietów ({n} wiersz w kategorii „{kind}” wskazywałby na nieistniejące wiersze); nic nie zostało zmienione.</numerusform>
                <numerusform>Nie udało się scalić pakietów ({n} wiersze w kategorii „{kind}” wskazywałyby na nieistniejące wiersze); nic nie zostało zmienione.</numerusform>
                <numerusform>Nie udało się scalić pakietów ({n} wierszy w kategorii „{kind}” wskazywałoby na nieistniejące wiersze); nic nie zostało zmienione.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/packing.py" line="-45" />
            <source>A package cannot overwrite the database it is made from; choose another file.</source>
            <translation>Pakiet nie może zastąpić bazy danych, z której powstaje; wybierz inny plik.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../workshop_app/db/backup.py" line="+25" />
            <location filename="../../workshop_app/formats/exchange_package.py" line="+38" />
            <source>Cannot write {target}: the folder {folder} does not exist.</source>
            <translation>Nie można zapisać {target}: folder {folder} nie istnieje.</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../../workshop_app/db/lookup.py" line="+4" />
            <source>That workshop no longer exists.</source>
            <translation>Ten warsztat już nie istnieje.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Packing was cancelled; no package was written.</source>
            <translation>Pakowanie zostało anulowane; nie zapisano żadnego pakietu.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/participant_rules.py" line="-104" />
            <source>A participant needs a code, such as P-0042.</source>
            <translation>Uczestnik musi mieć kod, np. P-0042.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A participant code cannot contain spaces.</source>
            <translation>Kod uczestnika nie może zawierać spacji.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Consent is given to {purposes}; {purpose!r} is not one of these.</source>
            <translation>Zgody udziela się na: {purposes}; {purpose!r} nie jest żadnym z tych celów.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{what} needs a date and time with its time zone.</source>
            <translation>{what} musi zawierać datę i godzinę ze strefą czasową.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{what} cannot be in the future ({moment} has not happened yet).</source>
            <translation>{what} nie może przypadać w przyszłości (podano {moment}).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Say who is recording the consent (set your name in the settings).</source>
            <translation>Podaj, kto zapisuje zgodę (wpisz swoje imię i nazwisko w ustawieniach).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say who is recording the withdrawal (set your name in the settings).</source>
            <translation>Podaj, kto zapisuje wycofanie zgody (wpisz swoje imię i nazwisko w ustawieniach).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say who is recording the erasure (set your name in the settings).</source>
            <translation>Podaj, kto zapisuje wymazanie danych (wpisz swoje imię i nazwisko w ustawieniach).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Say who is recording the {what} (set your name in the settings).</source>
            <translation>Podaj, kto zapisuje: {what} (wpisz swoje imię i nazwisko w ustawieniach).</translation>
        </message>
        <message>
            <location line="+61" />
            <source>A question's name uses lower-case letters a–z, digits and _, starts with a letter and has at most 64 characters, such as age_band.</source>
            <translation>Nazwa pytania składa się z małych liter a–z, cyfr i _, zaczyna się od litery i ma najwyżej 64 znaki, np. age_band.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A choice code uses lower-case letters a–z, digits and _ (at most 64), such as 60_74.</source>
            <translation>Kod opcji składa się z małych liter a–z, cyfr i _ (najwyżej 64 znaki), np. 60_74.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{what} needs its labels as language and text pairs.</source>
            <translation>{what}: etykiety trzeba podać jako pary język i tekst.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{language!r} is not a language code such as en, pt or pt_BR.</source>
            <translation>{language!r} nie jest kodem języka, takim jak en, pt czy pt_BR.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{what} needs a label in at least one language.</source>
            <translation>{what} musi mieć etykietę w co najmniej jednym języku.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/participants.py" line="-75" />
            <source>A participant has no field called {field!r} that can be changed here.</source>
            <translation>Uczestnik nie ma pola {field!r}, które można tu zmienić.</translation>
        </message>
        <message>
            <location line="+91" />
            <source>{code} is not checked in to that workshop.</source>
            <translation>Osoba o kodzie {code} nie jest na liście obecności tego warsztatu.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{code} is already checked in to this workshop.</source>
            <translation>Osoba o kodzie {code} jest już na liście obecności tego warsztatu.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{code} is already the code of another participant.</source>
            <translation>Kod {code} należy już do innej osoby.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/pin.py" line="-50" />
            <source>A kiosk PIN is {fewest} to {most} digits.</source>
            <translation>PIN kiosku ma od {fewest} do {most} cyfr.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/profiles.py" line="+9" />
            <source>{code!r} is not one of the answers to “{label}”.</source>
            <translation>{code!r} nie jest jedną z odpowiedzi na pytanie „{label}”.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only a self-described answer to “{label}” can have the person's own words.</source>
            <translation>W pytaniu „{label}” własne słowa można wpisać tylko przy odpowiedzi, która na to pozwala.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>“{typed}” is not one of the answers to “{label}”.</source>
            <translation>„{typed}” nie jest jedną z odpowiedzi na pytanie „{label}”.</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Each choice of a question needs its own code.</source>
            <translation>Każda opcja pytania musi mieć własny kod.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is already a profile question called {name!r}.</source>
            <translation>Istnieje już pytanie metryczkowe o nazwie {name!r}.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>“{question}” already has a choice {code!r}.</source>
            <translation>Pytanie „{question}” ma już opcję {code!r}.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Every question keeps “Prefer not to say”, so answering stays voluntary.</source>
            <translation>Każde pytanie ma opcję „Wolę nie odpowiadać”, więc odpowiadanie pozostaje dobrowolne.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>1 participant gave the answer “{answer}”, so it cannot be deleted; change its label instead.</source>
            <translation>1 osoba wybrała odpowiedź „{answer}”, więc nie można jej usunąć; zamiast tego zmień jej etykietę.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>{n} participants gave the answer “{answer}”, so it cannot be deleted; change its label instead.</source>
            <translation>
                <numerusform>{n} osoba wybrała odpowiedź „{answer}”, więc nie można jej usunąć; zamiast tego zmień jej etykietę.</numerusform>
                <numerusform>{n} osoby wybrały odpowiedź „{answer}”, więc nie można jej usunąć; zamiast tego zmień jej etykietę.</numerusform>
                <numerusform>{n} osób wybrało odpowiedź „{answer}”, więc nie można jej usunąć; zamiast tego zmień jej etykietę.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/response_memory.py" line="+51" />
            <location filename="../../workshop_app/db/lookup.py" line="-2" />
            <source>That survey no longer exists.</source>
            <translation>Ta ankieta już nie istnieje.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This survey cannot be answered anonymously; a participant code is needed.</source>
            <translation>Tej ankiety nie można wypełnić anonimowo; potrzebny jest kod uczestnika.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>No one has the code “{code}”.</source>
            <translation>Nikt nie ma kodu „{code}”.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{code} has not consented to take part.</source>
            <translation>Osoba o kodzie {code} nie wyraziła zgody na udział.</translation>
        </message>
        <message>
            <location line="+13" />
            <location filename="../../workshop_app/core/responses.py" line="+203" />
            <location filename="../../workshop_app/db/lookup.py" line="-4" />
            <source>That response no longer exists.</source>
            <translation>To wypełnienie ankiety już nie istnieje.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/response_rules.py" line="-149" />
            <source>Write the number with one decimal comma or point and no thousands separator, for example 1234,5.</source>
            <translation>Wpisz liczbę z jednym przecinkiem lub kropką dziesiętną, bez separatora tysięcy, np. 1234,5.</translation>
        </message>
        <message>
            <location line="+114" />
            <source>This answer is not text or a number.</source>
            <translation>Ta odpowiedź nie jest tekstem ani liczbą.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>An answer can have at most {maximum:,} characters; this one has {length:,}.</source>
            <translation>Odpowiedź może mieć najwyżej {maximum:,} znaków, a ta ma {length:,}.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>The survey has no question called '{name}'.</source>
            <translation>Ankieta nie ma pytania o nazwie „{name}”.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>'{name}' is not a question to answer.</source>
            <translation>„{name}” nie jest pytaniem, na które się odpowiada.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This question does not apply given the earlier answers.</source>
            <translation>Przy udzielonych wcześniej odpowiedziach to pytanie nie ma zastosowania.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A repeat can have at most {maximum} entries.</source>
            <translation>Grupa powtarzalna może mieć najwyżej {maximum} wpisów.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>A response is given in the kiosk or typed in from paper ({modes}).</source>
            <translation>Ankietę wypełnia się w kiosku albo wprowadza z papieru ({modes}).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>One question still needs an answer: {shown}.</source>
            <translation>Jedno pytanie nadal wymaga odpowiedzi: {shown}.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{n} questions still need an answer: {shown} and {more} more.</source>
            <translation>
                <numerusform>{n} pytanie nadal wymaga odpowiedzi: {shown} i jeszcze {more}.</numerusform>
                <numerusform>{n} pytania nadal wymagają odpowiedzi: {shown} i jeszcze {more}.</numerusform>
                <numerusform>{n} pytań nadal wymaga odpowiedzi: {shown} i jeszcze {more}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{n} questions still need an answer: {shown}.</source>
            <translation>
                <numerusform>{n} pytanie nadal wymaga odpowiedzi: {shown}.</numerusform>
                <numerusform>{n} pytania nadal wymagają odpowiedzi: {shown}.</numerusform>
                <numerusform>{n} pytań nadal wymaga odpowiedzi: {shown}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/responses.py" line="-90" />
            <source>This survey is not available in '{language}'; it has {languages}.</source>
            <translation>Ta ankieta nie jest dostępna w języku „{language}”; dostępne języki: {languages}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>That activity belongs to another workshop.</source>
            <translation>Ten punkt programu należy do innego warsztatu.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{title}” cannot be answered anonymously; a participant code is needed.</source>
            <translation>Ankiety „{title}” nie można wypełnić anonimowo; potrzebny jest kod uczestnika.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>No one has the code “{code}”. Check the code on your card, or ask the facilitator.</source>
            <translation>Nikt nie ma kodu „{code}”. Sprawdź kod na swojej karcie albo zapytaj osobę prowadzącą.</translation>
        </message>
        <message>
            <location line="+65" />
            <source>The survey has no stored question called '{name}'.</source>
            <translation>Ankieta nie ma zapisanego pytania o nazwie „{name}”.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This survey is not available in '{language}'.</source>
            <translation>Ta ankieta nie jest dostępna w języku „{language}”.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/results.py" line="+180" />
            <source>“{title}” has no question called '{question_name}' with results.</source>
            <translation>Ankieta „{title}” nie ma pytania o nazwie „{question_name}”, dla którego są wyniki.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>There is no survey '{form_id}'.</source>
            <translation>Nie ma ankiety „{form_id}”.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/run_session.py" line="+48" />
            <location line="+38" />
            <source>That activity is not on this workshop's agenda.</source>
            <translation>Tego punktu nie ma w programie tego warsztatu.</translation>
        </message>
        <message>
            <location line="-4" />
            <source>This workshop has no agenda yet.</source>
            <translation>Ten warsztat nie ma jeszcze programu.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/survey_templates.py" line="+31" />
            <source>The template {key} is missing from this installation.</source>
            <translation>Brak szablonu {key} w tej instalacji.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/core/voting.py" line="+92" />
            <source>All {n} dots are placed. Take one back to move it.</source>
            <translation>
                <numerusform>Rozdano już wszystkie kropki ({n}). Zabierz jedną, aby ją przenieść.</numerusform>
                <numerusform>Rozdano już wszystkie kropki ({n}). Zabierz jedną, aby ją przenieść.</numerusform>
                <numerusform>Rozdano już wszystkie kropki ({n}). Zabierz jedną, aby ją przenieść.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>There is no dot of yours on that note.</source>
            <translation>Na tej karteczce nie ma Twojej kropki.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A count of dots is a whole number from 0 to {maximum:,}.</source>
            <translation>Liczba kropek musi być liczbą całkowitą od 0 do {maximum:,}.</translation>
        </message>
        <message>
            <location line="+67" />
            <source>Say who votes: a participant, or an anonymous kiosk voter's token.</source>
            <translation>Podaj, kto głosuje: uczestnik albo token osoby głosującej anonimowo w kiosku.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Dots are placed in a dot vote.</source>
            <translation>Kropki można przyznawać tylko w głosowaniu kropkami.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The brainstorm this dot vote is about no longer exists.</source>
            <translation>Burza mózgów, której dotyczy to głosowanie kropkami, już nie istnieje.</translation>
        </message>
        <message>
            <location line="+13" />
            <location filename="../../workshop_app/db/lookup.py" line="+3" />
            <source>That sticky note no longer exists.</source>
            <translation>Ta karteczka już nie istnieje.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That sticky note is not part of this dot vote.</source>
            <translation>Ta karteczka nie bierze udziału w tym głosowaniu kropkami.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/workbook_scope.py" line="+116" />
            <source>The first day of the date range comes after the last day; swap them and export again.</source>
            <translation>Pierwszy dzień zakresu dat przypada po ostatnim; zamień je miejscami i wyeksportuj ponownie.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/workshop_rules.py" line="+93" />
            <source>A workshop has no field called {field!r}.</source>
            <translation>Warsztat nie ma pola {field!r}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A workshop needs a title.</source>
            <translation>Warsztat musi mieć tytuł.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A workshop title can have at most {maximum} characters.</source>
            <translation>Tytuł warsztatu może mieć najwyżej {maximum} znaków.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A workshop's status is one of {statuses}.</source>
            <translation>Status warsztatu musi być jednym z: {statuses}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A workshop's start must be a date and time with its time zone.</source>
            <translation>Początek warsztatu musi być datą i godziną ze strefą czasową.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>An activity has no field called {field!r}.</source>
            <translation>Punkt programu nie ma pola {field!r}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>An activity is one of: {kinds}.</source>
            <translation>Punkt programu musi być jednego z rodzajów: {kinds}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>An activity's planned time is between 1 and {maximum} minutes.</source>
            <translation>Planowany czas punktu programu musi wynosić od 1 do {maximum} minut.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose a survey from the list.</source>
            <translation>Wybierz ankietę z listy.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>An activity's settings must be a set of named values.</source>
            <translation>Ustawienia punktu programu muszą być zbiorem nazwanych wartości.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Each person gets between 1 and {maximum} dots in a dot vote.</source>
            <translation>W głosowaniu kropkami każda osoba dostaje od 1 do {maximum} kropek.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/workshops.py" line="+220" />
            <source>Only a survey item on the agenda runs a survey.</source>
            <translation>Ankietę może prowadzić tylko punkt programu typu ankieta.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/backup.py" line="-3" />
            <source>A backup cannot overwrite the database it is a copy of; choose another file.</source>
            <translation>Kopia zapasowa nie może zastąpić bazy danych, której jest kopią; wybierz inny plik.</translation>
        </message>
        <message>
            <location line="+18" />
            <location filename="../../workshop_app/formats/exchange_package.py" line="+21" />
            <source>Cannot write {target}: {reason}.</source>
            <translation>Nie można zapisać {target}: {reason}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The backup to {target} failed: {problem}.</source>
            <translation>Nie udało się utworzyć kopii zapasowej w {target}: {problem}.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>That file is the database itself; choose a backup to restore from.</source>
            <translation>Ten plik to sama baza danych; wybierz kopię zapasową, z której chcesz przywrócić dane.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{source} is empty; it is not a Workshop App backup.</source>
            <translation>Plik {source} jest pusty; to nie jest kopia zapasowa Workshop App.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{source} was written by a newer version of Workshop App; update the app first.</source>
            <translation>Plik {source} został zapisany w nowszej wersji Workshop App; najpierw zaktualizuj aplikację.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{source} could not be restored: {problem}.</source>
            <translation>Nie udało się przywrócić {source}: {problem}.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{source} is damaged ({problem}); choose another backup.</source>
            <translation>Plik {source} jest uszkodzony ({problem}); wybierz inną kopię zapasową.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/database.py" line="+61" />
            <source>{path} could not be opened: {reason}.</source>
            <translation>Nie udało się otworzyć {path}: {reason}.</translation>
        </message>
        <message>
            <location line="+72" />
            <source>{path} was written by a newer version of Workshop App; update the app to open it.</source>
            <translation>Plik {path} został zapisany w nowszej wersji Workshop App; zaktualizuj aplikację, aby go otworzyć.</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>Upgrading the database would leave {n} broken link(s) (first in table {table}); nothing was changed.</source>
            <translation>
                <numerusform>Aktualizacja bazy danych pozostawiłaby {n} nieprawidłowe odwołanie (pierwsze w tabeli {table}); nic nie zostało zmienione.</numerusform>
                <numerusform>Aktualizacja bazy danych pozostawiłaby {n} nieprawidłowe odwołania (pierwsze w tabeli {table}); nic nie zostało zmienione.</numerusform>
                <numerusform>Aktualizacja bazy danych pozostawiłaby {n} nieprawidłowych odwołań (pierwsze w tabeli {table}); nic nie zostało zmienione.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/lock.py" line="+70" />
            <source>{database} is busy: another Workshop App window or command ({holder}) is using it. Close that one first, or open a different file.</source>
            <translation>Baza danych {database} jest zajęta: używa jej inne okno lub polecenie Workshop App ({holder}). Najpierw je zamknij albo otwórz inny plik.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{database} is busy: another Workshop App window or command is using it. Close that one first, or open a different file.</source>
            <translation>Baza danych {database} jest zajęta: używa jej inne okno lub polecenie Workshop App. Najpierw je zamknij albo otwórz inny plik.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/lookup.py" line="-11" />
            <source>That activity no longer exists.</source>
            <translation>Ten punkt programu już nie istnieje.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That choice no longer exists.</source>
            <translation>Ta opcja już nie istnieje.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That cluster no longer exists.</source>
            <translation>Ta grupa już nie istnieje.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That consent record no longer exists.</source>
            <translation>Ten zapis zgody już nie istnieje.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That map no longer exists.</source>
            <translation>Ta mapa już nie istnieje.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That participant no longer exists.</source>
            <translation>Ta osoba już nie istnieje.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That profile question no longer exists.</source>
            <translation>To pytanie metryczkowe już nie istnieje.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That relationship no longer exists.</source>
            <translation>Ta relacja już nie istnieje.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That snapshot no longer exists.</source>
            <translation>Ta migawka już nie istnieje.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>That target no longer exists.</source>
            <translation>Ten cel już nie istnieje.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>That {what} no longer exists.</source>
            <translation>Ten element ({what}) już nie istnieje.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/probe.py" line="+35" />
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} to folder, a nie plik bazy danych.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There is no database at {path}.</source>
            <translation>Nie ma bazy danych w lokalizacji {path}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot create {path}: the folder {folder} does not exist.</source>
            <translation>Nie można utworzyć {path}: folder {folder} nie istnieje.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot create {path}: the folder {folder} is read-only.</source>
            <translation>Nie można utworzyć {path}: folder {folder} jest tylko do odczytu.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{path} cannot be read ({reason}).</source>
            <translation>Nie można odczytać {path} ({reason}).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{path} is empty; it is not a Workshop App database.</source>
            <translation>Plik {path} jest pusty; to nie jest baza danych Workshop App.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is not a Workshop App database (it is not an SQLite file).</source>
            <translation>Plik {path} nie jest bazą danych Workshop App (to nie jest plik SQLite).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is damaged (the file is incomplete); restore it from a backup.</source>
            <translation>Plik {path} jest uszkodzony (jest niekompletny); przywróć go z kopii zapasowej.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is read-only; copy it to a folder where you can write, then open the copy.</source>
            <translation>Plik {path} jest tylko do odczytu; skopiuj go do folderu, w którym możesz zapisywać, i otwórz kopię.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{path} is an SQLite database, but not one made by Workshop App.</source>
            <translation>Plik {path} to baza danych SQLite, ale nie została utworzona przez Workshop App.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>{path} cannot be opened as a database.</source>
            <translation>Nie można otworzyć {path} jako bazy danych.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{path} is damaged (its schema version is missing); restore it from a backup.</source>
            <translation>Plik {path} jest uszkodzony (brak wersji schematu); przywróć go z kopii zapasowej.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{path} is damaged (the file is corrupt); restore it from a backup.</source>
            <translation>Plik {path} jest uszkodzony (ma uszkodzoną strukturę); przywróć go z kopii zapasowej.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/exchange_package.py" line="-65" />
            <location line="+176" />
            <location line="+33" />
            <location line="+3" />
            <location line="+37" />
            <source>{name} is not a Workshop App exchange package.</source>
            <translation>Plik {name} nie jest pakietem wymiany Workshop App.</translation>
        </message>
        <message>
            <location line="-246" />
            <source>{name} is damaged: its manifest has no format version.</source>
            <translation>Plik {name} jest uszkodzony: jego manifest nie zawiera wersji formatu.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+131" />
            <source>This package was made by a newer version of Workshop App ({app_version}); update the app to merge it.</source>
            <translation>Ten pakiet utworzono w nowszej wersji Workshop App ({app_version}); zaktualizuj aplikację, aby go scalić.</translation>
        </message>
        <message>
            <location line="-119" />
            <source>{name} is damaged: its manifest is incomplete.</source>
            <translation>Plik {name} jest uszkodzony: jego manifest jest niekompletny.</translation>
        </message>
        <message>
            <location line="+140" />
            <source>{name} is a folder, not an exchange package.</source>
            <translation>{name} to folder, a nie pakiet wymiany.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>There is no file {path}.</source>
            <translation>Nie ma pliku {path}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} cannot be read ({reason}).</source>
            <translation>Nie można odczytać {name} ({reason}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is empty; it is not a Workshop App exchange package.</source>
            <translation>Plik {name} jest pusty; to nie jest pakiet wymiany Workshop App.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is a database file, not an exchange package; to bring back a backup, use Restore instead.</source>
            <translation>Plik {name} to baza danych, a nie pakiet wymiany; aby wrócić do kopii zapasowej, użyj polecenia Przywróć.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+6" />
            <source>{name} is incomplete or damaged (perhaps it was cut short while copying); make the package again.</source>
            <translation>Plik {name} jest niekompletny lub uszkodzony (być może kopiowanie zostało przerwane); utwórz pakiet ponownie.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{name} contains a file with an unsafe name ({member!r}); it was not opened.</source>
            <translation>Plik {name} zawiera element o niebezpiecznej nazwie ({member!r}); nie został otwarty.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} contains the same part twice; it was not opened.</source>
            <translation>Plik {name} zawiera dwa razy tę samą część; nie został otwarty.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} contains an unexpected file ({member!r}); it is not a Workshop App exchange package.</source>
            <translation>Plik {name} zawiera nieoczekiwany element ({member!r}); to nie jest pakiet wymiany Workshop App.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{name} is incomplete: part of its content is missing.</source>
            <translation>Plik {name} jest niekompletny: brakuje części zawartości.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{name} is encrypted; Workshop App packages never are.</source>
            <translation>Plik {name} jest zaszyfrowany; pakiety Workshop App nigdy nie są szyfrowane.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} unpacks to far more than its size (it looks like a zip bomb); it was not opened.</source>
            <translation>Plik {name} po rozpakowaniu zajmuje o wiele więcej niż sam plik (wygląda na bombę ZIP); nie został otwarty.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} would unpack to more than {maximum} GB; it was not opened.</source>
            <translation>Plik {name} po rozpakowaniu zająłby ponad {maximum} GB; nie został otwarty.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+5" />
            <source>{name} is not a Workshop App exchange package (its manifest is far too large).</source>
            <translation>Plik {name} nie jest pakietem wymiany Workshop App (jego manifest jest zdecydowanie za duży).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name} is damaged: its manifest cannot be read.</source>
            <translation>Plik {name} jest uszkodzony: nie można odczytać jego manifestu.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+10" />
            <location line="+12" />
            <source>{name} is damaged: its content does not match its checksums; make the package again.</source>
            <translation>Plik {name} jest uszkodzony: jego zawartość nie zgadza się z sumami kontrolnymi; utwórz pakiet ponownie.</translation>
        </message>
        <message>
            <location line="-5" />
            <source>{name} unpacks to more than it declares; it was not opened.</source>
            <translation>Plik {name} po rozpakowaniu zajmuje więcej, niż deklaruje; nie został otwarty.</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+6" />
            <source>{name} does not hold Workshop App data.</source>
            <translation>Plik {name} nie zawiera danych Workshop App.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <source>{name} is damaged: its data cannot be read.</source>
            <translation>Plik {name} jest uszkodzony: nie można odczytać jego danych.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{name} was made by an older version of Workshop App and could not be brought up to date; nothing was merged.</source>
            <translation>Plik {name} został utworzony w starszej wersji Workshop App i nie udało się go zaktualizować; niczego nie scalono.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/stakeholder_exchange.py" line="-308" />
            <source>A stakeholder list is written as an .xlsx file; {file} has another extension.</source>
            <translation>Listę interesariuszy zapisuje się jako plik .xlsx; {file} ma inne rozszerzenie.</translation>
        </message>
        <message>
            <location line="+24" />
            <location filename="../../workshop_app/formats/xlsform/writer.py" line="+161" />
            <source>{path} cannot be written: the folder {folder} does not exist.</source>
            <translation>Nie można zapisać {path}: folder {folder} nie istnieje.</translation>
        </message>
        <message>
            <location line="+31" />
            <location filename="../../workshop_app/formats/xlsform/writer.py" line="+28" />
            <source>{path} could not be written: {reason}.</source>
            <translation>Nie udało się zapisać {path}: {reason}.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{file} is not a readable Excel workbook.</source>
            <translation>Plik {file} nie jest czytelnym skoroszytem Excela.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{file} could not be read; the workbook seems damaged ({error}).</source>
            <translation>Nie udało się odczytać {file}; skoroszyt wydaje się uszkodzony ({error}).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{path} does not exist or is not a file.</source>
            <translation>{path} nie istnieje lub nie jest plikiem.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is not an Excel workbook; save the list as .xlsx and import that.</source>
            <translation>Plik {file} nie jest skoroszytem Excela; zapisz listę jako .xlsx i zaimportuj ten plik.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} is empty.</source>
            <translation>Plik {file} jest pusty.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is {size:.0f} MB; a stakeholder list can be at most {maximum} MB.</source>
            <translation>Plik {file} ma {size:.0f} MB; lista interesariuszy może mieć najwyżej {maximum} MB.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{file} unpacks to more than {maximum} MB, too much for a stakeholder list.</source>
            <translation>Plik {file} po rozpakowaniu zajmuje ponad {maximum} MB — to za dużo jak na listę interesariuszy.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} cannot be opened: this user may not read it.</source>
            <translation>Nie można otworzyć {file}: ten użytkownik nie ma uprawnień do jego odczytu.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} is not a readable Excel workbook, although its name says so.</source>
            <translation>Plik {file} nie jest czytelnym skoroszytem Excela, choć wskazuje na to jego nazwa.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{file_name} has no sheet of stakeholders; name it 'Elements' with a 'Label' column.</source>
            <translation>Plik {file_name} nie ma arkusza z interesariuszami; nazwij arkusz „Elements” i dodaj w nim kolumnę „Label”.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The sheet {title!r} of {file_name} lists no stakeholders.</source>
            <translation>Arkusz {title!r} w pliku {file_name} nie zawiera żadnych interesariuszy.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The sheet {title!r} of {file_name} has more than {limit:,} stakeholders; Workshop App imports up to {limit:,}.</source>
            <translation>Arkusz {title!r} w pliku {file_name} zawiera ponad {limit:,} interesariuszy; Workshop App importuje najwyżej {limit:,}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sheet {title!r} of {file_name} has more than {limit:,} connections; Workshop App imports up to {limit:,}.</source>
            <translation>Arkusz {title!r} w pliku {file_name} zawiera ponad {limit:,} powiązań; Workshop App importuje najwyżej {limit:,}.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The sheet {title!r} of {file_name} has no {column!r} column in its first rows; put them in the header row.</source>
            <translation>W pierwszych wierszach arkusza {title!r} w pliku {file_name} nie ma kolumny {column!r}; dodaj je w wierszu nagłówków.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sheet {title!r} of {file_name} has no {first!r} and {second!r} columns in its first rows; put them in the header row.</source>
            <translation>W pierwszych wierszach arkusza {title!r} w pliku {file_name} nie ma kolumn {first!r} i {second!r}; dodaj je w wierszu nagłówków.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/ulg_workbook.py" line="+330" />
            <source>The workbook must be saved as an .xlsx file; “{file}” has another extension.</source>
            <translation>Skoroszyt trzeba zapisać jako plik .xlsx; „{file}” ma inne rozszerzenie.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The folder {folder} does not exist; choose another place for the workbook.</source>
            <translation>Folder {folder} nie istnieje; wybierz inne miejsce na skoroszyt.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is a folder; give the workbook a file name ending in .xlsx.</source>
            <translation>{path} to folder; nadaj skoroszytowi nazwę pliku z rozszerzeniem .xlsx.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{file}” is open in another program; close it there and export again (if it is not open, delete the lock file “{lock}” in the same folder).</source>
            <translation>Plik „{file}” jest otwarty w innym programie; zamknij go tam i wyeksportuj ponownie (jeśli nie jest otwarty, usuń plik blokady „{lock}” z tego samego folderu).</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+23" />
            <source>You may not save files in {folder}; choose another folder.</source>
            <translation>Nie masz uprawnień do zapisywania plików w folderze {folder}; wybierz inny folder.</translation>
        </message>
        <message>
            <location line="-20" />
            <source>“{file}” is read-only; choose another name or folder.</source>
            <translation>Plik „{file}” jest tylko do odczytu; wybierz inną nazwę lub inny folder.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>There is not enough space on the disk for “{file}”; free some space or choose another place. Nothing was written.</source>
            <translation>Na dysku brakuje miejsca na plik „{file}”; zwolnij trochę miejsca lub wybierz inną lokalizację. Nic nie zostało zapisane.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{file}” is open in another program or read-only; close it there and export again. Nothing was changed.</source>
            <translation>Plik „{file}” jest otwarty w innym programie lub jest tylko do odczytu; zamknij go tam i wyeksportuj ponownie. Nic nie zostało zmienione.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{file}” could not be written: {reason}. Nothing was changed.</source>
            <translation>Nie udało się zapisać pliku „{file}”: {reason}. Nic nie zostało zmienione.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/guard.py" line="+35" />
            <source>{path} does not exist.</source>
            <translation>{path} nie istnieje.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{path} is not a file.</source>
            <translation>{path} nie jest plikiem.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is empty.</source>
            <translation>Plik {name} jest pusty.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} is {size:.0f} MB; a form file can be at most {maximum} MB.</source>
            <translation>Plik {name} ma {size:.0f} MB; plik formularza może mieć najwyżej {maximum} MB.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} is not an XLSForm: Workshop App reads forms saved as .xlsx, .xls, .csv or .md.</source>
            <translation>Plik {name} nie jest formularzem XLSForm: Workshop App odczytuje formularze zapisane jako .xlsx, .xls, .csv lub .md.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{file} is not a text file, although its name says so.</source>
            <translation>Plik {file} nie jest plikiem tekstowym, choć wskazuje na to jego nazwa.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{file} has more than {maximum:,} lines, too many for a form.</source>
            <translation>Plik {file} ma za dużo wierszy jak na formularz (limit: {maximum:,}).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{name} unpacks to more than {maximum} MB, too much for a form.</source>
            <translation>Plik {name} po rozpakowaniu zajmuje ponad {maximum} MB — to za dużo jak na formularz.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} is not an Excel workbook, although its name says so.</source>
            <translation>Plik {name} nie jest skoroszytem Excela, choć wskazuje na to jego nazwa.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The '{sheet}' sheet of {name} has more than {limit:,} rows; Workshop App imports forms of up to {limit:,} rows there.</source>
            <translation>Arkusz „{sheet}” w pliku {name} ma ponad {limit:,} wierszy; Workshop App importuje formularze, które mają w tym arkuszu najwyżej {limit:,} wierszy.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{name} is not a readable Excel workbook ({reason}).</source>
            <translation>Plik {name} nie jest czytelnym skoroszytem Excela ({reason}).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The workbook's table of sheets is implausibly large.</source>
            <translation>Spis arkuszy w skoroszycie jest podejrzanie duży.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>A row of the workbook is implausibly large.</source>
            <translation>Jeden z wierszy skoroszytu jest podejrzanie duży.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/messages.py" line="+20" />
            <source>the '{sheet}' sheet, row {row}, column '{column}'</source>
            <translation>arkusz „{sheet}”, wiersz {row}, kolumna „{column}”</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the '{sheet}' sheet, row {row}</source>
            <translation>arkusz „{sheet}”, wiersz {row}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the '{sheet}' sheet</source>
            <translation>arkusz „{sheet}”</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{file} is not an XLSForm: it has no sheet named 'survey'. {hint}</source>
            <translation>Plik {file} nie jest formularzem XLSForm: nie ma arkusza o nazwie „survey”. {hint}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is not an XLSForm: it has no sheet named 'survey'.</source>
            <translation>Plik {file} nie jest formularzem XLSForm: nie ma arkusza o nazwie „survey”.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{file} is not a valid XLSForm ({where}): {problem}.</source>
            <translation>Plik {file} nie jest prawidłowym formularzem XLSForm ({where}): {problem}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is not a valid XLSForm: {problem}.</source>
            <translation>Plik {file} nie jest prawidłowym formularzem XLSForm: {problem}.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{file} cannot be imported ({where}): {problem}</source>
            <translation>Nie można zaimportować {file} ({where}): {problem}</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/reader.py" line="-221" />
            <location line="+33" />
            <source>{file} nests groups too deeply to be read.</source>
            <translation>Plik {file} ma zbyt głęboko zagnieżdżone grupy, by można go było odczytać.</translation>
        </message>
        <message>
            <location line="-26" />
            <source>{file} could not be read as an XLSForm ({error}: no details).</source>
            <translation>Nie udało się odczytać {file} jako formularza XLSForm ({error}: brak szczegółów).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} could not be read as an XLSForm ({error}: {details}).</source>
            <translation>Nie udało się odczytać {file} jako formularza XLSForm ({error}: {details}).</translation>
        </message>
        <message>
            <location line="+28" />
            <source>{file} could not be turned into a form ({error}: no details).</source>
            <translation>Nie udało się przekształcić {file} w formularz ({error}: brak szczegółów).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} could not be turned into a form ({error}: {details}).</source>
            <translation>Nie udało się przekształcić {file} w formularz ({error}: {details}).</translation>
        </message>
        <message>
            <location line="+168" />
            <source>{file} is not a valid XLSForm ({where}): '{name}' has the type '{pyxform_type}', which XLSForm does not know.</source>
            <translation>Plik {file} nie jest prawidłowym formularzem XLSForm ({where}): „{name}” ma typ „{pyxform_type}”, którego XLSForm nie zna.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/writer.py" line="-161" />
            <source>An XLSForm is written as an .xlsx file; {file} has another extension.</source>
            <translation>Formularz XLSForm zapisuje się jako plik .xlsx; {file} ma inne rozszerzenie.</translation>
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