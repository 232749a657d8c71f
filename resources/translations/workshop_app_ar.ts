<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>AcknowledgeWidget</name>
        <message>
            <location filename="../../workshop_app/ui/question_widgets.py" line="+223" />
            <source>OK</source>
            <translation>موافق</translation>
        </message>
    </context>
    <context>
        <name>AddLanguageDialog</name>
        <message>
            <location filename="../../workshop_app/ui/survey_languages.py" line="+44" />
            <source>Add language</source>
            <translation>إضافة لغة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Which language should the survey also be in? Pick one or type its name and code, for example “Tetum (tet)”.</source>
            <translation>بأي لغة أخرى تريد أن يتوفر الاستبيان؟ اختر لغة أو اكتب اسمها ورمزها، مثل «التيتوم (tet)».</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Type a name with a short code in brackets, such as “Tetum (tet)”.</source>
            <translation>اكتب الاسم متبوعًا برمز قصير بين قوسين، مثل «التيتوم (tet)».</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The survey is already in that language.</source>
            <translation>الاستبيان متوفر بهذه اللغة بالفعل.</translation>
        </message>
    </context>
    <context>
        <name>AgendaView</name>
        <message>
            <location filename="../../workshop_app/ui/agenda_view.py" line="+97" />
            <source>No activities yet. Use “Add activity” to plan a brainstorm, a dot vote or a survey.</source>
            <translation>لا توجد أنشطة بعد. استخدم «إضافة نشاط» لتخطيط عصف ذهني أو تصويت بالنقاط أو استبيان.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Agenda</source>
            <translation>جدول الأعمال</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The activities of the workshop, in order. Double-click to edit.</source>
            <translation>أنشطة الورشة بالترتيب. انقر نقرًا مزدوجًا للتحرير.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A&amp;genda</source>
            <translation>&amp;جدول الأعمال</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Total time of the agenda</source>
            <translation>إجمالي وقت جدول الأعمال</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Add activity</source>
            <translation>&amp;إضافة نشاط</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add activity</source>
            <translation>إضافة نشاط</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Remove</source>
            <translation>إ&amp;زالة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remove activity</source>
            <translation>إزالة النشاط</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move activity up</source>
            <translation>نقل النشاط لأعلى</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move activity down</source>
            <translation>نقل النشاط لأسفل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected activity (Delete)</source>
            <translation>إزالة النشاط المحدد (Delete)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the selected activity earlier (Alt+Up)</source>
            <translation>نقل النشاط المحدد إلى وقت أبكر (Alt+Up)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the selected activity later (Alt+Down)</source>
            <translation>نقل النشاط المحدد إلى وقت لاحق (Alt+Down)</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Total: {duration} (ends about {time})</source>
            <translation>الإجمالي: {duration} (ينتهي نحو {time})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Total: {duration}</source>
            <translation>الإجمالي: {duration}</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Add {activity}</source>
            <translation>إضافة {activity}</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Change activity title</source>
            <translation>تغيير عنوان النشاط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change activity time</source>
            <translation>تغيير وقت النشاط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change dots per person</source>
            <translation>تغيير عدد النقاط لكل شخص</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the survey</source>
            <translation>اختيار الاستبيان</translation>
        </message>
        <message>
            <location line="+27" />
            <source>{title} (version {version})</source>
            <translation>{title} (الإصدار {version})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No survey chosen yet</source>
            <translation>لم يُختر أي استبيان بعد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New from template: {title}</source>
            <translation>جديد من قالب: {title}</translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <location filename="../../workshop_app/ui/board_view.py" line="+42" />
            <location line="+8" />
            <source>Brainstorm board</source>
            <translation>لوحة العصف الذهني</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Drag notes between clusters; right-click a note for its menu; F2 edits the selected note, Delete removes it.</source>
            <translation>اسحب الملاحظات بين المجموعات؛ انقر بزر الماوس الأيمن على ملاحظة لفتح قائمتها؛ المفتاح F2 يحرّر الملاحظة المحددة، والمفتاح Delete يحذفها.</translation>
        </message>
    </context>
    <context>
        <name>BrainstormPanel</name>
        <message>
            <location filename="../../workshop_app/ui/brainstorm_panel.py" line="+48" />
            <source>Yellow</source>
            <translation>أصفر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pink</source>
            <translation>وردي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Blue</source>
            <translation>أزرق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Green</source>
            <translation>أخضر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orange</source>
            <translation>برتقالي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purple</source>
            <translation>بنفسجي</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Type an idea from the room and press Enter</source>
            <translation>اكتب فكرة من القاعة واضغط Enter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New sticky note</source>
            <translation>ملاحظة لاصقة جديدة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Put new notes into</source>
            <translation>وضع الملاحظات الجديدة في</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where new notes go</source>
            <translation>وجهة الملاحظات الجديدة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add note</source>
            <translation>إضافة ملاحظة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the typed note</source>
            <translation>إضافة الملاحظة المكتوبة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add &amp;cluster…</source>
            <translation>إضافة &amp;مجموعة…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a cluster</source>
            <translation>إضافة مجموعة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A new titled column to group notes in</source>
            <translation>عمود جديد له عنوان لتجميع الملاحظات فيه</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Drag notes into clusters (Ctrl+click picks several) · double-click or F2 edits · right-click to colour, move or delete · Ctrl+Z undoes</source>
            <translation>اسحب الملاحظات إلى المجموعات (Ctrl+نقرة لاختيار عدة ملاحظات) · انقر نقرًا مزدوجًا أو اضغط F2 للتحرير · انقر بزر الماوس الأيمن للتلوين أو النقل أو الحذف · Ctrl+Z للتراجع</translation>
        </message>
        <message>
            <location line="+5" />
            <source>into</source>
            <translation>في</translation>
        </message>
        <message>
            <location line="+48" />
            <location line="+115" />
            <source>New ideas</source>
            <translation>أفكار جديدة</translation>
        </message>
        <message>
            <location line="-113" />
            <location line="+115" />
            <source>Unnamed group</source>
            <translation>مجموعة بلا اسم</translation>
        </message>
        <message>
            <location line="-91" />
            <source>Edit note</source>
            <translation>تحرير الملاحظة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Text of the note:</source>
            <translation>نص الملاحظة:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Colour notes</source>
            <translation>تلوين الملاحظات</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Add cluster</source>
            <translation>إضافة مجموعة</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+13" />
            <source>Name of the cluster:</source>
            <translation>اسم المجموعة:</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Cluster {number}</source>
            <translation>المجموعة {number}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Rename cluster</source>
            <translation>إعادة تسمية المجموعة</translation>
        </message>
        <message>
            <location line="+21" />
            <source>&amp;Edit text…</source>
            <translation>&amp;تحرير النص…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Colour</source>
            <translation>ال&amp;لون</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Move to</source>
            <translation>&amp;نقل إلى</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Delete</source>
            <translation>&amp;حذف</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Rename…</source>
            <translation>&amp;إعادة تسمية…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;left</source>
            <translation>نقل إلى الي&amp;سار</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Move &amp;right</source>
            <translation>نقل إلى الي&amp;مين</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Delete cluster (keep its notes)</source>
            <translation>&amp;حذف المجموعة (مع الإبقاء على ملاحظاتها)</translation>
        </message>
    </context>
    <context>
        <name>CheckinForm</name>
        <message>
            <location filename="../../workshop_app/ui/checkin_form.py" line="+49" />
            <source>Register someone new</source>
            <translation>تسجيل شخص جديد</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Everything is optional except the consent. Press Enter to register.</source>
            <translation>كل الحقول اختيارية باستثناء الموافقة. اضغط Enter للتسجيل.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name (optional, personal data)</source>
            <translation>الاسم (اختياري، بيانات شخصية)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name — optional</source>
            <translation>الاسم — اختياري</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or e-mail (optional, personal data)</source>
            <translation>الهاتف أو البريد الإلكتروني (اختياري، بيانات شخصية)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or e-mail — optional</source>
            <translation>الهاتف أو البريد الإلكتروني — اختياري</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Takes part (needed to answer surveys)</source>
            <translation>&amp;المشاركة (مطلوبة للإجابة عن الاستبيانات)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May be &amp;contacted again</source>
            <translation>&amp;يمكن التواصل مجددًا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agrees to appear in &amp;photos</source>
            <translation>&amp;قبول الظهور في الصور</translation>
        </message>
        <message>
            <location line="+12" />
            <source>About them (optional profile questions)</source>
            <translation>نبذة عن الشخص (أسئلة الملف التعريفي الاختيارية)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the optional profile questions</source>
            <translation>إظهار أسئلة الملف التعريفي الاختيارية</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Register  ⏎</source>
            <translation>تسجيل  ⏎</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Register</source>
            <translation>تسجيل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Register and check in (Enter)</source>
            <translation>تسجيل الشخص وتسجيل حضوره (Enter)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Name</source>
            <translation>الا&amp;سم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or &amp;e-mail</source>
            <translation>ال&amp;هاتف أو البريد الإلكتروني</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Consent:</source>
            <translation>الموافقة:</translation>
        </message>
    </context>
    <context>
        <name>CheckinListDialog</name>
        <message>
            <location filename="../../workshop_app/ui/run_checkin.py" line="+48" />
            <source>Checked in</source>
            <translation>الحاضرون</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Checked in: {count}</source>
            <translation>الحاضرون: {count}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>People checked in</source>
            <translation>الأشخاص الذين سُجِّل حضورهم</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{code} — {time}</source>
            <translation>{code} — {time}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Register people and record their consent in Participants › Check-in.</source>
            <translation>سجِّل الأشخاص ووثِّق موافقتهم من المشاركون › تسجيل الحضور.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
    </context>
    <context>
        <name>CheckinView</name>
        <message>
            <location filename="../../workshop_app/ui/checkin_view.py" line="+63" />
            <source>Workshop people are checked in to</source>
            <translation>الورشة التي يُسجَّل الحضور فيها</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Change who is recording</source>
            <translation>تغيير مَن يتولى التسجيل</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Check in someone already registered</source>
            <translation>تسجيل حضور شخص مسجَّل مسبقًا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Already registered? Type their code (or just the number) and press Enter</source>
            <translation>مسجَّل مسبقًا؟ اكتب الرمز (أو الرقم فقط) واضغط Enter</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Checked-in participants</source>
            <translation>المشاركون الحاضرون</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Remove check-in</source>
            <translation>إلغاء تسجيل الحضور</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected check-in</source>
            <translation>إلغاء تسجيل الحضور المحدد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checked in by mistake? Take it back (you can undo this)</source>
            <translation>سُجِّل الحضور عن طريق الخطأ؟ ألغِه (يمكنك التراجع عن ذلك)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Checking in to</source>
            <translation>تسجيل الحضور في</translation>
        </message>
        <message>
            <location line="+49" />
            <source>{title} — {when} ({status})</source>
            <translation>{title} — {when} ({status})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no date</source>
            <translation>بلا تاريخ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No workshop — register only</source>
            <translation>بلا ورشة — تسجيل فقط</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Recording as {name}</source>
            <translation>التسجيل باسم {name}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who is recording? Set it</source>
            <translation>مَن يتولى التسجيل؟ حدِّده</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consent is recorded in this name; click to change it</source>
            <translation>تُسجَّل الموافقة بهذا الاسم؛ انقر لتغييره</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Matching participants</source>
            <translation>المشاركون المطابقون</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Checked in: %n</source>
            <translation>
                <numerusform>الحاضرون: %n</numerusform>
                <numerusform>الحاضرون: %n</numerusform>
                <numerusform>الحاضرون: %n</numerusform>
                <numerusform>الحاضرون: %n</numerusform>
                <numerusform>الحاضرون: %n</numerusform>
                <numerusform>الحاضرون: %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a workshop to see who is checked in</source>
            <translation>اختر ورشة لرؤية الحاضرين</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No workshops yet: people are registered without a check-in</source>
            <translation>لا توجد ورش بعد: يُسجَّل الأشخاص دون تسجيل حضور</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No one yet. Register the first person above.</source>
            <translation>لا أحد بعد. سجِّل أول شخص في الأعلى.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No one matches. Register them above as someone new.</source>
            <translation>لا يوجد تطابق. سجِّل الشخص في الأعلى بوصفه شخصًا جديدًا.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Consent must say who recorded it: enter your name to register.</source>
            <translation>يجب أن توضّح الموافقة مَن سجّلها: أدخل اسمك لتتمكن من التسجيل.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Choose the workshop to check people in to.</source>
            <translation>اختر الورشة التي تريد تسجيل الحضور فيها.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No single participant has the code “{text}”. Type the whole code, or double-click them in the list.</source>
            <translation>لا يوجد مشارك واحد بالرمز «{text}». اكتب الرمز كاملًا، أو انقر نقرًا مزدوجًا على الشخص في القائمة.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>{code} is not checked in to this workshop.</source>
            <translation>لم يُسجَّل حضور {code} في هذه الورشة.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>— write this on the name badge.</source>
            <translation>— اكتب هذا على بطاقة الاسم.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>— checked in. Welcome back!</source>
            <translation>— سُجِّل الحضور. أهلًا بعودتك!</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <location filename="../../workshop_app/ui/question_choices.py" line="+125" />
            <source>Choice list</source>
            <translation>قائمة الخيارات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions can share a list of choices</source>
            <translation>يمكن لعدة أسئلة أن تتشارك قائمة خيارات واحدة</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New list</source>
            <translation>قائمة جديدة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New choice list for this question</source>
            <translation>قائمة خيارات جديدة لهذا السؤال</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choices</source>
            <translation>الخيارات</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+1" />
            <location line="+122" />
            <source>Add choice</source>
            <translation>إضافة خيار</translation>
        </message>
        <message>
            <location line="-120" />
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+132" />
            <source>Remove choice</source>
            <translation>إزالة الخيار</translation>
        </message>
        <message>
            <location line="-128" />
            <source>Move choice up</source>
            <translation>نقل الخيار لأعلى</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move choice down</source>
            <translation>نقل الخيار لأسفل</translation>
        </message>
        <message>
            <location line="+46" />
            <source>{list} ({example}, …)</source>
            <translation>{list} ({example}، …)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>One other question uses this list too; changes apply to both.</source>
            <translation>يستخدم سؤال آخر هذه القائمة أيضًا؛ تسري التغييرات على السؤالين كليهما.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n other questions use this list too; changes apply to all.</source>
            <translation>
                <numerusform>يستخدم هذه القائمة أيضًا %n سؤال آخر؛ تسري التغييرات عليها كلها.</numerusform>
                <numerusform>يستخدم هذه القائمة أيضًا %n سؤال آخر؛ تسري التغييرات عليها كلها.</numerusform>
                <numerusform>يستخدم هذه القائمة أيضًا %n سؤالان آخران؛ تسري التغييرات عليها كلها.</numerusform>
                <numerusform>تستخدم هذه القائمة أيضًا %n أسئلة أخرى؛ تسري التغييرات عليها كلها.</numerusform>
                <numerusform>يستخدم هذه القائمة أيضًا %n سؤالًا آخر؛ تسري التغييرات عليها كلها.</numerusform>
                <numerusform>يستخدم هذه القائمة أيضًا %n سؤال آخر؛ تسري التغييرات عليها كلها.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+11" />
            <source>Change choice list</source>
            <translation>تغيير قائمة الخيارات</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Option 1</source>
            <translation>الخيار 1</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>New choice list</source>
            <translation>قائمة خيارات جديدة</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Option {number}</source>
            <translation>الخيار {number}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Move choice</source>
            <translation>نقل الخيار</translation>
        </message>
    </context>
    <context>
        <name>ChoiceTableModel</name>
        <message>
            <location filename="../../workshop_app/ui/profile_editor_model.py" line="+113" />
            <location filename="../../workshop_app/ui/question_choices.py" line="-228" />
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <location line="+24" />
            <source>(missing)</source>
            <translation>(مفقود)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Every question keeps “Prefer not to say”; it can be renamed, not deleted.</source>
            <translation>يحتفظ كل سؤال بخيار «أفضّل عدم الإجابة»؛ يمكن إعادة تسميته، لكن لا يمكن حذفه.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/question_choices.py" line="+43" />
            <source>Edit choice</source>
            <translation>تحرير الخيار</translation>
        </message>
    </context>
    <context>
        <name>ComingPage</name>
        <message>
            <location filename="../../workshop_app/ui/coming_view.py" line="+36" />
            <source>Coming in a later version.</source>
            <translation>سيتوفر في إصدار لاحق.</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../../workshop_app/ui/map_snapshots.py" line="+94" />
            <source>Compare snapshots</source>
            <translation>مقارنة اللقطات</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Compare from</source>
            <translation>المقارنة من</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compare with</source>
            <translation>المقارنة مع</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Now (the map as it is)</source>
            <translation>الآن (الخريطة بوضعها الحالي)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;From</source>
            <translation>&amp;من</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;To</source>
            <translation>&amp;إلى</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compare</source>
            <translation>مقارنة</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Arrows will show who moved, from where they stood to where they stand.</source>
            <translation>ستُظهر الأسهم الجهات التي تحرّكت، من موضعها السابق إلى موضعها الحالي.</translation>
        </message>
    </context>
    <context>
        <name>ComparisonBar</name>
        <message>
            <location line="+27" />
            <source>Who moved</source>
            <translation>مَن تحرّك</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Close comparison</source>
            <translation>إغلاق المقارنة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close the comparison</source>
            <translation>إغلاق المقارنة</translation>
        </message>
        <message>
            <location line="+17" />
            <source>1 stakeholder moved</source>
            <translation>تحرّكت جهة معنية واحدة</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n stakeholders moved</source>
            <translation>
                <numerusform>تحرّكت %n جهة معنية</numerusform>
                <numerusform>تحرّكت %n جهة معنية</numerusform>
                <numerusform>تحرّكت %n جهتان معنيتان</numerusform>
                <numerusform>تحرّكت %n جهات معنية</numerusform>
                <numerusform>تحرّكت %n جهةً معنية</numerusform>
                <numerusform>تحرّكت %n جهة معنية</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} since “{before}”.</source>
            <translation>{count} منذ «{before}».</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} between “{before}” and “{after}”.</source>
            <translation>{count} بين «{before}» و«{after}».</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n added</source>
            <translation>
                <numerusform>أُضيفت %n جهة</numerusform>
                <numerusform>أُضيفت %n جهة</numerusform>
                <numerusform>أُضيفت %n جهتان</numerusform>
                <numerusform>أُضيفت %n جهات</numerusform>
                <numerusform>أُضيفت %n جهةً</numerusform>
                <numerusform>أُضيفت %n جهة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n removed</source>
            <translation>
                <numerusform>أُزيلت %n جهة</numerusform>
                <numerusform>أُزيلت %n جهة</numerusform>
                <numerusform>أُزيلت %n جهتان</numerusform>
                <numerusform>أُزيلت %n جهات</numerusform>
                <numerusform>أُزيلت %n جهةً</numerusform>
                <numerusform>أُزيلت %n جهة</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Also: {changes}.</source>
            <translation>وأيضًا: {changes}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{name} was added.</source>
            <translation>تمت إضافة {name}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} was removed.</source>
            <translation>تمت إزالة {name}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}: from {x0:.1f}, {y0:.1f} to {x1:.1f}, {y1:.1f}</source>
            <translation>{name}: من ({x0:.1f}، {y0:.1f}) إلى ({x1:.1f}، {y1:.1f})</translation>
        </message>
    </context>
    <context>
        <name>ConsentPanel</name>
        <message>
            <location filename="../../workshop_app/ui/consent_panel.py" line="+80" />
            <location line="+3" />
            <location line="+37" />
            <source>Record consent</source>
            <translation>تسجيل الموافقة</translation>
        </message>
        <message>
            <location line="-36" />
            <location line="+37" />
            <source>{purpose}: record consent</source>
            <translation>{purpose}: تسجيل الموافقة</translation>
        </message>
        <message>
            <location line="-23" />
            <source>Consent history</source>
            <translation>سجل الموافقات</translation>
        </message>
        <message>
            <location line="-15" />
            <location line="+34" />
            <source>Withdraw</source>
            <translation>سحب</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{purpose}: withdraw consent</source>
            <translation>{purpose}: سحب الموافقة</translation>
        </message>
        <message>
            <location line="+6" />
            <source>History (newest first):</source>
            <translation>السجل (الأحدث أولًا):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No consent recorded yet.</source>
            <translation>لم تُسجَّل أي موافقة بعد.</translation>
        </message>
    </context>
    <context>
        <name>DataEntryWindow</name>
        <message>
            <location filename="../../workshop_app/ui/data_entry_window.py" line="+59" />
            <source>That agenda item belongs to another workshop.</source>
            <translation>ينتمي بند جدول الأعمال هذا إلى ورشة أخرى.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Paper questionnaires — {title}</source>
            <translation>الاستبيانات الورقية — {title}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Only a survey or a feedback round is typed in from paper.</source>
            <translation>لا يُدخَل من الورق إلا استبيان أو جولة آراء.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose which survey this agenda item runs first.</source>
            <translation>اختر أولًا الاستبيان الذي يشغّله بند جدول الأعمال هذا.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Paper questionnaires: {title}</source>
            <translation>الاستبيانات الورقية: {title}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Code on the paper, e.g. 42</source>
            <translation>الرمز المكتوب على الورقة، مثل 42</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code on the paper, or empty if anonymous</source>
            <translation>الرمز المكتوب على الورقة، أو اتركه فارغًا إن كانت مجهولة الهوية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant code on the paper</source>
            <translation>رمز المشارك المكتوب على الورقة</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Language of the paper</source>
            <translation>لغة الاستبيان الورقي</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Resume a paper…</source>
            <translation>استئناف استبيان ورقي…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Participant code:</source>
            <translation>رمز المشارك:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language of the paper:</source>
            <translation>لغة الاستبيان الورقي:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Questions of the paper questionnaire</source>
            <translation>أسئلة الاستبيان الورقي</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Finish and next questionnaire (Ctrl+Enter)</source>
            <translation>الإنهاء والانتقال إلى الاستبيان التالي (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+82" />
            <location line="+110" />
            <source>anonymous</source>
            <translation>مجهول الهوية</translation>
        </message>
        <message>
            <location line="-59" />
            <source>Correct the fields marked in red first.</source>
            <translation>صحِّح الحقول المعلَّمة بالأحمر أولًا.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the answers of a paper first.</source>
            <translation>اكتب إجابات استبيان ورقي أولًا.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Saved. Type the next paper.</source>
            <translation>تم الحفظ. اكتب الاستبيان الورقي التالي.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>That is not an unfinished response of this survey.</source>
            <translation>هذه ليست استجابة غير مكتملة لهذا الاستبيان.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>No paper is waiting</source>
            <translation>لا يوجد استبيان ورقي قيد الانتظار</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{who} — {count} answers ({mode})</source>
            <translation>{who} — الإجابات: {count} ({mode})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kiosk</source>
            <translation>كشك</translation>
        </message>
        <message>
            <location line="+0" />
            <source>paper</source>
            <translation>ورقي</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Paper questionnaires entered: {count}</source>
            <translation>الاستبيانات الورقية المُدخَلة: {count}</translation>
        </message>
    </context>
    <context>
        <name>DatabaseActions</name>
        <message>
            <location filename="../../workshop_app/ui/database_actions.py" line="+31" />
            <source>New &amp;database…</source>
            <translation>&amp;قاعدة بيانات جديدة…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start an empty database in a file of your choice</source>
            <translation>إنشاء قاعدة بيانات فارغة في ملف تختاره</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Open database…</source>
            <translation>&amp;فتح قاعدة بيانات…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Work on another database file</source>
            <translation>العمل على ملف قاعدة بيانات آخر</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Backup…</source>
            <translation>&amp;نسخ احتياطي…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save a copy of the open database, e.g. on a USB stick</source>
            <translation>حفظ نسخة من قاعدة البيانات المفتوحة، على ذاكرة USB مثلًا</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Restore…</source>
            <translation>&amp;استعادة…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace the open database with a backup</source>
            <translation>استبدال قاعدة البيانات المفتوحة بنسخة احتياطية</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{name} already existed, so it was opened, not replaced.</source>
            <translation>الملف {name} موجود من قبل، لذا فُتح ولم يُستبدل.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Back up database</source>
            <translation>نسخ قاعدة البيانات احتياطيًا</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Backup failed</source>
            <translation>فشل النسخ الاحتياطي</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Backup saved to {path}.</source>
            <translation>حُفظت النسخة الاحتياطية في {path}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Restore from a backup</source>
            <translation>الاستعادة من نسخة احتياطية</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Replace “{name}” with the backup “{source}”?</source>
            <translation>هل تريد استبدال «{name}» بالنسخة الاحتياطية «{source}»؟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The current data is kept as a backup at {folder}.</source>
            <translation>ستُحفَظ البيانات الحالية نسخةً احتياطية في {folder}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore backup</source>
            <translation>استعادة النسخة الاحتياطية</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Replace</source>
            <translation>استبدال</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Restore failed</source>
            <translation>فشلت الاستعادة</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Backup restored</source>
            <translation>تمت استعادة النسخة الاحتياطية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} now holds the restored data. The data it had before is kept at {kept}.</source>
            <translation>يحتوي {name} الآن على البيانات المستعادة، أما البيانات التي كانت فيه من قبل فمحفوظة في {kept}.</translation>
        </message>
    </context>
    <context>
        <name>DiversityView</name>
        <message>
            <location filename="../../workshop_app/ui/diversity_view.py" line="+56" />
            <source>Show who took part in</source>
            <translation>إظهار مَن شارك في</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Targets…</source>
            <translation>&amp;الأهداف…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set diversity targets</source>
            <translation>تعيين أهداف التنوّع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say which groups should make up at least a share of the room</source>
            <translation>حدِّد الفئات التي يجب ألا تقل حصتها من الحاضرين عن نسبة معيّنة</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+142" />
            <source>Missing voices</source>
            <translation>أصوات غائبة</translation>
        </message>
        <message>
            <location line="-116" />
            <source>Who took part: missing voices and charts</source>
            <translation>مَن شارك: الأصوات الغائبة والمخططات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scroll with the arrow keys to read every chart</source>
            <translation>استخدم مفاتيح الأسهم للتمرير وقراءة كل المخططات</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Who took part in</source>
            <translation>&amp;مَن شارك في</translation>
        </message>
        <message>
            <location line="+28" />
            <source>All workshops (everyone registered)</source>
            <translation>كل الورش (جميع المسجَّلين)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{title} — {when}</source>
            <translation>{title} — {when}</translation>
        </message>
        <message>
            <location line="+49" />
            <source>{people} people counted. Shares are of those who answered each question. Counts under 5 show as “&lt;5” (a hatched stub), so no one can be singled out; “≥5” is hidden so a small group cannot be worked out.</source>
            <translation>عدد الأشخاص المحتسَبين: {people}. النِّسب محسوبة من بين مَن أجابوا عن كل سؤال. الأعداد الأقل من 5 تظهر بالشكل «&lt;5» (عمود قصير مظلَّل) كي لا يمكن تمييز أي شخص؛ ويُخفى «≥5» حتى لا يمكن استنتاج حجم مجموعة صغيرة.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No targets are set yet. Use “Targets…” to say who should be in the room, for example at least 15 % aged 60 or over.</source>
            <translation>لم تُحدَّد أي أهداف بعد. استخدم «الأهداف…» لتحديد مَن يجب أن يكون في القاعة، مثل 15 % على الأقل ممن أعمارهم 60 عامًا أو أكثر.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No group is below its target.</source>
            <translation>لا توجد فئة دون هدفها.</translation>
        </message>
    </context>
    <context>
        <name>EntryRow</name>
        <message>
            <location filename="../../workshop_app/ui/data_entry_fields.py" line="+151" />
            <source>Does not apply to this paper (skipped)</source>
            <translation>لا ينطبق على هذا الاستبيان الورقي (تم تخطيه)</translation>
        </message>
    </context>
    <context>
        <name>ErasureDialog</name>
        <message>
            <location filename="../../workshop_app/ui/erasure_dialog.py" line="+28" />
            <source>Erase {code}</source>
            <translation>مسح {code}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Erase {code} for good?</source>
            <translation>هل تريد مسح {code} نهائيًا؟</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This removes everything about this person: their name and contact, every consent record, their profile answers and the workshops they checked in to. Their code will not come back.</source>
            <translation>يزيل هذا كل ما يخص هذا الشخص: اسمه وبيانات التواصل معه، وكل سجلات الموافقة، وإجاباته عن أسئلة الملف التعريفي، والورش التي سُجِّل حضوره فيها. ولن يُستعاد رمزه.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Their survey answers, ideas and votes:</source>
            <translation>إجاباته عن الاستبيانات وأفكاره وأصواته:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Erase them too (recommended)</source>
            <translation>&amp;مسحها أيضًا (يُنصح بذلك)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Erase their answers, ideas and votes too</source>
            <translation>مسح إجاباته وأفكاره وأصواته أيضًا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keep them anonymously, with no link to this person</source>
            <translation>&amp;الاحتفاظ بها مجهولة المصدر، دون أي ربط بهذا الشخص</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep their answers, ideas and votes anonymously</source>
            <translation>الاحتفاظ بإجاباته وأفكاره وأصواته مجهولة المصدر</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This cannot be undone, and the undo history is cleared so the person cannot be brought back. An audit entry records when and by whom, never who was erased. Backups made before now still contain them until those backups are deleted.</source>
            <translation>لا يمكن التراجع عن هذا، ويُمسح سجل التراجع حتى لا يمكن إرجاع الشخص. يُسجِّل قيدٌ في سجل التدقيق وقت المسح ومَن قام به، ولا يسجّل أبدًا هوية مَن مُسحت بياناته. أما النسخ الاحتياطية التي أُنشئت قبل الآن فتظل تحتوي على بياناته إلى أن تُحذف.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+3" />
            <source>Erase for good</source>
            <translation>مسح نهائي</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <location filename="../../workshop_app/ui/exchange_actions.py" line="+36" />
            <source>Workshop App packages (*.wspack);;All files (*)</source>
            <translation>حزم Workshop App (*.wspack);;كل الملفات (*)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>E&amp;xport for merge…</source>
            <translation>&amp;تصدير للدمج…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save everything on this laptop in one file for the ULG secretary</source>
            <translation>حفظ كل ما على هذا الحاسوب في ملف واحد لأمانة سر ULG</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Merge…</source>
            <translation>&amp;دمج…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bring in packages from other laptops, after a preview</source>
            <translation>جلب حزم من أجهزة حاسوب أخرى، بعد معاينتها</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Check database…</source>
            <translation>فح&amp;ص قاعدة البيانات…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Look for damage and inconsistencies in the open database</source>
            <translation>البحث عن أي تلف أو عدم اتساق في قاعدة البيانات المفتوحة</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The previous step is still finishing; try again in a moment.</source>
            <translation>لا تزال الخطوة السابقة قيد الإنهاء؛ حاول مجددًا بعد لحظة.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+14" />
            <source>Export for merge</source>
            <translation>تصدير للدمج</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Packing…</source>
            <translation>جارٍ التحزيم…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved {name} ({size} MB) in {folder}. Take it to the ULG secretary, who adds it to the shared database with File &gt; Merge.</source>
            <translation>حُفظ {name} ({size} ميغابايت) في {folder}. سلِّمه إلى أمانة سر ULG لتضيفه إلى قاعدة البيانات المشتركة عبر ملف &gt; دمج.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Package saved to {path}.</source>
            <translation>حُفظت الحزمة في {path}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Package saved</source>
            <translation>تم حفظ الحزمة</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+19" />
            <location line="+35" />
            <source>Merge packages</source>
            <translation>دمج الحزم</translation>
        </message>
        <message>
            <location line="-34" />
            <source>Reading the packages…</source>
            <translation>جارٍ قراءة الحزم…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Saving a backup first…</source>
            <translation>جارٍ حفظ نسخة احتياطية أولًا…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The backup before merging could not be made ({reason}); nothing was merged.</source>
            <translation>تعذّر إنشاء النسخة الاحتياطية قبل الدمج ({reason})؛ لم يُدمج أي شيء.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Merging…</source>
            <translation>جارٍ الدمج…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The packages were merged.</source>
            <translation>تم دمج الحزم.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A conflict keeps the newer change. The database as it was before the merge is kept at {backup}; File &gt; Restore brings it back.</source>
            <translation>عند التعارض يُحتفظ بالتغيير الأحدث. قاعدة البيانات كما كانت قبل الدمج محفوظة في {backup}؛ ويمكن إرجاعها عبر ملف &gt; استعادة.</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+13" />
            <source>Check database</source>
            <translation>فحص قاعدة البيانات</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Checking {name}…</source>
            <translation>جارٍ فحص {name}…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{kind}: {count}</source>
            <translation>{kind}: {count}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No problems found in {name}.</source>
            <translation>لم يُعثر على أي مشكلات في {name}.</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n problem found in {name}. Restore a recent backup (File &gt; Restore) or ask for help before going on.</source>
            <translation>
                <numerusform>عُثر على %n مشكلة في {name}. استعِد نسخة احتياطية حديثة (ملف &gt; استعادة) أو اطلب المساعدة قبل المتابعة.</numerusform>
                <numerusform>عُثر على %n مشكلة في {name}. استعِد نسخة احتياطية حديثة (ملف &gt; استعادة) أو اطلب المساعدة قبل المتابعة.</numerusform>
                <numerusform>عُثر على %n مشكلتين في {name}. استعِد نسخة احتياطية حديثة (ملف &gt; استعادة) أو اطلب المساعدة قبل المتابعة.</numerusform>
                <numerusform>عُثر على %n مشكلات في {name}. استعِد نسخة احتياطية حديثة (ملف &gt; استعادة) أو اطلب المساعدة قبل المتابعة.</numerusform>
                <numerusform>عُثر على %n مشكلةً في {name}. استعِد نسخة احتياطية حديثة (ملف &gt; استعادة) أو اطلب المساعدة قبل المتابعة.</numerusform>
                <numerusform>عُثر على %n مشكلة في {name}. استعِد نسخة احتياطية حديثة (ملف &gt; استعادة) أو اطلب المساعدة قبل المتابعة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n problems found in {name}. Restore a recent backup (File &gt; Restore) or ask for help before going on.</source>
            <translation>
                <numerusform>عُثر على %n مشكلة في {name}. استعِد نسخة احتياطية حديثة (ملف &gt; استعادة) أو اطلب المساعدة قبل المتابعة.</numerusform>
                <numerusform>عُثر على %n مشكلة في {name}. استعِد نسخة احتياطية حديثة (ملف &gt; استعادة) أو اطلب المساعدة قبل المتابعة.</numerusform>
                <numerusform>عُثر على %n مشكلتين في {name}. استعِد نسخة احتياطية حديثة (ملف &gt; استعادة) أو اطلب المساعدة قبل المتابعة.</numerusform>
                <numerusform>عُثر على %n مشكلات في {name}. استعِد نسخة احتياطية حديثة (ملف &gt; استعادة) أو اطلب المساعدة قبل المتابعة.</numerusform>
                <numerusform>عُثر على %n مشكلةً في {name}. استعِد نسخة احتياطية حديثة (ملف &gt; استعادة) أو اطلب المساعدة قبل المتابعة.</numerusform>
                <numerusform>عُثر على %n مشكلة في {name}. استعِد نسخة احتياطية حديثة (ملف &gt; استعادة) أو اطلب المساعدة قبل المتابعة.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>It holds: {held}.</source>
            <translation>يحتوي على: {held}.</translation>
        </message>
    </context>
    <context>
        <name>ExchangePanel</name>
        <message>
            <location filename="../../workshop_app/ui/exchange_panel.py" line="+32" />
            <source>What to pack</source>
            <translation>ما الذي تريد تحزيمه</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Pack…</source>
            <translation>&amp;تحزيم…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pack</source>
            <translation>تحزيم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose where to save the package, e.g. on a USB stick</source>
            <translation>اختر مكان حفظ الحزمة، على ذاكرة USB مثلًا</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Merge packages…</source>
            <translation>&amp;دمج الحزم…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+18" />
            <source>Merge packages</source>
            <translation>دمج الحزم</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Choose one or more .wspack files; you see a preview first</source>
            <translation>اختر ملف .wspack واحدًا أو أكثر؛ سترى معاينة أولًا</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Pack for the ULG secretary</source>
            <translation>التحزيم لأمانة سر ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save everything this laptop holds, or one workshop, in one file (.wspack). Take it to the ULG secretary on a USB stick; nothing is removed from this laptop.</source>
            <translation>احفظ كل ما يحتويه هذا الحاسوب، أو ورشة واحدة، في ملف واحد (.wspack). سلِّمه إلى أمانة سر ULG على ذاكرة USB؛ لن يُحذف أي شيء من هذا الحاسوب.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Bring in the packages other facilitators made. You see what will be added, updated and in conflict before anything is written. Nothing is doubled, a package merged before adds nothing, and a participant erased on any laptop does not come back.</source>
            <translation>اجلب الحزم التي أعدّها الميسّرون الآخرون. سترى ما سيُضاف وما سيُحدَّث وما فيه تعارض قبل كتابة أي شيء. لا يتكرر أي شيء، والحزمة التي دُمجت من قبل لا تضيف شيئًا، والمشارك الذي مُسحت بياناته على أي حاسوب لا يعود.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Everything on this laptop</source>
            <translation>كل ما على هذا الحاسوب</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no date</source>
            <translation>بلا تاريخ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only “{title}” ({when})</source>
            <translation>«{title}» فقط ({when})</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <location filename="../../workshop_app/ui/export_page.py" line="+33" />
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
    </context>
    <context>
        <name>FeedbackPanel</name>
        <message>
            <location filename="../../workshop_app/ui/feedback_panel.py" line="+76" />
            <source>How useful was this session? 1 = not useful, 5 = very useful</source>
            <translation>ما مدى فائدة هذه الجلسة؟ 1 = غير مفيدة، 5 = مفيدة جدًا</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Start &amp;kiosk</source>
            <translation>تشغيل ال&amp;كشك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start the kiosk for the feedback round</source>
            <translation>تشغيل الكشك لجولة الآراء</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Rating {rating}</source>
            <translation>التقييم {rating}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rating {rating} (key {rating})</source>
            <translation>التقييم {rating} (المفتاح {rating})</translation>
        </message>
        <message>
            <location line="+8" />
            <source>One thing to keep or change — optional; Enter saves</source>
            <translation>شيء واحد يستحق الإبقاء عليه أو تغييره — اختياري؛ يحفظ Enter التعليق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Comment</source>
            <translation>تعليق</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save</source>
            <translation>&amp;حفظ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save this person's feedback</source>
            <translation>حفظ رأي هذا الشخص</translation>
        </message>
        <message>
            <location line="+15" />
            <source>People who gave {rating}</source>
            <translation>الأشخاص الذين أعطوا التقييم {rating}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Comments — on this screen only, never on the projector</source>
            <translation>التعليقات — على هذه الشاشة فقط، ولا تظهر أبدًا على جهاز العرض</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Comments</source>
            <translation>التعليقات</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Choose a rating from 1 to 5 first (keys 1–5).</source>
            <translation>اختر تقييمًا من 1 إلى 5 أولًا (المفاتيح 1–5).</translation>
        </message>
        <message>
            <location line="+25" />
            <source>No feedback yet</source>
            <translation>لا توجد آراء بعد</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} answers · average {average}</source>
            <translation>الإجابات: {count} · المتوسط: {average}</translation>
        </message>
    </context>
    <context>
        <name>GroupDialog</name>
        <message>
            <location filename="../../workshop_app/ui/results_group_dialog.py" line="+29" />
            <source>Group of several answers</source>
            <translation>مجموعة من عدة إجابات</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Profile question</source>
            <translation>سؤال الملف التعريفي</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Answers in the group</source>
            <translation>الإجابات ضمن المجموعة</translation>
        </message>
        <message>
            <location line="+5" />
            <source>People count in the group when their profile answer is one of those ticked. People who answered anonymously are never in a group.</source>
            <translation>يُحتسب الأشخاص ضمن المجموعة إذا كانت إجابتهم عن سؤال الملف التعريفي إحدى الإجابات المحددة. ولا يُحتسب أبدًا مَن أجابوا دون الكشف عن هويتهم ضمن أي مجموعة.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Question</source>
            <translation>ال&amp;سؤال</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Answers</source>
            <translation>ال&amp;إجابات</translation>
        </message>
        <message>
            <location line="+47" />
            <source>The group will be called “{name}”.</source>
            <translation>سيكون اسم المجموعة «{name}».</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick at least one answer.</source>
            <translation>حدِّد إجابة واحدة على الأقل.</translation>
        </message>
    </context>
    <context>
        <name>ImportResultDialog</name>
        <message>
            <location filename="../../workshop_app/ui/survey_dialogs.py" line="+46" />
            <source>XLSForm imported</source>
            <translation>تم استيراد XLSForm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{title}” is now in your surveys</source>
            <translation>أصبح «{title}» ضمن استبياناتك</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From {file}: version {version}, {questions}, in {languages}.</source>
            <translation>من {file}: الإصدار {version}، {questions}، باللغات: {languages}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Warnings</source>
            <translation>تحذيرات</translation>
        </message>
        <message>
            <location line="+4" />
            <source>One thing to know:</source>
            <translation>ملاحظة واحدة ينبغي معرفتها:</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n things to know:</source>
            <translation>
                <numerusform>%n ملاحظة ينبغي معرفتها:</numerusform>
                <numerusform>%n ملاحظة ينبغي معرفتها:</numerusform>
                <numerusform>%n ملاحظتان ينبغي معرفتهما:</numerusform>
                <numerusform>%n ملاحظات ينبغي معرفتها:</numerusform>
                <numerusform>%n ملاحظةً ينبغي معرفتها:</numerusform>
                <numerusform>%n ملاحظة ينبغي معرفتها:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InfoWidget</name>
        <message>
            <location filename="../../workshop_app/ui/question_widgets.py" line="-77" />
            <source>Participants do not see calculations; the app works out the value.</source>
            <translation>لا يرى المشاركون العمليات الحسابية؛ يحسب التطبيق القيمة بنفسه.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This group holds one question.</source>
            <translation>تضم هذه المجموعة سؤالًا واحدًا.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>This group holds %n questions, shown one after another.</source>
            <translation>
                <numerusform>تضم هذه المجموعة %n سؤال، تُعرض واحدًا تلو الآخر.</numerusform>
                <numerusform>تضم هذه المجموعة %n سؤال، تُعرض واحدًا تلو الآخر.</numerusform>
                <numerusform>تضم هذه المجموعة %n سؤالين، يُعرضان واحدًا تلو الآخر.</numerusform>
                <numerusform>تضم هذه المجموعة %n أسئلة، تُعرض واحدًا تلو الآخر.</numerusform>
                <numerusform>تضم هذه المجموعة %n سؤالًا، تُعرض واحدًا تلو الآخر.</numerusform>
                <numerusform>تضم هذه المجموعة %n سؤال، تُعرض واحدًا تلو الآخر.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Participants answer this repeat's question once per entry and can add entries.</source>
            <translation>يجيب المشاركون عن سؤال هذه المجموعة المتكررة مرةً لكل إدخال، ويمكنهم إضافة إدخالات.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Participants answer the %n questions of this repeat once per entry and can add entries.</source>
            <translation>
                <numerusform>يجيب المشاركون عن %n سؤال في هذه المجموعة المتكررة مرةً لكل إدخال، ويمكنهم إضافة إدخالات.</numerusform>
                <numerusform>يجيب المشاركون عن %n سؤال في هذه المجموعة المتكررة مرةً لكل إدخال، ويمكنهم إضافة إدخالات.</numerusform>
                <numerusform>يجيب المشاركون عن %n سؤالين في هذه المجموعة المتكررة مرةً لكل إدخال، ويمكنهم إضافة إدخالات.</numerusform>
                <numerusform>يجيب المشاركون عن %n أسئلة في هذه المجموعة المتكررة مرةً لكل إدخال، ويمكنهم إضافة إدخالات.</numerusform>
                <numerusform>يجيب المشاركون عن %n سؤالًا في هذه المجموعة المتكررة مرةً لكل إدخال، ويمكنهم إضافة إدخالات.</numerusform>
                <numerusform>يجيب المشاركون عن %n سؤال في هذه المجموعة المتكررة مرةً لكل إدخال، ويمكنهم إضافة إدخالات.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>The device fills this in; participants do not see it.</source>
            <translation>يملأ الجهاز هذه القيمة تلقائيًا؛ ولا يراها المشاركون.</translation>
        </message>
    </context>
    <context>
        <name>InlineMessage</name>
        <message>
            <location filename="../../workshop_app/ui/inline_message.py" line="+32" />
            <source>Dismiss message</source>
            <translation>إخفاء الرسالة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss</source>
            <translation>إخفاء</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Message</source>
            <translation>رسالة</translation>
        </message>
    </context>
    <context>
        <name>KioskPinDialog</name>
        <message>
            <location filename="../../workshop_app/ui/run_pin_dialog.py" line="+35" />
            <source>Change kiosk PIN</source>
            <translation>تغيير رمز PIN للكشك</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Set kiosk PIN</source>
            <translation>تعيين رمز PIN للكشك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The kiosk asks for this PIN before it lets anyone leave it. Choose {low} to {high} digits that participants will not guess.</source>
            <translation>يطلب الكشك رمز PIN هذا قبل أن يسمح لأي شخص بالخروج منه. اختر من {low} إلى {high} أرقام لا يمكن للمشاركين تخمينها.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New PIN</source>
            <translation>رمز PIN الجديد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New PIN again</source>
            <translation>تأكيد رمز PIN الجديد</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;PIN</source>
            <translation>&amp;رمز PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Again</source>
            <translation>&amp;تأكيده</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Remove PIN</source>
            <translation>&amp;إزالة رمز PIN</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove the kiosk PIN</source>
            <translation>إزالة رمز PIN للكشك</translation>
        </message>
        <message>
            <location line="+27" />
            <source>A PIN has {low} to {high} digits.</source>
            <translation>يتكوّن رمز PIN من {low} إلى {high} أرقام.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The two PINs are not the same. Type it again in both fields.</source>
            <translation>الرمزان غير متطابقين. اكتب رمز PIN مجددًا في الحقلين.</translation>
        </message>
    </context>
    <context>
        <name>KioskSurveyPage</name>
        <message>
            <location filename="../../workshop_app/ui/kiosk_survey.py" line="+66" />
            <source>Choose which survey this agenda item runs before starting the kiosk.</source>
            <translation>اختر الاستبيان الذي يشغّله بند جدول الأعمال هذا قبل بدء الكشك.</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <location filename="../../workshop_app/ui/kiosk_window.py" line="+82" />
            <location line="+1" />
            <source>Kiosk</source>
            <translation>الكشك</translation>
        </message>
        <message>
            <location line="+9" />
            <source>That agenda item belongs to another workshop.</source>
            <translation>ينتمي بند جدول الأعمال هذا إلى ورشة أخرى.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A stakeholder map is drawn by the facilitator; it does not run at the kiosk.</source>
            <translation>يرسم الميسّر خريطة الجهات المعنية بنفسه؛ فهي لا تعمل في الكشك.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Only a survey can be resumed at the kiosk.</source>
            <translation>لا يمكن الاستئناف في الكشك إلا للاستبيان.</translation>
        </message>
    </context>
    <context>
        <name>ListPane</name>
        <message>
            <location filename="../../workshop_app/ui/list_pane.py" line="+91" />
            <source>&amp;Undo</source>
            <translation>&amp;تراجع</translation>
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
            <translation>الأقسام</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Workshops</source>
            <translation>الورش</translation>
        </message>
        <message>
            <location line="+120" />
            <source>{section} (Ctrl+{number})</source>
            <translation>{section} (Ctrl+{number})</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Opening {name}…</source>
            <translation>جارٍ فتح {name}…</translation>
        </message>
        <message>
            <location line="+39" />
            <source>No database is open.</source>
            <translation>لا توجد قاعدة بيانات مفتوحة.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{name} — Workshop App</source>
            <translation>{name} — Workshop App</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database: {name}</source>
            <translation>قاعدة البيانات: {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open database: {path}</source>
            <translation>قاعدة البيانات المفتوحة: {path}</translation>
        </message>
        <message>
            <location line="+44" />
            <source>{name} is already open.</source>
            <translation>{name} مفتوحة بالفعل.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot open database</source>
            <translation>تعذّر فتح قاعدة البيانات</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Opened {name}.</source>
            <translation>تم فتح {name}.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>The automatic backup could not be made: {reason}</source>
            <translation>تعذّر إنشاء النسخة الاحتياطية التلقائية: {reason}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Automatic backup saved.</source>
            <translation>حُفظت النسخة الاحتياطية التلقائية.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/main_menus.py" line="+27" />
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New workshop</source>
            <translation>&amp;ورشة جديدة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create a workshop, starting at the next full hour</source>
            <translation>إنشاء ورشة تبدأ عند الساعة الكاملة التالية</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Edit</source>
            <translation>&amp;تحرير</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>&amp;تراجع</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>&amp;إعادة</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Help</source>
            <translation>ت&amp;عليمات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Workshop App</source>
            <translation>&amp;حول Workshop App</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&lt;h3&gt;Workshop App {version}&lt;/h3&gt;&lt;p&gt;Prepare and run community workshops and surveys offline, keep every answer, and report to your URBACT Local Group.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Workshop App {version}&lt;/h3&gt;&lt;p&gt;حضِّر ورش العمل والاستبيانات المجتمعية وأدِرها دون اتصال بالإنترنت، واحتفظ بكل إجابة، وقدِّم تقاريرك إلى مجموعة URBACT المحلية (ULG).&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+5" />
            <source>About Workshop App</source>
            <translation>حول Workshop App</translation>
        </message>
    </context>
    <context>
        <name>MapForm</name>
        <message>
            <location filename="../../workshop_app/ui/map_panel.py" line="+44" />
            <source>Map</source>
            <translation>الخريطة</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Title of the map</source>
            <translation>عنوان الخريطة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title of the horizontal axis</source>
            <translation>عنوان المحور الأفقي</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title of the vertical axis</source>
            <translation>عنوان المحور العمودي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top right</source>
            <translation>أعلى اليمين</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bottom right</source>
            <translation>أسفل اليمين</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bottom left</source>
            <translation>أسفل اليسار</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Top left</source>
            <translation>أعلى اليسار</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Quadrant name, {corner}</source>
            <translation>اسم الربع، {corner}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Notes on the map</source>
            <translation>ملاحظات حول الخريطة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Double-click an empty place to add a stakeholder. Select a stakeholder or a line to edit it here.</source>
            <translation>انقر نقرًا مزدوجًا على مكان فارغ لإضافة جهة معنية. حدِّد جهة معنية أو خطًا لتحريره هنا.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Title</source>
            <translation>&amp;العنوان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hori&amp;zontal axis</source>
            <translation>المحور الأ&amp;فقي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Vertical axis</source>
            <translation>المحور ال&amp;عمودي</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Quadrants</source>
            <translation>الأرباع</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
    </context>
    <context>
        <name>MapLegend</name>
        <message>
            <location filename="../../workshop_app/ui/map_view.py" line="+45" />
            <source>Legend</source>
            <translation>وسيلة الإيضاح</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Shapes and colours show the sector; thick lines are strong ties, dashed lines weak ones; arrows show a direction.</source>
            <translation>تدل الأشكال والألوان على القطاع؛ الخطوط السميكة روابط قوية، والمتقطعة روابط ضعيفة؛ والأسهم تبيّن الاتجاه.</translation>
        </message>
    </context>
    <context>
        <name>MapListPane</name>
        <message>
            <location filename="../../workshop_app/ui/map_list_pane.py" line="+16" />
            <source>Stakeholder maps</source>
            <translation>خرائط الجهات المعنية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New map…</source>
            <translation>&amp;خريطة جديدة…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New map from a template</source>
            <translation>خريطة جديدة من قالب</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Import from Excel…</source>
            <translation>&amp;استيراد من Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import stakeholders from Excel</source>
            <translation>استيراد الجهات المعنية من Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A workbook with an Elements sheet (stakeholders) and a Connections sheet (who works with whom)</source>
            <translation>مصنَّف يحتوي على ورقة Elements (الجهات المعنية) وورقة Connections (مَن يعمل مع مَن)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>E&amp;xport to Excel…</source>
            <translation>&amp;تصدير إلى Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export stakeholders to Excel</source>
            <translation>تصدير الجهات المعنية إلى Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the map's stakeholders and relationships as an Excel workbook</source>
            <translation>حفظ الجهات المعنية في الخريطة وعلاقاتها في مصنَّف Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete map…</source>
            <translation>حذف الخريطة…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete map</source>
            <translation>حذف الخريطة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo deleting the map</source>
            <translation>التراجع عن حذف الخريطة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No maps yet. Start one with New map, or import a list of stakeholders from Excel.</source>
            <translation>لا توجد خرائط بعد. ابدأ خريطة بالأمر «خريطة جديدة»، أو استورد قائمة جهات معنية من Excel.</translation>
        </message>
    </context>
    <context>
        <name>MapToolbar</name>
        <message>
            <location filename="../../workshop_app/ui/map_toolbar.py" line="+22" />
            <source>Map tools</source>
            <translation>أدوات الخريطة</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Add stakeholder</source>
            <translation>إضافة جهة معنية</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a stakeholder in the middle of the map; or double-click an empty place</source>
            <translation>إضافة جهة معنية في منتصف الخريطة؛ أو انقر نقرًا مزدوجًا على مكان فارغ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connect</source>
            <translation>ربط</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Draw relationships: drag from one stakeholder to another</source>
            <translation>رسم العلاقات: اسحب من جهة معنية إلى أخرى</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Align left</source>
            <translation>محاذاة لليسار</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line the selected stakeholders up on the leftmost one</source>
            <translation>محاذاة الجهات المعنية المحددة مع أقصاها يسارًا</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Align top</source>
            <translation>محاذاة للأعلى</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line the selected stakeholders up on the highest one</source>
            <translation>محاذاة الجهات المعنية المحددة مع أعلاها</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Align centres</source>
            <translation>محاذاة المراكز</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line the selected stakeholders up on a vertical line through their middle</source>
            <translation>محاذاة الجهات المعنية المحددة على خط عمودي يمر بمنتصفها</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete the selected stakeholders and relationships (Del)</source>
            <translation>حذف الجهات المعنية والعلاقات المحددة (Del)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zoom in</source>
            <translation>تكبير</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom out</source>
            <translation>تصغير</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fit</source>
            <translation>ملاءمة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show the whole map</source>
            <translation>إظهار الخريطة كاملة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Snap to grid</source>
            <translation>الالتقاط إلى الشبكة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dragged stakeholders land on the grid</source>
            <translation>تستقر الجهات المعنية المسحوبة على نقاط الشبكة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Legend</source>
            <translation>وسيلة الإيضاح</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show or hide the legend</source>
            <translation>إظهار وسيلة الإيضاح أو إخفاؤها</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Take snapshot…</source>
            <translation>التقاط لقطة…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save where everybody stands now, e.g. at a ULG meeting</source>
            <translation>حفظ مواضع الجميع الآن، في اجتماع ULG مثلًا</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compare…</source>
            <translation>مقارنة…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show who moved since a snapshot</source>
            <translation>إظهار مَن تحرّك منذ لقطة سابقة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print…</source>
            <translation>طباعة…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Print the map with its title, date and legend</source>
            <translation>طباعة الخريطة مع عنوانها وتاريخها ووسيلة الإيضاح</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print preview…</source>
            <translation>معاينة الطباعة…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>See the printed page before printing it</source>
            <translation>رؤية الصفحة كما ستُطبع قبل طباعتها</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export as PDF…</source>
            <translation>تصدير بتنسيق PDF…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the map as a PDF file</source>
            <translation>حفظ الخريطة كملف PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export as PNG…</source>
            <translation>تصدير بتنسيق PNG…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the map as a picture (PNG)</source>
            <translation>حفظ الخريطة كصورة (PNG)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export as SVG…</source>
            <translation>تصدير بتنسيق SVG…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the map as a drawing (SVG)</source>
            <translation>حفظ الخريطة كرسم متّجه (SVG)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Align</source>
            <translation>محاذاة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Align the selected stakeholders</source>
            <translation>محاذاة الجهات المعنية المحددة</translation>
        </message>
        <message>
            <location line="+7" />
            <source>View</source>
            <translation>عرض</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Snap to grid, legend</source>
            <translation>الالتقاط إلى الشبكة، وسيلة الإيضاح</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the map as PDF, PNG or SVG</source>
            <translation>حفظ الخريطة بتنسيق PDF أو PNG أو SVG</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <location filename="../../workshop_app/ui/map_view.py" line="+30" />
            <source>Stakeholder map</source>
            <translation>خريطة الجهات المعنية</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Double-click an empty place to add a stakeholder; drag stakeholders to move them; in connect mode drag from one stakeholder to another. Delete removes the selection, the arrow keys nudge it.</source>
            <translation>انقر نقرًا مزدوجًا على مكان فارغ لإضافة جهة معنية؛ اسحب الجهات المعنية لنقلها؛ وفي وضع الربط اسحب من جهة معنية إلى أخرى. يحذف المفتاح Delete العناصر المحددة، وتحرّكها مفاتيح الأسهم قليلًا.</translation>
        </message>
    </context>
    <context>
        <name>MapsPage</name>
        <message>
            <location filename="../../workshop_app/ui/maps_page.py" line="+132" />
            <source>Choose a map on the left, or start one with New map.</source>
            <translation>اختر خريطة من القائمة، أو ابدأ خريطة بالأمر «خريطة جديدة».</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No database is open.</source>
            <translation>لا توجد قاعدة بيانات مفتوحة.</translation>
        </message>
        <message>
            <location line="+210" />
            <source>Delete “{title}”?</source>
            <translation>هل تريد حذف «{title}»؟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Its stakeholders, relationships and snapshots are deleted with it. You can undo this.</source>
            <translation>ستُحذف معها جهاتها المعنية وعلاقاتها ولقطاتها. يمكنك التراجع عن ذلك.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete map</source>
            <translation>حذف الخريطة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“{title}” was deleted.</source>
            <translation>تم حذف «{title}».</translation>
        </message>
    </context>
    <context>
        <name>MergePreviewDialog</name>
        <message>
            <location filename="../../workshop_app/ui/merge_preview_dialog.py" line="+47" />
            <source>Workshops</source>
            <translation>الورش</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agenda items</source>
            <translation>بنود جدول الأعمال</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names and contacts</source>
            <translation>الأسماء وبيانات التواصل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent records</source>
            <translation>سجلات الموافقة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check-ins</source>
            <translation>تسجيلات الحضور</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profile answers</source>
            <translation>إجابات الملف التعريفي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Survey versions</source>
            <translation>إصدارات الاستبيانات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Survey responses</source>
            <translation>استجابات الاستبيانات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answers</source>
            <translation>الإجابات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ideas</source>
            <translation>الأفكار</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Idea clusters</source>
            <translation>مجموعات الأفكار</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Votes</source>
            <translation>الأصوات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholder maps</source>
            <translation>خرائط الجهات المعنية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholders</source>
            <translation>الجهات المعنية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relationships</source>
            <translation>العلاقات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholder re-assessments</source>
            <translation>إعادة تقييم الجهات المعنية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map snapshots</source>
            <translation>لقطات الخرائط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Snapshot positions</source>
            <translation>المواضع في اللقطات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Survey questions</source>
            <translation>أسئلة الاستبيانات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choice lists</source>
            <translation>قوائم الخيارات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choices</source>
            <translation>الخيارات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Question translations</source>
            <translation>ترجمات الأسئلة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choice translations</source>
            <translation>ترجمات الخيارات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profile questions</source>
            <translation>أسئلة الملف التعريفي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profile choices</source>
            <translation>خيارات الملف التعريفي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Diversity targets</source>
            <translation>أهداف التنوّع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit entries</source>
            <translation>قيود سجل التدقيق</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Packages merged</source>
            <translation>تم دمج الحزم</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Merge packages</source>
            <translation>دمج الحزم</translation>
        </message>
        <message>
            <location line="+10" />
            <source>What changes</source>
            <translation>ما الذي سيتغير</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New</source>
            <translation>جديد</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Updated</source>
            <translation>محدَّث</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Removed (deleted elsewhere)</source>
            <translation>أُزيل (حُذف في مكان آخر)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not added (deleted here)</source>
            <translation>لم يُضف (حُذف هنا)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Conflicts ({n})</source>
            <translation>التعارضات ({n})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changed on two laptops</source>
            <translation>تغيّر على حاسوبين</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kept (the newer change)</source>
            <translation>ما أُبقي عليه (التغيير الأحدث)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dropped</source>
            <translation>ما استُبعد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Renumbered ({n})</source>
            <translation>أُعيد ترقيمها ({n})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What</source>
            <translation>العنصر</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Was</source>
            <translation>سابقًا</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Now</source>
            <translation>الآن</translation>
        </message>
        <message>
            <location line="+0" />
            <source>From</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Notes ({n})</source>
            <translation>ملاحظات ({n})</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Merge</source>
            <translation>&amp;دمج</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Nothing new: this database already holds everything in these packages.</source>
            <translation>لا جديد: قاعدة البيانات هذه تحتوي بالفعل على كل ما في هذه الحزم.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Merged: {added} new rows, {updated} updated, {removed} removed.</source>
            <translation>تم الدمج: صفوف جديدة: {added}، ومحدَّثة: {updated}، ومُزالة: {removed}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merging will add {added} rows, update {updated} and remove {removed}.</source>
            <translation>سيؤدي الدمج إلى إضافة {added} من الصفوف، وتحديث {updated}، وإزالة {removed}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merging will add {added} rows and update {updated}.</source>
            <translation>سيؤدي الدمج إلى إضافة {added} من الصفوف وتحديث {updated}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts: {conflicts}. Renumbered codes: {renumbered}.</source>
            <translation>التعارضات: {conflicts}. الرموز المُعاد ترقيمها: {renumbered}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>everything</source>
            <translation>كل شيء</translation>
        </message>
        <message>
            <location line="+0" />
            <source>workshop “{title}”</source>
            <translation>الورشة «{title}»</translation>
        </message>
        <message>
            <location line="+2" />
            <source>laptop {id}</source>
            <translation>الحاسوب {id}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} — from {who}, packed {when}, {scope}</source>
            <translation>{file} — من {who}، حُزِّم في {when}، {scope}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A conflict keeps the newer change; the dropped value is listed here and in the report.</source>
            <translation>عند التعارض يُحتفظ بالتغيير الأحدث؛ وتُدرج القيمة المستبعدة هنا وفي التقرير.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing will be written.</source>
            <translation>لن يُكتب أي شيء.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing is written until you press Merge. The merge is one step: if anything goes wrong, the database stays as it is. Nothing is doubled, and nobody erased comes back.</source>
            <translation>لن يُكتب أي شيء حتى تضغط «دمج». يتم الدمج في خطوة واحدة: إن حدث أي خطأ تبقى قاعدة البيانات على حالها. لا يتكرر أي شيء، ولا يعود أي شخص مُسحت بياناته.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{laptop}, {when}</source>
            <translation>{laptop}، {when}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Participant code</source>
            <translation>رمز المشارك</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Survey version</source>
            <translation>إصدار الاستبيان</translation>
        </message>
    </context>
    <context>
        <name>NewMapDialog</name>
        <message>
            <location filename="../../workshop_app/ui/map_new_dialog.py" line="+121" />
            <source>New stakeholder map</source>
            <translation>خريطة جهات معنية جديدة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What kind of map?</source>
            <translation>ما نوع الخريطة؟</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kinds of map</source>
            <translation>أنواع الخرائط</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Title of the new map</source>
            <translation>عنوان الخريطة الجديدة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Digital skills — who matters</source>
            <translation>مثال: المهارات الرقمية — الجهات المؤثرة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Title</source>
            <translation>&amp;العنوان</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create map</source>
            <translation>إنشاء الخريطة</translation>
        </message>
    </context>
    <context>
        <name>NewPinDialog</name>
        <message>
            <location filename="../../workshop_app/ui/kiosk_pin_pad.py" line="+158" />
            <source>Set a kiosk PIN</source>
            <translation>تعيين رمز PIN للكشك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants cannot leave the kiosk. You leave it with this PIN (press Ctrl+Shift+L or tap the top corner of the screen five times). Use {low} to {high} digits.</source>
            <translation>لا يستطيع المشاركون الخروج من الكشك. أما أنت فتخرج منه بهذا الرمز (اضغط Ctrl+Shift+L أو انقر على الزاوية العلوية من الشاشة خمس مرات). استخدم من {low} إلى {high} أرقام.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>PIN</source>
            <translation>رمز PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN again</source>
            <translation>تأكيد رمز PIN</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The two PINs are not the same.</source>
            <translation>الرمزان غير متطابقين.</translation>
        </message>
    </context>
    <context>
        <name>PageOptionsDialog</name>
        <message>
            <location filename="../../workshop_app/ui/map_exchange_actions.py" line="+98" />
            <source>Export map</source>
            <translation>تصدير الخريطة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paper size</source>
            <translation>حجم الورق</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Landscape</source>
            <translation>&amp;أفقي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Portrait</source>
            <translation>&amp;عمودي</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Resolution</source>
            <translation>الدقة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{dpi} dots per inch</source>
            <translation>{dpi} نقطة في البوصة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Paper</source>
            <translation>ال&amp;ورق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orientation</source>
            <translation>الاتجاه</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Resolution</source>
            <translation>ال&amp;دقة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The map is drawn with its title, today's date, the quadrant names and the legend.</source>
            <translation>تُرسم الخريطة مع عنوانها وتاريخ اليوم وأسماء الأرباع ووسيلة الإيضاح.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDetail</name>
        <message>
            <location filename="../../workshop_app/ui/participant_detail.py" line="+66" />
            <source>&amp;Delete…</source>
            <translation>&amp;حذف…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete this registration</source>
            <translation>حذف هذا التسجيل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For a registration made by mistake; you can undo it</source>
            <translation>لتسجيل تم عن طريق الخطأ؛ يمكنك التراجع عنه</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Participant code</source>
            <translation>رمز المشارك</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anything to remember, e.g. needs an interpreter</source>
            <translation>أي شيء يجب تذكّره، مثل: يحتاج إلى مترجم</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Name (personal data)</source>
            <translation>الاسم (بيانات شخصية)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Contact (personal data)</source>
            <translation>بيانات التواصل (بيانات شخصية)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or e-mail</source>
            <translation>الهاتف أو البريد الإلكتروني</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+87" />
            <source>Workshops attended</source>
            <translation>الورش التي حضرها</translation>
        </message>
        <message>
            <location line="-86" />
            <source>Erase this person…</source>
            <translation>مسح بيانات هذا الشخص…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Erase this person</source>
            <translation>مسح بيانات هذا الشخص</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For a request to be forgotten; it cannot be undone</source>
            <translation>لطلبات «الحق في النسيان»؛ لا يمكن التراجع عن ذلك</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Select a participant in the list, or register people on the Check-in tab.</source>
            <translation>حدِّد مشاركًا في القائمة، أو سجِّل الأشخاص من تبويب «تسجيل الحضور».</translation>
        </message>
        <message>
            <location line="+35" />
            <source>C&amp;ode</source>
            <translation>ال&amp;رمز</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;otes</source>
            <translation>&amp;ملاحظات</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Personal data — kept apart, never exported unless asked</source>
            <translation>البيانات الشخصية — تُحفظ منفصلة، ولا تُصدَّر أبدًا إلا عند الطلب</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Name</source>
            <translation>الا&amp;سم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Con&amp;tact</source>
            <translation>&amp;التواصل</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Consent</source>
            <translation>الموافقة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>About them (voluntary, any can be left out)</source>
            <translation>نبذة عن الشخص (طوعية، ويمكن ترك أي منها)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>When someone asks to be forgotten: removes their personal data, consent and profile for good.</source>
            <translation>عندما يطلب شخص أن يُنسى: يزيل بياناته الشخصية وموافقاته وملفه التعريفي نهائيًا.</translation>
        </message>
        <message>
            <location line="+100" />
            <source>A name or contact is on file. Tick “Show personal data” above to see or change it.</source>
            <translation>يوجد اسم أو بيانات تواصل محفوظة. حدِّد «إظهار البيانات الشخصية» في الأعلى لعرضها أو تغييرها.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>None on file: this person is known only by their code. Tick “Show personal data” above to add a name or contact.</source>
            <translation>لا توجد بيانات محفوظة: لا يُعرف هذا الشخص إلا برمزه. حدِّد «إظهار البيانات الشخصية» في الأعلى لإضافة اسم أو بيانات تواصل.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{code} has not consented to take part, so no answers can be recorded for them.</source>
            <translation>لم يوافق {code} على المشاركة، لذا لا يمكن تسجيل أي إجابات له.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>(a workshop no longer listed)</source>
            <translation>(ورشة لم تعد مدرجة)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>None yet.</source>
            <translation>لا شيء بعد.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Change code</source>
            <translation>تغيير الرمز</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Change notes</source>
            <translation>تغيير الملاحظات</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <location filename="../../workshop_app/ui/participants_page.py" line="+54" />
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show &amp;personal data</source>
            <translation>إظهار البيانات ال&amp;شخصية</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show personal data (names and contacts)</source>
            <translation>إظهار البيانات الشخصية (الأسماء وبيانات التواصل)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names and contacts stay hidden unless ticked; leaving this section hides them again</source>
            <translation>تبقى الأسماء وبيانات التواصل مخفية ما لم يُحدَّد هذا الخيار؛ ومغادرة هذا القسم تخفيها مجددًا</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit profile &amp;questions…</source>
            <translation>تحرير &amp;أسئلة الملف التعريفي…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit profile questions</source>
            <translation>تحرير أسئلة الملف التعريفي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The voluntary questions about age, gender and more, in every language</source>
            <translation>الأسئلة الطوعية عن العمر والنوع الاجتماعي وغيرهما، بكل اللغات</translation>
        </message>
        <message>
            <location line="+9" />
            <source>People</source>
            <translation>الأشخاص</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check-in</source>
            <translation>تسجيل الحضور</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who took part</source>
            <translation>مَن شارك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants views</source>
            <translation>طرق عرض المشاركين</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No database is open.</source>
            <translation>لا توجد قاعدة بيانات مفتوحة.</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <location filename="../../workshop_app/ui/participants_people.py" line="+47" />
            <source>Search participants</source>
            <translation>البحث في المشاركين</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Search by code, name or phone</source>
            <translation>البحث بالرمز أو الاسم أو الهاتف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search by code</source>
            <translation>البحث بالرمز</translation>
        </message>
        <message>
            <location line="+31" />
            <source>No one matches. Clear the search, or register them on the Check-in tab.</source>
            <translation>لا يوجد تطابق. امسح البحث، أو سجِّل الشخص من تبويب «تسجيل الحضور».</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No participants yet. Register people at the door on the Check-in tab.</source>
            <translation>لا يوجد مشاركون بعد. سجِّل الأشخاص عند الباب من تبويب «تسجيل الحضور».</translation>
        </message>
        <message numerus="yes">
            <location line="+17" />
            <source>%n participant listed</source>
            <translation>
                <numerusform>المشاركون المعروضون: %n</numerusform>
                <numerusform>المشاركون المعروضون: %n</numerusform>
                <numerusform>المشاركون المعروضون: %n</numerusform>
                <numerusform>المشاركون المعروضون: %n</numerusform>
                <numerusform>المشاركون المعروضون: %n</numerusform>
                <numerusform>المشاركون المعروضون: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n participants listed</source>
            <translation>
                <numerusform>المشاركون المعروضون: %n</numerusform>
                <numerusform>المشاركون المعروضون: %n</numerusform>
                <numerusform>المشاركون المعروضون: %n</numerusform>
                <numerusform>المشاركون المعروضون: %n</numerusform>
                <numerusform>المشاركون المعروضون: %n</numerusform>
                <numerusform>المشاركون المعروضون: %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+33" />
            <source>Delete registration</source>
            <translation>حذف التسجيل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the registration of {code}?</source>
            <translation>هل تريد حذف تسجيل {code}؟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use this for a registration made by mistake; you can undo it with Edit › Undo. Their survey answers stay, without their code. When someone asks to be forgotten, use “Erase this person…” instead.</source>
            <translation>استخدم هذا لتسجيل تم عن طريق الخطأ؛ ويمكنك التراجع عنه عبر تحرير › تراجع. تبقى إجاباته عن الاستبيانات، ولكن دون رمزه. أما إذا طلب شخص أن يُنسى، فاستخدم «مسح بيانات هذا الشخص…» بدلًا من ذلك.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{code}: {report} The undo history was cleared, so they cannot be brought back.</source>
            <translation>{code}: {report} مُسح سجل التراجع، لذا لا يمكن إرجاع بياناته.</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../../workshop_app/ui/kiosk_pin_pad.py" line="-151" />
            <source>Facilitator: enter the kiosk PIN to leave the kiosk</source>
            <translation>للميسّر: أدخل رمز PIN للكشك للخروج منه</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Kiosk PIN</source>
            <translation>رمز PIN للكشك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The facilitator's PIN, to leave the kiosk</source>
            <translation>رمز PIN الخاص بالميسّر، للخروج من الكشك</translation>
        </message>
        <message>
            <location line="+9" />
            <source>OK</source>
            <translation>موافق</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Delete the last digit</source>
            <translation>حذف آخر رقم</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Back to the kiosk</source>
            <translation>العودة إلى الكشك</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Wrong PIN. Try again.</source>
            <translation>رمز PIN خاطئ. حاول مجددًا.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Wrong PIN. Try again in {seconds} s.</source>
            <translation>رمز PIN خاطئ. حاول مجددًا بعد {seconds} ث.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>You can try again now.</source>
            <translation>يمكنك المحاولة مجددًا الآن.</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <location filename="../../workshop_app/ui/builder_problems.py" line="+35" />
            <source>Problems to fix</source>
            <translation>مشكلات يجب إصلاحها</translation>
        </message>
        <message>
            <location line="+35" />
            <source>✓ No problems: the survey can be saved and exported.</source>
            <translation>✓ لا توجد مشكلات: يمكن حفظ الاستبيان وتصديره.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n problem to fix before saving</source>
            <translation>
                <numerusform>%n مشكلة يجب إصلاحها قبل الحفظ</numerusform>
                <numerusform>%n مشكلة يجب إصلاحها قبل الحفظ</numerusform>
                <numerusform>%n مشكلتان يجب إصلاحهما قبل الحفظ</numerusform>
                <numerusform>%n مشكلات يجب إصلاحها قبل الحفظ</numerusform>
                <numerusform>%n مشكلةً يجب إصلاحها قبل الحفظ</numerusform>
                <numerusform>%n مشكلة يجب إصلاحها قبل الحفظ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n problems to fix before saving</source>
            <translation>
                <numerusform>%n مشكلة يجب إصلاحها قبل الحفظ</numerusform>
                <numerusform>%n مشكلة يجب إصلاحها قبل الحفظ</numerusform>
                <numerusform>%n مشكلتان يجب إصلاحهما قبل الحفظ</numerusform>
                <numerusform>%n مشكلات يجب إصلاحها قبل الحفظ</numerusform>
                <numerusform>%n مشكلةً يجب إصلاحها قبل الحفظ</numerusform>
                <numerusform>%n مشكلة يجب إصلاحها قبل الحفظ</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProfileEditorDialog</name>
        <message>
            <location filename="../../workshop_app/ui/profile_editor_dialog.py" line="+66" />
            <location line="+25" />
            <source>Profile questions</source>
            <translation>أسئلة الملف التعريفي</translation>
        </message>
        <message>
            <location line="-7" />
            <source>The questions people may answer about themselves at registration. Every question keeps “Prefer not to say”, so answering stays voluntary.</source>
            <translation>الأسئلة التي يمكن للأشخاص الإجابة عنها عن أنفسهم عند التسجيل. يحتفظ كل سؤال بخيار «أفضّل عدم الإجابة» لتبقى الإجابة طوعية.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>New question, e.g. Housing situation</source>
            <translation>سؤال جديد، مثل: وضع السكن</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label of a new question</source>
            <translation>تسمية سؤال جديد</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add question</source>
            <translation>إضافة سؤال</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move question up</source>
            <translation>نقل السؤال لأعلى</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move question down</source>
            <translation>نقل السؤال لأسفل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete…</source>
            <translation>حذف…</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+270" />
            <source>Delete question</source>
            <translation>حذف السؤال</translation>
        </message>
        <message>
            <location line="-264" />
            <source>Questions</source>
            <translation>الأسئلة</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Language to add</source>
            <translation>اللغة المراد إضافتها</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add language</source>
            <translation>إضافة لغة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a language column</source>
            <translation>إضافة عمود لغة</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Answers, with their label in each language</source>
            <translation>الإجابات، مع تسميتها بكل لغة</translation>
        </message>
        <message>
            <location line="+12" />
            <source>New answer, in {language}</source>
            <translation>إجابة جديدة ({language})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Label of a new answer</source>
            <translation>تسمية إجابة جديدة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add answer</source>
            <translation>إضافة إجابة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move answer up</source>
            <translation>نقل الإجابة لأعلى</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move answer down</source>
            <translation>نقل الإجابة لأسفل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete answer</source>
            <translation>حذف الإجابة</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Question</source>
            <translation>السؤال</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Answers (double-click a label to change it)</source>
            <translation>الإجابات (انقر نقرًا مزدوجًا على تسمية لتغييرها)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Redo</source>
            <translation>إعادة</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Question label in {language}</source>
            <translation>تسمية السؤال ({language})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(missing)</source>
            <translation>(مفقود)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>known in exports as {name}</source>
            <translation>يُعرف في ملفات التصدير باسم {name}</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Type the new question first.</source>
            <translation>اكتب السؤال الجديد أولًا.</translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>%n person answered it; that answer goes too.</source>
            <translation>
                <numerusform>عدد مَن أجابوا عنه: %n؛ وستُحذف هذه الإجابة أيضًا.</numerusform>
                <numerusform>عدد مَن أجابوا عنه: %n؛ وستُحذف هذه الإجابة أيضًا.</numerusform>
                <numerusform>عدد مَن أجابوا عنه: %n؛ وستُحذف هذه الإجابة أيضًا.</numerusform>
                <numerusform>عدد مَن أجابوا عنه: %n؛ وستُحذف هذه الإجابة أيضًا.</numerusform>
                <numerusform>عدد مَن أجابوا عنه: %n؛ وستُحذف هذه الإجابة أيضًا.</numerusform>
                <numerusform>عدد مَن أجابوا عنه: %n؛ وستُحذف هذه الإجابة أيضًا.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n people answered it; their answers go too.</source>
            <translation>
                <numerusform>عدد مَن أجابوا عنه: %n؛ وستُحذف إجاباتهم أيضًا.</numerusform>
                <numerusform>عدد مَن أجابوا عنه: %n؛ وستُحذف إجاباتهم أيضًا.</numerusform>
                <numerusform>عدد مَن أجابوا عنه: %n؛ وستُحذف إجاباتهم أيضًا.</numerusform>
                <numerusform>عدد مَن أجابوا عنه: %n؛ وستُحذف إجاباتهم أيضًا.</numerusform>
                <numerusform>عدد مَن أجابوا عنه: %n؛ وستُحذف إجاباتهم أيضًا.</numerusform>
                <numerusform>عدد مَن أجابوا عنه: %n؛ وستُحذف إجاباتهم أيضًا.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can undo this.</source>
            <translation>يمكنك التراجع عن ذلك.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete the question “{label}”?</source>
            <translation>هل تريد حذف السؤال «{label}»؟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Type the new answer first.</source>
            <translation>اكتب الإجابة الجديدة أولًا.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Every question keeps “Prefer not to say”, so answering stays voluntary. You can rename it.</source>
            <translation>يحتفظ كل سؤال بخيار «أفضّل عدم الإجابة» لتبقى الإجابة طوعية. يمكنك إعادة تسميته.</translation>
        </message>
    </context>
    <context>
        <name>ProfileForm</name>
        <message>
            <location filename="../../workshop_app/ui/profile_form.py" line="+67" />
            <source>Not answered</source>
            <translation>لم تتم الإجابة</translation>
        </message>
        <message>
            <location line="+12" />
            <source>In their own words (optional)</source>
            <translation>بكلمات الشخص نفسه (اختياري)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{question}: in their own words</source>
            <translation>{question}: بكلمات الشخص نفسه</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <location filename="../../workshop_app/ui/projector_window.py" line="+62" />
            <source>Projector — {title}</source>
            <translation>شاشة العرض — {title}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Projector</source>
            <translation>شاشة العرض</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the room sees: the current activity and its anonymous results</source>
            <translation>ما يراه الحاضرون في القاعة: النشاط الحالي ونتائجه مجهولة الهوية</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Answers are anonymous. Results appear once {count} people have answered.</source>
            <translation>الإجابات مجهولة الهوية. تظهر النتائج عندما يبلغ عدد المجيبين {count}.</translation>
        </message>
        <message>
            <location line="+58" />
            <source>{kind}: {title}</source>
            <translation>{kind}: {title}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Welcome</source>
            <translation>أهلًا وسهلًا</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Waiting for at least {minimum} voters ({count} so far)</source>
            <translation>بانتظار ألا يقل عدد المصوّتين عن {minimum} (حتى الآن: {count})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Waiting for at least {minimum} answers ({count} so far)</source>
            <translation>بانتظار ألا يقل عدد الإجابات عن {minimum} (حتى الآن: {count})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Waiting for at least {minimum} answers to this question</source>
            <translation>بانتظار ألا يقل عدد الإجابات عن هذا السؤال عن {minimum}</translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>%n answers</source>
            <translation>
                <numerusform>%n إجابة</numerusform>
                <numerusform>%n إجابة</numerusform>
                <numerusform>%n إجابتان</numerusform>
                <numerusform>%n إجابات</numerusform>
                <numerusform>%n إجابةً</numerusform>
                <numerusform>%n إجابة</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>Ideas will appear here</source>
            <translation>ستظهر الأفكار هنا</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Nothing to vote on yet</source>
            <translation>لا يوجد ما يُصوَّت عليه بعد</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n people voted</source>
            <translation>
                <numerusform>صوّت %n شخص</numerusform>
                <numerusform>صوّت %n شخص</numerusform>
                <numerusform>صوّت %n شخصان</numerusform>
                <numerusform>صوّت %n أشخاص</numerusform>
                <numerusform>صوّت %n شخصًا</numerusform>
                <numerusform>صوّت %n شخص</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>The {count} ideas with the most dots</source>
            <translation>الأفكار الأكثر حصولًا على النقاط (أعلى {count})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dots per idea</source>
            <translation>النقاط لكل فكرة</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{count} answers · average {average}</source>
            <translation>الإجابات: {count} · المتوسط: {average}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How useful was this session?</source>
            <translation>ما مدى فائدة هذه الجلسة؟</translation>
        </message>
    </context>
    <context>
        <name>QuestionCard</name>
        <message>
            <location filename="../../workshop_app/ui/results_cards.py" line="+129" />
            <source>Save chart…</source>
            <translation>حفظ المخطط…</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Chart of “{question}”</source>
            <translation>مخطط «{question}»</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save the chart of “{question}”</source>
            <translation>حفظ مخطط «{question}»</translation>
        </message>
    </context>
    <context>
        <name>QuestionEditor</name>
        <message>
            <location filename="../../workshop_app/ui/question_editor.py" line="+65" />
            <location line="+195" />
            <source>Question</source>
            <translation>السؤال</translation>
        </message>
        <message>
            <location line="-192" />
            <source>Language of the texts edited here</source>
            <translation>لغة النصوص المحرَّرة هنا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The label, hint and messages below are in this language</source>
            <translation>التسمية والتلميح والرسائل أدناه بهذه اللغة</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The short code of the question in exports</source>
            <translation>الرمز القصير للسؤال في ملفات التصدير</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Name</source>
            <translation>الا&amp;سم</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Type</source>
            <translation>ال&amp;نوع</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Label</source>
            <translation>التسمية</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Label</source>
            <translation>ال&amp;تسمية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hint</source>
            <translation>التلميح</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shown under the label, smaller</source>
            <translation>يظهر تحت التسمية بخط أصغر</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Hint</source>
            <translation>التل&amp;ميح</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Calculation</source>
            <translation>العملية الحسابية</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Edit calculation</source>
            <translation>تحرير العملية الحسابية</translation>
        </message>
        <message>
            <location line="+4" />
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <location line="+0" />
            <source>to</source>
            <translation>إلى</translation>
        </message>
        <message>
            <location line="+0" />
            <source>step</source>
            <translation>الخطوة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scale {part}</source>
            <translation>المقياس: {part}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Scale</source>
            <translation>المقياس</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add an “&amp;Other” choice with a box to say what</source>
            <translation>إضافة خيار «&amp;أخرى» مع مربع لتحديده</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Or other</source>
            <translation>خيار «أخرى»</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change “Other” choice</source>
            <translation>تغيير خيار «أخرى»</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choices</source>
            <translation>الخيارات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An answer is &amp;required</source>
            <translation>&amp;يجب تقديم إجابة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Required</source>
            <translation>مطلوب</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Message when required</source>
            <translation>رسالة الإجابة المطلوبة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What to say when it is left empty (optional)</source>
            <translation>النص الذي يظهر عند ترك السؤال فارغًا (اختياري)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show when (relevance)</source>
            <translation>الإظهار عندما (شرط الظهور)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit relevance</source>
            <translation>تحرير شرط الظهور</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show &amp;when…</source>
            <translation>&amp;إظهار عندما…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build the condition for showing this question</source>
            <translation>إنشاء شرط إظهار هذا السؤال</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pick an earlier question and an answer</source>
            <translation>اختر سؤالًا سابقًا وإجابة</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Show when</source>
            <translation>الإظهار عندما</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+6" />
            <source>Constraint</source>
            <translation>القيد</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Edit constraint</source>
            <translation>تحرير القيد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Constraint message</source>
            <translation>رسالة القيد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What to say when the answer is not allowed</source>
            <translation>النص الذي يظهر عندما تكون الإجابة غير مسموح بها</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>Appearance</source>
            <translation>المظهر</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+2" />
            <source>Edit appearance</source>
            <translation>تحرير المظهر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Appearance</source>
            <translation>المظ&amp;هر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Default answer</source>
            <translation>الإجابة الافتراضية</translation>
        </message>
        <message>
            <location line="+0" />
            <source>An answer given in advance (optional)</source>
            <translation>إجابة مُعطاة مسبقًا (اختياري)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit default</source>
            <translation>تحرير الإجابة الافتراضية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Default</source>
            <translation>&amp;الافتراضية</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Texts in</source>
            <translation>النصوص بلغة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Select a question to edit it, or add one.</source>
            <translation>حدِّد سؤالًا لتحريره، أو أضِف سؤالًا.</translation>
        </message>
        <message>
            <location line="+151" />
            <source>The question as participants read it, in {language}</source>
            <translation>السؤال كما يقرؤه المشاركون ({language})</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Make required</source>
            <translation>جعله مطلوبًا</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Make optional</source>
            <translation>جعله اختياريًا</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Edit scale</source>
            <translation>تحرير المقياس</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Set relevance</source>
            <translation>تعيين شرط الظهور</translation>
        </message>
    </context>
    <context>
        <name>QuestionListModel</name>
        <message>
            <location filename="../../workshop_app/ui/profile_editor_model.py" line="-70" />
            <source>Known in exports as {name}</source>
            <translation>يُعرف في ملفات التصدير باسم {name}</translation>
        </message>
    </context>
    <context>
        <name>QuestionPreview</name>
        <message>
            <location filename="../../workshop_app/ui/question_preview.py" line="+29" />
            <source>Preview</source>
            <translation>معاينة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Preview language</source>
            <translation>لغة المعاينة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>See the question in another language of the survey</source>
            <translation>عرض السؤال بلغة أخرى من لغات الاستبيان</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The selected question appears here as participants will see it.</source>
            <translation>يظهر السؤال المحدد هنا كما سيراه المشاركون.</translation>
        </message>
    </context>
    <context>
        <name>QuestionTree</name>
        <message>
            <location filename="../../workshop_app/ui/builder_views.py" line="+28" />
            <source>Questions</source>
            <translation>الأسئلة</translation>
        </message>
    </context>
    <context>
        <name>QuestionTreeModel</name>
        <message>
            <location filename="../../workshop_app/ui/builder_model.py" line="+139" />
            <source>Question</source>
            <translation>السؤال</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Type</source>
            <translation>النوع</translation>
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
            <translation>نقل لأعلى</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move down</source>
            <translation>نقل لأسفل</translation>
        </message>
    </context>
    <context>
        <name>RelationshipForm</name>
        <message>
            <location filename="../../workshop_app/ui/map_panel_forms.py" line="+249" />
            <source>Relationship</source>
            <translation>العلاقة</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kind of relationship</source>
            <translation>نوع العلاقة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Strength</source>
            <translation>القوة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{number} — {label}</source>
            <translation>{number} — {label}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Direction</source>
            <translation>الاتجاه</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <source>Delete relationship</source>
            <translation>حذف العلاقة</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Kind</source>
            <translation>ال&amp;نوع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>St&amp;rength</source>
            <translation>ال&amp;قوة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Direction</source>
            <translation>الا&amp;تجاه</translation>
        </message>
        <message>
            <location line="+42" />
            <source>{source} and {target}</source>
            <translation>{source} و{target}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No direction (both ways)</source>
            <translation>بلا اتجاه (في الاتجاهين)</translation>
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
            <translation>إظهار هذا السؤال عندما…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ask “{question}” only when an earlier answer is as follows.</source>
            <translation>اطرح «{question}» فقط عندما تكون إجابة سابقة كما يلي.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Earlier question</source>
            <translation>السؤال السابق</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{label} ({name})</source>
            <translation>{label} ({name})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Condition</source>
            <translation>الشرط</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Answer</source>
            <translation>الإجابة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The answer to compare with</source>
            <translation>الإجابة المراد المقارنة بها</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Replace the condition</source>
            <translation>استبدال الشرط</translation>
        </message>
        <message>
            <location line="+0" />
            <source>And (both)</source>
            <translation>و (كلاهما)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Or (either)</source>
            <translation>أو (أيٌّ منهما)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The question already has a condition: {condition}</source>
            <translation>للسؤال شرط بالفعل: {condition}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Question</source>
            <translation>ال&amp;سؤال</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Condition</source>
            <translation>ال&amp;شرط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Answer</source>
            <translation>الإ&amp;جابة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use this condition</source>
            <translation>استخدام هذا الشرط</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The condition, as XLSForm writes it:</source>
            <translation>الشرط كما يكتبه XLSForm:</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Pick a question and an answer.</source>
            <translation>اختر سؤالًا وإجابة.</translation>
        </message>
    </context>
    <context>
        <name>ResultsFilterBar</name>
        <message>
            <location filename="../../workshop_app/ui/results_filters.py" line="+90" />
            <source>Workshop</source>
            <translation>الورشة</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Any date</source>
            <translation>أي تاريخ</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Answered from</source>
            <translation>تمت الإجابة من</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answered until</source>
            <translation>تمت الإجابة حتى</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Finished only</source>
            <translation>&amp;المكتملة فقط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count finished responses only</source>
            <translation>احتساب الاستجابات المكتملة فقط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show results of</source>
            <translation>إظهار نتائج</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compare with</source>
            <translation>المقارنة مع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;lear filters</source>
            <translation>م&amp;سح عوامل التصفية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear all filters</source>
            <translation>مسح كل عوامل التصفية</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Workshop</source>
            <translation>ال&amp;ورشة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>F&amp;rom</source>
            <translation>&amp;من</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;to</source>
            <translation>&amp;إلى</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Who</source>
            <translation>ال&amp;فئة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Co&amp;mpare with</source>
            <translation>م&amp;قارنة مع</translation>
        </message>
        <message>
            <location line="+50" />
            <source>All workshops</source>
            <translation>كل الورش</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{title} — {when}</source>
            <translation>{title} — {when}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No comparison</source>
            <translation>بلا مقارنة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everyone</source>
            <translation>الجميع</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Several answers…</source>
            <translation>عدة إجابات…</translation>
        </message>
        <message>
            <location line="+65" />
            <source>{start} to {end}</source>
            <translation>من {start} إلى {end}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>from {start}</source>
            <translation>من {start}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>until {end}</source>
            <translation>حتى {end}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>any date</source>
            <translation>أي تاريخ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>finished responses only</source>
            <translation>الاستجابات المكتملة فقط</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <location filename="../../workshop_app/ui/results_page.py" line="+89" />
            <source>Surveys with answers</source>
            <translation>الاستبيانات التي لها إجابات</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Counts under 5 show as “&lt;5” and a question with fewer than 5 answers shows no chart, so no one can be singled out; “≥5” is hidden so a small count cannot be worked out. Typed answers are never shown here, only the words many people used.</source>
            <translation>الأعداد الأقل من 5 تظهر بالشكل «&lt;5»، والسؤال الذي لديه أقل من 5 إجابات لا يُعرض له مخطط، كي لا يمكن تمييز أي شخص؛ ويُخفى «≥5» حتى لا يمكن استنتاج عدد صغير. لا تظهر الإجابات المكتوبة هنا أبدًا، بل تظهر فقط الكلمات التي استخدمها كثيرون.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Results</source>
            <translation>النتائج</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Surveys appear here once someone has answered them.</source>
            <translation>تظهر الاستبيانات هنا بمجرد أن يجيب عنها أحد.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Results of the survey</source>
            <translation>نتائج الاستبيان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One card per question; scroll with the arrow keys</source>
            <translation>بطاقة لكل سؤال؛ استخدم مفاتيح الأسهم للتمرير</translation>
        </message>
        <message>
            <location line="+29" />
            <source>No database is open.</source>
            <translation>لا توجد قاعدة بيانات مفتوحة.</translation>
        </message>
        <message>
            <location line="+72" />
            <location line="+91" />
            <source>No answers yet</source>
            <translation>لا توجد إجابات بعد</translation>
        </message>
        <message>
            <location line="-90" />
            <source>Results appear here once people answer a survey in the kiosk, or once answers given on paper are typed in.</source>
            <translation>تظهر النتائج هنا بمجرد أن يجيب الأشخاص عن استبيان في الكشك، أو بعد إدخال الإجابات المقدَّمة على الورق.</translation>
        </message>
        <message>
            <location line="+69" />
            <source>No answers from these groups</source>
            <translation>لا توجد إجابات من هاتين الفئتين</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Neither group answered this survey in the responses the filters select.</source>
            <translation>لم تُجب أيٌّ من الفئتين عن هذا الاستبيان ضمن الاستجابات التي تحددها عوامل التصفية.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{survey}: “{first}” and “{second}” side by side · {filters}</source>
            <translation>{survey}: «{first}» و«{second}» جنبًا إلى جنب · {filters}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No answers match</source>
            <translation>لا توجد إجابات مطابقة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No answers match these filters. Choose another workshop or group, or widen the dates.</source>
            <translation>لا توجد إجابات تطابق عوامل التصفية هذه. اختر ورشة أو فئة أخرى، أو وسّع نطاق التواريخ.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This survey has no answers yet.</source>
            <translation>لا توجد إجابات عن هذا الاستبيان بعد.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Too few answers to show</source>
            <translation>الإجابات أقل من أن تُعرض</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fewer than 5 responses match these filters, so no results are shown: with so few, an answer could point to a person.</source>
            <translation>عدد الاستجابات المطابقة لعوامل التصفية هذه أقل من 5، لذا لا تُعرض أي نتائج: فمع عدد بهذه القلة قد تدل إجابةٌ على شخص بعينه.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{survey}: {responses} · {filters}</source>
            <translation>{survey}: {responses} · {filters}</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Saved the chart as {path}.</source>
            <translation>حُفظ المخطط في {path}.</translation>
        </message>
    </context>
    <context>
        <name>ResultsSurveyModel</name>
        <message>
            <location line="-350" />
            <source>Version {version}</source>
            <translation>الإصدار {version}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Versions {versions}</source>
            <translation>الإصدارات {versions}</translation>
        </message>
    </context>
    <context>
        <name>ResumeOffer</name>
        <message>
            <location filename="../../workshop_app/ui/run_resume.py" line="+34" />
            <source>Resume…</source>
            <translation>استئناف…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resume the unfinished surveys</source>
            <translation>استئناف الاستبيانات غير المكتملة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the run view of their workshop</source>
            <translation>فتح شاشة التشغيل الخاصة بورشتها</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Dismiss the offer to resume</source>
            <translation>تجاهل عرض الاستئناف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hide this offer; the unfinished surveys stay saved</source>
            <translation>إخفاء هذا العرض؛ تبقى الاستبيانات غير المكتملة محفوظة</translation>
        </message>
        <message numerus="yes">
            <location line="+29" />
            <source>%n survey was not finished —</source>
            <translation>
                <numerusform>لم يكتمل %n استبيان —</numerusform>
                <numerusform>لم يكتمل %n استبيان —</numerusform>
                <numerusform>لم يكتمل %n استبيان —</numerusform>
                <numerusform>لم يكتمل %n استبيان —</numerusform>
                <numerusform>لم يكتمل %n استبيان —</numerusform>
                <numerusform>لم يكتمل %n استبيان —</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n surveys were not finished —</source>
            <translation>
                <numerusform>لم يكتمل %n استبيان —</numerusform>
                <numerusform>لم يكتمل %n استبيان —</numerusform>
                <numerusform>لم يكتمل %n استبيانان —</numerusform>
                <numerusform>لم تكتمل %n استبيانات —</numerusform>
                <numerusform>لم يكتمل %n استبيانًا —</numerusform>
                <numerusform>لم يكتمل %n استبيان —</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RunAgendaModel</name>
        <message>
            <location filename="../../workshop_app/ui/run_agenda.py" line="+93" />
            <source>{item} (on now)</source>
            <translation>{item} (جارٍ الآن)</translation>
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
            <translation>حالة الورشة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check-in</source>
            <translation>تسجيل الحضور</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Check people in</source>
            <translation>تسجيل حضور الأشخاص</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Register and check people in at the door (Ctrl+I)</source>
            <translation>تسجيل الأشخاص وحضورهم عند الباب (Ctrl+I)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kiosk PIN…</source>
            <translation>رمز PIN للكشك…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Set the kiosk PIN</source>
            <translation>تعيين رمز PIN للكشك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The PIN that lets you leave the kiosk</source>
            <translation>رمز PIN الذي يتيح لك الخروج من الكشك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open projector</source>
            <translation>فتح شاشة العرض</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open the projector view</source>
            <translation>فتح شاشة جهاز العرض</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timer and results for the room, on the second screen (F5)</source>
            <translation>المؤقت والنتائج للقاعة على الشاشة الثانية (F5)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End workshop</source>
            <translation>إنهاء الورشة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>End the workshop</source>
            <translation>إنهاء الورشة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark the workshop as done</source>
            <translation>تعيين حالة الورشة إلى «منتهية»</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+57" />
            <source>Agenda</source>
            <translation>جدول الأعمال</translation>
        </message>
        <message>
            <location line="-48" />
            <source>← Previous</source>
            <translation>→ السابق</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Previous activity</source>
            <translation>النشاط السابق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The activity before (Alt+Left)</source>
            <translation>النشاط الذي قبله (Alt+Left)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next →</source>
            <translation>التالي ←</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next activity</source>
            <translation>النشاط التالي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The next activity (Alt+Right)</source>
            <translation>النشاط الذي يليه (Alt+Right)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>&amp;Status</source>
            <translation>ال&amp;حالة</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Check-in ({count})</source>
            <translation>تسجيل الحضور ({count})</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This workshop has no agenda yet. Add activities in Workshops.</source>
            <translation>لا يوجد جدول أعمال لهذه الورشة بعد. أضِف الأنشطة من قسم «الورش».</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{hint}

Run it with the timer; the maps are drawn in the Stakeholder maps section.</source>
            <translation>{hint}

أدِره باستخدام المؤقت؛ أما الخرائط فتُرسم في قسم «خرائط الجهات المعنية».</translation>
        </message>
    </context>
    <context>
        <name>RunWindow</name>
        <message>
            <location filename="../../workshop_app/ui/run_window.py" line="+95" />
            <source>&amp;Workshop</source>
            <translation>ال&amp;ورشة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Check-in</source>
            <translation>تسجيل ال&amp;حضور</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kiosk &amp;PIN…</source>
            <translation>رمز PIN لل&amp;كشك…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open p&amp;rojector</source>
            <translation>فتح شاشة ال&amp;عرض</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the timer and results on the second screen</source>
            <translation>إظهار المؤقت والنتائج على الشاشة الثانية</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;End workshop</source>
            <translation>إ&amp;نهاء الورشة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Close run view</source>
            <translation>إ&amp;غلاق شاشة التشغيل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>&amp;تحرير</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>&amp;تراجع</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>&amp;إعادة</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Timer</source>
            <translation>ال&amp;مؤقت</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Start or pause</source>
            <translation>&amp;بدء أو إيقاف مؤقت</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;One more minute</source>
            <translation>&amp;دقيقة إضافية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Five more minutes</source>
            <translation>&amp;خمس دقائق إضافية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reset</source>
            <translation>إعادة &amp;ضبط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Go</source>
            <translation>&amp;انتقال</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Previous activity</source>
            <translation>النشاط ال&amp;سابق</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Next activity</source>
            <translation>النشاط ال&amp;تالي</translation>
        </message>
        <message>
            <location line="+32" />
            <source>This workshop no longer exists.</source>
            <translation>لم تعد هذه الورشة موجودة.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Run — {title}</source>
            <translation>التشغيل — {title}</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>%n survey was not finished. It is listed below; resume it from there.</source>
            <translation>
                <numerusform>لم يكتمل %n استبيان، وهو مُدرج أدناه؛ يمكنك استئنافه من هناك.</numerusform>
                <numerusform>لم يكتمل %n استبيان، وهو مُدرج أدناه؛ يمكنك استئنافه من هناك.</numerusform>
                <numerusform>لم يكتمل %n استبيان، وهو مُدرج أدناه؛ يمكنك استئنافه من هناك.</numerusform>
                <numerusform>لم يكتمل %n استبيان، وهو مُدرج أدناه؛ يمكنك استئنافه من هناك.</numerusform>
                <numerusform>لم يكتمل %n استبيان، وهو مُدرج أدناه؛ يمكنك استئنافه من هناك.</numerusform>
                <numerusform>لم يكتمل %n استبيان، وهو مُدرج أدناه؛ يمكنك استئنافه من هناك.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n surveys were not finished. They are listed below; resume them from there.</source>
            <translation>
                <numerusform>لم يكتمل %n استبيان، وهي مُدرجة أدناه؛ يمكنك استئنافها من هناك.</numerusform>
                <numerusform>لم يكتمل %n استبيان، وهو مُدرج أدناه؛ يمكنك استئنافه من هناك.</numerusform>
                <numerusform>لم يكتمل %n استبيانان، وهما مُدرجان أدناه؛ يمكنك استئنافهما من هناك.</numerusform>
                <numerusform>لم تكتمل %n استبيانات، وهي مُدرجة أدناه؛ يمكنك استئنافها من هناك.</numerusform>
                <numerusform>لم يكتمل %n استبيانًا، وهي مُدرجة أدناه؛ يمكنك استئنافها من هناك.</numerusform>
                <numerusform>لم يكتمل %n استبيان، وهي مُدرجة أدناه؛ يمكنك استئنافها من هناك.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+65" />
            <source>Time is up for {title}.</source>
            <translation>انتهى وقت «{title}».</translation>
        </message>
        <message>
            <location line="+6" />
            <source>time is up</source>
            <translation>انتهى الوقت</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{clock} left</source>
            <translation>المتبقي: {clock}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>paused at {clock}</source>
            <translation>متوقف مؤقتًا عند {clock}</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Mark as {status}</source>
            <translation>تعيين الحالة إلى «{status}»</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The workshop is marked as done and everything is saved in this database. Packing it for the ULG secretary comes with the merge feature; until then, bring this laptop or a backup of the database.</source>
            <translation>تم تعيين حالة الورشة إلى «منتهية»، وكل شيء محفوظ في قاعدة البيانات هذه. سيتوفر تحزيمها لأمانة سر ULG مع ميزة الدمج؛ وحتى ذلك الحين، أحضِر هذا الحاسوب أو نسخة احتياطية من قاعدة البيانات.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The kiosk PIN is set.</source>
            <translation>تم تعيين رمز PIN للكشك.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The kiosk PIN is removed.</source>
            <translation>تمت إزالة رمز PIN للكشك.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Set a kiosk PIN first: it lets you, and only you, leave the kiosk.</source>
            <translation>عيِّن رمز PIN للكشك أولًا: فهو يتيح لك، ولك وحدك، الخروج من الكشك.</translation>
        </message>
    </context>
    <context>
        <name>ScaleWidget</name>
        <message>
            <location filename="../../workshop_app/ui/question_inputs.py" line="+83" />
            <source>{value} on the scale</source>
            <translation>{value} على المقياس</translation>
        </message>
    </context>
    <context>
        <name>SelectionForm</name>
        <message>
            <location filename="../../workshop_app/ui/map_panel.py" line="+50" />
            <source>Align &amp;left</source>
            <translation>محاذاة لل&amp;يسار</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Align &amp;top</source>
            <translation>محاذاة لل&amp;أعلى</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Align &amp;centres</source>
            <translation>محاذاة ال&amp;مراكز</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete selected</source>
            <translation>حذف المحدد</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete the selected stakeholders</source>
            <translation>حذف الجهات المعنية المحددة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Drag any of them to move them all; the arrow keys nudge them.</source>
            <translation>اسحب أيًّا منها لنقلها كلها؛ وتحرّكها مفاتيح الأسهم قليلًا.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>1 stakeholder selected</source>
            <translation>جهة معنية واحدة محددة</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n stakeholders selected</source>
            <translation>
                <numerusform>الجهات المعنية المحددة: %n</numerusform>
                <numerusform>الجهات المعنية المحددة: %n</numerusform>
                <numerusform>الجهات المعنية المحددة: %n</numerusform>
                <numerusform>الجهات المعنية المحددة: %n</numerusform>
                <numerusform>الجهات المعنية المحددة: %n</numerusform>
                <numerusform>الجهات المعنية المحددة: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n relationships selected</source>
            <translation>
                <numerusform>العلاقات المحددة: %n</numerusform>
                <numerusform>العلاقات المحددة: %n</numerusform>
                <numerusform>العلاقات المحددة: %n</numerusform>
                <numerusform>العلاقات المحددة: %n</numerusform>
                <numerusform>العلاقات المحددة: %n</numerusform>
                <numerusform>العلاقات المحددة: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StakeholderForm</name>
        <message>
            <location filename="../../workshop_app/ui/map_panel_forms.py" line="-213" />
            <source>Stakeholder</source>
            <translation>الجهة المعنية</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sector</source>
            <translation>القطاع</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attitude</source>
            <translation>الموقف</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Engagement strategy</source>
            <translation>استراتيجية الإشراك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How to involve them</source>
            <translation>كيفية إشراكها</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Contact (personal data)</source>
            <translation>بيانات التواصل (بيانات شخصية)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail or phone of a contact person</source>
            <translation>البريد الإلكتروني أو هاتف شخص للتواصل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Personal data</source>
            <translation>بيانات شخصية</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Left out of exports unless you choose to include contacts.</source>
            <translation>تُستبعد من ملفات التصدير ما لم تختر تضمين بيانات التواصل.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Delete stakeholder</source>
            <translation>حذف الجهة المعنية</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Name</source>
            <translation>الا&amp;سم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Organisation</source>
            <translation>الم&amp;نظمة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sector</source>
            <translation>ال&amp;قطاع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Attitude</source>
            <translation>ال&amp;موقف</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Engagement</source>
            <translation>ال&amp;إشراك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No&amp;tes</source>
            <translation>م&amp;لاحظات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Contact</source>
            <translation>&amp;التواصل</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Across</source>
            <translation>أفقيًا</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Up</source>
            <translation>عموديًا</translation>
        </message>
    </context>
    <context>
        <name>SurveyBuilder</name>
        <message>
            <location filename="../../workshop_app/ui/survey_builder.py" line="+57" />
            <source>Survey title</source>
            <translation>عنوان الاستبيان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title of the survey</source>
            <translation>عنوان الاستبيان</translation>
        </message>
        <message>
            <location line="+2" />
            <source>• Unsaved changes</source>
            <translation>• تغييرات غير محفوظة</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Redo</source>
            <translation>إعادة</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Save</source>
            <translation>&amp;حفظ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save survey</source>
            <translation>حفظ الاستبيان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the survey (Ctrl+S)</source>
            <translation>حفظ الاستبيان (Ctrl+S)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add &amp;question</source>
            <translation>إضافة &amp;سؤال</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add question</source>
            <translation>إضافة سؤال</translation>
        </message>
        <message>
            <location line="+12" />
            <source>D&amp;uplicate</source>
            <translation>إنشاء &amp;نسخة</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+250" />
            <source>Duplicate question</source>
            <translation>إنشاء نسخة من السؤال</translation>
        </message>
        <message>
            <location line="-248" />
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete question</source>
            <translation>حذف السؤال</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Move question up (Alt+Up)</source>
            <translation>نقل السؤال لأعلى (Alt+Up)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Move question down (Alt+Down)</source>
            <translation>نقل السؤال لأسفل (Alt+Down)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Survey builder views</source>
            <translation>طرق عرض منشئ الاستبيانات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions</source>
            <translation>الأسئلة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Translations</source>
            <translation>الترجمات</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{action} ({keys})</source>
            <translation>{action} ({keys})</translation>
        </message>
        <message>
            <location line="+83" />
            <source>Change title</source>
            <translation>تغيير العنوان</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Version {version} already has responses, so saving changes makes version {next}.</source>
            <translation>للإصدار {version} استجابات بالفعل، لذا سيؤدي حفظ التغييرات إلى إنشاء الإصدار {next}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Version {version} · no responses yet</source>
            <translation>الإصدار {version} · لا توجد استجابات بعد</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Add question: {type}</source>
            <translation>إضافة سؤال: {type}</translation>
        </message>
    </context>
    <context>
        <name>SurveyListPane</name>
        <message>
            <location filename="../../workshop_app/ui/survey_list_pane.py" line="+16" />
            <source>Surveys</source>
            <translation>الاستبيانات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New from template…</source>
            <translation>&amp;جديد من قالب…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New survey from a template</source>
            <translation>استبيان جديد من قالب</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Import XLSForm…</source>
            <translation>&amp;استيراد XLSForm…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import XLSForm</source>
            <translation>استيراد XLSForm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a questionnaire from KoboToolbox, ODK or another XLSForm file</source>
            <translation>إضافة استبيان من KoboToolbox أو ODK أو أي ملف XLSForm آخر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport XLSForm…</source>
            <translation>&amp;تصدير XLSForm…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export XLSForm</source>
            <translation>تصدير XLSForm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the survey as an XLSForm for KoboToolbox or ODK</source>
            <translation>حفظ الاستبيان بتنسيق XLSForm لاستخدامه في KoboToolbox أو ODK</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete survey…</source>
            <translation>حذف الاستبيان…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete survey</source>
            <translation>حذف الاستبيان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo deleting the survey</source>
            <translation>التراجع عن حذف الاستبيان</translation>
        </message>
    </context>
    <context>
        <name>SurveyPanel</name>
        <message>
            <location filename="../../workshop_app/ui/run_survey_panel.py" line="+99" />
            <source>Start &amp;kiosk</source>
            <translation>تشغيل ال&amp;كشك</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start the kiosk</source>
            <translation>تشغيل الكشك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People answer on this laptop, one after another, in a locked screen</source>
            <translation>يجيب الأشخاص على هذا الحاسوب، واحدًا تلو الآخر، في شاشة مقفلة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter &amp;paper answers</source>
            <translation>إدخال الإجابات ال&amp;ورقية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter paper answers</source>
            <translation>إدخال الإجابات الورقية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type in questionnaires filled in on paper</source>
            <translation>كتابة الاستبيانات التي مُلئت على الورق</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Question shown on the projector</source>
            <translation>السؤال المعروض على جهاز العرض</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Every answer given so far is saved. Pick one and resume it where the person stopped.</source>
            <translation>كل إجابة قُدِّمت حتى الآن محفوظة. اختر استجابة واستأنفها من حيث توقف الشخص.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Unfinished responses</source>
            <translation>الاستجابات غير المكتملة</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Resume in kiosk</source>
            <translation>&amp;استئناف في الكشك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resume the selected response in the kiosk</source>
            <translation>استئناف الاستجابة المحددة في الكشك</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resume as paper &amp;entry</source>
            <translation>استئناف كإ&amp;دخال ورقي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resume the selected response as paper entry</source>
            <translation>استئناف الاستجابة المحددة كإدخال ورقي</translation>
        </message>
        <message>
            <location line="+5" />
            <source>On the projector:</source>
            <translation>على جهاز العرض:</translation>
        </message>
        <message>
            <location line="+58" />
            <source>No survey is chosen for this activity yet.</source>
            <translation>لم يُختر استبيان لهذا النشاط بعد.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>{started} started · {finished} finished · {open} not finished</source>
            <translation>بدأت: {started} · اكتملت: {finished} · لم تكتمل: {open}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not finished ({count})</source>
            <translation>غير مكتملة ({count})</translation>
        </message>
    </context>
    <context>
        <name>SurveysPage</name>
        <message>
            <location filename="../../workshop_app/ui/surveys_page.py" line="+98" />
            <source>No database is open.</source>
            <translation>لا توجد قاعدة بيانات مفتوحة.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Save survey</source>
            <translation>&amp;حفظ الاستبيان</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Import XLSForm…</source>
            <translation>&amp;استيراد XLSForm…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a questionnaire from an XLSForm file (KoboToolbox, ODK)</source>
            <translation>إضافة استبيان من ملف XLSForm (KoboToolbox، ODK)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>E&amp;xport XLSForm…</source>
            <translation>&amp;تصدير XLSForm…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the selected survey as an XLSForm file</source>
            <translation>حفظ الاستبيان المحدد كملف XLSForm</translation>
        </message>
        <message>
            <location line="+149" />
            <source>The survey cannot be saved yet: {problem}</source>
            <translation>لا يمكن حفظ الاستبيان بعد: {problem}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Saved as version {version}. Version {old} keeps its {responses} with the questions they answered.</source>
            <translation>حُفظ بوصفه الإصدار {version}. ويحتفظ الإصدار {old} بـ{responses} مع الأسئلة التي أُجيب عنها.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>New survey</source>
            <translation>استبيان جديد</translation>
        </message>
        <message>
            <location line="+39" />
            <source>The survey cannot be exported yet: {problem}</source>
            <translation>لا يمكن تصدير الاستبيان بعد: {problem}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Exported to {path}.</source>
            <translation>تم التصدير إلى {path}.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Delete “{title}” (version {version})?</source>
            <translation>هل تريد حذف «{title}» (الإصدار {version})؟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Its {responses} are deleted with it.</source>
            <translation>ستُحذف معه {responses}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Its unsaved changes are lost.</source>
            <translation>ستُفقد تغييراته غير المحفوظة.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete survey</source>
            <translation>حذف الاستبيان</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{title}” was deleted.</source>
            <translation>تم حذف «{title}».</translation>
        </message>
    </context>
    <context>
        <name>TakeSnapshotDialog</name>
        <message>
            <location filename="../../workshop_app/ui/map_snapshots.py" line="-139" />
            <location line="+15" />
            <source>Take snapshot</source>
            <translation>التقاط لقطة</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Save where every stakeholder stands now, to compare with later.</source>
            <translation>احفظ موضع كل جهة معنية الآن، لمقارنته لاحقًا.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name of the snapshot</source>
            <translation>اسم اللقطة</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Date of the snapshot</source>
            <translation>تاريخ اللقطة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Name</source>
            <translation>الا&amp;سم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>ال&amp;تاريخ</translation>
        </message>
    </context>
    <context>
        <name>TargetTableModel</name>
        <message>
            <location filename="../../workshop_app/ui/diversity_targets_dialog.py" line="+78" />
            <source>Group</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Question</source>
            <translation>السؤال</translation>
        </message>
        <message>
            <location line="+0" />
            <source>At least</source>
            <translation>الحد الأدنى</translation>
        </message>
    </context>
    <context>
        <name>TargetsDialog</name>
        <message>
            <location line="+22" />
            <source>Diversity targets</source>
            <translation>أهداف التنوّع</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Say which groups should make up at least a share of those who took part. The “Who took part” tab then says plainly when a group is missing.</source>
            <translation>حدِّد الفئات التي يجب ألا تقل حصتها ممن شاركوا عن نسبة معيّنة. وعندها يوضّح تبويب «مَن شارك» بجلاء متى تكون فئة ما غائبة.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Targets set</source>
            <translation>الأهداف المحددة</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Remove target</source>
            <translation>إ&amp;زالة الهدف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected target</source>
            <translation>إزالة الهدف المحدد</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Question the group is defined by</source>
            <translation>السؤال الذي تُعرَّف به الفئة</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Answers that make up the group</source>
            <translation>الإجابات التي تكوِّن الفئة</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Least share, in per cent</source>
            <translation>أدنى حصة، بالنسبة المئوية</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. People over 60 (optional)</source>
            <translation>مثل: الأشخاص فوق 60 عامًا (اختياري)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name of the group</source>
            <translation>اسم الفئة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Set target</source>
            <translation>&amp;تعيين الهدف</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set target</source>
            <translation>تعيين الهدف</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Question</source>
            <translation>ال&amp;سؤال</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A&amp;nswers</source>
            <translation>الإ&amp;جابات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At &amp;least</source>
            <translation>ال&amp;حد الأدنى</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Group &amp;name</source>
            <translation>اسم ال&amp;فئة</translation>
        </message>
        <message>
            <location line="+14" />
            <source>New or changed target</source>
            <translation>هدف جديد أو معدَّل</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Select the target to remove.</source>
            <translation>حدِّد الهدف المراد إزالته.</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <location filename="../../workshop_app/ui/survey_template_dialog.py" line="+126" />
            <source>New survey from a template</source>
            <translation>استبيان جديد من قالب</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Templates</source>
            <translation>القوالب</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Language of the preview</source>
            <translation>لغة المعاينة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title of the new survey</source>
            <translation>عنوان الاستبيان الجديد</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Questions of the template</source>
            <translation>أسئلة القالب</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Start from a questionnaire that works, then adapt it.</source>
            <translation>ابدأ من استبيان مُجرَّب، ثم عدّله بما يناسبك.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Title</source>
            <translation>ال&amp;عنوان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Show in</source>
            <translation>عرض &amp;بلغة</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Create survey</source>
            <translation>إنشاء الاستبيان</translation>
        </message>
    </context>
    <context>
        <name>TimerClock</name>
        <message>
            <location filename="../../workshop_app/ui/timer_widget.py" line="+53" />
            <source>Time left</source>
            <translation>الوقت المتبقي</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Time is up, {clock} over</source>
            <translation>انتهى الوقت منذ {clock}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{clock} left</source>
            <translation>المتبقي: {clock}</translation>
        </message>
    </context>
    <context>
        <name>TimerPanel</name>
        <message>
            <location line="+27" />
            <source>Share of the time left</source>
            <translation>نسبة الوقت المتبقي</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+68" />
            <source>Start</source>
            <translation>بدء</translation>
        </message>
        <message>
            <location line="-68" />
            <source>Start or pause the timer (Space)</source>
            <translation>بدء المؤقت أو إيقافه مؤقتًا (Space)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start or pause the timer</source>
            <translation>بدء المؤقت أو إيقافه مؤقتًا</translation>
        </message>
        <message>
            <location line="+2" />
            <source>+1 min</source>
            <translation>+1 دقيقة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>One more minute (+)</source>
            <translation>دقيقة إضافية (+)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add one minute</source>
            <translation>إضافة دقيقة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>+5 min</source>
            <translation>+5 دقائق</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Five more minutes (Shift++)</source>
            <translation>خمس دقائق إضافية (Shift++)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add five minutes</source>
            <translation>إضافة خمس دقائق</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reset</source>
            <translation>إعادة ضبط</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Back to the planned time, stopped</source>
            <translation>العودة إلى الوقت المخطط، مع الإيقاف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset the timer</source>
            <translation>إعادة ضبط المؤقت</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Pause</source>
            <translation>إيقاف مؤقت</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Resume</source>
            <translation>استئناف</translation>
        </message>
    </context>
    <context>
        <name>TranslationsModel</name>
        <message>
            <location filename="../../workshop_app/ui/survey_translations.py" line="+107" />
            <source>Text</source>
            <translation>النص</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{language} (default)</source>
            <translation>{language} (الافتراضية)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>label</source>
            <translation>التسمية</translation>
        </message>
        <message>
            <location line="+0" />
            <source>hint</source>
            <translation>التلميح</translation>
        </message>
        <message>
            <location line="+1" />
            <source>constraint message</source>
            <translation>رسالة القيد</translation>
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
            <translation>(مفقود)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not translated yet: participants see the default language here</source>
            <translation>لم تُترجم بعد: يظهر هنا للمشاركين النص باللغة الافتراضية</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+7" />
            <source>Edit translation</source>
            <translation>تحرير الترجمة</translation>
        </message>
    </context>
    <context>
        <name>TranslationsView</name>
        <message>
            <location line="+12" />
            <source>Every text of the survey, one column per language. Tinted cells still need a translation; participants see the default language there.</source>
            <translation>كل نصوص الاستبيان، بعمود لكل لغة. الخلايا الملوّنة لا تزال بحاجة إلى ترجمة؛ ويرى المشاركون فيها اللغة الافتراضية.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Default language</source>
            <translation>اللغة الافتراضية</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Default language</source>
            <translation>اللغة ال&amp;افتراضية</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Add language…</source>
            <translation>&amp;إضافة لغة…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add language</source>
            <translation>إضافة لغة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove language…</source>
            <translation>إزالة لغة…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove language</source>
            <translation>إزالة اللغة</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Translations</source>
            <translation>الترجمات</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Change default language</source>
            <translation>تغيير اللغة الافتراضية</translation>
        </message>
    </context>
    <context>
        <name>UnfinishedModel</name>
        <message>
            <location filename="../../workshop_app/ui/run_survey_panel.py" line="-187" />
            <source>Who</source>
            <translation>الشخص</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Started</source>
            <translation>البدء</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last answer</source>
            <translation>آخر إجابة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answers</source>
            <translation>الإجابات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Anonymous</source>
            <translation>مجهول الهوية</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no answer yet</source>
            <translation>لا إجابة بعد</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kiosk</source>
            <translation>الكشك</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Paper</source>
            <translation>ورقي</translation>
        </message>
    </context>
    <context>
        <name>ViewMenu</name>
        <message>
            <location filename="../../workshop_app/ui/view_menu.py" line="+40" />
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Language</source>
            <translation>&amp;اللغة</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Show the app in this language</source>
            <translation>عرض التطبيق بهذه اللغة</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Text &amp;size</source>
            <translation>&amp;حجم النص</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{percent} %</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;High contrast</source>
            <translation>&amp;تباين عالٍ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>White and yellow on black, with thick outlines</source>
            <translation>نص أبيض وأصفر على خلفية سوداء، مع حدود سميكة</translation>
        </message>
    </context>
    <context>
        <name>VoteTallyModel</name>
        <message>
            <location filename="../../workshop_app/ui/voting_model.py" line="+37" />
            <source>Note</source>
            <translation>الملاحظة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cluster</source>
            <translation>المجموعة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dots in all</source>
            <translation>مجموع النقاط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counted in the room</source>
            <translation>المعدودة في القاعة</translation>
        </message>
    </context>
    <context>
        <name>VotingPanel</name>
        <message>
            <location filename="../../workshop_app/ui/voting_panel.py" line="+61" />
            <source>Start &amp;kiosk voting</source>
            <translation>بدء التصويت في ال&amp;كشك</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start kiosk voting</source>
            <translation>بدء التصويت في الكشك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People place their dots one after another on this laptop</source>
            <translation>يضع الأشخاص نقاطهم واحدًا تلو الآخر على هذا الحاسوب</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type an option to vote on and press Enter</source>
            <translation>اكتب خيارًا للتصويت عليه واضغط Enter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New option to vote on</source>
            <translation>خيار جديد للتصويت عليه</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dots per note</source>
            <translation>النقاط لكل ملاحظة</translation>
        </message>
        <message>
            <location line="+17" />
            <source>One dot less on the selected note</source>
            <translation>نقطة أقل للملاحظة المحددة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One dot less (−)</source>
            <translation>نقطة أقل (−)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>One dot more on the selected note</source>
            <translation>نقطة أكثر للملاحظة المحددة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One dot more (+)</source>
            <translation>نقطة أكثر (+)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Counting paper dots? Select a note and press + or −, or type the number.</source>
            <translation>تعدّ النقاط الورقية؟ حدِّد ملاحظة واضغط + أو −، أو اكتب العدد.</translation>
        </message>
        <message numerus="yes">
            <location line="+61" />
            <source>%n person voted in the kiosk</source>
            <translation>
                <numerusform>صوّت %n شخص في الكشك</numerusform>
                <numerusform>صوّت %n شخص في الكشك</numerusform>
                <numerusform>صوّت %n شخصان في الكشك</numerusform>
                <numerusform>صوّت %n أشخاص في الكشك</numerusform>
                <numerusform>صوّت %n شخصًا في الكشك</numerusform>
                <numerusform>صوّت %n شخص في الكشك</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n people voted in the kiosk</source>
            <translation>
                <numerusform>صوّت %n شخص في الكشك</numerusform>
                <numerusform>صوّت %n شخص في الكشك</numerusform>
                <numerusform>صوّت %n شخصان في الكشك</numerusform>
                <numerusform>صوّت %n أشخاص في الكشك</numerusform>
                <numerusform>صوّت %n شخصًا في الكشك</numerusform>
                <numerusform>صوّت %n شخص في الكشك</numerusform>
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
            <translation>يصوّت الأشخاص على الخيارات المكتوبة هنا.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No brainstorm comes before this dot vote: type the options to vote on.</source>
            <translation>لا يسبق هذا التصويتَ بالنقاط أيُّ عصف ذهني: اكتب الخيارات التي سيُصوَّت عليها.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>People vote on the notes of the brainstorm before it.</source>
            <translation>يصوّت الأشخاص على ملاحظات العصف الذهني الذي يسبقه.</translation>
        </message>
    </context>
    <context>
        <name>WorkbookPanel</name>
        <message>
            <location filename="../../workshop_app/ui/workbook_panel.py" line="+73" />
            <source>ULG workbook</source>
            <translation>مصنَّف ULG</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One Excel file for the ULG meeting and the Integrated Action Plan: a summary with charts, every survey response, ideas and votes, stakeholder maps and who took part.</source>
            <translation>ملف Excel واحد لاجتماع ULG ولخطة العمل المتكاملة: ملخص مع مخططات، وكل استجابات الاستبيانات، والأفكار والأصوات، وخرائط الجهات المعنية، ومَن شارك.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>E&amp;verything</source>
            <translation>&amp;كل شيء</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One &amp;workshop</source>
            <translation>&amp;ورشة واحدة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workshops &amp;between</source>
            <translation>الورش &amp;بين</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export everything</source>
            <translation>تصدير كل شيء</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export one workshop</source>
            <translation>تصدير ورشة واحدة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the workshops between two dates</source>
            <translation>تصدير الورش بين تاريخين</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Workshop to export</source>
            <translation>الورشة المراد تصديرها</translation>
        </message>
        <message>
            <location line="+3" />
            <source>First day of the range</source>
            <translation>أول يوم في النطاق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last day of the range</source>
            <translation>آخر يوم في النطاق</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Language of the labels</source>
            <translation>لغة التسميات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include names and contacts (personal &amp;data)</source>
            <translation>تضمين الأسماء وبيانات التواصل (البيانات ال&amp;شخصية)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include names and contacts</source>
            <translation>تضمين الأسماء وبيانات التواصل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Personal data is left out unless you tick this</source>
            <translation>تُستبعد البيانات الشخصية ما لم تحدد هذا الخيار</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The workbook will contain personal data. Keep it safe, share it only with people who need it, and delete it when it is no longer needed.</source>
            <translation>سيحتوي المصنَّف على بيانات شخصية. احفظه في مكان آمن، ولا تشاركه إلا مع مَن يحتاجون إليه، واحذفه عندما لا تعود بحاجة إليه.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>E&amp;xport ULG workbook…</source>
            <translation>&amp;تصدير مصنَّف ULG…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+162" />
            <location line="+28" />
            <location line="+22" />
            <source>Export ULG workbook</source>
            <translation>تصدير مصنَّف ULG</translation>
        </message>
        <message>
            <location line="-204" />
            <source>Open &amp;folder</source>
            <translation>فتح ال&amp;مجلد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the folder of the workbook</source>
            <translation>فتح مجلد المصنَّف</translation>
        </message>
        <message>
            <location line="+11" />
            <source>and</source>
            <translation>و</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Labels in</source>
            <translation>&amp;لغة التسميات</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Open a database to export its workbook.</source>
            <translation>افتح قاعدة بيانات لتصدير مصنَّفها.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>no date</source>
            <translation>بلا تاريخ</translation>
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
            <translation>سيُصدَّر: {workshops}، و{responses}، و{participants}.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n workshop</source>
            <translation>
                <numerusform>%n ورشة</numerusform>
                <numerusform>%n ورشة</numerusform>
                <numerusform>%n ورشتان</numerusform>
                <numerusform>%n ورش</numerusform>
                <numerusform>%n ورشةً</numerusform>
                <numerusform>%n ورشة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n workshops</source>
            <translation>
                <numerusform>%n ورشة</numerusform>
                <numerusform>%n ورشة</numerusform>
                <numerusform>%n ورشتان</numerusform>
                <numerusform>%n ورش</numerusform>
                <numerusform>%n ورشةً</numerusform>
                <numerusform>%n ورشة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n survey response</source>
            <translation>
                <numerusform>%n استجابة</numerusform>
                <numerusform>%n استجابة</numerusform>
                <numerusform>%n استجابتان</numerusform>
                <numerusform>%n استجابات</numerusform>
                <numerusform>%n استجابةً</numerusform>
                <numerusform>%n استجابة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n survey responses</source>
            <translation>
                <numerusform>%n استجابة</numerusform>
                <numerusform>%n استجابة</numerusform>
                <numerusform>%n استجابتان</numerusform>
                <numerusform>%n استجابات</numerusform>
                <numerusform>%n استجابةً</numerusform>
                <numerusform>%n استجابة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n participant</source>
            <translation>
                <numerusform>%n مشارك</numerusform>
                <numerusform>%n مشارك</numerusform>
                <numerusform>%n مشاركان</numerusform>
                <numerusform>%n مشاركين</numerusform>
                <numerusform>%n مشاركًا</numerusform>
                <numerusform>%n مشارك</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n participants</source>
            <translation>
                <numerusform>%n مشارك</numerusform>
                <numerusform>%n مشارك</numerusform>
                <numerusform>%n مشاركان</numerusform>
                <numerusform>%n مشاركين</numerusform>
                <numerusform>%n مشاركًا</numerusform>
                <numerusform>%n مشارك</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>مصنَّفات Excel (*.xlsx)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Writing {name}…</source>
            <translation>جارٍ كتابة {name}…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Saved {path}.</source>
            <translation>تم حفظ {path}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It contains names and contacts: keep it safe.</source>
            <translation>يحتوي على أسماء وبيانات تواصل: احفظه في مكان آمن.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n long text was cut to fit an Excel cell; the Answers sheet marks it.</source>
            <translation>
                <numerusform>عدد النصوص الطويلة التي قُصّت لتتسع في خلية Excel: %n؛ وتشير إليها ورقة Answers.</numerusform>
                <numerusform>عدد النصوص الطويلة التي قُصّت لتتسع في خلية Excel: %n؛ وتشير إليها ورقة Answers.</numerusform>
                <numerusform>عدد النصوص الطويلة التي قُصّت لتتسع في خلية Excel: %n؛ وتشير إليها ورقة Answers.</numerusform>
                <numerusform>عدد النصوص الطويلة التي قُصّت لتتسع في خلية Excel: %n؛ وتشير إليها ورقة Answers.</numerusform>
                <numerusform>عدد النصوص الطويلة التي قُصّت لتتسع في خلية Excel: %n؛ وتشير إليها ورقة Answers.</numerusform>
                <numerusform>عدد النصوص الطويلة التي قُصّت لتتسع في خلية Excel: %n؛ وتشير إليها ورقة Answers.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n long texts were cut to fit Excel's cells; the Answers sheet marks them.</source>
            <translation>
                <numerusform>عدد النصوص الطويلة التي قُصّت لتتسع في خلايا Excel: %n؛ وتشير إليها ورقة Answers.</numerusform>
                <numerusform>عدد النصوص الطويلة التي قُصّت لتتسع في خلايا Excel: %n؛ وتشير إليها ورقة Answers.</numerusform>
                <numerusform>عدد النصوص الطويلة التي قُصّت لتتسع في خلايا Excel: %n؛ وتشير إليها ورقة Answers.</numerusform>
                <numerusform>عدد النصوص الطويلة التي قُصّت لتتسع في خلايا Excel: %n؛ وتشير إليها ورقة Answers.</numerusform>
                <numerusform>عدد النصوص الطويلة التي قُصّت لتتسع في خلايا Excel: %n؛ وتشير إليها ورقة Answers.</numerusform>
                <numerusform>عدد النصوص الطويلة التي قُصّت لتتسع في خلايا Excel: %n؛ وتشير إليها ورقة Answers.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkshopEditor</name>
        <message>
            <location filename="../../workshop_app/ui/workshop_editor.py" line="+69" />
            <source>Workshop title</source>
            <translation>عنوان الورشة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What is the workshop called?</source>
            <translation>ما اسم الورشة؟</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not set</source>
            <translation>غير محدد</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Date and time</source>
            <translation>التاريخ والوقت</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Parish hall, Rua Direita 12</source>
            <translation>مثل: قاعة الرعية، شارع Rua Direita 12</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ULG theme</source>
            <translation>موضوع ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The ULG theme this workshop feeds</source>
            <translation>موضوع ULG الذي تخدمه هذه الورشة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator</source>
            <translation>الميسّر</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Language of the workshop</source>
            <translation>لغة الورشة</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anything to remember: access, interpreters, materials…</source>
            <translation>أي شيء يجب تذكّره: إمكانية الوصول، المترجمون، المواد…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Delete…</source>
            <translation>حذ&amp;ف…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete workshop</source>
            <translation>حذف الورشة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete this workshop and its agenda</source>
            <translation>حذف هذه الورشة وجدول أعمالها</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Run workshop…</source>
            <translation>&amp;تشغيل الورشة…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Run workshop</source>
            <translation>تشغيل الورشة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the run view: agenda, timer, kiosk and projector (Ctrl+R)</source>
            <translation>فتح شاشة التشغيل: جدول الأعمال، والمؤقت، والكشك، وجهاز العرض (Ctrl+R)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Select a workshop in the list, or create a new one.</source>
            <translation>حدِّد ورشة في القائمة، أو أنشئ ورشة جديدة.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;Title</source>
            <translation>ال&amp;عنوان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;When</source>
            <translation>الموع&amp;د</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Place</source>
            <translation>ال&amp;مكان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ULG the&amp;me</source>
            <translation>مو&amp;ضوع ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fa&amp;cilitator</source>
            <translation>الم&amp;يسّر</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Status</source>
            <translation>ال&amp;حالة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language</source>
            <translation>&amp;اللغة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>N&amp;otes</source>
            <translation>م&amp;لاحظات</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Workshop details</source>
            <translation>تفاصيل الورشة</translation>
        </message>
        <message>
            <location line="+178" />
            <source>Change title</source>
            <translation>تغيير العنوان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change date and time</source>
            <translation>تغيير التاريخ والوقت</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change place</source>
            <translation>تغيير المكان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change ULG theme</source>
            <translation>تغيير موضوع ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change facilitator</source>
            <translation>تغيير الميسّر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change language</source>
            <translation>تغيير اللغة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change status</source>
            <translation>تغيير الحالة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change notes</source>
            <translation>تغيير الملاحظات</translation>
        </message>
    </context>
    <context>
        <name>WorkshopsView</name>
        <message>
            <location filename="../../workshop_app/ui/workshops_view.py" line="+76" />
            <location line="+20" />
            <source>Workshops</source>
            <translation>الورش</translation>
        </message>
        <message>
            <location line="-18" />
            <location line="+2" />
            <location line="+237" />
            <source>New workshop</source>
            <translation>ورشة جديدة</translation>
        </message>
        <message>
            <location line="-236" />
            <source>Create a workshop (Ctrl+N)</source>
            <translation>إنشاء ورشة (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search titles and places</source>
            <translation>البحث في العناوين والأماكن</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search workshops</source>
            <translation>البحث في الورش</translation>
        </message>
        <message>
            <location line="+70" />
            <source>No workshops yet — create your first one</source>
            <translation>لا توجد ورش بعد — أنشئ ورشتك الأولى</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A workshop holds the date, the place and the agenda of one meeting with your group. You can change everything later.</source>
            <translation>تضم الورشة تاريخ لقاء واحد مع مجموعتك ومكانه وجدول أعماله. يمكنك تغيير كل شيء لاحقًا.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+2" />
            <source>Create a workshop</source>
            <translation>إنشاء ورشة</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No database is open.</source>
            <translation>لا توجد قاعدة بيانات مفتوحة.</translation>
        </message>
        <message>
            <location line="+157" />
            <source>Delete the workshop “{title}”?</source>
            <translation>هل تريد حذف الورشة «{title}»؟</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Its agenda of %n activity goes with it.</source>
            <translation>
                <numerusform>سيُحذف معها جدول أعمالها المكوَّن من %n نشاط.</numerusform>
                <numerusform>سيُحذف معها جدول أعمالها المكوَّن من %n نشاط.</numerusform>
                <numerusform>سيُحذف معها جدول أعمالها المكوَّن من %n نشاطين.</numerusform>
                <numerusform>سيُحذف معها جدول أعمالها المكوَّن من %n أنشطة.</numerusform>
                <numerusform>سيُحذف معها جدول أعمالها المكوَّن من %n نشاطًا.</numerusform>
                <numerusform>سيُحذف معها جدول أعمالها المكوَّن من %n نشاط.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Its agenda of %n activities goes with it.</source>
            <translation>
                <numerusform>سيُحذف معها جدول أعمالها المكوَّن من %n نشاط.</numerusform>
                <numerusform>سيُحذف معها جدول أعمالها المكوَّن من %n نشاط.</numerusform>
                <numerusform>سيُحذف معها جدول أعمالها المكوَّن من %n نشاطين.</numerusform>
                <numerusform>سيُحذف معها جدول أعمالها المكوَّن من %n أنشطة.</numerusform>
                <numerusform>سيُحذف معها جدول أعمالها المكوَّن من %n نشاطًا.</numerusform>
                <numerusform>سيُحذف معها جدول أعمالها المكوَّن من %n نشاط.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>The attendance of %n participant goes with it; the person stays.</source>
            <translation>
                <numerusform>وسيُحذف معها سجل حضور %n مشارك؛ ويبقى الشخص نفسه مسجَّلًا.</numerusform>
                <numerusform>وسيُحذف معها سجل حضور %n مشارك؛ ويبقى الشخص نفسه مسجَّلًا.</numerusform>
                <numerusform>وسيُحذف معها سجل حضور %n مشارك؛ ويبقى الشخص نفسه مسجَّلًا.</numerusform>
                <numerusform>وسيُحذف معها سجل حضور %n مشارك؛ ويبقى الشخص نفسه مسجَّلًا.</numerusform>
                <numerusform>وسيُحذف معها سجل حضور %n مشارك؛ ويبقى الشخص نفسه مسجَّلًا.</numerusform>
                <numerusform>وسيُحذف معها سجل حضور %n مشارك؛ ويبقى الشخص نفسه مسجَّلًا.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>The attendance of %n participants goes with it; the people stay.</source>
            <translation>
                <numerusform>وسيُحذف معها سجل حضور %n مشارك؛ ويبقى الأشخاص أنفسهم مسجَّلين.</numerusform>
                <numerusform>وسيُحذف معها سجل حضور %n مشارك؛ ويبقى الشخص نفسه مسجَّلًا.</numerusform>
                <numerusform>وسيُحذف معها سجل حضور %n مشاركَين؛ ويبقى الشخصان نفساهما مسجَّلَين.</numerusform>
                <numerusform>وسيُحذف معها سجل حضور %n مشاركين؛ ويبقى الأشخاص أنفسهم مسجَّلين.</numerusform>
                <numerusform>وسيُحذف معها سجل حضور %n مشاركًا؛ ويبقى الأشخاص أنفسهم مسجَّلين.</numerusform>
                <numerusform>وسيُحذف معها سجل حضور %n مشارك؛ ويبقى الأشخاص أنفسهم مسجَّلين.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can undo this with Edit › Undo.</source>
            <translation>يمكنك التراجع عن ذلك عبر تحرير › تراجع.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete workshop</source>
            <translation>حذف الورشة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
    </context>
    <context>
        <name>_NumberDelegate</name>
        <message>
            <location filename="../../workshop_app/ui/agenda_view.py" line="-250" />
            <source> min</source>
            <translation> دقيقة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned minutes</source>
            <translation>الدقائق المخططة</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Survey this activity runs</source>
            <translation>الاستبيان الذي يُجرى في هذا النشاط</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dots per person</source>
            <translation>النقاط لكل شخص</translation>
        </message>
    </context>
    <context>
        <name>agenda</name>
        <message>
            <location filename="../../workshop_app/ui/agenda_model.py" line="+32" />
            <source>Activity</source>
            <translation>النشاط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>التفاصيل</translation>
        </message>
        <message>
            <location line="+91" />
            <source>Choose a survey…</source>
            <translation>اختر استبيانًا…</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../workshop_app/app.py" line="+172" />
            <source>Something went wrong ({error}). Everything saved so far is safe; the details are in {log}.</source>
            <translation>حدث خطأ ما ({error}). كل ما حُفظ حتى الآن في أمان؛ والتفاصيل موجودة في {log}.</translation>
        </message>
    </context>
    <context>
        <name>board</name>
        <message>
            <location filename="../../workshop_app/ui/board_scene.py" line="+110" />
            <source>New ideas</source>
            <translation>أفكار جديدة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unnamed group</source>
            <translation>مجموعة بلا اسم</translation>
        </message>
        <message>
            <location line="+123" />
            <source>Type an idea above and press Enter.</source>
            <translation>اكتب فكرة في الأعلى واضغط Enter.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drag notes here.</source>
            <translation>اسحب الملاحظات إلى هنا.</translation>
        </message>
    </context>
    <context>
        <name>brainstorm</name>
        <message>
            <location filename="../../workshop_app/ui/brainstorm_commands.py" line="+31" />
            <source>Add note</source>
            <translation>إضافة ملاحظة</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Edit note</source>
            <translation>تحرير الملاحظة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Colour note</source>
            <translation>تلوين الملاحظة</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Move note</source>
            <translation>نقل الملاحظة</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Move %n notes</source>
            <translation>
                <numerusform>نقل %n ملاحظة</numerusform>
                <numerusform>نقل %n ملاحظة</numerusform>
                <numerusform>نقل %n ملاحظتين</numerusform>
                <numerusform>نقل %n ملاحظات</numerusform>
                <numerusform>نقل %n ملاحظةً</numerusform>
                <numerusform>نقل %n ملاحظة</numerusform>
            </translation>
        </message>
        <message>
            <location line="+18" />
            <source>Delete note</source>
            <translation>حذف الملاحظة</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n notes</source>
            <translation>
                <numerusform>حذف %n ملاحظة</numerusform>
                <numerusform>حذف %n ملاحظة</numerusform>
                <numerusform>حذف %n ملاحظتين</numerusform>
                <numerusform>حذف %n ملاحظات</numerusform>
                <numerusform>حذف %n ملاحظةً</numerusform>
                <numerusform>حذف %n ملاحظة</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>Add cluster</source>
            <translation>إضافة مجموعة</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Rename cluster</source>
            <translation>إعادة تسمية المجموعة</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Move cluster</source>
            <translation>نقل المجموعة</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Delete cluster</source>
            <translation>حذف المجموعة</translation>
        </message>
    </context>
    <context>
        <name>builder</name>
        <message>
            <location filename="../../workshop_app/ui/builder_commands.py" line="+43" />
            <source>Add question</source>
            <translation>إضافة سؤال</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Delete question</source>
            <translation>حذف السؤال</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Move question</source>
            <translation>نقل السؤال</translation>
        </message>
        <message>
            <location line="+103" />
            <source>Rename question</source>
            <translation>إعادة تسمية السؤال</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Change type to {type}</source>
            <translation>تغيير النوع إلى {type}</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../workshop_app/ui/builder_types.py" line="+147" />
            <source>Option 1</source>
            <translation>الخيار 1</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/ui/builder_types.py" line="+1" />
            <source>Option 2</source>
            <translation>الخيار 2</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Edit label</source>
            <translation>تحرير التسمية</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit hint</source>
            <translation>تحرير التلميح</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit constraint message</source>
            <translation>تحرير رسالة القيد</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Edit required message</source>
            <translation>تحرير رسالة الإجابة المطلوبة</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/builder_types.py" line="-128" />
            <source>Text</source>
            <translation>نص</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whole number</source>
            <translation>عدد صحيح</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decimal</source>
            <translation>عدد عشري</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Single choice</source>
            <translation>اختيار واحد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Multiple choice</source>
            <translation>اختيار متعدد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ranking</source>
            <translation>ترتيب</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rating scale</source>
            <translation>مقياس تقييم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>تاريخ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>وقت</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Acknowledge</source>
            <translation>إقرار</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calculation</source>
            <translation>عملية حسابية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group</source>
            <translation>مجموعة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Repeat</source>
            <translation>مجموعة متكررة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Filled in by the device ({type})</source>
            <translation>يملؤه الجهاز ({type})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kept as a note ({type})</source>
            <translation>محفوظ كملاحظة ({type})</translation>
        </message>
        <message>
            <location line="+102" />
            <source>A note for the participant.</source>
            <translation>ملاحظة للمشاركين.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New group</source>
            <translation>مجموعة جديدة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New repeat</source>
            <translation>مجموعة متكررة جديدة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I have read and understood this.</source>
            <translation>قرأتُ هذا وفهمته.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New question</source>
            <translation>سؤال جديد</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Start with a letter or “_”, then use letters, digits, “_”, “-” or “.”, no spaces.</source>
            <translation>ابدأ بحرف أو «_»، ثم استخدم الحروف أو الأرقام أو «_» أو «-» أو «.»، دون مسافات.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Another question is already called “{name}”.</source>
            <translation>يوجد سؤال آخر باسم «{name}».</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/survey_languages.py" line="+13" />
            <source>Add language {language}</source>
            <translation>إضافة اللغة {language}</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+7" />
            <source>Remove language</source>
            <translation>إزالة لغة</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Which language should the survey no longer have?</source>
            <translation>ما اللغة التي تريد إزالتها من الاستبيان؟</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Remove {language} and every text in it?</source>
            <translation>هل تريد إزالة {language} وكل النصوص المكتوبة بها؟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can undo this with Edit › Undo until you switch surveys.</source>
            <translation>يمكنك التراجع عن ذلك عبر تحرير › تراجع ما دمت لم تنتقل إلى استبيان آخر.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Remove language {language}</source>
            <translation>إزالة اللغة {language}</translation>
        </message>
    </context>
    <context>
        <name>coming</name>
        <message>
            <location filename="../../workshop_app/ui/coming_view.py" line="+10" />
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check people in at the door with a pseudonymous code each, and record consent for every purpose. Names and phone numbers stay optional and are kept apart.</source>
            <translation>سجِّل حضور الأشخاص عند الباب برمز مستعار لكل منهم، ووثِّق الموافقة لكل غرض. تبقى الأسماء وأرقام الهواتف اختيارية وتُحفظ منفصلة.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Surveys</source>
            <translation>الاستبيانات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Build questionnaires in several languages or import them from KoboToolbox, and let people answer on this laptop in a locked kiosk.</source>
            <translation>أنشئ استبيانات بعدة لغات أو استوردها من KoboToolbox، ودع الأشخاص يجيبون على هذا الحاسوب في كشك مقفل.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Stakeholder maps</source>
            <translation>خرائط الجهات المعنية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Place stakeholders on a power and interest grid or an ecosystem map, draw who works with whom, and print it on A4 or A3.</source>
            <translation>ضع الجهات المعنية على شبكة القوة والاهتمام أو على خريطة منظومة، وارسم مَن يعمل مع مَن، واطبعها على ورق A4 أو A3.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Results</source>
            <translation>النتائج</translation>
        </message>
        <message>
            <location line="+1" />
            <source>See answers, ideas and votes as charts, and who took part: the diversity of the group, never names.</source>
            <translation>اطّلع على الإجابات والأفكار والأصوات في مخططات، وعلى مَن شارك: تنوّع المجموعة، دون أسماء أبدًا.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the ULG workbook for Excel, and pack workshops onto a USB stick for the ULG secretary to merge.</source>
            <translation>احفظ مصنَّف ULG لبرنامج Excel، وحزِّم الورش على ذاكرة USB لتدمجها أمانة سر ULG.</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <location filename="../../workshop_app/ui/commands.py" line="+35" />
            <source>New workshop</source>
            <translation>ورشة جديدة</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Delete workshop</source>
            <translation>حذف الورشة</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Remove activity</source>
            <translation>إزالة النشاط</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Move activity</source>
            <translation>نقل النشاط</translation>
        </message>
    </context>
    <context>
        <name>consent</name>
        <message>
            <location filename="../../workshop_app/ui/consent_panel.py" line="-103" />
            <source>Take part</source>
            <translation>المشاركة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Be contacted</source>
            <translation>التواصل لاحقًا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appear in photos</source>
            <translation>الظهور في الصور</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{purpose}: given {when} (recorded by {who})</source>
            <translation>{purpose}: مُنحت في {when} (سجّلها {who})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{given}; withdrawn {when} (recorded by {who})</source>
            <translation>{given}؛ سُحبت في {when} (سجّل ذلك {who})</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not given</source>
            <translation>لم تُمنح</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Withdrawn {when}</source>
            <translation>سُحبت في {when}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Given {when}</source>
            <translation>مُنحت في {when}</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <location filename="../../workshop_app/core/activity_rules.py" line="+48" />
            <source>A sticky note</source>
            <translation>الملاحظة اللاصقة</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A cluster name</source>
            <translation>اسم المجموعة</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/consent.py" line="+61" />
            <location filename="../../workshop_app/core/participants.py" line="+142" />
            <source>The date consent was given</source>
            <translation>تاريخ إعطاء الموافقة</translation>
        </message>
        <message>
            <location line="+98" />
            <source>The date of a withdrawal</source>
            <translation>تاريخ سحب الموافقة</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/diversity.py" line="+158" />
            <source>The target for {group} refers to a profile question this database does not have.</source>
            <translation>يشير الهدف المحدد لفئة {group} إلى سؤال ملف تعريفي غير موجود في قاعدة البيانات هذه.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The target for {group} refers to answers “{question}” no longer has.</source>
            <translation>يشير الهدف المحدد لفئة {group} إلى إجابات لم تعد موجودة في «{question}».</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No one has answered “{question}” yet, so the {wanted} target for {group} cannot be checked.</source>
            <translation>لم يُجب أحد عن «{question}» بعد، لذا لا يمكن التحقق من بلوغ فئة {group} هدفها البالغ {wanted}.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Too few people answered “{question}” in each group to tell whether {group} reach the {wanted} target without singling anyone out.</source>
            <translation>عدد مَن أجابوا عن «{question}» في كل فئة قليل جدًا، فلا يمكن معرفة ما إذا كانت فئة {group} تبلغ هدفها البالغ {wanted} دون كشف هوية أحد.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{either} or {other}</source>
            <translation>{either} أو {other}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{group} are {share} of participants who answered, below the {wanted} target.</source>
            <translation>تمثّل فئة {group} نسبة {share} من المشاركين الذين أجابوا، وهذا دون الهدف البالغ {wanted}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{group} are fewer than 5 of the {total} participants who answered, below the {wanted} target.</source>
            <translation>يقل عدد أفراد فئة {group} عن 5 من أصل {total} من المشاركين الذين أجابوا، وهذا دون الهدف البالغ {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} are at most {share} of participants who answered, below the {wanted} target.</source>
            <translation>تمثّل فئة {group} ما لا يزيد على {share} من المشاركين الذين أجابوا، وهذا دون الهدف البالغ {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} are {share} of participants who answered, meeting the {wanted} target.</source>
            <translation>تمثّل فئة {group} نسبة {share} من المشاركين الذين أجابوا، وهذا يحقق الهدف البالغ {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} are at least {share} of participants who answered, meeting the {wanted} target.</source>
            <translation>تمثّل فئة {group} ما لا يقل عن {share} من المشاركين الذين أجابوا، وهذا يحقق الهدف البالغ {wanted}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Answers {group} to “{question}” are {share} of participants who answered, below the {wanted} target.</source>
            <translation>يمثّل مَن أجابوا عن «{question}» بالإجابة {group} نسبة {share} من المشاركين الذين أجابوا، وهذا دون الهدف البالغ {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers {group} to “{question}” are fewer than 5 of the {total} participants who answered, below the {wanted} target.</source>
            <translation>يقل عدد مَن أجابوا عن «{question}» بالإجابة {group} عن 5 من أصل {total} من المشاركين الذين أجابوا، وهذا دون الهدف البالغ {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers {group} to “{question}” are at most {share} of participants who answered, below the {wanted} target.</source>
            <translation>يمثّل مَن أجابوا عن «{question}» بالإجابة {group} ما لا يزيد على {share} من المشاركين الذين أجابوا، وهذا دون الهدف البالغ {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers {group} to “{question}” are {share} of participants who answered, meeting the {wanted} target.</source>
            <translation>يمثّل مَن أجابوا عن «{question}» بالإجابة {group} نسبة {share} من المشاركين الذين أجابوا، وهذا يحقق الهدف البالغ {wanted}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers {group} to “{question}” are at least {share} of participants who answered, meeting the {wanted} target.</source>
            <translation>يمثّل مَن أجابوا عن «{question}» بالإجابة {group} ما لا يقل عن {share} من المشاركين الذين أجابوا، وهذا يحقق الهدف البالغ {wanted}.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/diversity_targets.py" line="+67" />
            <source>A group</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/erasure.py" line="+28" />
            <location filename="../../workshop_app/core/merge_report.py" line="+19" />
            <source>participant</source>
            <translation>المشارك</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+1" />
            <source>name and contact</source>
            <translation>الاسم وبيانات التواصل</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+1" />
            <source>consent records</source>
            <translation>سجلات الموافقة</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+4" />
            <source>profile answers</source>
            <translation>إجابات الملف التعريفي</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+1" />
            <source>check-ins</source>
            <translation>تسجيلات الحضور</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+9" />
            <source>survey responses</source>
            <translation>استجابات الاستبيانات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>survey answers</source>
            <translation>إجابات الاستبيانات</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+3" />
            <source>ideas</source>
            <translation>الأفكار</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/merge_report.py" line="+1" />
            <source>votes</source>
            <translation>الأصوات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>others' votes on their ideas</source>
            <translation>أصوات الآخرين على أفكار هذا الشخص</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The participant was erased ({erased}). Kept without any link to them: {kept}. Backups made before now still contain them until those backups are deleted.</source>
            <translation>تم مسح بيانات المشارك ({erased}). وأُبقي على ما يلي دون أي صلة بهذا الشخص: {kept}. ولا تزال النسخ الاحتياطية التي أُنشئت قبل الآن تحتوي على بياناته إلى أن تُحذف تلك النسخ.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The participant was erased ({erased}). Backups made before now still contain them until those backups are deleted.</source>
            <translation>تم مسح بيانات المشارك ({erased}). ولا تزال النسخ الاحتياطية التي أُنشئت قبل الآن تحتوي على بياناته إلى أن تُحذف تلك النسخ.</translation>
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
                <numerusform>نُقل {n} موضع كان خارج المحورين إلى حافة الخريطة.</numerusform>
                <numerusform>نُقل {n} موضع كان خارج المحورين إلى حافة الخريطة.</numerusform>
                <numerusform>نُقل {n} موضعان كانا خارج المحورين إلى حافة الخريطة.</numerusform>
                <numerusform>نُقلت {n} مواضع كانت خارج المحورين إلى حافة الخريطة.</numerusform>
                <numerusform>نُقل {n} موضعًا كانت خارج المحورين إلى حافة الخريطة.</numerusform>
                <numerusform>نُقل {n} موضع كانت خارج المحورين إلى حافة الخريطة.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+48" />
            <source>The connection from {source!r} to {target!r} was skipped: no stakeholder is called {missing!r}.</source>
            <translation>تم تخطي الرابط من {source!r} إلى {target!r}: لا توجد جهة معنية باسم {missing!r}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The connection from {source!r} to {target!r} was skipped: {problem}</source>
            <translation>تم تخطي الرابط من {source!r} إلى {target!r}: {problem}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The connection from {source!r} to {target!r} was skipped: they already have a {kind!r} relationship.</source>
            <translation>تم تخطي الرابط من {source!r} إلى {target!r}: توجد بينهما بالفعل علاقة من نوع {kind!r}.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/map_rules.py" line="+202" />
            <location line="+79" />
            <source>A position</source>
            <translation>الموضع</translation>
        </message>
        <message>
            <location line="-72" />
            <source>A map</source>
            <translation>الخريطة</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A map's title</source>
            <translation>عنوان الخريطة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The horizontal axis title</source>
            <translation>عنوان المحور الأفقي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The vertical axis title</source>
            <translation>عنوان المحور العمودي</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The end of an axis</source>
            <translation>نهاية المحور</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A map's notes</source>
            <translation>ملاحظات الخريطة</translation>
        </message>
        <message>
            <location line="+12" />
            <source>A quadrant name</source>
            <translation>اسم الربع</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A stakeholder</source>
            <translation>الجهة المعنية</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A stakeholder's name</source>
            <translation>اسم الجهة المعنية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An organisation's name</source>
            <translation>اسم المنظمة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An engagement strategy</source>
            <translation>استراتيجية الإشراك</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/participants.py" line="-5" />
            <location line="+54" />
            <source>A contact</source>
            <translation>بيانات التواصل</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A stakeholder's notes</source>
            <translation>ملاحظات الجهة المعنية</translation>
        </message>
        <message>
            <location line="+22" />
            <source>A relationship</source>
            <translation>العلاقة</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A relationship's kind</source>
            <translation>نوع العلاقة</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/merge.py" line="+144" />
            <source>Checking {file}…</source>
            <translation>جارٍ فحص {file}…</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Checking the result…</source>
            <translation>جارٍ فحص النتيجة…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Merging {package}: deletions…</source>
            <translation>جارٍ دمج {package}: عمليات الحذف…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merging {package}: {kind}…</source>
            <translation>جارٍ دمج {package}: {kind}…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>{file} was made by an older version of Workshop App ({version}); its data was brought up to date first.</source>
            <translation>أُنشئ {file} بإصدار أقدم من Workshop App ({version})؛ لذا حُدِّثت بياناته أولًا.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} was made on this laptop.</source>
            <translation>أُنشئ {file} على هذا الحاسوب.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{n:,} row(s) deleted on another laptop were kept, because they were changed here after that deletion.</source>
            <translation>
                <numerusform>أُبقي على {n:,} صف حُذف على حاسوب آخر، لأنه عُدِّل هنا بعد ذلك الحذف.</numerusform>
                <numerusform>أُبقي على {n:,} صف حُذف على حاسوب آخر، لأنه عُدِّل هنا بعد ذلك الحذف.</numerusform>
                <numerusform>أُبقي على {n:,} صفّين حُذفا على حاسوب آخر، لأنهما عُدِّلا هنا بعد ذلك الحذف.</numerusform>
                <numerusform>أُبقي على {n:,} صفوف حُذفت على حاسوب آخر، لأنها عُدِّلت هنا بعد ذلك الحذف.</numerusform>
                <numerusform>أُبقي على {n:,} صفًا حُذفت على حاسوب آخر، لأنها عُدِّلت هنا بعد ذلك الحذف.</numerusform>
                <numerusform>أُبقي على {n:,} صف حُذفت على حاسوب آخر، لأنها عُدِّلت هنا بعد ذلك الحذف.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/merge_report.py" line="-22" />
            <source>workshop</source>
            <translation>الورشة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>workshops</source>
            <translation>الورش</translation>
        </message>
        <message>
            <location line="+1" />
            <source>agenda item</source>
            <translation>بند جدول الأعمال</translation>
        </message>
        <message>
            <location line="+0" />
            <source>agenda items</source>
            <translation>بنود جدول الأعمال</translation>
        </message>
        <message>
            <location line="+1" />
            <source>participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <location line="+1" />
            <source>names and contacts</source>
            <translation>الأسماء وبيانات التواصل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>consent record</source>
            <translation>سجل الموافقة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>profile question</source>
            <translation>سؤال الملف التعريفي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>profile questions</source>
            <translation>أسئلة الملف التعريفي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>profile choice</source>
            <translation>خيار الملف التعريفي</translation>
        </message>
        <message>
            <location line="+0" />
            <source>profile choices</source>
            <translation>خيارات الملف التعريفي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>profile answer</source>
            <translation>إجابة الملف التعريفي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>check-in</source>
            <translation>تسجيل الحضور</translation>
        </message>
        <message>
            <location line="+1" />
            <source>survey version</source>
            <translation>إصدار الاستبيان</translation>
        </message>
        <message>
            <location line="+0" />
            <source>survey versions</source>
            <translation>إصدارات الاستبيانات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choice list</source>
            <translation>قائمة الخيارات</translation>
        </message>
        <message>
            <location line="+0" />
            <source>choice lists</source>
            <translation>قوائم الخيارات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choice</source>
            <translation>الخيار</translation>
        </message>
        <message>
            <location line="+0" />
            <source>choices</source>
            <translation>الخيارات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question</source>
            <translation>السؤال</translation>
        </message>
        <message>
            <location line="+0" />
            <source>questions</source>
            <translation>الأسئلة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question translation</source>
            <translation>ترجمة السؤال</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question translations</source>
            <translation>ترجمات الأسئلة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choice translation</source>
            <translation>ترجمة الخيار</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choice translations</source>
            <translation>ترجمات الخيارات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>survey response</source>
            <translation>استجابة الاستبيان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>answer</source>
            <translation>الإجابة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>answers</source>
            <translation>الإجابات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>idea cluster</source>
            <translation>مجموعة الأفكار</translation>
        </message>
        <message>
            <location line="+0" />
            <source>idea clusters</source>
            <translation>مجموعات الأفكار</translation>
        </message>
        <message>
            <location line="+1" />
            <source>idea</source>
            <translation>الفكرة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>vote</source>
            <translation>الصوت</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stakeholder map</source>
            <translation>خريطة الجهات المعنية</translation>
        </message>
        <message>
            <location line="+0" />
            <source>stakeholder maps</source>
            <translation>خرائط الجهات المعنية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stakeholder</source>
            <translation>الجهة المعنية</translation>
        </message>
        <message>
            <location line="+0" />
            <source>stakeholders</source>
            <translation>الجهات المعنية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stakeholder re-assessment</source>
            <translation>إعادة تقييم الجهة المعنية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stakeholder re-assessments</source>
            <translation>عمليات إعادة تقييم الجهات المعنية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>relationship</source>
            <translation>العلاقة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>relationships</source>
            <translation>العلاقات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>map snapshot</source>
            <translation>لقطة الخريطة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>map snapshots</source>
            <translation>لقطات الخرائط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>snapshot position</source>
            <translation>الموضع في اللقطة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>snapshot positions</source>
            <translation>المواضع في اللقطات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>audit entry</source>
            <translation>قيد سجل التدقيق</translation>
        </message>
        <message>
            <location line="+0" />
            <source>audit entries</source>
            <translation>قيود سجل التدقيق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>diversity target</source>
            <translation>هدف التنوّع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>diversity targets</source>
            <translation>أهداف التنوّع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>deletion record</source>
            <translation>سجل الحذف</translation>
        </message>
        <message>
            <location line="+0" />
            <source>deletion records</source>
            <translation>سجلات الحذف</translation>
        </message>
        <message>
            <location line="+123" />
            <source>this laptop</source>
            <translation>هذا الحاسوب</translation>
        </message>
        <message>
            <location line="+6" />
            <source>laptop {id}</source>
            <translation>الحاسوب {id}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Nothing new: this database already holds everything in this package.</source>
            <translation>لا جديد: قاعدة البيانات هذه تحتوي بالفعل على كل ما في هذه الحزمة.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing new: this database already holds everything in these packages.</source>
            <translation>لا جديد: قاعدة البيانات هذه تحتوي بالفعل على كل ما في هذه الحزم.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Added: {kinds}.</source>
            <translation>ما أُضيف: {kinds}.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Will add: {kinds}.</source>
            <translation>ما سيُضاف: {kinds}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Updated: {kinds}.</source>
            <translation>ما حُدِّث: {kinds}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Will update: {kinds}.</source>
            <translation>ما سيُحدَّث: {kinds}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Removed because they were deleted or erased on another laptop: {kinds}.</source>
            <translation>ما أُزيل لأنه حُذف أو مُسح على حاسوب آخر: {kinds}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Will remove because they were deleted or erased on another laptop: {kinds}.</source>
            <translation>ما سيُزال لأنه حُذف أو مُسح على حاسوب آخر: {kinds}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not added because they were deleted or erased here: {kinds}.</source>
            <translation>ما لم يُضف لأنه حُذف أو مُسح هنا: {kinds}.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>… and {n:,} more renumbered codes.</source>
            <translation>
                <numerusform>… وغيرها من الرموز المُعاد ترقيمها: {n:,}.</numerusform>
                <numerusform>… وغيرها من الرموز المُعاد ترقيمها: {n:,}.</numerusform>
                <numerusform>… وغيرها من الرموز المُعاد ترقيمها: {n:,}.</numerusform>
                <numerusform>… وغيرها من الرموز المُعاد ترقيمها: {n:,}.</numerusform>
                <numerusform>… وغيرها من الرموز المُعاد ترقيمها: {n:,}.</numerusform>
                <numerusform>… وغيرها من الرموز المُعاد ترقيمها: {n:,}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>… and {n:,} more conflicts.</source>
            <translation>
                <numerusform>… وغيرها من التعارضات: {n:,}.</numerusform>
                <numerusform>… وغيرها من التعارضات: {n:,}.</numerusform>
                <numerusform>… وغيرها من التعارضات: {n:,}.</numerusform>
                <numerusform>… وغيرها من التعارضات: {n:,}.</numerusform>
                <numerusform>… وغيرها من التعارضات: {n:,}.</numerusform>
                <numerusform>… وغيرها من التعارضات: {n:,}.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>{survey} from {source} had the same version number as a different survey of the same form; it is now version {new} (was {old}).</source>
            <translation>كان {survey} الوارد من {source} يحمل رقم الإصدار نفسه الذي يحمله استبيان مختلف من النموذج نفسه؛ وهو الآن الإصدار {new} (بدلًا من {old}).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A survey from {source} had the same version number as a different survey of the same form; it is now version {new} (was {old}).</source>
            <translation>كان استبيان وارد من {source} يحمل رقم الإصدار نفسه الذي يحمله استبيان مختلف من النموذج نفسه؛ وهو الآن الإصدار {new} (بدلًا من {old}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Participant code {old} from {source} was already taken; that participant is now {new}.</source>
            <translation>كان رمز المشارك {old} الوارد من {source} مستخدمًا بالفعل؛ وأصبح رمز هذا المشارك الآن {new}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Conflict in {row}, {column}: kept {kept} ({kept_from}, {kept_at}), dropped {dropped} ({dropped_from}, {dropped_at}).</source>
            <translation>تعارض في {row}، الحقل {column}: أُبقي على {kept} ({kept_from}، {kept_at})، واستُبعد {dropped} ({dropped_from}، {dropped_at}).</translation>
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
            <translation>(بيانات شخصية، غير معروضة)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(hidden)</source>
            <translation>(مخفي)</translation>
        </message>
        <message>
            <location line="+115" />
            <source>unknown time</source>
            <translation>وقت غير معروف</translation>
        </message>
        <message>
            <location line="+8" />
            <source>(empty)</source>
            <translation>(فارغ)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{survey} version {version}</source>
            <translation>{survey}، الإصدار {version}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>(a row not here)</source>
            <translation>(صف غير موجود هنا)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>response of {who}</source>
            <translation>استجابة {who}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an anonymous response</source>
            <translation>استجابة مجهولة الهوية</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/merge_unique.py" line="+225" />
            <source>The survey “{title}”</source>
            <translation>الاستبيان «{title}»</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/packing.py" line="+1" />
            <source>no data</source>
            <translation>لا توجد بيانات</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Packed the workshop “{workshop}” into {path} ({size:.1f} MB): {held}.</source>
            <translation>حُزِّمت الورشة «{workshop}» في {path} ({size:.1f} ميغابايت): {held}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Packed everything in this database into {path} ({size:.1f} MB): {held}.</source>
            <translation>حُزِّم كل ما في قاعدة البيانات هذه في {path} ({size:.1f} ميغابايت): {held}.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Copying the data…</source>
            <translation>جارٍ نسخ البيانات…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Preparing the package…</source>
            <translation>جارٍ تجهيز الحزمة…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Writing the package…</source>
            <translation>جارٍ كتابة الحزمة…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Done.</source>
            <translation>تم.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/participant_rules.py" line="+41" />
            <source>A participant code</source>
            <translation>رمز المشارك</translation>
        </message>
        <message>
            <location line="+20" />
            <source>take part</source>
            <translation>المشاركة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>be contacted</source>
            <translation>التواصل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>appear in photos</source>
            <translation>الظهور في الصور</translation>
        </message>
        <message>
            <location line="+45" />
            <source>The name of who records</source>
            <translation>اسم مَن يتولى التسجيل</translation>
        </message>
        <message>
            <location line="+81" />
            <source>A question's label</source>
            <translation>تسمية السؤال</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A choice's label</source>
            <translation>تسمية الخيار</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A group's label</source>
            <translation>تسمية الفئة</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/participants.py" line="-87" />
            <source>A search</source>
            <translation>نص البحث</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+5" />
            <location line="+49" />
            <source>A name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location line="-52" />
            <location line="+38" />
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <location line="+69" />
            <source>A check-in</source>
            <translation>تسجيل الحضور</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/pin.py" line="+78" />
            <source>PIN accepted.</source>
            <translation>تم قبول رمز PIN.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Please wait {n} seconds before trying again.</source>
            <translation>
                <numerusform>يُرجى الانتظار {n} ثانية قبل المحاولة مجددًا.</numerusform>
                <numerusform>يُرجى الانتظار {n} ثانية قبل المحاولة مجددًا.</numerusform>
                <numerusform>يُرجى الانتظار {n} ثانيتين قبل المحاولة مجددًا.</numerusform>
                <numerusform>يُرجى الانتظار {n} ثوانٍ قبل المحاولة مجددًا.</numerusform>
                <numerusform>يُرجى الانتظار {n} ثانيةً قبل المحاولة مجددًا.</numerusform>
                <numerusform>يُرجى الانتظار {n} ثانية قبل المحاولة مجددًا.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Wrong PIN. Wait {n} seconds before trying again.</source>
            <translation>
                <numerusform>رمز PIN خاطئ. انتظر {n} ثانية قبل المحاولة مجددًا.</numerusform>
                <numerusform>رمز PIN خاطئ. انتظر {n} ثانية قبل المحاولة مجددًا.</numerusform>
                <numerusform>رمز PIN خاطئ. انتظر {n} ثانيتين قبل المحاولة مجددًا.</numerusform>
                <numerusform>رمز PIN خاطئ. انتظر {n} ثوانٍ قبل المحاولة مجددًا.</numerusform>
                <numerusform>رمز PIN خاطئ. انتظر {n} ثانيةً قبل المحاولة مجددًا.</numerusform>
                <numerusform>رمز PIN خاطئ. انتظر {n} ثانية قبل المحاولة مجددًا.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrong PIN. Try again.</source>
            <translation>رمز PIN خاطئ. حاول مجددًا.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/profiles.py" line="+66" />
            <location line="+5" />
            <source>A self-described answer</source>
            <translation>الإجابة بكلمات الشخص نفسه</translation>
        </message>
        <message>
            <location line="+63" />
            <location line="+25" />
            <source>A question</source>
            <translation>السؤال</translation>
        </message>
        <message>
            <location line="-24" />
            <location line="+64" />
            <location line="+21" />
            <source>A choice</source>
            <translation>الخيار</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/results_tallies.py" line="+92" />
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/workbook_data.py" line="+51" />
            <source>Writing survey responses…</source>
            <translation>جارٍ كتابة استجابات الاستبيانات…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing workshops…</source>
            <translation>جارٍ كتابة الورش…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing participation…</source>
            <translation>جارٍ كتابة بيانات المشاركة…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing ideas and votes…</source>
            <translation>جارٍ كتابة الأفكار والأصوات…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing stakeholder maps…</source>
            <translation>جارٍ كتابة خرائط الجهات المعنية…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the diversity picture…</source>
            <translation>جارٍ كتابة صورة التنوّع…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the codebook…</source>
            <translation>جارٍ كتابة دليل الترميز…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the summary…</source>
            <translation>جارٍ كتابة الملخص…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saving the workbook…</source>
            <translation>جارٍ حفظ المصنَّف…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/db/integrity.py" line="+78" />
            <source>SQLite found damage in the file: {shown} (and {n} more).</source>
            <translation>
                <numerusform>عثر SQLite على تلف في الملف: {shown} (و{n} غيرها).</numerusform>
                <numerusform>عثر SQLite على تلف في الملف: {shown} (و{n} غيرها).</numerusform>
                <numerusform>عثر SQLite على تلف في الملف: {shown} (و{n} غيرها).</numerusform>
                <numerusform>عثر SQLite على تلف في الملف: {shown} (و{n} غيرها).</numerusform>
                <numerusform>عثر SQLite على تلف في الملف: {shown} (و{n} غيرها).</numerusform>
                <numerusform>عثر SQLite على تلف في الملف: {shown} (و{n} غيرها).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>SQLite found damage in the file: {shown}.</source>
            <translation>عثر SQLite على تلف في الملف: {shown}.</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>{n} row(s) of {table} point at {parent} that no longer exist.</source>
            <translation>
                <numerusform>{n} صف من الجدول {table} يشير إلى صفوف في {parent} لم تعد موجودة.</numerusform>
                <numerusform>{n} صف من الجدول {table} يشير إلى صف في {parent} لم يعد موجودًا.</numerusform>
                <numerusform>{n} صفّان من الجدول {table} يشيران إلى صفوف في {parent} لم تعد موجودة.</numerusform>
                <numerusform>{n} صفوف من الجدول {table} تشير إلى صفوف في {parent} لم تعد موجودة.</numerusform>
                <numerusform>{n} صفًا من الجدول {table} تشير إلى صفوف في {parent} لم تعد موجودة.</numerusform>
                <numerusform>{n} صف من الجدول {table} تشير إلى صفوف في {parent} لم تعد موجودة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>The participant code {code} is used {n} times.</source>
            <translation>
                <numerusform>رمز المشارك {code} مستخدم {n} مرة.</numerusform>
                <numerusform>رمز المشارك {code} مستخدم {n} مرة.</numerusform>
                <numerusform>رمز المشارك {code} مستخدم {n} مرتين.</numerusform>
                <numerusform>رمز المشارك {code} مستخدم {n} مرات.</numerusform>
                <numerusform>رمز المشارك {code} مستخدم {n} مرةً.</numerusform>
                <numerusform>رمز المشارك {code} مستخدم {n} مرة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>{n} answer(s) belong to a question of another survey than their response.</source>
            <translation>
                <numerusform>{n} إجابة تنتمي إلى سؤال من استبيان غير استبيان استجابتها.</numerusform>
                <numerusform>{n} إجابة تنتمي إلى سؤال من استبيان غير استبيان استجابتها.</numerusform>
                <numerusform>{n} إجابتان تنتميان إلى أسئلة من استبيان غير استبيان استجابتهما.</numerusform>
                <numerusform>{n} إجابات تنتمي إلى أسئلة من استبيان غير استبيان استجاباتها.</numerusform>
                <numerusform>{n} إجابةً تنتمي إلى أسئلة من استبيان غير استبيان استجاباتها.</numerusform>
                <numerusform>{n} إجابة تنتمي إلى أسئلة من استبيان غير استبيان استجاباتها.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>{n} relationship(s) join stakeholders of different maps.</source>
            <translation>
                <numerusform>{n} علاقة تربط بين جهات معنية من خرائط مختلفة.</numerusform>
                <numerusform>{n} علاقة تربط بين جهتين معنيتين من خريطتين مختلفتين.</numerusform>
                <numerusform>{n} علاقتان تربطان بين جهات معنية من خرائط مختلفة.</numerusform>
                <numerusform>{n} علاقات تربط بين جهات معنية من خرائط مختلفة.</numerusform>
                <numerusform>{n} علاقةً تربط بين جهات معنية من خرائط مختلفة.</numerusform>
                <numerusform>{n} علاقة تربط بين جهات معنية من خرائط مختلفة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>{n} participant(s) have no code.</source>
            <translation>
                <numerusform>{n} مشارك ليس لديه رمز.</numerusform>
                <numerusform>{n} مشارك ليس لديه رمز.</numerusform>
                <numerusform>{n} مشاركان ليس لديهما رمز.</numerusform>
                <numerusform>{n} مشاركين ليس لديهم رمز.</numerusform>
                <numerusform>{n} مشاركًا ليس لديهم رمز.</numerusform>
                <numerusform>{n} مشارك ليس لديهم رمز.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/exchange_package.py" line="+100" />
            <source>unknown version</source>
            <translation>إصدار غير معروف</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/exchange_values.py" line="+89" />
            <source>Row {row} of the sheet {sheet!r}: {problem}</source>
            <translation>الصف {row} من الورقة {sheet!r}: {problem}</translation>
        </message>
        <message>
            <location line="+20" />
            <source>row {rows}</source>
            <translation>الصف {rows}</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>rows {rows} and {n:,} more</source>
            <translation>
                <numerusform>الصفوف {rows} و{n:,} غيرها</numerusform>
                <numerusform>الصفوف {rows} و{n:,} غيرها</numerusform>
                <numerusform>الصفوف {rows} و{n:,} غيرها</numerusform>
                <numerusform>الصفوف {rows} و{n:,} غيرها</numerusform>
                <numerusform>الصفوف {rows} و{n:,} غيرها</numerusform>
                <numerusform>الصفوف {rows} و{n:,} غيرها</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>rows {rows}</source>
            <translation>الصفوف {rows}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The type {value} in {rows} of the sheet {sheet} is not a sector ({sectors}); those stakeholders were put in the civic sector.</source>
            <translation>النوع {value} في {rows} من الورقة {sheet} ليس قطاعًا ({sectors})؛ لذا وُضعت تلك الجهات المعنية في قطاع المجتمع المدني.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The attitude {value} in {rows} of the sheet {sheet} is not one of {attitudes}; it was imported as unknown.</source>
            <translation>الموقف {value} في {rows} من الورقة {sheet} ليس من بين {attitudes}؛ لذا استُورد على أنه غير معروف.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The strength {value} in {rows} of the sheet {sheet} is not a number from 1 to 3; 2 was used.</source>
            <translation>القوة {value} في {rows} من الورقة {sheet} ليست رقمًا من 1 إلى 3؛ لذا استُخدمت القيمة 2.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The strength {value} in {rows} of the sheet {sheet} is outside 1 to 3; the nearest was used.</source>
            <translation>القوة {value} في {rows} من الورقة {sheet} خارج النطاق من 1 إلى 3؛ لذا استُخدمت أقرب قيمة.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The direction {value} in {rows} of the sheet {sheet} is neither directed nor undirected; undirected was used.</source>
            <translation>الاتجاه {value} في {rows} من الورقة {sheet} ليس directed (موجّه) ولا undirected (غير موجّه)؛ لذا اعتُبر الرابط غير موجّه.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/stakeholder_exchange.py" line="+283" />
            <source>it has no label, so it was skipped.</source>
            <translation>ليست له تسمية، لذا تم تخطيه.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the label {name!r} is used before; this stakeholder was imported as {unique!r}.</source>
            <translation>التسمية {name!r} مستخدمة من قبل؛ لذا استُوردت هذه الجهة المعنية باسم {unique!r}.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>empty</source>
            <translation>فارغ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the position ({x}, {y}) is not two numbers, so the stakeholder was placed on a grid.</source>
            <translation>الموضع ({x}، {y}) ليس رقمين، لذا وُضعت الجهة المعنية على شبكة.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the label has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>في التسمية {count:,} من الأحرف؛ وقد قُصّ النص إلى {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the description has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>في الوصف {count:,} من الأحرف؛ وقد قُصّ النص إلى {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the organisation has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>في اسم المنظمة {count:,} من الأحرف؛ وقد قُصّ النص إلى {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the engagement has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>في استراتيجية الإشراك {count:,} من الأحرف؛ وقد قُصّ النص إلى {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the contact has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>في بيانات التواصل {count:,} من الأحرف؛ وقد قُصّ النص إلى {limit:,}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the type has {count:,} characters; it was cut to {limit:,}.</source>
            <translation>في النوع {count:,} من الأحرف؛ وقد قُصّ النص إلى {limit:,}.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>it does not name both stakeholders (From and To), so it was skipped.</source>
            <translation>لا يذكر الجهتين المعنيتين كلتيهما (From وTo)، لذا تم تخطيه.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no stakeholder is called {name!r}, so the connection was skipped.</source>
            <translation>لا توجد جهة معنية باسم {name!r}، لذا تم تخطي الرابط.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the connection joins {name!r} to itself, so it was skipped.</source>
            <translation>الرابط يربط {name!r} بنفسها، لذا تم تخطيه.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{source!r} and {target!r} are already connected as {kind!r}; the repeat was skipped.</source>
            <translation>{source!r} و{target!r} مرتبطتان بالفعل بعلاقة {kind!r}؛ لذا تم تخطي التكرار.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>{name!r} is already on the map, so it was not added again.</source>
            <translation>{name!r} موجودة بالفعل على الخريطة، لذا لم تُضف مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/reader.py" line="+169" />
            <source>The form's '{key}' setting is not supported and was left out.</source>
            <translation>الإعداد '{key}' في النموذج غير مدعوم، لذا تم استبعاده.</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Row {row}: '{name}' is a loop, which the app reads as a group.</source>
            <translation>الصف {row}: '{name}' من النوع loop، ويقرؤه التطبيق على أنه مجموعة.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' is a loop, which the app reads as a group.</source>
            <translation>'{name}' من النوع loop، ويقرؤه التطبيق على أنه مجموعة.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Row {row}: '{name}' is of type '{type}', which the app cannot ask offline; it is kept as a note and exported as it was.</source>
            <translation>الصف {row}: '{name}' من النوع '{type}'، وهو نوع لا يستطيع التطبيق طرحه دون اتصال بالإنترنت؛ لذا يُحتفظ به كملاحظة (note) ويُصدَّر كما كان.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' is of type '{type}', which the app cannot ask offline; it is kept as a note and exported as it was.</source>
            <translation>'{name}' من النوع '{type}'، وهو نوع لا يستطيع التطبيق طرحه دون اتصال بالإنترنت؛ لذا يُحتفظ به كملاحظة (note) ويُصدَّر كما كان.</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <location filename="../../workshop_app/ui/dialogs.py" line="+18" />
            <source>Workshop App databases (*.sqlite *.db);;All files (*)</source>
            <translation>قواعد بيانات Workshop App (*.sqlite *.db);;كل الملفات (*)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Open database</source>
            <translation>فتح قاعدة بيانات</translation>
        </message>
        <message>
            <location line="+9" />
            <source>New database</source>
            <translation>قاعدة بيانات جديدة</translation>
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
            <translation>عدد الأشخاص</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{answered} of {people} answered; {skipped} did not answer</source>
            <translation>أجاب {answered} من أصل {people}؛ ولم يُجب {skipped}</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../workshop_app/core/activity_rules.py" line="-16" />
            <source>“{colour}” is not a colour; pick one of {colours} or give #RRGGBB.</source>
            <translation>«{colour}» ليس لونًا؛ اختر أحد الألوان {colours} أو أدخِل قيمة بالصيغة #RRGGBB.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A sticky note needs some text.</source>
            <translation>تحتاج الملاحظة اللاصقة إلى نص.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+3" />
            <source>The {what} position of a note must be a number.</source>
            <translation>يجب أن يكون الموضع {what} للملاحظة رقمًا.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>An anonymous voter needs a token from new_voter_token().</source>
            <translation>يحتاج المصوّت مجهول الهوية إلى رمز مميز من new_voter_token().</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/brainstorm.py" line="+246" />
            <source>Sticky notes belong to a brainstorm or a dot vote.</source>
            <translation>تنتمي الملاحظات اللاصقة إلى عصف ذهني أو تصويت بالنقاط.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>That cluster is on another board.</source>
            <translation>هذه المجموعة على لوحة أخرى.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/consent.py" line="-92" />
            <source>{code} already consents to {purpose} (recorded {moment} by someone).</source>
            <translation>سبق أن وافق {code} على {purpose} (سُجِّلت الموافقة في {moment} دون ذكر مَن سجّلها).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{code} already consents to {purpose} (recorded {moment} by {recorder}).</source>
            <translation>سبق أن وافق {code} على {purpose} (سجّلها {recorder} في {moment}).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{code} withdrew consent to {purpose} on {moment}; a new consent must be dated after that.</source>
            <translation>سحب {code} موافقته على {purpose} في {moment}؛ لذا يجب أن يكون تاريخ الموافقة الجديدة بعد ذلك.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>{code} has not consented to take part, so no answers can be recorded for them.</source>
            <translation>لم يوافق {code} على المشاركة، لذا لا يمكن تسجيل أي إجابات له.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>A withdrawal cannot come before the consent it withdraws ({moment}).</source>
            <translation>لا يمكن أن يسبق سحبُ الموافقة الموافقةَ التي يسحبها ({moment}).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>That consent has been withdrawn since; its record is kept.</source>
            <translation>سُحبت هذه الموافقة منذ ذلك الحين؛ ويُحتفظ بسجلها.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>That consent is not withdrawn.</source>
            <translation>هذه الموافقة غير مسحوبة.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consent was given again after this withdrawal, so the withdrawal stays on record.</source>
            <translation>أُعطيت الموافقة مجددًا بعد هذا السحب، لذا يبقى السحب مسجّلًا.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{code}'s consent to {purpose} was already withdrawn on {moment}; a withdrawn consent cannot be used again. Record a new consent instead.</source>
            <translation>سبق سحب موافقة {code} على {purpose} في {moment}؛ ولا يمكن استخدام موافقة مسحوبة مجددًا. سجِّل موافقة جديدة بدلًا من ذلك.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Say which consent to withdraw.</source>
            <translation>حدِّد الموافقة المراد سحبها.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{code} has no consent to {purpose} to withdraw.</source>
            <translation>لا توجد لدى {code} موافقة على {purpose} يمكن سحبها.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/data_entry.py" line="+92" />
            <location line="+13" />
            <source>Begin a paper first.</source>
            <translation>ابدأ استبيانًا ورقيًا أولًا.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/demo/__init__.py" line="+44" />
            <source>The demo can have between 1 and {maximum} participants.</source>
            <translation>يجب أن يكون عدد المشاركين في العرض التوضيحي بين 1 و{maximum}.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This database already holds workshops or participants; demo data only goes into a new or empty database.</source>
            <translation>تحتوي قاعدة البيانات هذه بالفعل على ورش أو مشاركين؛ ولا تُضاف بيانات العرض التوضيحي إلا إلى قاعدة بيانات جديدة أو فارغة.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/diversity_targets.py" line="-3" />
            <source>A target share is more than 0 % and at most 100 % (write 0.15 for 15 %).</source>
            <translation>حصة الهدف أكبر من 0 % ولا تزيد على 100 % (اكتب 0.15 للتعبير عن 15 %).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A target share is more than 0 % and at most 100 %.</source>
            <translation>حصة الهدف أكبر من 0 % ولا تزيد على 100 %.</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../workshop_app/core/profiles.py" line="-165" />
            <source>There is no profile question called {question_name!r}.</source>
            <translation>لا يوجد سؤال ملف تعريفي باسم {question_name!r}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose at least one answer that makes up the group.</source>
            <translation>اختر إجابة واحدة على الأقل تكوِّن الفئة.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{answer!r} is not an answer to “{question}” that a target can be set for.</source>
            <translation>{answer!r} ليست إجابة عن «{question}» يمكن تعيين هدف لها.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/erasure.py" line="+23" />
            <source>Choose whether their answers are erased or kept anonymously.</source>
            <translation>اختر هل تُمسح إجابات هذا الشخص أم يُحتفظ بها مجهولة الهوية.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>That participant has already been erased or deleted; there is nothing left to erase.</source>
            <translation>سبق مسح بيانات هذا المشارك أو حذفه؛ فلم يبقَ شيء لمسحه.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That participant does not exist; nothing was erased.</source>
            <translation>هذا المشارك غير موجود؛ لم يُمسح أي شيء.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/compiler.py" line="+150" />
            <source>indexed-repeat() takes {question}, then pairs of {repeat} and a number</source>
            <translation>تأخذ الدالة indexed-repeat() أولًا {question}، ثم أزواجًا من {repeat} ورقم</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/errors.py" line="+27" />
            <source>In '{question}', position {position} of the {field}: {message}.</source>
            <translation>في '{question}'، عند الموضع {position} من العمود {field}: {message}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In '{question}', position {position}: {message}.</source>
            <translation>في '{question}'، عند الموضع {position}: {message}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>At position {position} of the {field}: {message}.</source>
            <translation>عند الموضع {position} من العمود {field}: {message}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>At position {position}: {message}.</source>
            <translation>عند الموضع {position}: {message}.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/functions.py" line="+145" />
            <source>this regular expression repeats a repeated group, which could freeze the kiosk</source>
            <translation>هذا التعبير النمطي يكرّر مجموعة مكرَّرة أصلًا، وقد يؤدي ذلك إلى تجميد الكشك</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the regular expression is not valid ({problem})</source>
            <translation>التعبير النمطي غير صالح ({problem})</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/lexer.py" line="+41" />
            <source>the expression is longer than {maximum:,} characters</source>
            <translation>عدد أحرف التعبير يتجاوز {maximum:,}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the text starting with {quote} is never closed</source>
            <translation>النص الذي يبدأ بالعلامة {quote} لم يُغلق</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a reference must look like {example}</source>
            <translation>يجب أن يكون المرجع على الصورة {example}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unexpected character {char!r}</source>
            <translation>حرف غير متوقَّع {char!r}</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/expressions/parser.py" line="+65" />
            <source>a closing ')' for '{name}(' is missing</source>
            <translation>ينقص القوس الختامي ')' للدالة '{name}('</translation>
        </message>
        <message>
            <location line="+3" />
            <source>expected a closing ')' for '{name}(', found {found}</source>
            <translation>كان متوقعًا قوس ختامي ')' للدالة '{name}('، لكن ما وُجد هو {found}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a closing ')' is missing</source>
            <translation>ينقص القوس الختامي ')'</translation>
        </message>
        <message>
            <location line="+1" />
            <source>expected a closing ')', found {found}</source>
            <translation>كان متوقعًا قوس ختامي ')'، لكن ما وُجد هو {found}</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+179" />
            <source>the expression is nested more than {maximum} levels deep</source>
            <translation>عمق تداخل التعبير يتجاوز {maximum} من المستويات</translation>
        </message>
        <message>
            <location line="-173" />
            <source>the expression is empty</source>
            <translation>التعبير فارغ</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+66" />
            <location line="+80" />
            <source>unexpected {found}</source>
            <translation>ورود {found} غير متوقَّع هنا</translation>
        </message>
        <message>
            <location line="-127" />
            <source>an operator such as 'and' or '=' is missing before {found}</source>
            <translation>ينقص عامل مثل 'and' أو '=' قبل {found}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the union operator '|' is not supported</source>
            <translation>عامل الاتحاد '|' غير مدعوم</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{op}' needs something after it</source>
            <translation>يحتاج '{op}' إلى شيء بعده</translation>
        </message>
        <message>
            <location line="+26" />
            <source>empty brackets '()'</source>
            <translation>أقواس فارغة '()'</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the expression ends too early</source>
            <translation>ينتهي التعبير قبل أوانه</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{found} cannot follow {token}</source>
            <translation>لا يصح ورود {found} بعد {token}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>unknown function '{name}()'</source>
            <translation>دالة غير معروفة '{name}()'</translation>
        </message>
        <message>
            <location line="+18" />
            <source>lookups in instance() are not supported</source>
            <translation>البحث داخل instance() غير مدعوم</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+8" />
            <source>'//' paths are not supported; use {example}</source>
            <translation>المسارات '//' غير مدعومة؛ استخدم {example}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>filters in square brackets are not supported</source>
            <translation>عوامل التصفية بين أقواس مربعة غير مدعومة</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{name}' is not a reference; write {reference} to use that question's answer</source>
            <translation>'{name}' ليس مرجعًا؛ اكتب {reference} لاستخدام إجابة ذلك السؤال</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{found} in a path is not supported</source>
            <translation>ورود {found} داخل مسار غير مدعوم</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a path step is missing</source>
            <translation>تنقص خطوة في المسار</translation>
        </message>
        <message>
            <location line="+33" />
            <source>'{name}()' takes 1 argument, not {given}</source>
            <translation>تأخذ الدالة '{name}()' وسيطة واحدة، لكنها أُعطيت {given}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}()' takes at least 1 argument, not {given}</source>
            <translation>تأخذ الدالة '{name}()' وسيطة واحدة على الأقل، لكنها أُعطيت {given}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>'{name}()' takes {n} arguments, not {given}</source>
            <translation>
                <numerusform>تأخذ الدالة '{name}()' {n} وسيطة، لكنها أُعطيت {given}</numerusform>
                <numerusform>تأخذ الدالة '{name}()' {n} وسيطة، لكنها أُعطيت {given}</numerusform>
                <numerusform>تأخذ الدالة '{name}()' {n} وسيطتين، لكنها أُعطيت {given}</numerusform>
                <numerusform>تأخذ الدالة '{name}()' {n} وسائط، لكنها أُعطيت {given}</numerusform>
                <numerusform>تأخذ الدالة '{name}()' {n} وسيطةً، لكنها أُعطيت {given}</numerusform>
                <numerusform>تأخذ الدالة '{name}()' {n} وسيطة، لكنها أُعطيت {given}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>'{name}()' takes at least {n} arguments, not {given}</source>
            <translation>
                <numerusform>تأخذ الدالة '{name}()' {n} وسيطة على الأقل، لكنها أُعطيت {given}</numerusform>
                <numerusform>تأخذ الدالة '{name}()' {n} وسيطة على الأقل، لكنها أُعطيت {given}</numerusform>
                <numerusform>تأخذ الدالة '{name}()' {n} وسيطتين على الأقل، لكنها أُعطيت {given}</numerusform>
                <numerusform>تأخذ الدالة '{name}()' {n} وسائط على الأقل، لكنها أُعطيت {given}</numerusform>
                <numerusform>تأخذ الدالة '{name}()' {n} وسيطةً على الأقل، لكنها أُعطيت {given}</numerusform>
                <numerusform>تأخذ الدالة '{name}()' {n} وسيطة على الأقل، لكنها أُعطيت {given}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>'{name}()' takes {fewest} to {n} arguments, not {given}</source>
            <translation>
                <numerusform>تأخذ الدالة '{name}()' من {fewest} إلى {n} من الوسائط، لكنها أُعطيت {given}</numerusform>
                <numerusform>تأخذ الدالة '{name}()' من {fewest} إلى {n} من الوسائط، لكنها أُعطيت {given}</numerusform>
                <numerusform>تأخذ الدالة '{name}()' من {fewest} إلى {n} من الوسائط، لكنها أُعطيت {given}</numerusform>
                <numerusform>تأخذ الدالة '{name}()' من {fewest} إلى {n} من الوسائط، لكنها أُعطيت {given}</numerusform>
                <numerusform>تأخذ الدالة '{name}()' من {fewest} إلى {n} من الوسائط، لكنها أُعطيت {given}</numerusform>
                <numerusform>تأخذ الدالة '{name}()' من {fewest} إلى {n} من الوسائط، لكنها أُعطيت {given}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>the end</source>
            <translation>نهاية التعبير</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/feedback.py" line="+113" />
            <source>That activity is not a feedback round.</source>
            <translation>هذا النشاط ليس جولة آراء.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/answers.py" line="+24" />
            <source>This question needs an answer.</source>
            <translation>هذا السؤال يحتاج إلى إجابة.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This answer is not allowed here.</source>
            <translation>هذه الإجابة غير مسموح بها هنا.</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../workshop_app/core/response_rules.py" line="+185" />
            <source>Enter a whole number.</source>
            <translation>أدخِل عددًا صحيحًا.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a number.</source>
            <translation>أدخِل رقمًا.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a date as year-month-day.</source>
            <translation>أدخِل التاريخ بالصيغة سنة-شهر-يوم.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a time as hours:minutes.</source>
            <translation>أدخِل الوقت بالصيغة ساعات:دقائق.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose among the answers offered.</source>
            <translation>اختر من بين الإجابات المعروضة.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a value on the scale.</source>
            <translation>اختر قيمة على المقياس.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/graph.py" line="+24" />
            <source>there is no question named '{name}'</source>
            <translation>لا يوجد سؤال باسم '{name}'</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/logic.py" line="+186" />
            <source>The form has no question called '{name}'.</source>
            <translation>لا يحتوي النموذج على سؤال باسم '{name}'.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/state.py" line="+41" />
            <source>'{text}' is not a repeat instance (such as '2' or '2.1').</source>
            <translation>'{text}' ليس رقم إدخال في مجموعة متكررة (مثل '2' أو '2.1').</translation>
        </message>
        <message>
            <location line="+34" />
            <source>'{name}' is not in a repeat; its instance {instance} does not fit.</source>
            <translation>'{name}' ليس ضمن مجموعة متكررة؛ لذا لا يناسبه رقم الإدخال {instance}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}' is in a repeat; its instance (none) does not fit.</source>
            <translation>'{name}' ضمن مجموعة متكررة؛ لذا لا يصح أن يكون بلا رقم إدخال.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' is in a repeat; its instance {instance} does not fit.</source>
            <translation>'{name}' ضمن مجموعة متكررة؛ ورقم الإدخال {instance} لا يناسبه.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A repeat can have at most {maximum} entries; '{name}' was given entry {instance}.</source>
            <translation>الحد الأقصى لإدخالات المجموعة المتكررة هو {maximum}؛ وقد أُعطي '{name}' رقم الإدخال {instance}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' is a group or repeat and has no answer of its own.</source>
            <translation>'{name}' مجموعة أو مجموعة متكررة، وليست له إجابة خاصة به.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>'{repeat}' is not a repeat.</source>
            <translation>'{repeat}' ليس مجموعة متكررة.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The instance (none) does not fit the repeat '{repeat}'.</source>
            <translation>لا يصح أن يكون رقم الإدخال فارغًا في المجموعة المتكررة '{repeat}'.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The instance {instance} does not fit the repeat '{repeat}'.</source>
            <translation>رقم الإدخال {instance} لا يناسب المجموعة المتكررة '{repeat}'.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{repeat}' can have at most {maximum} entries.</source>
            <translation>الحد الأقصى لإدخالات '{repeat}' هو {maximum}.</translation>
        </message>
        <message>
            <location line="+165" />
            <source>'{name}' is not a question the form shows.</source>
            <translation>'{name}' ليس سؤالًا يعرضه النموذج.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/forms/validation.py" line="+65" />
            <source>The name '{name}' is used by more than one question; every name must be unique.</source>
            <translation>الاسم '{name}' مستخدم لأكثر من سؤال؛ يجب أن يكون كل اسم فريدًا.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>'{name}' has 'or other', which needs the name '{name}_other' for itself, but a question already uses it.</source>
            <translation>في '{name}' خيار 'or other'، وهو يحتاج إلى الاسم '{name}_other' لنفسه، لكن سؤالًا آخر يستخدمه بالفعل.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>These questions depend on each other in a circle: {cycle}.</source>
            <translation>تعتمد هذه الأسئلة بعضها على بعض في حلقة مغلقة: {cycle}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The form needs an id (form_id).</source>
            <translation>يحتاج النموذج إلى معرّف (form_id).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The form id can have at most {maximum} characters.</source>
            <translation>الحد الأقصى لعدد أحرف معرّف النموذج هو {maximum}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The form needs a title.</source>
            <translation>يحتاج النموذج إلى عنوان.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The form title can have at most {maximum} characters.</source>
            <translation>الحد الأقصى لعدد أحرف عنوان النموذج هو {maximum}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The form needs at least one language.</source>
            <translation>يحتاج النموذج إلى لغة واحدة على الأقل.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A language is listed twice.</source>
            <translation>إحدى اللغات مذكورة مرتين.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{code}' is not a usable language code (letters, digits, '-' or '_', at most {maximum} characters).</source>
            <translation>'{code}' ليس رمز لغة صالحًا (أحرف وأرقام و'-' أو '_'، بحد أقصى {maximum} من الأحرف).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The default language '{default_language}' is not one of the form's languages.</source>
            <translation>اللغة الافتراضية '{default_language}' ليست من لغات النموذج.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{choice_list}' is not a usable list name.</source>
            <translation>'{choice_list}' ليس اسم قائمة صالحًا.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There are two choice lists called '{choice_list}'.</source>
            <translation>توجد قائمتا خيارات باسم '{choice_list}'.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A choice of the list '{choice_list}' has no usable name.</source>
            <translation>أحد خيارات القائمة '{choice_list}' ليس له اسم صالح.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The list '{choice_list}' has the choice '{choice}' twice.</source>
            <translation>الخيار '{choice}' مكرر مرتين في القائمة '{choice_list}'.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{name}' is not a usable question name: start with a letter or '_', then letters, digits, '_', '-' or '.', at most {maximum} characters.</source>
            <translation>'{name}' ليس اسم سؤال صالحًا: ابدأ بحرف أو '_'، ثم أحرف أو أرقام أو '_' أو '-' أو '.'، بحد أقصى {maximum} من الأحرف.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' has the type '{type}', which the app does not know.</source>
            <translation>نوع '{name}' هو '{type}'، وهو نوع لا يعرفه التطبيق.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' is a {type}, so it cannot hold other questions.</source>
            <translation>'{name}' من النوع {type}، لذا لا يمكن أن يضم أسئلة أخرى.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>'{name}' needs a choice list.</source>
            <translation>يحتاج '{name}' إلى قائمة خيارات.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{name}' uses the choice list '{list_name}', which does not exist.</source>
            <translation>يستخدم '{name}' قائمة الخيارات '{list_name}'، وهي غير موجودة.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The choice list '{list_name}' of '{name}' has no choices.</source>
            <translation>قائمة الخيارات '{list_name}' الخاصة بـ '{name}' لا تحتوي على أي خيارات.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The choice codes of '{list_name}' cannot contain spaces, because '{name}' allows several answers.</source>
            <translation>لا يمكن أن تحتوي رموز الخيارات في '{list_name}' على مسافات، لأن '{name}' يسمح بعدة إجابات.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' is a {type}, so it cannot have a choice list.</source>
            <translation>'{name}' من النوع {type}، لذا لا يمكن أن تكون له قائمة خيارات.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only select questions can have 'or other'; '{name}' is a {type}.</source>
            <translation>لا يمكن إضافة 'or other' إلا إلى أسئلة الاختيار (select)؛ و'{name}' من النوع {type}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}' cannot have both 'or other' and a choice filter.</source>
            <translation>لا يمكن أن يجمع '{name}' بين 'or other' وعامل تصفية الخيارات (choice filter).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The calculation '{name}' needs a formula.</source>
            <translation>تحتاج العملية الحسابية '{name}' إلى صيغة.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{name}' needs a label or a hint.</source>
            <translation>يحتاج '{name}' إلى تسمية أو تلميح.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The {key} of the range '{question}' must be a number.</source>
            <translation>يجب أن تكون قيمة {key} في سؤال النطاق '{question}' رقمًا.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The step of the range '{question}' cannot be 0.</source>
            <translation>لا يمكن أن تكون قيمة الخطوة (step) في سؤال النطاق '{question}' مساوية لـ 0.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{name}' has a text in '{code}', which is not one of the form's languages.</source>
            <translation>لدى '{name}' نص باللغة '{code}'، وهي ليست من لغات النموذج.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A choice has a text in '{code}', which is not one of the form's languages.</source>
            <translation>لأحد الخيارات نص باللغة '{code}'، وهي ليست من لغات النموذج.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/kiosk.py" line="+103" />
            <source>This survey is not available in '{code}'.</source>
            <translation>هذا الاستبيان غير متوفر باللغة '{code}'.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This survey needs your participant code.</source>
            <translation>يحتاج هذا الاستبيان إلى رمز المشارك الخاص بك.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{code} has already answered this survey. Thank you!</source>
            <translation>سبق أن أجاب {code} عن هذا الاستبيان. شكرًا لك!</translation>
        </message>
        <message>
            <location line="+18" />
            <source>That response belongs to another survey.</source>
            <translation>تنتمي هذه الاستجابة إلى استبيان آخر.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That response is already finished.</source>
            <translation>هذه الاستجابة مكتملة بالفعل.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>There is no question on screen to answer.</source>
            <translation>لا يوجد على الشاشة سؤال للإجابة عنه.</translation>
        </message>
        <message>
            <location line="+120" />
            <source>This kiosk has no PIN; set one for the workshop first.</source>
            <translation>لا يوجد رمز PIN لهذا الكشك؛ عيِّن رمزًا للورشة أولًا.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/kiosk_pins.py" line="+46" />
            <source>Set a kiosk PIN for this workshop before starting the kiosk.</source>
            <translation>عيِّن رمز PIN للكشك لهذه الورشة قبل بدء الكشك.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/listing.py" line="+70" />
            <source>Cannot list {kind!r}; choose one of {kinds}.</source>
            <translation>لا يمكن عرض قائمة {kind!r}؛ اختر أحد الأنواع التالية: {kinds}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Name a {what} by its id or title.</source>
            <translation>حدِّد العنصر ({what}) بمعرّفه أو عنوانه.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No {what} has the id or title {reference!r}.</source>
            <translation>لا يوجد عنصر ({what}) معرّفه أو عنوانه {reference!r}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} {what}s match {reference!r}; give more of the id.</source>
            <translation>يطابق {reference!r} عناصر ({what}) عددها {n}؛ أدخِل جزءًا أطول من المعرّف.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/live_results.py" line="+72" />
            <source>The survey has no question called '{question_name}'.</source>
            <translation>لا يحتوي الاستبيان على سؤال باسم '{question_name}'.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/map_import.py" line="-28" />
            <source>Stakeholder {number} of the list cannot be imported, so nothing was: {problem}</source>
            <translation>تعذّر استيراد الجهة المعنية رقم {number} من القائمة، لذا لم يُستورد أي شيء: {problem}</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/map_rules.py" line="-242" />
            <location line="+159" />
            <source>A map is one of: {kinds}.</source>
            <translation>نوع الخريطة أحد ما يلي: {kinds}.</translation>
        </message>
        <message>
            <location line="-37" />
            <location filename="../../workshop_app/core/participant_rules.py" line="-54" />
            <location line="+10" />
            <source>{what} can have at most {limit:,} characters; this one has {count:,}.</source>
            <translation>الحد الأقصى لعدد أحرف {what} هو {limit:,}، وهذا النص يحتوي على {count:,}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{what} has no field called {field!r}.</source>
            <translation>لا يوجد في {what} حقل باسم {field!r}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{what} must be a number.</source>
            <translation>يجب أن تكون قيمة {what} رقمًا.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>A map needs a title.</source>
            <translation>تحتاج الخريطة إلى عنوان.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>An axis runs from 0 to a number above 0 and at most {maximum:,.0f}.</source>
            <translation>يمتد المحور من 0 إلى رقم أكبر من 0 لا يزيد على {maximum:,.0f}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A map's quadrant names are a list of four names.</source>
            <translation>أسماء أرباع الخريطة قائمة من أربعة أسماء.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A map has four quadrant names (or none), not {count}.</source>
            <translation>للخريطة أربعة أسماء للأرباع (أو لا شيء)، وليس {count}.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A stakeholder needs a name.</source>
            <translation>تحتاج الجهة المعنية إلى اسم.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A stakeholder's sector is one of: {sectors}.</source>
            <translation>قطاع الجهة المعنية أحد ما يلي: {sectors}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A stakeholder's attitude is one of: {attitudes}.</source>
            <translation>موقف الجهة المعنية أحد ما يلي: {attitudes}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A relationship joins two stakeholders; choose both.</source>
            <translation>تربط العلاقة بين جهتين معنيتين؛ اختر كلتيهما.</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../workshop_app/core/maps.py" line="+240" />
            <source>A stakeholder cannot have a relationship with itself.</source>
            <translation>لا يمكن أن تكون للجهة المعنية علاقة بنفسها.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A relationship needs a kind, such as {example!r}.</source>
            <translation>تحتاج العلاقة إلى نوع، مثل {example!r}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A relationship's strength is 1 (weak), 2 or 3 (strong).</source>
            <translation>قوة العلاقة هي 1 (ضعيفة) أو 2 أو 3 (قوية).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A relationship either has a direction or not.</source>
            <translation>إما أن يكون للعلاقة اتجاه أو لا يكون.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/map_snapshots.py" line="+27" />
            <source>A snapshot needs a name, such as the meeting it records.</source>
            <translation>تحتاج اللقطة إلى اسم، مثل اسم الاجتماع الذي توثّقه.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A snapshot's name can have at most {maximum} characters.</source>
            <translation>الحد الأقصى لعدد أحرف اسم اللقطة هو {maximum}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A snapshot's date must be a date and time with its time zone.</source>
            <translation>يجب أن يكون تاريخ اللقطة تاريخًا ووقتًا مع المنطقة الزمنية.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/maps.py" line="-111" />
            <source>This cannot be undone: the map or stakeholders it belonged to are gone.</source>
            <translation>لا يمكن التراجع عن هذا: الخريطة أو الجهات المعنية التي كان يخصها لم تعد موجودة.</translation>
        </message>
        <message>
            <location line="+58" />
            <location filename="../../workshop_app/db/lookup.py" line="+27" />
            <source>That stakeholder no longer exists.</source>
            <translation>لم تعد هذه الجهة المعنية موجودة.</translation>
        </message>
        <message>
            <location line="+144" />
            <source>Those two snapshots are of different maps; compare snapshots of one map.</source>
            <translation>هاتان اللقطتان من خريطتين مختلفتين؛ قارن بين لقطات خريطة واحدة.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A relationship joins two stakeholders of the same map.</source>
            <translation>تربط العلاقة بين جهتين معنيتين من الخريطة نفسها.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{first!r} and {second!r} already have a {kind!r} relationship.</source>
            <translation>توجد بالفعل علاقة من نوع {kind!r} بين {first!r} و{second!r}.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/merge.py" line="-134" />
            <source>Choose at least one package to merge.</source>
            <translation>اختر حزمة واحدة على الأقل لدمجها.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+21" />
            <source>The merge was cancelled; nothing was changed.</source>
            <translation>أُلغي الدمج؛ لم يتغير أي شيء.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The packages could not be merged ({reason}); nothing was changed.</source>
            <translation>تعذّر دمج الحزم ({reason})؛ لم يتغير أي شيء.</translation>
        </message>
        <message numerus="yes">
            <location line="+70" />
            <source>The packages could not be merged ({n} row(s) of {kind} would point at rows that do not exist); nothing was changed.</source>
            <translation>
                <numerusform>تعذّر دمج الحزم (عدد صفوف {kind} التي كانت ستشير إلى صفوف غير موجودة: {n})؛ لم يتغير أي شيء.</numerusform>
                <numerusform>تعذّر دمج الحزم (عدد صفوف {kind} التي كانت ستشير إلى صفوف غير موجودة: {n})؛ لم يتغير أي شيء.</numerusform>
                <numerusform>تعذّر دمج الحزم (عدد صفوف {kind} التي كانت ستشير إلى صفوف غير موجودة: {n})؛ لم يتغير أي شيء.</numerusform>
                <numerusform>تعذّر دمج الحزم (عدد صفوف {kind} التي كانت ستشير إلى صفوف غير موجودة: {n})؛ لم يتغير أي شيء.</numerusform>
                <numerusform>تعذّر دمج الحزم (عدد صفوف {kind} التي كانت ستشير إلى صفوف غير موجودة: {n})؛ لم يتغير أي شيء.</numerusform>
                <numerusform>تعذّر دمج الحزم (عدد صفوف {kind} التي كانت ستشير إلى صفوف غير موجودة: {n})؛ لم يتغير أي شيء.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/packing.py" line="-45" />
            <source>A package cannot overwrite the database it is made from; choose another file.</source>
            <translation>لا يمكن أن تحل الحزمة محل قاعدة البيانات التي أُنشئت منها؛ اختر ملفًا آخر.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../workshop_app/db/backup.py" line="+25" />
            <location filename="../../workshop_app/formats/exchange_package.py" line="+38" />
            <source>Cannot write {target}: the folder {folder} does not exist.</source>
            <translation>تتعذّر كتابة {target}: المجلد {folder} غير موجود.</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../../workshop_app/db/lookup.py" line="+4" />
            <source>That workshop no longer exists.</source>
            <translation>لم تعد هذه الورشة موجودة.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Packing was cancelled; no package was written.</source>
            <translation>أُلغي التحزيم؛ لم تُكتب أي حزمة.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/participant_rules.py" line="-104" />
            <source>A participant needs a code, such as P-0042.</source>
            <translation>يحتاج المشارك إلى رمز، مثل P-0042.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A participant code cannot contain spaces.</source>
            <translation>لا يمكن أن يحتوي رمز المشارك على مسافات.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Consent is given to {purposes}; {purpose!r} is not one of these.</source>
            <translation>تُعطى الموافقة على: {purposes}؛ و{purpose!r} ليس من بينها.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{what} needs a date and time with its time zone.</source>
            <translation>يحتاج {what} إلى تاريخ ووقت مع المنطقة الزمنية.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{what} cannot be in the future ({moment} has not happened yet).</source>
            <translation>لا يمكن أن يكون {what} في المستقبل (لم يحن {moment} بعد).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Say who is recording the consent (set your name in the settings).</source>
            <translation>حدِّد مَن يسجّل الموافقة (اكتب اسمك في الإعدادات).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say who is recording the withdrawal (set your name in the settings).</source>
            <translation>حدِّد مَن يسجّل سحب الموافقة (اكتب اسمك في الإعدادات).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say who is recording the erasure (set your name in the settings).</source>
            <translation>حدِّد مَن يسجّل مسح البيانات (اكتب اسمك في الإعدادات).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Say who is recording the {what} (set your name in the settings).</source>
            <translation>حدِّد مَن يسجّل {what} (اكتب اسمك في الإعدادات).</translation>
        </message>
        <message>
            <location line="+61" />
            <source>A question's name uses lower-case letters a–z, digits and _, starts with a letter and has at most 64 characters, such as age_band.</source>
            <translation>يتكون اسم السؤال من أحرف لاتينية صغيرة a–z وأرقام و_، ويبدأ بحرف، ولا يزيد على 64 حرفًا، مثل age_band.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A choice code uses lower-case letters a–z, digits and _ (at most 64), such as 60_74.</source>
            <translation>يتكون رمز الخيار من أحرف لاتينية صغيرة a–z وأرقام و_ (64 حرفًا على الأكثر)، مثل 60_74.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{what} needs its labels as language and text pairs.</source>
            <translation>يجب إعطاء تسميات {what} في صورة أزواج من اللغة والنص.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{language!r} is not a language code such as en, pt or pt_BR.</source>
            <translation>{language!r} ليس رمز لغة مثل en أو pt أو pt_BR.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{what} needs a label in at least one language.</source>
            <translation>يجب إعطاء {what} تسمية بلغة واحدة على الأقل.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/participants.py" line="-75" />
            <source>A participant has no field called {field!r} that can be changed here.</source>
            <translation>لا يوجد لدى المشارك حقل باسم {field!r} يمكن تغييره هنا.</translation>
        </message>
        <message>
            <location line="+91" />
            <source>{code} is not checked in to that workshop.</source>
            <translation>لم يُسجَّل حضور {code} في تلك الورشة.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{code} is already checked in to this workshop.</source>
            <translation>سبق تسجيل حضور {code} في هذه الورشة.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{code} is already the code of another participant.</source>
            <translation>{code} هو بالفعل رمز مشارك آخر.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/pin.py" line="-50" />
            <source>A kiosk PIN is {fewest} to {most} digits.</source>
            <translation>يتكون رمز PIN للكشك من {fewest} إلى {most} أرقام.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/profiles.py" line="+9" />
            <source>{code!r} is not one of the answers to “{label}”.</source>
            <translation>{code!r} ليس من إجابات «{label}».</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only a self-described answer to “{label}” can have the person's own words.</source>
            <translation>لا يمكن كتابة كلمات الشخص نفسه في «{label}» إلا مع الإجابة التي تتيح الوصف الذاتي.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>“{typed}” is not one of the answers to “{label}”.</source>
            <translation>«{typed}» ليس من إجابات «{label}».</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Each choice of a question needs its own code.</source>
            <translation>يحتاج كل خيار من خيارات السؤال إلى رمز خاص به.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is already a profile question called {name!r}.</source>
            <translation>يوجد بالفعل سؤال ملف تعريفي باسم {name!r}.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>“{question}” already has a choice {code!r}.</source>
            <translation>يحتوي «{question}» بالفعل على خيار رمزه {code!r}.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Every question keeps “Prefer not to say”, so answering stays voluntary.</source>
            <translation>يحتفظ كل سؤال بالخيار «أفضّل عدم الإجابة»، لتبقى الإجابة طوعية.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>1 participant gave the answer “{answer}”, so it cannot be deleted; change its label instead.</source>
            <translation>اختار مشارك واحد الإجابة «{answer}»، لذا لا يمكن حذفها؛ غيِّر تسميتها بدلًا من ذلك.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>{n} participants gave the answer “{answer}”, so it cannot be deleted; change its label instead.</source>
            <translation>
                <numerusform>اختار {n} مشارك الإجابة «{answer}»، لذا لا يمكن حذفها؛ غيِّر تسميتها بدلًا من ذلك.</numerusform>
                <numerusform>اختار {n} مشارك الإجابة «{answer}»، لذا لا يمكن حذفها؛ غيِّر تسميتها بدلًا من ذلك.</numerusform>
                <numerusform>اختار {n} مشاركان الإجابة «{answer}»، لذا لا يمكن حذفها؛ غيِّر تسميتها بدلًا من ذلك.</numerusform>
                <numerusform>اختار {n} مشاركين الإجابة «{answer}»، لذا لا يمكن حذفها؛ غيِّر تسميتها بدلًا من ذلك.</numerusform>
                <numerusform>اختار {n} مشاركًا الإجابة «{answer}»، لذا لا يمكن حذفها؛ غيِّر تسميتها بدلًا من ذلك.</numerusform>
                <numerusform>اختار {n} مشارك الإجابة «{answer}»، لذا لا يمكن حذفها؛ غيِّر تسميتها بدلًا من ذلك.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/response_memory.py" line="+51" />
            <location filename="../../workshop_app/db/lookup.py" line="-2" />
            <source>That survey no longer exists.</source>
            <translation>لم يعد هذا الاستبيان موجودًا.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This survey cannot be answered anonymously; a participant code is needed.</source>
            <translation>لا يمكن الإجابة عن هذا الاستبيان بشكل مجهول الهوية؛ يلزم رمز المشارك.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>No one has the code “{code}”.</source>
            <translation>لا يوجد أحد يحمل الرمز «{code}».</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{code} has not consented to take part.</source>
            <translation>لم يوافق {code} على المشاركة.</translation>
        </message>
        <message>
            <location line="+13" />
            <location filename="../../workshop_app/core/responses.py" line="+203" />
            <location filename="../../workshop_app/db/lookup.py" line="-4" />
            <source>That response no longer exists.</source>
            <translation>لم تعد هذه الاستجابة موجودة.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/response_rules.py" line="-149" />
            <source>Write the number with one decimal comma or point and no thousands separator, for example 1234,5.</source>
            <translation>اكتب الرقم بفاصلة عشرية أو نقطة عشرية واحدة، ودون فاصل للآلاف، مثل 1234,5.</translation>
        </message>
        <message>
            <location line="+114" />
            <source>This answer is not text or a number.</source>
            <translation>هذه الإجابة ليست نصًا ولا رقمًا.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>An answer can have at most {maximum:,} characters; this one has {length:,}.</source>
            <translation>الحد الأقصى لعدد أحرف الإجابة هو {maximum:,}، وهذه الإجابة تحتوي على {length:,}.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>The survey has no question called '{name}'.</source>
            <translation>لا يحتوي الاستبيان على سؤال باسم '{name}'.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>'{name}' is not a question to answer.</source>
            <translation>'{name}' ليس سؤالًا تُطلب الإجابة عنه.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This question does not apply given the earlier answers.</source>
            <translation>لا ينطبق هذا السؤال بناءً على الإجابات السابقة.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A repeat can have at most {maximum} entries.</source>
            <translation>الحد الأقصى لإدخالات المجموعة المتكررة هو {maximum}.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>A response is given in the kiosk or typed in from paper ({modes}).</source>
            <translation>تُعطى الاستجابة في الكشك أو تُدخَل من الورق ({modes}).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>One question still needs an answer: {shown}.</source>
            <translation>لا يزال سؤال واحد بحاجة إلى إجابة: {shown}.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{n} questions still need an answer: {shown} and {more} more.</source>
            <translation>
                <numerusform>لا يزال {n} سؤال بحاجة إلى إجابة: {shown} و{more} غيرها.</numerusform>
                <numerusform>لا يزال {n} سؤال بحاجة إلى إجابة: {shown} و{more} غيرها.</numerusform>
                <numerusform>لا يزال {n} سؤالان بحاجة إلى إجابة: {shown} و{more} غيرها.</numerusform>
                <numerusform>لا تزال {n} أسئلة بحاجة إلى إجابة: {shown} و{more} غيرها.</numerusform>
                <numerusform>لا يزال {n} سؤالًا بحاجة إلى إجابة: {shown} و{more} غيرها.</numerusform>
                <numerusform>لا يزال {n} سؤال بحاجة إلى إجابة: {shown} و{more} غيرها.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{n} questions still need an answer: {shown}.</source>
            <translation>
                <numerusform>لا يزال {n} سؤال بحاجة إلى إجابة: {shown}.</numerusform>
                <numerusform>لا يزال {n} سؤال بحاجة إلى إجابة: {shown}.</numerusform>
                <numerusform>لا يزال {n} سؤالان بحاجة إلى إجابة: {shown}.</numerusform>
                <numerusform>لا تزال {n} أسئلة بحاجة إلى إجابة: {shown}.</numerusform>
                <numerusform>لا يزال {n} سؤالًا بحاجة إلى إجابة: {shown}.</numerusform>
                <numerusform>لا يزال {n} سؤال بحاجة إلى إجابة: {shown}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/responses.py" line="-90" />
            <source>This survey is not available in '{language}'; it has {languages}.</source>
            <translation>هذا الاستبيان غير متوفر باللغة '{language}'؛ لغاته المتاحة: {languages}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>That activity belongs to another workshop.</source>
            <translation>ينتمي هذا النشاط إلى ورشة أخرى.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{title}” cannot be answered anonymously; a participant code is needed.</source>
            <translation>لا يمكن الإجابة عن «{title}» بشكل مجهول الهوية؛ يلزم رمز المشارك.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>No one has the code “{code}”. Check the code on your card, or ask the facilitator.</source>
            <translation>لا يوجد أحد يحمل الرمز «{code}». تحقّق من الرمز المكتوب على بطاقتك، أو اسأل الميسّر.</translation>
        </message>
        <message>
            <location line="+65" />
            <source>The survey has no stored question called '{name}'.</source>
            <translation>لا يحتوي الاستبيان على سؤال محفوظ باسم '{name}'.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This survey is not available in '{language}'.</source>
            <translation>هذا الاستبيان غير متوفر باللغة '{language}'.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/results.py" line="+180" />
            <source>“{title}” has no question called '{question_name}' with results.</source>
            <translation>لا يحتوي «{title}» على سؤال باسم '{question_name}' له نتائج.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>There is no survey '{form_id}'.</source>
            <translation>لا يوجد استبيان '{form_id}'.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/run_session.py" line="+48" />
            <location line="+38" />
            <source>That activity is not on this workshop's agenda.</source>
            <translation>هذا النشاط ليس ضمن جدول أعمال هذه الورشة.</translation>
        </message>
        <message>
            <location line="-4" />
            <source>This workshop has no agenda yet.</source>
            <translation>لا يوجد جدول أعمال لهذه الورشة بعد.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/survey_templates.py" line="+31" />
            <source>The template {key} is missing from this installation.</source>
            <translation>القالب {key} غير موجود في هذا التثبيت.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/core/voting.py" line="+92" />
            <source>All {n} dots are placed. Take one back to move it.</source>
            <translation>
                <numerusform>وُضعت النقاط كلها ({n}). استرجع واحدة منها لنقلها.</numerusform>
                <numerusform>وُضعت النقاط كلها ({n}). استرجع واحدة منها لنقلها.</numerusform>
                <numerusform>وُضعت النقاط كلها ({n}). استرجع واحدة منها لنقلها.</numerusform>
                <numerusform>وُضعت النقاط كلها ({n}). استرجع واحدة منها لنقلها.</numerusform>
                <numerusform>وُضعت النقاط كلها ({n}). استرجع واحدة منها لنقلها.</numerusform>
                <numerusform>وُضعت النقاط كلها ({n}). استرجع واحدة منها لنقلها.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>There is no dot of yours on that note.</source>
            <translation>ليست لك أي نقطة على تلك الملاحظة.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A count of dots is a whole number from 0 to {maximum:,}.</source>
            <translation>عدد النقاط عدد صحيح من 0 إلى {maximum:,}.</translation>
        </message>
        <message>
            <location line="+67" />
            <source>Say who votes: a participant, or an anonymous kiosk voter's token.</source>
            <translation>حدِّد مَن يصوّت: مشارك، أو رمز مميز لمصوّت مجهول الهوية في الكشك.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Dots are placed in a dot vote.</source>
            <translation>توضع النقاط في التصويت بالنقاط.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The brainstorm this dot vote is about no longer exists.</source>
            <translation>لم يعد العصف الذهني الذي يخصه هذا التصويت بالنقاط موجودًا.</translation>
        </message>
        <message>
            <location line="+13" />
            <location filename="../../workshop_app/db/lookup.py" line="+3" />
            <source>That sticky note no longer exists.</source>
            <translation>لم تعد هذه الملاحظة اللاصقة موجودة.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That sticky note is not part of this dot vote.</source>
            <translation>هذه الملاحظة اللاصقة ليست جزءًا من هذا التصويت بالنقاط.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/workbook_scope.py" line="+116" />
            <source>The first day of the date range comes after the last day; swap them and export again.</source>
            <translation>اليوم الأول من نطاق التواريخ يقع بعد اليوم الأخير؛ اعكسهما ثم صدِّر مجددًا.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/workshop_rules.py" line="+93" />
            <source>A workshop has no field called {field!r}.</source>
            <translation>لا يوجد لدى الورشة حقل باسم {field!r}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A workshop needs a title.</source>
            <translation>تحتاج الورشة إلى عنوان.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A workshop title can have at most {maximum} characters.</source>
            <translation>الحد الأقصى لعدد أحرف عنوان الورشة هو {maximum}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A workshop's status is one of {statuses}.</source>
            <translation>حالة الورشة إحدى القيم التالية: {statuses}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A workshop's start must be a date and time with its time zone.</source>
            <translation>يجب أن يكون موعد بدء الورشة تاريخًا ووقتًا مع المنطقة الزمنية.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>An activity has no field called {field!r}.</source>
            <translation>لا يوجد لدى النشاط حقل باسم {field!r}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>An activity is one of: {kinds}.</source>
            <translation>نوع النشاط أحد ما يلي: {kinds}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>An activity's planned time is between 1 and {maximum} minutes.</source>
            <translation>الوقت المخطط للنشاط بين 1 و{maximum} دقيقة.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose a survey from the list.</source>
            <translation>اختر استبيانًا من القائمة.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>An activity's settings must be a set of named values.</source>
            <translation>يجب أن تكون إعدادات النشاط مجموعة من القيم المسماة.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Each person gets between 1 and {maximum} dots in a dot vote.</source>
            <translation>يجب أن يكون عدد نقاط كل شخص في التصويت بالنقاط بين 1 و{maximum}.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/core/workshops.py" line="+220" />
            <source>Only a survey item on the agenda runs a survey.</source>
            <translation>لا يشغّل الاستبيانَ إلا بندُ استبيان في جدول الأعمال.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/backup.py" line="-3" />
            <source>A backup cannot overwrite the database it is a copy of; choose another file.</source>
            <translation>لا يمكن أن تحل النسخة الاحتياطية محل قاعدة البيانات التي نُسخت منها؛ اختر ملفًا آخر.</translation>
        </message>
        <message>
            <location line="+18" />
            <location filename="../../workshop_app/formats/exchange_package.py" line="+21" />
            <source>Cannot write {target}: {reason}.</source>
            <translation>تتعذّر كتابة {target}: {reason}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The backup to {target} failed: {problem}.</source>
            <translation>فشل النسخ الاحتياطي إلى {target}: {problem}.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>That file is the database itself; choose a backup to restore from.</source>
            <translation>هذا الملف هو قاعدة البيانات نفسها؛ اختر نسخة احتياطية للاستعادة منها.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{source} is empty; it is not a Workshop App backup.</source>
            <translation>{source} فارغ؛ وهو ليس نسخة احتياطية من Workshop App.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{source} was written by a newer version of Workshop App; update the app first.</source>
            <translation>كُتب {source} بإصدار أحدث من Workshop App؛ حدِّث التطبيق أولًا.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{source} could not be restored: {problem}.</source>
            <translation>تعذّرت استعادة {source}: {problem}.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{source} is damaged ({problem}); choose another backup.</source>
            <translation>الملف {source} تالف ({problem})؛ اختر نسخة احتياطية أخرى.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/database.py" line="+61" />
            <source>{path} could not be opened: {reason}.</source>
            <translation>تعذّر فتح {path}: {reason}.</translation>
        </message>
        <message>
            <location line="+72" />
            <source>{path} was written by a newer version of Workshop App; update the app to open it.</source>
            <translation>كُتب {path} بإصدار أحدث من Workshop App؛ حدِّث التطبيق لفتحه.</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>Upgrading the database would leave {n} broken link(s) (first in table {table}); nothing was changed.</source>
            <translation>
                <numerusform>كانت ترقية قاعدة البيانات ستترك {n} رابط معطوب (في الجدول {table})؛ لذا لم يتغير أي شيء.</numerusform>
                <numerusform>كانت ترقية قاعدة البيانات ستترك {n} رابط معطوب (في الجدول {table})؛ لذا لم يتغير أي شيء.</numerusform>
                <numerusform>كانت ترقية قاعدة البيانات ستترك {n} رابطين معطوبين (أولهما في الجدول {table})؛ لذا لم يتغير أي شيء.</numerusform>
                <numerusform>كانت ترقية قاعدة البيانات ستترك {n} روابط معطوبة (أولها في الجدول {table})؛ لذا لم يتغير أي شيء.</numerusform>
                <numerusform>كانت ترقية قاعدة البيانات ستترك {n} رابطًا معطوبًا (أولها في الجدول {table})؛ لذا لم يتغير أي شيء.</numerusform>
                <numerusform>كانت ترقية قاعدة البيانات ستترك {n} رابط معطوب (أولها في الجدول {table})؛ لذا لم يتغير أي شيء.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/lock.py" line="+70" />
            <source>{database} is busy: another Workshop App window or command ({holder}) is using it. Close that one first, or open a different file.</source>
            <translation>قاعدة البيانات {database} مشغولة: تستخدمها نافذة أو أمر آخر من Workshop App ({holder}). أغلق ذلك أولًا، أو افتح ملفًا آخر.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{database} is busy: another Workshop App window or command is using it. Close that one first, or open a different file.</source>
            <translation>قاعدة البيانات {database} مشغولة: تستخدمها نافذة أو أمر آخر من Workshop App. أغلق ذلك أولًا، أو افتح ملفًا آخر.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/lookup.py" line="-11" />
            <source>That activity no longer exists.</source>
            <translation>لم يعد هذا النشاط موجودًا.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That choice no longer exists.</source>
            <translation>لم يعد هذا الخيار موجودًا.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That cluster no longer exists.</source>
            <translation>لم تعد هذه المجموعة موجودة.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That consent record no longer exists.</source>
            <translation>لم يعد سجل الموافقة هذا موجودًا.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That map no longer exists.</source>
            <translation>لم تعد هذه الخريطة موجودة.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That participant no longer exists.</source>
            <translation>لم يعد هذا المشارك موجودًا.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That profile question no longer exists.</source>
            <translation>لم يعد سؤال الملف التعريفي هذا موجودًا.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That relationship no longer exists.</source>
            <translation>لم تعد هذه العلاقة موجودة.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That snapshot no longer exists.</source>
            <translation>لم تعد هذه اللقطة موجودة.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>That target no longer exists.</source>
            <translation>لم يعد هذا الهدف موجودًا.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>That {what} no longer exists.</source>
            <translation>لم يعد هذا العنصر ({what}) موجودًا.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/db/probe.py" line="+35" />
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} مجلد، وليس ملف قاعدة بيانات.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There is no database at {path}.</source>
            <translation>لا توجد قاعدة بيانات في {path}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot create {path}: the folder {folder} does not exist.</source>
            <translation>يتعذّر إنشاء {path}: المجلد {folder} غير موجود.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot create {path}: the folder {folder} is read-only.</source>
            <translation>يتعذّر إنشاء {path}: المجلد {folder} للقراءة فقط.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{path} cannot be read ({reason}).</source>
            <translation>تتعذّر قراءة {path} ({reason}).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{path} is empty; it is not a Workshop App database.</source>
            <translation>{path} فارغ؛ وهو ليس قاعدة بيانات Workshop App.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is not a Workshop App database (it is not an SQLite file).</source>
            <translation>{path} ليس قاعدة بيانات Workshop App (فهو ليس ملف SQLite).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is damaged (the file is incomplete); restore it from a backup.</source>
            <translation>{path} تالف (الملف غير مكتمل)؛ استعِده من نسخة احتياطية.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is read-only; copy it to a folder where you can write, then open the copy.</source>
            <translation>{path} للقراءة فقط؛ انسخه إلى مجلد يمكنك الكتابة فيه، ثم افتح النسخة.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{path} is an SQLite database, but not one made by Workshop App.</source>
            <translation>{path} قاعدة بيانات SQLite، لكنها لم تُنشأ بواسطة Workshop App.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>{path} cannot be opened as a database.</source>
            <translation>يتعذّر فتح {path} كقاعدة بيانات.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{path} is damaged (its schema version is missing); restore it from a backup.</source>
            <translation>{path} تالف (إصدار المخطط فيه مفقود)؛ استعِده من نسخة احتياطية.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{path} is damaged (the file is corrupt); restore it from a backup.</source>
            <translation>{path} تالف (الملف معطوب)؛ استعِده من نسخة احتياطية.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/exchange_package.py" line="-65" />
            <location line="+176" />
            <location line="+33" />
            <location line="+3" />
            <location line="+37" />
            <source>{name} is not a Workshop App exchange package.</source>
            <translation>{name} ليس حزمة تبادل من Workshop App.</translation>
        </message>
        <message>
            <location line="-246" />
            <source>{name} is damaged: its manifest has no format version.</source>
            <translation>{name} تالف: بيان المحتويات فيه لا يتضمن إصدار التنسيق.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+131" />
            <source>This package was made by a newer version of Workshop App ({app_version}); update the app to merge it.</source>
            <translation>أُنشئت هذه الحزمة بإصدار أحدث من Workshop App ({app_version})؛ حدِّث التطبيق لدمجها.</translation>
        </message>
        <message>
            <location line="-119" />
            <source>{name} is damaged: its manifest is incomplete.</source>
            <translation>{name} تالف: بيان المحتويات فيه غير مكتمل.</translation>
        </message>
        <message>
            <location line="+140" />
            <source>{name} is a folder, not an exchange package.</source>
            <translation>{name} مجلد، وليس حزمة تبادل.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>There is no file {path}.</source>
            <translation>الملف {path} غير موجود.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} cannot be read ({reason}).</source>
            <translation>تتعذّر قراءة {name} ({reason}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is empty; it is not a Workshop App exchange package.</source>
            <translation>{name} فارغ؛ وهو ليس حزمة تبادل من Workshop App.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is a database file, not an exchange package; to bring back a backup, use Restore instead.</source>
            <translation>{name} ملف قاعدة بيانات، وليس حزمة تبادل؛ لاسترجاع نسخة احتياطية، استخدم «استعادة» بدلًا من ذلك.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+6" />
            <source>{name} is incomplete or damaged (perhaps it was cut short while copying); make the package again.</source>
            <translation>{name} غير مكتمل أو تالف (ربما انقطع أثناء النسخ)؛ أنشئ الحزمة مجددًا.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{name} contains a file with an unsafe name ({member!r}); it was not opened.</source>
            <translation>يحتوي {name} على ملف باسم غير آمن ({member!r})؛ لذا لم يُفتح.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} contains the same part twice; it was not opened.</source>
            <translation>يحتوي {name} على الجزء نفسه مرتين؛ لذا لم يُفتح.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} contains an unexpected file ({member!r}); it is not a Workshop App exchange package.</source>
            <translation>يحتوي {name} على ملف غير متوقع ({member!r})؛ فهو ليس حزمة تبادل من Workshop App.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{name} is incomplete: part of its content is missing.</source>
            <translation>{name} غير مكتمل: جزء من محتواه مفقود.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{name} is encrypted; Workshop App packages never are.</source>
            <translation>{name} مشفّر؛ وحزم Workshop App لا تكون مشفّرة أبدًا.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} unpacks to far more than its size (it looks like a zip bomb); it was not opened.</source>
            <translation>حجم {name} بعد فك ضغطه أكبر بكثير من حجمه (يبدو أنه قنبلة ضغط zip)؛ لذا لم يُفتح.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} would unpack to more than {maximum} GB; it was not opened.</source>
            <translation>سيتجاوز حجم {name} بعد فك ضغطه {maximum} غيغابايت؛ لذا لم يُفتح.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+5" />
            <source>{name} is not a Workshop App exchange package (its manifest is far too large).</source>
            <translation>{name} ليس حزمة تبادل من Workshop App (بيان المحتويات فيه كبير جدًا).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name} is damaged: its manifest cannot be read.</source>
            <translation>{name} تالف: تتعذّر قراءة بيان المحتويات فيه.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+10" />
            <location line="+12" />
            <source>{name} is damaged: its content does not match its checksums; make the package again.</source>
            <translation>{name} تالف: محتواه لا يطابق مجاميع التحقق الخاصة به؛ أنشئ الحزمة مجددًا.</translation>
        </message>
        <message>
            <location line="-5" />
            <source>{name} unpacks to more than it declares; it was not opened.</source>
            <translation>حجم {name} بعد فك ضغطه أكبر مما يعلنه؛ لذا لم يُفتح.</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+6" />
            <source>{name} does not hold Workshop App data.</source>
            <translation>لا يحتوي {name} على بيانات Workshop App.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <source>{name} is damaged: its data cannot be read.</source>
            <translation>{name} تالف: تتعذّر قراءة بياناته.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{name} was made by an older version of Workshop App and could not be brought up to date; nothing was merged.</source>
            <translation>أُنشئ {name} بإصدار أقدم من Workshop App وتعذّر تحديثه؛ لم يُدمج أي شيء.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/stakeholder_exchange.py" line="-308" />
            <source>A stakeholder list is written as an .xlsx file; {file} has another extension.</source>
            <translation>تُكتب قائمة الجهات المعنية في ملف .xlsx؛ لكن امتداد {file} مختلف.</translation>
        </message>
        <message>
            <location line="+24" />
            <location filename="../../workshop_app/formats/xlsform/writer.py" line="+161" />
            <source>{path} cannot be written: the folder {folder} does not exist.</source>
            <translation>تتعذّر كتابة {path}: المجلد {folder} غير موجود.</translation>
        </message>
        <message>
            <location line="+31" />
            <location filename="../../workshop_app/formats/xlsform/writer.py" line="+28" />
            <source>{path} could not be written: {reason}.</source>
            <translation>تعذّرت كتابة {path}: {reason}.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{file} is not a readable Excel workbook.</source>
            <translation>{file} ليس مصنَّف Excel قابلًا للقراءة.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{file} could not be read; the workbook seems damaged ({error}).</source>
            <translation>تعذّرت قراءة {file}؛ يبدو أن المصنَّف تالف ({error}).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{path} does not exist or is not a file.</source>
            <translation>{path} غير موجود أو ليس ملفًا.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is not an Excel workbook; save the list as .xlsx and import that.</source>
            <translation>{file} ليس مصنَّف Excel؛ احفظ القائمة بتنسيق .xlsx ثم استورد ذلك الملف.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} is empty.</source>
            <translation>{file} فارغ.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is {size:.0f} MB; a stakeholder list can be at most {maximum} MB.</source>
            <translation>حجم {file} هو {size:.0f} ميغابايت؛ والحد الأقصى لحجم قائمة الجهات المعنية {maximum} ميغابايت.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{file} unpacks to more than {maximum} MB, too much for a stakeholder list.</source>
            <translation>يتجاوز حجم {file} بعد فك ضغطه {maximum} ميغابايت، وهذا أكبر من اللازم لقائمة جهات معنية.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} cannot be opened: this user may not read it.</source>
            <translation>يتعذّر فتح {file}: لا يملك هذا المستخدم إذنًا بقراءته.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} is not a readable Excel workbook, although its name says so.</source>
            <translation>{file} ليس مصنَّف Excel قابلًا للقراءة، رغم أن اسمه يوحي بذلك.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{file_name} has no sheet of stakeholders; name it 'Elements' with a 'Label' column.</source>
            <translation>لا يحتوي {file_name} على ورقة للجهات المعنية؛ سمِّها 'Elements' وأضِف إليها عمود 'Label'.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The sheet {title!r} of {file_name} lists no stakeholders.</source>
            <translation>لا تتضمن الورقة {title!r} في {file_name} أي جهات معنية.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The sheet {title!r} of {file_name} has more than {limit:,} stakeholders; Workshop App imports up to {limit:,}.</source>
            <translation>تحتوي الورقة {title!r} في {file_name} على أكثر من {limit:,} جهة معنية؛ ولا يستورد Workshop App أكثر من {limit:,}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sheet {title!r} of {file_name} has more than {limit:,} connections; Workshop App imports up to {limit:,}.</source>
            <translation>تحتوي الورقة {title!r} في {file_name} على أكثر من {limit:,} رابط؛ ولا يستورد Workshop App أكثر من {limit:,}.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The sheet {title!r} of {file_name} has no {column!r} column in its first rows; put them in the header row.</source>
            <translation>لا تحتوي الصفوف الأولى من الورقة {title!r} في {file_name} على العمود {column!r}؛ ضع أسماء الأعمدة في صف العناوين.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sheet {title!r} of {file_name} has no {first!r} and {second!r} columns in its first rows; put them in the header row.</source>
            <translation>لا تحتوي الصفوف الأولى من الورقة {title!r} في {file_name} على العمودين {first!r} و{second!r}؛ ضع أسماء الأعمدة في صف العناوين.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/ulg_workbook.py" line="+330" />
            <source>The workbook must be saved as an .xlsx file; “{file}” has another extension.</source>
            <translation>يجب حفظ المصنَّف كملف .xlsx؛ لكن امتداد «{file}» مختلف.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The folder {folder} does not exist; choose another place for the workbook.</source>
            <translation>المجلد {folder} غير موجود؛ اختر مكانًا آخر للمصنَّف.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is a folder; give the workbook a file name ending in .xlsx.</source>
            <translation>{path} مجلد؛ أعطِ المصنَّف اسم ملف ينتهي بـ .xlsx.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{file}” is open in another program; close it there and export again (if it is not open, delete the lock file “{lock}” in the same folder).</source>
            <translation>«{file}» مفتوح في برنامج آخر؛ أغلقه هناك ثم صدِّر مجددًا (إن لم يكن مفتوحًا، فاحذف ملف القفل «{lock}» الموجود في المجلد نفسه).</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+23" />
            <source>You may not save files in {folder}; choose another folder.</source>
            <translation>لا يُسمح لك بحفظ الملفات في {folder}؛ اختر مجلدًا آخر.</translation>
        </message>
        <message>
            <location line="-20" />
            <source>“{file}” is read-only; choose another name or folder.</source>
            <translation>«{file}» للقراءة فقط؛ اختر اسمًا أو مجلدًا آخر.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>There is not enough space on the disk for “{file}”; free some space or choose another place. Nothing was written.</source>
            <translation>لا توجد مساحة كافية على القرص لحفظ «{file}»؛ أفرِغ بعض المساحة أو اختر مكانًا آخر. لم يُكتب أي شيء.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{file}” is open in another program or read-only; close it there and export again. Nothing was changed.</source>
            <translation>«{file}» مفتوح في برنامج آخر أو للقراءة فقط؛ أغلقه هناك ثم صدِّر مجددًا. لم يتغير أي شيء.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{file}” could not be written: {reason}. Nothing was changed.</source>
            <translation>تعذّرت كتابة «{file}»: {reason}. لم يتغير أي شيء.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/guard.py" line="+35" />
            <source>{path} does not exist.</source>
            <translation>{path} غير موجود.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{path} is not a file.</source>
            <translation>{path} ليس ملفًا.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is empty.</source>
            <translation>{name} فارغ.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} is {size:.0f} MB; a form file can be at most {maximum} MB.</source>
            <translation>حجم {name} هو {size:.0f} ميغابايت؛ والحد الأقصى لحجم ملف النموذج {maximum} ميغابايت.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} is not an XLSForm: Workshop App reads forms saved as .xlsx, .xls, .csv or .md.</source>
            <translation>{name} ليس XLSForm: يقرأ Workshop App النماذج المحفوظة بتنسيق .xlsx أو .xls أو .csv أو .md.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{file} is not a text file, although its name says so.</source>
            <translation>{file} ليس ملفًا نصيًا، رغم أن اسمه يوحي بذلك.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{file} has more than {maximum:,} lines, too many for a form.</source>
            <translation>يحتوي {file} على أكثر من {maximum:,} سطر، وهذا عدد كبير جدًا لنموذج.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{name} unpacks to more than {maximum} MB, too much for a form.</source>
            <translation>يتجاوز حجم {name} بعد فك ضغطه {maximum} ميغابايت، وهذا أكبر من اللازم لنموذج.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} is not an Excel workbook, although its name says so.</source>
            <translation>{name} ليس مصنَّف Excel، رغم أن اسمه يوحي بذلك.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The '{sheet}' sheet of {name} has more than {limit:,} rows; Workshop App imports forms of up to {limit:,} rows there.</source>
            <translation>تحتوي الورقة '{sheet}' في {name} على أكثر من {limit:,} صف؛ ولا يستورد Workshop App إلا النماذج التي لا يتجاوز عدد صفوفها في هذه الورقة {limit:,}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{name} is not a readable Excel workbook ({reason}).</source>
            <translation>{name} ليس مصنَّف Excel قابلًا للقراءة ({reason}).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The workbook's table of sheets is implausibly large.</source>
            <translation>جدول الأوراق في المصنَّف كبير بشكل غير معقول.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>A row of the workbook is implausibly large.</source>
            <translation>أحد صفوف المصنَّف كبير بشكل غير معقول.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/messages.py" line="+20" />
            <source>the '{sheet}' sheet, row {row}, column '{column}'</source>
            <translation>الورقة '{sheet}'، الصف {row}، العمود '{column}'</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the '{sheet}' sheet, row {row}</source>
            <translation>الورقة '{sheet}'، الصف {row}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the '{sheet}' sheet</source>
            <translation>الورقة '{sheet}'</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{file} is not an XLSForm: it has no sheet named 'survey'. {hint}</source>
            <translation>{file} ليس XLSForm: لا يحتوي على ورقة باسم 'survey'. {hint}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is not an XLSForm: it has no sheet named 'survey'.</source>
            <translation>{file} ليس XLSForm: لا يحتوي على ورقة باسم 'survey'.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{file} is not a valid XLSForm ({where}): {problem}.</source>
            <translation>{file} ليس XLSForm صالحًا ({where}): {problem}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is not a valid XLSForm: {problem}.</source>
            <translation>{file} ليس XLSForm صالحًا: {problem}.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{file} cannot be imported ({where}): {problem}</source>
            <translation>يتعذّر استيراد {file} ({where}): {problem}</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/reader.py" line="-221" />
            <location line="+33" />
            <source>{file} nests groups too deeply to be read.</source>
            <translation>تتداخل المجموعات في {file} بعمق يتعذّر معه قراءته.</translation>
        </message>
        <message>
            <location line="-26" />
            <source>{file} could not be read as an XLSForm ({error}: no details).</source>
            <translation>تعذّرت قراءة {file} بوصفه XLSForm ({error}: لا توجد تفاصيل).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} could not be read as an XLSForm ({error}: {details}).</source>
            <translation>تعذّرت قراءة {file} بوصفه XLSForm ({error}: {details}).</translation>
        </message>
        <message>
            <location line="+28" />
            <source>{file} could not be turned into a form ({error}: no details).</source>
            <translation>تعذّر تحويل {file} إلى نموذج ({error}: لا توجد تفاصيل).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} could not be turned into a form ({error}: {details}).</source>
            <translation>تعذّر تحويل {file} إلى نموذج ({error}: {details}).</translation>
        </message>
        <message>
            <location line="+168" />
            <source>{file} is not a valid XLSForm ({where}): '{name}' has the type '{pyxform_type}', which XLSForm does not know.</source>
            <translation>{file} ليس XLSForm صالحًا ({where}): نوع '{name}' هو '{pyxform_type}'، وهو نوع لا يعرفه XLSForm.</translation>
        </message>
        <message>
            <location filename="../../workshop_app/formats/xlsform/writer.py" line="-161" />
            <source>An XLSForm is written as an .xlsx file; {file} has another extension.</source>
            <translation>يُكتب XLSForm في ملف .xlsx؛ لكن امتداد {file} مختلف.</translation>
        </message>
    </context>
    <context>
        <name>feedback</name>
        <message>
            <location filename="../../workshop_app/ui/feedback_panel.py" line="-162" />
            <source>Record feedback</source>
            <translation>تسجيل الرأي</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../workshop_app/ui/labels.py" line="+16" />
            <source>Survey</source>
            <translation>استبيان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Brainstorm</source>
            <translation>عصف ذهني</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dot vote</source>
            <translation>تصويت بالنقاط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Feedback round</source>
            <translation>جولة آراء</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholder mapping</source>
            <translation>رسم خريطة الجهات المعنية</translation>
        </message>
        <message>
            <location line="+3" />
            <source>People answer a questionnaire, on paper or on the laptop.</source>
            <translation>يجيب الأشخاص عن استبيان، على الورق أو على الحاسوب.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ideas from the room go on sticky notes and into clusters.</source>
            <translation>تُكتب أفكار الحاضرين على ملاحظات لاصقة وتُوزَّع في مجموعات.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everyone places a few dots on the ideas they like most.</source>
            <translation>يضع كل شخص بضع نقاط على الأفكار التي تعجبه أكثر من غيرها.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each person says, in turn, how the session went for them.</source>
            <translation>يقول كل شخص بدوره كيف كانت الجلسة بالنسبة إليه.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The group places stakeholders on a map together.</source>
            <translation>تضع المجموعة الجهات المعنية على خريطة معًا.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Planned</source>
            <translation>مخطَّطة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Running</source>
            <translation>جارية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>منتهية</translation>
        </message>
        <message>
            <location line="+4" />
            <source>English</source>
            <translation>الإنجليزية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Portuguese</source>
            <translation>البرتغالية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spanish</source>
            <translation>الإسبانية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>French</source>
            <translation>الفرنسية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Polish</source>
            <translation>البولندية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Italian</source>
            <translation>الإيطالية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arabic</source>
            <translation>العربية</translation>
        </message>
        <message numerus="yes">
            <location line="+38" />
            <source>%n min</source>
            <translation>
                <numerusform>%n دقيقة</numerusform>
                <numerusform>%n دقيقة</numerusform>
                <numerusform>%n دقيقتان</numerusform>
                <numerusform>%n دقائق</numerusform>
                <numerusform>%n دقيقةً</numerusform>
                <numerusform>%n دقيقة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n h</source>
            <translation>
                <numerusform>%n ساعة</numerusform>
                <numerusform>%n ساعة</numerusform>
                <numerusform>%n ساعتان</numerusform>
                <numerusform>%n ساعات</numerusform>
                <numerusform>%n ساعةً</numerusform>
                <numerusform>%n ساعة</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{hours} h {minutes} min</source>
            <translation>{hours} ساعة و{minutes} دقيقة</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n dot each</source>
            <translation>
                <numerusform>%n نقطة لكل شخص</numerusform>
                <numerusform>%n نقطة لكل شخص</numerusform>
                <numerusform>%n نقطتان لكل شخص</numerusform>
                <numerusform>%n نقاط لكل شخص</numerusform>
                <numerusform>%n نقطةً لكل شخص</numerusform>
                <numerusform>%n نقطة لكل شخص</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n dots each</source>
            <translation>
                <numerusform>%n نقطة لكل شخص</numerusform>
                <numerusform>%n نقطة لكل شخص</numerusform>
                <numerusform>%n نقطتان لكل شخص</numerusform>
                <numerusform>%n نقاط لكل شخص</numerusform>
                <numerusform>%n نقطةً لكل شخص</numerusform>
                <numerusform>%n نقطة لكل شخص</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>map_export</name>
        <message>
            <location filename="../../workshop_app/ui/map_export.py" line="+58" />
            <source>Maps can only be drawn in a program that shows windows.</source>
            <translation>لا يمكن رسم الخرائط إلا في برنامج يعرض النوافذ.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Paper size {paper} is not available; choose A4 or A3.</source>
            <translation>حجم الورق {paper} غير متاح؛ اختر A4 أو A3.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>A map can be saved as PDF, PNG or SVG; “{name}” ends in none of these (.pdf, .png, .svg).</source>
            <translation>يمكن حفظ الخريطة بتنسيق PDF أو PNG أو SVG؛ لكن الاسم «{name}» لا ينتهي بأي منها (.pdf، .png، .svg).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The resolution must be between {low} and {high} dots per inch.</source>
            <translation>يجب أن تكون الدقة بين {low} و{high} نقطة في البوصة.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The folder {folder} does not exist.</source>
            <translation>المجلد {folder} غير موجود.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot write in the folder {folder}: {reason}</source>
            <translation>تعذّرت الكتابة في المجلد {folder}: {reason}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot save the map as {path}: {reason}</source>
            <translation>تعذّر حفظ الخريطة باسم {path}: {reason}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>the file could not be opened for writing</source>
            <translation>تعذّر فتح الملف للكتابة</translation>
        </message>
        <message>
            <location line="+23" />
            <source>not enough memory for a picture of {width} × {height} pixels</source>
            <translation>لا تكفي الذاكرة لصورة بحجم {width} × {height} بكسل</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the picture could not be written</source>
            <translation>تعذّرت كتابة الصورة</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Stakeholder map made with Workshop App</source>
            <translation>خريطة جهات معنية أُنشئت باستخدام Workshop App</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The printer could not be started.</source>
            <translation>تعذّر تشغيل الطابعة.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Print map</source>
            <translation>طباعة الخريطة</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Print preview — {title}</source>
            <translation>معاينة الطباعة — {title}</translation>
        </message>
    </context>
    <context>
        <name>map_render</name>
        <message>
            <location filename="../../workshop_app/ui/map_render.py" line="+39" />
            <source>Power / interest grid</source>
            <translation>شبكة القوة / الاهتمام</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Importance / influence matrix</source>
            <translation>مصفوفة الأهمية / التأثير</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ecosystem map</source>
            <translation>خريطة المنظومة</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+110" />
            <source>Stakeholder map</source>
            <translation>خريطة الجهات المعنية</translation>
        </message>
        <message>
            <location line="+8" />
            <source>1 stakeholder</source>
            <translation>جهة معنية واحدة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} stakeholders</source>
            <translation>{count} جهة معنية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 relationship</source>
            <translation>علاقة واحدة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} relationships</source>
            <translation>{count} علاقة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{kind} · {stakeholders} · {relationships}</source>
            <translation>{kind} · {stakeholders} · {relationships}</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Low</source>
            <translation>منخفض</translation>
        </message>
        <message>
            <location line="+0" />
            <source>High</source>
            <translation>مرتفع</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_render_legend.py" line="+34" />
            <source>Weak tie</source>
            <translation>رابط ضعيف</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tie</source>
            <translation>رابط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strong tie</source>
            <translation>رابط قوي</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Sectors</source>
            <translation>القطاعات</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Relationships</source>
            <translation>العلاقات</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One-way (from → to)</source>
            <translation>باتجاه واحد (من ← إلى)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attitude</source>
            <translation>الموقف</translation>
        </message>
    </context>
    <context>
        <name>map_style</name>
        <message>
            <location filename="../../workshop_app/ui/map_style.py" line="+49" />
            <source>Public sector</source>
            <translation>القطاع العام</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Private sector</source>
            <translation>القطاع الخاص</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Civil society</source>
            <translation>المجتمع المدني</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge &amp; research</source>
            <translation>المعرفة والبحث</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Supportive</source>
            <translation>داعم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Neutral</source>
            <translation>محايد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opposed</source>
            <translation>معارض</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attitude unknown</source>
            <translation>موقف غير معروف</translation>
        </message>
    </context>
    <context>
        <name>maps</name>
        <message>
            <location filename="../../workshop_app/ui/map_commands.py" line="+57" />
            <source>New map</source>
            <translation>خريطة جديدة</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Delete map “{title}”</source>
            <translation>حذف الخريطة «{title}»</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Add stakeholder</source>
            <translation>إضافة جهة معنية</translation>
        </message>
        <message>
            <location line="+85" />
            <source>Delete relationship</source>
            <translation>حذف العلاقة</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n relationships</source>
            <translation>
                <numerusform>حذف %n علاقة</numerusform>
                <numerusform>حذف %n علاقة</numerusform>
                <numerusform>حذف %n علاقتين</numerusform>
                <numerusform>حذف %n علاقات</numerusform>
                <numerusform>حذف %n علاقةً</numerusform>
                <numerusform>حذف %n علاقة</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete stakeholder</source>
            <translation>حذف الجهة المعنية</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete %n stakeholders</source>
            <translation>
                <numerusform>حذف %n جهة معنية</numerusform>
                <numerusform>حذف %n جهة معنية</numerusform>
                <numerusform>حذف %n جهتين معنيتين</numerusform>
                <numerusform>حذف %n جهات معنية</numerusform>
                <numerusform>حذف %n جهةً معنية</numerusform>
                <numerusform>حذف %n جهة معنية</numerusform>
            </translation>
        </message>
        <message>
            <location line="+27" />
            <source>Connect stakeholders</source>
            <translation>ربط الجهات المعنية</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Take snapshot “{name}”</source>
            <translation>التقاط اللقطة «{name}»</translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>Import %n stakeholders</source>
            <translation>
                <numerusform>استيراد %n جهة معنية</numerusform>
                <numerusform>استيراد %n جهة معنية</numerusform>
                <numerusform>استيراد %n جهتين معنيتين</numerusform>
                <numerusform>استيراد %n جهات معنية</numerusform>
                <numerusform>استيراد %n جهةً معنية</numerusform>
                <numerusform>استيراد %n جهة معنية</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_exchange_actions.py" line="-77" />
            <source>PDF documents (*.pdf)</source>
            <translation>مستندات PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PNG pictures (*.png)</source>
            <translation>صور PNG (*.png)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SVG drawings (*.svg)</source>
            <translation>رسومات SVG (*.svg)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>مصنَّفات Excel (*.xlsx);;كل الملفات (*)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import stakeholders from Excel</source>
            <translation>استيراد الجهات المعنية من Excel</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Export stakeholders to Excel</source>
            <translation>تصدير الجهات المعنية إلى Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>مصنَّفات Excel (*.xlsx)</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+262" />
            <source>Export map</source>
            <translation>تصدير الخريطة</translation>
        </message>
        <message>
            <location line="-196" />
            <location line="+6" />
            <location line="+84" />
            <location line="+25" />
            <source>Reading {name}…</source>
            <translation>جارٍ قراءة {name}…</translation>
        </message>
        <message>
            <location line="-110" />
            <location line="+48" />
            <location line="+61" />
            <location line="+16" />
            <source>Import stakeholders</source>
            <translation>استيراد الجهات المعنية</translation>
        </message>
        <message>
            <location line="-109" />
            <location line="+124" />
            <source>Export stakeholders</source>
            <translation>تصدير الجهات المعنية</translation>
        </message>
        <message>
            <location line="-123" />
            <source>Writing {name}…</source>
            <translation>جارٍ كتابة {name}…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Import stakeholders from E&amp;xcel…</source>
            <translation>&amp;استيراد الجهات المعنية من Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add stakeholders and who works with whom from a workbook</source>
            <translation>إضافة الجهات المعنية ومَن يعمل مع مَن من مصنَّف</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export stakeholders to Excel…</source>
            <translation>تصدير الجهات المعنية إلى Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the map's stakeholders and relationships as a workbook</source>
            <translation>حفظ الجهات المعنية في الخريطة وعلاقاتها في مصنَّف</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Where should the stakeholders go?</source>
            <translation>أين تريد وضع الجهات المعنية؟</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Into a &amp;new map</source>
            <translation>في خريطة &amp;جديدة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Into “{title}”</source>
            <translation>في «{title}»</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Imported stakeholders</source>
            <translation>الجهات المعنية المستوردة</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Imported {stakeholders} and {relationships} from {file}.</source>
            <translation>تم استيراد {stakeholders} و{relationships} من {file}.</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>… and %n more.</source>
            <translation>
                <numerusform>… و%n تنبيه آخر.</numerusform>
                <numerusform>… و%n تنبيه آخر.</numerusform>
                <numerusform>… و%n تنبيهان آخران.</numerusform>
                <numerusform>… و%n تنبيهات أخرى.</numerusform>
                <numerusform>… و%n تنبيهًا آخر.</numerusform>
                <numerusform>… و%n تنبيه آخر.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Some stakeholders have a contact, which is personal data. Include the contacts in the workbook?</source>
            <translation>لبعض الجهات المعنية بيانات تواصل، وهي بيانات شخصية. هل تريد تضمين بيانات التواصل في المصنَّف؟</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Exported to {path}.</source>
            <translation>تم التصدير إلى {path}.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Print map</source>
            <translation>طباعة الخريطة</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Saved the map as {path}.</source>
            <translation>حُفظت الخريطة في {path}.</translation>
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
            <translation>منخفض</translation>
        </message>
        <message>
            <location line="+0" />
            <source>High</source>
            <translation>مرتفع</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/ui/map_list_model.py" line="+26" />
            <source>%n stakeholder</source>
            <translation>
                <numerusform>%n جهة معنية</numerusform>
                <numerusform>%n جهة معنية</numerusform>
                <numerusform>%n جهتان معنيتان</numerusform>
                <numerusform>%n جهات معنية</numerusform>
                <numerusform>%n جهةً معنية</numerusform>
                <numerusform>%n جهة معنية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n stakeholders</source>
            <translation>
                <numerusform>%n جهة معنية</numerusform>
                <numerusform>%n جهة معنية</numerusform>
                <numerusform>%n جهتان معنيتان</numerusform>
                <numerusform>%n جهات معنية</numerusform>
                <numerusform>%n جهةً معنية</numerusform>
                <numerusform>%n جهة معنية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n relationship</source>
            <translation>
                <numerusform>%n علاقة</numerusform>
                <numerusform>%n علاقة</numerusform>
                <numerusform>%n علاقتان</numerusform>
                <numerusform>%n علاقات</numerusform>
                <numerusform>%n علاقةً</numerusform>
                <numerusform>%n علاقة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n relationships</source>
            <translation>
                <numerusform>%n علاقة</numerusform>
                <numerusform>%n علاقة</numerusform>
                <numerusform>%n علاقتان</numerusform>
                <numerusform>%n علاقات</numerusform>
                <numerusform>%n علاقةً</numerusform>
                <numerusform>%n علاقة</numerusform>
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
            <translation>شبكة القوة / الاهتمام</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who can shape the plan, and who cares about it: manage closely, keep satisfied, keep informed, monitor.</source>
            <translation>مَن يستطيع التأثير في الخطة، ومَن يهتم بها: إدارة عن كثب، الحفاظ على الرضا، الإبقاء على اطلاع، المتابعة.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Importance / influence matrix</source>
            <translation>مصفوفة الأهمية / التأثير</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How much the action matters to each stakeholder, and how much they can sway it.</source>
            <translation>مدى أهمية الإجراء لكل جهة معنية، ومدى قدرتها على التأثير فيه.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stakeholder ecosystem</source>
            <translation>منظومة الجهات المعنية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The actors of the city in four sectors: public, private, civil society, knowledge and research.</source>
            <translation>الفاعلون في المدينة ضمن أربعة قطاعات: العام، والخاص، والمجتمع المدني، والمعرفة والبحث.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Blank canvas</source>
            <translation>لوحة فارغة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No axes and no quadrants: place people freely and draw who works with whom.</source>
            <translation>بلا محاور ولا أرباع: ضع الجهات بحرية وارسم مَن يعمل مع مَن.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Interest</source>
            <translation>الاهتمام</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Power</source>
            <translation>القوة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Influence</source>
            <translation>التأثير</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Importance</source>
            <translation>الأهمية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Manage closely</source>
            <translation>إدارة عن كثب</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep informed</source>
            <translation>الإبقاء على اطلاع</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Monitor</source>
            <translation>المتابعة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep satisfied</source>
            <translation>الحفاظ على الرضا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key players</source>
            <translation>الفاعلون الرئيسيون</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Least priority</source>
            <translation>الأولوية الأدنى</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protect and involve</source>
            <translation>الحماية والإشراك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Public</source>
            <translation>عام</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Private</source>
            <translation>خاص</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Civil society</source>
            <translation>المجتمع المدني</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge &amp; research</source>
            <translation>المعرفة والبحث</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_panel_editor.py" line="+37" />
            <source>Rename stakeholder</source>
            <translation>إعادة تسمية الجهة المعنية</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit organisation</source>
            <translation>تحرير المنظمة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change sector</source>
            <translation>تغيير القطاع</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change attitude</source>
            <translation>تغيير الموقف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit engagement</source>
            <translation>تحرير الإشراك</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit notes</source>
            <translation>تحرير الملاحظات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit contact</source>
            <translation>تحرير بيانات التواصل</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <location line="+36" />
            <source>Move stakeholder</source>
            <translation>نقل الجهة المعنية</translation>
        </message>
        <message>
            <location line="-34" />
            <source>Edit stakeholder</source>
            <translation>تحرير الجهة المعنية</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rename map</source>
            <translation>إعادة تسمية الخريطة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rename horizontal axis</source>
            <translation>إعادة تسمية المحور الأفقي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rename vertical axis</source>
            <translation>إعادة تسمية المحور العمودي</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rename quadrants</source>
            <translation>إعادة تسمية الأرباع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit map notes</source>
            <translation>تحرير ملاحظات الخريطة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit map</source>
            <translation>تحرير الخريطة</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Move stakeholders</source>
            <translation>نقل الجهات المعنية</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Connect: drag from one stakeholder to another. Press Escape when you are done.</source>
            <translation>الربط: اسحب من جهة معنية إلى أخرى. اضغط Escape عند الانتهاء.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>New stakeholder</source>
            <translation>جهة معنية جديدة</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Nudge stakeholders</source>
            <translation>تحريك الجهات المعنية قليلًا</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Select two or more stakeholders to align them.</source>
            <translation>حدِّد جهتين معنيتين أو أكثر لمحاذاتها.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Align left</source>
            <translation>محاذاة لليسار</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Align top</source>
            <translation>محاذاة للأعلى</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Align centres</source>
            <translation>محاذاة المراكز</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Edit relationship</source>
            <translation>تحرير العلاقة</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/map_snapshots.py" line="-28" />
            <source>{name} — {date}</source>
            <translation>{name} — {date}</translation>
        </message>
        <message>
            <location line="+182" />
            <source>ULG meeting {number}</source>
            <translation>اجتماع ULG رقم {number}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Snapshot “{name}” saved. Move stakeholders as things change, then Compare to see who moved.</source>
            <translation>حُفظت اللقطة «{name}». حرّك الجهات المعنية كلما تغيّرت الأمور، ثم استخدم «مقارنة» لرؤية مَن تحرّك.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>There is nothing to compare yet: take a snapshot first (for example at a ULG meeting).</source>
            <translation>لا يوجد ما يُقارن بعد: التقط لقطة أولًا (في اجتماع ULG مثلًا).</translation>
        </message>
    </context>
    <context>
        <name>people</name>
        <message>
            <location filename="../../workshop_app/ui/participant_commands.py" line="+100" />
            <source>Register participant</source>
            <translation>تسجيل مشارك</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Delete participant</source>
            <translation>حذف مشارك</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Change name or contact</source>
            <translation>تغيير الاسم أو بيانات التواصل</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Change profile answer</source>
            <translation>تغيير إجابة الملف التعريفي</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Record consent</source>
            <translation>تسجيل الموافقة</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Withdraw consent</source>
            <translation>سحب الموافقة</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Check in</source>
            <translation>تسجيل الحضور</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Remove check-in</source>
            <translation>إلغاء تسجيل الحضور</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Set diversity target</source>
            <translation>تعيين هدف التنوّع</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Remove diversity target</source>
            <translation>إزالة هدف التنوّع</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/participant_recorder.py" line="+23" />
            <source>Who is recording?</source>
            <translation>مَن يتولى التسجيل؟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your name is saved with every consent and erasure you record, as the law asks.
It is asked once; you can change it on the Check-in tab.</source>
            <translation>يُحفظ اسمك مع كل موافقة وكل عملية مسح تسجّلها، كما يقتضي القانون.
يُطلب الاسم مرة واحدة فقط؛ ويمكنك تغييره من تبويب «تسجيل الحضور».</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/participants_model.py" line="+24" />
            <source>Take part</source>
            <translation>المشاركة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact</source>
            <translation>التواصل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Photos</source>
            <translation>الصور</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Consents to take part.</source>
            <translation>تمت الموافقة على المشاركة.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consents to be contacted.</source>
            <translation>تمت الموافقة على التواصل.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consents to appear in photos.</source>
            <translation>تمت الموافقة على الظهور في الصور.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No consent to take part: no answers can be recorded for them.</source>
            <translation>لا توجد موافقة على المشاركة: لا يمكن تسجيل أي إجابات لهذا الشخص.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No consent to be contacted.</source>
            <translation>لا توجد موافقة على التواصل.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No consent to appear in photos.</source>
            <translation>لا توجد موافقة على الظهور في الصور.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workshops</source>
            <translation>الورش</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation>الموافقة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checked in</source>
            <translation>الحضور</translation>
        </message>
    </context>
    <context>
        <name>profile</name>
        <message>
            <location filename="../../workshop_app/ui/profile_commands.py" line="+40" />
            <source>Add profile question</source>
            <translation>إضافة سؤال إلى الملف التعريفي</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Delete profile question</source>
            <translation>حذف سؤال من الملف التعريفي</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Move profile question</source>
            <translation>نقل سؤال الملف التعريفي</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Rename profile question</source>
            <translation>إعادة تسمية سؤال الملف التعريفي</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Add answer</source>
            <translation>إضافة إجابة</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Delete answer</source>
            <translation>حذف الإجابة</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Move answer</source>
            <translation>نقل الإجابة</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Rename answer</source>
            <translation>إعادة تسمية الإجابة</translation>
        </message>
    </context>
    <context>
        <name>projector</name>
        <message>
            <location filename="../../workshop_app/ui/live_chart.py" line="+100" />
            <location line="+46" />
            <source>{count} people answered</source>
            <translation>عدد المجيبين: {count}</translation>
        </message>
        <message>
            <location line="-40" />
            <source>{count} · {share} %</source>
            <translation>{count} · {share} %</translation>
        </message>
        <message>
            <location line="+4" />
            <source>average {mean} · median {median}</source>
            <translation>المتوسط {mean} · الوسيط {median}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>dots</source>
            <translation>النقاط</translation>
        </message>
        <message>
            <location line="+17" />
            <source>1 = not useful · 5 = very useful</source>
            <translation>1 = غير مفيدة · 5 = مفيدة جدًا</translation>
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
            <translation>يساوي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is not</source>
            <translation>لا يساوي</translation>
        </message>
        <message>
            <location line="+4" />
            <source>includes</source>
            <translation>يتضمن</translation>
        </message>
        <message>
            <location line="+1" />
            <source>does not include</source>
            <translation>لا يتضمن</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is more than</source>
            <translation>أكبر من</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is at least</source>
            <translation>لا يقل عن</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is less than</source>
            <translation>أصغر من</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is at most</source>
            <translation>لا يزيد على</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is after</source>
            <translation>بعد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is before</source>
            <translation>قبل</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is answered</source>
            <translation>تمت الإجابة عنه</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is not answered</source>
            <translation>لم تتم الإجابة عنه</translation>
        </message>
        <message>
            <location line="+63" />
            <source>there is no question named '{name}'</source>
            <translation>لا يوجد سؤال باسم '{name}'</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+47" />
            <source>Position {position}: {message}.</source>
            <translation>الموضع {position}: {message}.</translation>
        </message>
    </context>
    <context>
        <name>results</name>
        <message>
            <location filename="../../workshop_app/ui/results_cards.py" line="-138" />
            <source>{n} answered</source>
            <translation>عدد المجيبين: {n}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>more than one answer each, so shares add up to more than 100 %</source>
            <translation>أكثر من إجابة لكل شخص، لذا قد يتجاوز مجموع النسب 100 %</translation>
        </message>
        <message>
            <location line="+1" />
            <source>each person's first choice</source>
            <translation>الخيار الأول لكل شخص</translation>
        </message>
        <message>
            <location line="+3" />
            <source>words used by at least 5 people; the answers themselves are never shown</source>
            <translation>كلمات استخدمها 5 أشخاص على الأقل؛ ولا تُعرض الإجابات نفسها أبدًا</translation>
        </message>
        <message>
            <location line="+2" />
            <source>answers of this kind are counted, not charted</source>
            <translation>تُعدّ الإجابات من هذا النوع ولا تُعرض في مخطط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} · {note}</source>
            <translation>{count} · {note}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No one answered this question in the responses shown.</source>
            <translation>لم يُجب أحد عن هذا السؤال في الاستجابات المعروضة.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fewer than 5 answers, so nothing is shown: no one can be singled out.</source>
            <translation>أقل من 5 إجابات، لذا لا يُعرض شيء: كي لا يمكن تمييز أي شخص.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not shown: everyone else who answered is fewer than 5 people, and comparing this group with everyone would single them out.</source>
            <translation>غير معروض: عدد كل مَن أجابوا من خارج هذه الفئة أقل من 5 أشخاص، ومقارنة هذه الفئة بالجميع قد تكشف هويتهم.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No word was used by 5 or more people.</source>
            <translation>لم يستخدم 5 أشخاص أو أكثر أي كلمة.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{group}: mean {mean}, median {median}</source>
            <translation>{group}: المتوسط {mean}، الوسيط {median}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mean {mean} · median {median}</source>
            <translation>المتوسط {mean} · الوسيط {median}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not on the scale: {answers}</source>
            <translation>خارج المقياس: {answers}</translation>
        </message>
        <message>
            <location line="+67" />
            <source>{group}: {n} answered</source>
            <translation>{group}: عدد المجيبين {n}</translation>
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
            <translation>{group} · أقل من 5 إجابات</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} · hidden: everyone else is fewer than 5</source>
            <translation>{group} · مخفي: بقية المجيبين أقل من 5</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{group} · no answers</source>
            <translation>{group} · لا توجد إجابات</translation>
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
            <translation>عدد الأشخاص</translation>
        </message>
        <message>
            <location line="-60" />
            <source>share of each group's respondents</source>
            <translation>النسبة من المجيبين في كل فئة</translation>
        </message>
        <message>
            <location line="+55" />
            <source>share of each group</source>
            <translation>النسبة من كل فئة</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/results_likert.py" line="+64" />
            <source>No breakdown for this group</source>
            <translation>لا يوجد تفصيل لهذه الفئة</translation>
        </message>
        <message>
            <location line="+55" />
            <source>hidden: {share}</source>
            <translation>مخفي: {share}</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Hidden: small counts</source>
            <translation>مخفي: أعداد صغيرة</translation>
        </message>
        <message>
            <location filename="../../workshop_app/ui/results_save.py" line="+33" />
            <source>PNG pictures (*.png)</source>
            <translation>صور PNG (*.png)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>SVG drawings (*.svg)</source>
            <translation>رسومات SVG (*.svg)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save chart</source>
            <translation>حفظ المخطط</translation>
        </message>
        <message>
            <location line="+29" />
            <source>A chart can be saved as PNG or SVG; “{name}” ends in neither.</source>
            <translation>يمكن حفظ المخطط بتنسيق PNG أو SVG؛ لكن الاسم «{name}» لا ينتهي بأي منهما.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>This question has no chart to save.</source>
            <translation>لا يوجد مخطط لهذا السؤال لحفظه.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{filters} · n = {n}</source>
            <translation>{filters} · n = {n}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{small}” marks fewer than 5 people; some counts are hidden so that a small one cannot be worked out.</source>
            <translation>يشير «{small}» إلى أقل من 5 أشخاص؛ وبعض الأعداد مخفية حتى لا يمكن استنتاج عدد صغير.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The folder {folder} does not exist.</source>
            <translation>المجلد {folder} غير موجود.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot save the chart as {path}: {reason}</source>
            <translation>تعذّر حفظ المخطط باسم {path}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>run</name>
        <message>
            <location filename="../../workshop_app/ui/run_launch.py" line="+42" />
            <source>The kiosk is already running. Leave it with the PIN first.</source>
            <translation>الكشك قيد التشغيل بالفعل. اخرج منه أولًا باستخدام رمز PIN.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The kiosk is not available in this version of the app.</source>
            <translation>الكشك غير متوفر في هذا الإصدار من التطبيق.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Paper data entry is not available in this version of the app.</source>
            <translation>إدخال البيانات الورقية غير متوفر في هذا الإصدار من التطبيق.</translation>
        </message>
    </context>
    <context>
        <name>startup</name>
        <message>
            <location filename="../../workshop_app/ui/startup.py" line="+39" />
            <source>{path} could not be opened: {reason}.</source>
            <translation>تعذّر فتح {path}: {reason}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Workshop App</source>
            <translation>Workshop App</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The database could not be opened.</source>
            <translation>تعذّر فتح قاعدة البيانات.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open another file…</source>
            <translation>فتح ملف آخر…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create a new database…</source>
            <translation>إنشاء قاعدة بيانات جديدة…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit</source>
            <translation>خروج</translation>
        </message>
    </context>
    <context>
        <name>surveys</name>
        <message>
            <location filename="../../workshop_app/ui/survey_dialogs.py" line="-38" />
            <source>Unsaved changes</source>
            <translation>تغييرات غير محفوظة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the changes to “{title}”?</source>
            <translation>هل تريد حفظ التغييرات في «{title}»؟</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If you don't save them, the changes since the last save are lost.</source>
            <translation>إن لم تحفظها، فستُفقد التغييرات التي أُجريت منذ آخر حفظ.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workshop_app/ui/survey_list_model.py" line="+34" />
            <source>%n question</source>
            <translation>
                <numerusform>%n سؤال</numerusform>
                <numerusform>%n سؤال</numerusform>
                <numerusform>%n سؤالان</numerusform>
                <numerusform>%n أسئلة</numerusform>
                <numerusform>%n سؤالًا</numerusform>
                <numerusform>%n سؤال</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n questions</source>
            <translation>
                <numerusform>%n سؤال</numerusform>
                <numerusform>%n سؤال</numerusform>
                <numerusform>%n سؤالان</numerusform>
                <numerusform>%n أسئلة</numerusform>
                <numerusform>%n سؤالًا</numerusform>
                <numerusform>%n سؤال</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n response</source>
            <translation>
                <numerusform>%n استجابة</numerusform>
                <numerusform>%n استجابة</numerusform>
                <numerusform>%n استجابتان</numerusform>
                <numerusform>%n استجابات</numerusform>
                <numerusform>%n استجابةً</numerusform>
                <numerusform>%n استجابة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n responses</source>
            <translation>
                <numerusform>%n استجابة</numerusform>
                <numerusform>%n استجابة</numerusform>
                <numerusform>%n استجابتان</numerusform>
                <numerusform>%n استجابات</numerusform>
                <numerusform>%n استجابةً</numerusform>
                <numerusform>%n استجابة</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Version {version} · {languages}
{questions} · {responses}</source>
            <translation>الإصدار {version} · {languages}
{questions} · {responses}</translation>
        </message>
    </context>
    <context>
        <name>templates</name>
        <message>
            <location filename="../../workshop_app/ui/survey_template_dialog.py" line="-121" />
            <source>ULG workshop feedback</source>
            <translation>آراء حول ورشة ULG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At the end of a workshop: was it useful, did people feel heard, could they follow, what to improve.</source>
            <translation>في نهاية الورشة: هل كانت مفيدة، وهل شعر الحاضرون بأن صوتهم مسموع، وهل استطاعوا المتابعة، وما الذي يمكن تحسينه.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Neighbourhood needs assessment</source>
            <translation>تقييم احتياجات الحي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What a neighbourhood needs most, which services people use and what keeps them from taking part.</source>
            <translation>أكثر ما يحتاجه الحي، والخدمات التي يستخدمها السكان، وما يمنعهم من المشاركة.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Training evaluation</source>
            <translation>تقييم التدريب</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After a training: objectives, pace, the trainer, and what people learned.</source>
            <translation>بعد التدريب: الأهداف، والوتيرة، والمدرّب، وما تعلّمه المشاركون.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Blank survey</source>
            <translation>استبيان فارغ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start with one question and build the rest yourself.</source>
            <translation>ابدأ بسؤال واحد وأنشئ البقية بنفسك.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New survey</source>
            <translation>استبيان جديد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New question</source>
            <translation>سؤال جديد</translation>
        </message>
    </context>
    <context>
        <name>voting</name>
        <message>
            <location filename="../../workshop_app/ui/voting_model.py" line="+50" />
            <source>Count dots</source>
            <translation>عدّ النقاط</translation>
        </message>
    </context>
    <context>
        <name>worker</name>
        <message>
            <location filename="../../workshop_app/ui/worker.py" line="+144" />
            <source>Something went wrong ({error}); nothing was changed.</source>
            <translation>حدث خطأ ما ({error})؛ لم يتغير أي شيء.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>workshops</name>
        <message>
            <location filename="../../workshop_app/ui/workshop_list_model.py" line="+33" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date and time</source>
            <translation>التاريخ والوقت</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activities</source>
            <translation>الأنشطة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned time</source>
            <translation>الوقت المخطط</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Not set</source>
            <translation>غير محدد</translation>
        </message>
    </context>
    <context>
        <name>xlsform</name>
        <message>
            <location filename="../../workshop_app/ui/xlsform_actions.py" line="+24" />
            <source>XLSForm spreadsheets (*.xlsx *.xls);;All files (*)</source>
            <translation>جداول XLSForm (*.xlsx *.xls);;كل الملفات (*)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+28" />
            <source>Import XLSForm</source>
            <translation>استيراد XLSForm</translation>
        </message>
        <message>
            <location line="-21" />
            <location line="+39" />
            <source>Export XLSForm</source>
            <translation>تصدير XLSForm</translation>
        </message>
        <message>
            <location line="-38" />
            <source>XLSForm spreadsheets (*.xlsx)</source>
            <translation>جداول XLSForm (*.xlsx)</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+6" />
            <source>Reading {name}…</source>
            <translation>جارٍ قراءة {name}…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Writing {name}…</source>
            <translation>جارٍ كتابة {name}…</translation>
        </message>
    </context>
</TS>