// Every event a timeline can hold, in words in both languages: each kind of
// event, each stored field and each step and status has a translated label,
// so the timeline never shows an internal key (precheck.checked_at). An
// event from a newer version is said to be one, never shown as a bare key.
#include "i18n/LanguageSwitcher.h"
#include "onboarding/AccountEvidence.h"
#include "onboarding/FieldKey.h"
#include "onboarding/FieldText.h"
#include "onboarding/NetworkEvidence.h"
#include "onboarding/Step.h"
#include "session/EventText.h"

#include <QSet>
#include <QTest>

namespace {

bool hasChinese(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x4E00; });
}

ProfileEvent makeEvent(const QString &kind, const QString &subject, const QString &oldValue = {},
    const QString &newValue = {})
{
    ProfileEvent made;
    made.at = QDateTime(QDate(2026, 12, 6), QTime(12, 44), Qt::UTC);
    made.actor = QStringLiteral("admin");
    made.kind = kind;
    made.subject = subject;
    made.oldValue = oldValue;
    made.newValue = newValue;
    return made;
}

// One event of each kind for every subject the kind can have.
QList<ProfileEvent> everyKnownEvent()
{
    QList<ProfileEvent> events;
    for (const QString &kind : EventKind::All) {
        if (kind == EventKind::Created) {
            events << makeEvent(kind, {}, {}, QStringLiteral("Example Fintech Ltd"));
        } else if (kind == EventKind::Field) {
            for (const QString &key : FieldKey::Stored)
                events << makeEvent(kind, key);
        } else if (kind == EventKind::Status) {
            for (StepId step : AllSteps) {
                for (StepStatus from : AllStatuses) {
                    for (StepStatus to : AllStatuses)
                        events << makeEvent(kind, stepKey(step), statusKey(from), statusKey(to));
                }
            }
        } else if (kind == EventKind::Deleted) {
            events << makeEvent(kind, {}, {}, QStringLiteral("Example Fintech Ltd"));
        } else if (kind == EventKind::Archived || kind == EventKind::Unarchived
            || kind == EventKind::Undeleted) {
            events << makeEvent(kind, {});
        } else if (kind == EventKind::AccountCheck) {
            for (const QString &key : FieldKey::AccountChecks) {
                AccountEvidence evidence;
                evidence.check = *AccountEvidence::checkOfField(key);
                evidence.at = QDateTime(QDate(2026, 12, 7), QTime(2, 15), Qt::UTC);
                evidence.requestId = QStringLiteral("R-1");
                for (AccountEvidence::Outcome outcome : {AccountEvidence::Outcome::Fine,
                         AccountEvidence::Outcome::ToDo, AccountEvidence::Outcome::Unanswered}) {
                    evidence.outcome = outcome;
                    events << makeEvent(kind, key, {}, evidence.toFieldValue());
                }
            }
        } else if (kind == EventKind::NetworkCheck) {
            NetworkEvidence evidence;
            evidence.at = QDateTime(QDate(2026, 12, 7), QTime(3, 30), Qt::UTC);
            evidence.regionId = QStringLiteral("cn-shanghai-finance-1");
            evidence.requestIds = {QStringLiteral("R-1"), QStringLiteral("R-2")};
            evidence.vpcId = QStringLiteral("vpc-1");
            evidence.foundBy = NetworkEvidence::FoundBy::Tag;
            evidence.outcome = NetworkEvidence::Outcome::Match;
            events << makeEvent(kind, FieldKey::NetworkCheck, {}, evidence.toFieldValue());
            evidence.outcome = NetworkEvidence::Outcome::Differences;
            for (int k = 0; k <= int(NetworkDifference::Kind::VSwitchNotInPlan); ++k) {
                evidence.differences = {{NetworkDifference::Kind(k), QStringLiteral("vsw-1"),
                    QStringLiteral("z-a"), QStringLiteral("10.1.0.0/16"), QStringLiteral("z-b"),
                    QStringLiteral("10.2.0.0/16")}};
                events << makeEvent(kind, FieldKey::NetworkCheck, {}, evidence.toFieldValue());
            }
            evidence.differences.clear();
            evidence.outcome = NetworkEvidence::Outcome::Unchecked;
            evidence.errorCode = QStringLiteral("Forbidden.RAM");
            evidence.policy = NetworkEvidence::readOnlyPolicy();
            events << makeEvent(kind, FieldKey::NetworkCheck, {}, evidence.toFieldValue());
        } else {
            qFatal("tst_eventtext knows no event of kind %s: add it", qPrintable(kind));
        }
    }
    return events;
}

} // namespace

class TestEventText : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void everyStoredFieldHasItsOwnLabel_data();
    void everyStoredFieldHasItsOwnLabel();
    void everyEventIsInWords_data();
    void everyEventIsInWords();
    void eventsOfANewerVersionAreNamedAsSuch();

private:
    std::unique_ptr<LanguageSwitcher> m_language;
};

void TestEventText::init()
{
    m_language = std::make_unique<LanguageSwitcher>();
}

void TestEventText::everyStoredFieldHasItsOwnLabel_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("zh_CN") << "zh_CN";
}

void TestEventText::everyStoredFieldHasItsOwnLabel()
{
    QFETCH(QString, language);
    QVERIFY(m_language->setLanguage(QStringLiteral("en")));
    QHash<QString, QString> english;
    for (const QString &key : FieldKey::Stored)
        english.insert(key, FieldText::known(key).value_or(QString()));
    QVERIFY(m_language->setLanguage(language));
    QSet<QString> seen;
    for (const QString &key : FieldKey::Stored) {
        const std::optional<QString> label = FieldText::known(key);
        QVERIFY2(label && !label->isEmpty(), qPrintable(key + QStringLiteral(": no label")));
        QVERIFY2(*label != key && !label->contains(QLatin1Char('.')), qPrintable(*label));
        QCOMPARE(FieldText::label(key), *label);
        // Two fields with one name would read as one field changed twice.
        QVERIFY2(!seen.contains(*label), qPrintable(*label + QStringLiteral(": twice")));
        seen.insert(*label);
        if (language == QLatin1String("zh_CN"))
            QVERIFY2(hasChinese(*label) && *label != english.value(key),
                qPrintable(key + QStringLiteral(": not translated: ") + *label));
    }
    QVERIFY(!FieldText::known(QStringLiteral("teleport.destination")));
    QCOMPARE(FieldText::label(QStringLiteral("teleport.destination")),
        QStringLiteral("teleport.destination"));
}

void TestEventText::everyEventIsInWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("zh_CN") << "zh_CN";
}

void TestEventText::everyEventIsInWords()
{
    QFETCH(QString, language);
    QVERIFY(m_language->setLanguage(language));
    const QList<ProfileEvent> events = everyKnownEvent();
    QVERIFY(events.size() > FieldKey::Stored.size());
    for (const ProfileEvent &each : events) {
        const std::optional<QString> words = EventText::known(each);
        const QString what = each.kind + QLatin1Char(' ') + each.subject;
        QVERIFY2(words && !words->isEmpty(), qPrintable(what + QStringLiteral(": no words")));
        QCOMPARE(EventText::describe(each), *words);
        // No internal key (a field key, real_name, in_progress …); plain
        // words such as "created" or "waiting" may well be in the sentence.
        for (const QString &key : {each.subject, each.oldValue, each.newValue}) {
            if (key.contains(QLatin1Char('.')) || key.contains(QLatin1Char('_')))
                QVERIFY2(!words->contains(key), qPrintable(what + QStringLiteral(": ") + *words));
        }
        if (language == QLatin1String("zh_CN"))
            QVERIFY2(hasChinese(*words), qPrintable(*words));
    }
    const ProfileEvent precheck = makeEvent(EventKind::Field, FieldKey::PrecheckAt);
    QCOMPARE(EventText::describe(precheck).contains(QStringLiteral("precheck")), false);
}

void TestEventText::eventsOfANewerVersionAreNamedAsSuch()
{
    QVERIFY(m_language->setLanguage(QStringLiteral("en")));
    const QList<ProfileEvent> unknown = {
        makeEvent(QStringLiteral("teleported"), QStringLiteral("moon")),
        makeEvent(EventKind::Field, QStringLiteral("teleport.destination")),
        makeEvent(EventKind::Status, QStringLiteral("teleport"), QStringLiteral("done"),
            QStringLiteral("done")),
        makeEvent(EventKind::Status, stepKey(StepId::Register), QStringLiteral("beamed"),
            QStringLiteral("done")),
    };
    for (const ProfileEvent &each : unknown) {
        QVERIFY(!EventText::known(each));
        const QString words = EventText::describe(each);
        QVERIFY2(words.startsWith(QStringLiteral("A change this version cannot name")),
            qPrintable(words));
        QVERIFY(words.contains(each.kind)); // for support to look up
    }
}

QTEST_GUILESS_MAIN(TestEventText)
#include "tst_eventtext.moc"
