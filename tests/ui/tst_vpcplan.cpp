// The VPC address plan on the region page, opened alone (PageHarness) and
// driven as a user would: the default proposal, inline verdicts while
// typing, Next disabled by an error, the plan stored as JSON and shown again
// after a restart and on the summary.
#include "PageHarness.h"
#include "core/Clock.h"
#include "i18n/LanguageSwitcher.h"
#include "onboarding/FieldKey.h"
#include "pages/PageId.h"
#include "plan/NetworkPlan.h"
#include "plan/RosTemplate.h"
#include "plan/TerraformPlan.h"
#include "session/OnboardingSession.h"
#include "storage/ProgressStore.h"
#include "validation/VpcPlan.h"
#include "widgets/Callout.h"
#include "widgets/InlineVerdict.h"
#include "widgets/PlanSaveButtons.h"
#include "widgets/VpcPlanEditor.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Region = QStringLiteral("cn-shanghai-finance-1"); // VPC only
const QString RegionWithClassic = QStringLiteral("cn-hangzhou-finance");

// Store, session and the region page alone (PageHarness) on one database
// file, closed in that order's reverse.
class App
{
public:
    App(const QString &path, LanguageSwitcher &language)
        : m_language(language)
        , m_clock(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC))
        , m_store(std::move(ProgressStore::openSqlite(path)).value())
        , m_session(m_store ? std::make_unique<OnboardingSession>(*m_store, m_clock) : nullptr)
    { }
    ~App()
    {
        m_harness.reset();
        m_session.reset();
    }

    OnboardingSession &session() { return *m_session; }
    Profile &profile() { return m_session->profile(); }
    PageHarness &harness() { return *m_harness; }

    // `page` of the open profile, shown and active: focus decides whether a
    // field may be rewritten.
    void open(int page)
    {
        m_harness = std::make_unique<PageHarness>(*m_session, page, m_language);
        m_harness->show();
        m_harness->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_harness.get()));
    }

    // A new company, on the region page with a region chosen.
    qint64 startOnRegionPage(const QString &company, const QString &region = Region)
    {
        if (!m_session->create(company))
            return 0;
        open(RegionPageId);
        auto *combo = find<QComboBox>("regionChoice");
        const int index = combo->findData(region);
        combo->setCurrentIndex(index);
        emit combo->activated(index); // what a user's pick emits
        return profile().id();
    }

    // The same, with the VPC network chosen and the proposed plan accepted.
    qint64 startWithDefaultPlan()
    {
        const qint64 id = startOnRegionPage(QStringLiteral("ACME"));
        click(QStringLiteral("networkVpc"));
        click(QStringLiteral("useProposedPlan"));
        return id;
    }

    template<typename T>
    T *find(const QString &name) const
    {
        return m_harness->find<T>(name);
    }
    QLineEdit *edit(const QString &name) const { return find<QLineEdit>(name); }
    // A verdict is a line (a label) under its field: a Callout is no QLabel.
    QLabel *verdict(const QString &name) const { return find<QLabel>(name); }
    // The callouts of a level shown on the page (the guide's notices).
    QList<Callout *> shownCallouts(Callout::Level level) const
    {
        QList<Callout *> shown;
        for (Callout *callout : m_harness->findChildren<Callout *>()) {
            if (callout->isVisible() && callout->level() == level)
                shown << callout;
        }
        return shown;
    }

    void click(const QString &name) const
    {
        // A user sees the page laid out before clicking in it.
        QCoreApplication::processEvents();
        QAbstractButton *button = find<QAbstractButton>(name);
        // A radio button reacts on its indicator, a push button anywhere.
        const QPoint where = qobject_cast<QRadioButton *>(button) ? QPoint(4, 4) : QPoint();
        QTest::mouseClick(button, Qt::LeftButton, {}, where);
    }
    // Selects what the field holds and types over it, as a user would.
    void retype(const QString &name, const QString &text) const
    {
        QLineEdit *field = edit(name);
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        if (text.isEmpty())
            QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, text);
    }
    bool nextEnabled() { return m_harness->nextEnabled(); }

private:
    LanguageSwitcher &m_language;
    FixedClock m_clock;
    std::unique_ptr<ProgressStore> m_store;
    std::unique_ptr<OnboardingSession> m_session;
    std::unique_ptr<PageHarness> m_harness;
};

QString vSwitchName(const char *part, int number)
{
    return QStringLiteral("vSwitch%1_%2").arg(QLatin1String(part)).arg(number);
}

QJsonArray storedVSwitches(Profile &profile)
{
    return QJsonDocument::fromJson(profile.field(FieldKey::VSwitches).toUtf8()).array();
}

QJsonObject vSwitch(const QString &zone, const QString &cidr)
{
    return {{QStringLiteral("zone"), zone}, {QStringLiteral("cidr"), cidr}};
}

} // namespace

class TestVpcPlan : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void hiddenUnlessVpcWithDefaultProposal();
    void invalidVpcCidrShowsErrorAndDisablesNext_data();
    void invalidVpcCidrShowsErrorAndDisablesNext();
    void invalidVSwitchShowsErrorAndDisablesNext_data();
    void invalidVSwitchShowsErrorAndDisablesNext();
    void usableAddressesExcludeReserved_data();
    void usableAddressesExcludeReserved();
    void editedPlanIsStoredAndSurvivesRestart();
    void oneZoneIsANoteNoneIsAnError();
    void typingIsNotRewrittenUnderTheCursor();
    void anotherProfileShowsItsOwnPlan();
    void summaryListsThePlan();
    void planSavedAsCodeFromRegionPageAndSummary();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("progress.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LanguageSwitcher> m_language;
};

void TestVpcPlan::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_language = std::make_unique<LanguageSwitcher>();
    QVERIFY(m_language->setLanguage(QStringLiteral("en")));
}

void TestVpcPlan::cleanup()
{
    m_language.reset();
}

void TestVpcPlan::hiddenUnlessVpcWithDefaultProposal()
{
    App app(path(), *m_language);
    QVERIFY(app.startOnRegionPage(QStringLiteral("ACME"), RegionWithClassic));
    auto *editor = app.find<VpcPlanEditor>("vpcPlanEditor");
    QVERIFY(editor);
    QVERIFY(!editor->isVisible()); // no network chosen yet

    // A classic network chosen under the guide's table (kept, no longer offered).
    app.profile().setField(FieldKey::NetworkType, FieldValue::NetworkClassic);
    QCoreApplication::processEvents();
    QVERIFY(!editor->isVisible());
    QVERIFY(app.profile().field(FieldKey::VpcCidr).isEmpty());

    app.click("networkVpc");
    QVERIFY(editor->isVisible());
    const VpcPlanProposal proposal = VpcPlan::proposeDefault(2);
    // Proposed, not stored: choosing VPC writes nothing but the choice.
    auto *offer = app.find<Callout>("vpcPlanProposal");
    QVERIFY(offer->isVisible());
    QVERIFY(offer->text().contains(proposal.vpcCidr));
    QVERIFY(app.profile().field(FieldKey::VpcCidr).isEmpty());
    QVERIFY(app.profile().field(FieldKey::VSwitches).isEmpty());
    QVERIFY(app.edit("vpcCidr")->text().isEmpty());
    QVERIFY(app.nextEnabled()); // no plan yet is nothing wrong
    // … so no error is shown about fields nobody has typed in yet.
    QVERIFY(!app.verdict("vpcCidrVerdict")->isVisible());
    QVERIFY(!app.verdict("vpcPlanVerdict")->isVisible());

    app.click("useProposedPlan");
    QVERIFY(!offer->isVisible());
    QCOMPARE(app.edit("vpcCidr")->text(), QStringLiteral("10.0.0.0/16"));
    QCOMPARE(app.edit(vSwitchName("Cidr", 1))->text(), proposal.vSwitchCidrs[0]);
    QCOMPARE(app.edit(vSwitchName("Cidr", 2))->text(), proposal.vSwitchCidrs[1]);
    QVERIFY(!app.edit(vSwitchName("Cidr", 3)));
    QVERIFY(app.edit(vSwitchName("Zone", 1))->placeholderText().contains(RegionWithClassic));
    // Accepted: the proposal is stored, not only shown.
    QCOMPARE(app.profile().field(FieldKey::VpcCidr), proposal.vpcCidr);
    QCOMPARE(storedVSwitches(app.profile()),
        QJsonArray({vSwitch({}, proposal.vSwitchCidrs[0]), vSwitch({}, proposal.vSwitchCidrs[1])}));
    QVERIFY(!app.verdict("vpcCidrVerdict")->isVisible());
    QVERIFY(!app.verdict("vpcPlanVerdict")->isVisible());
    QVERIFY(app.nextEnabled());

    // The classic network is no new choice: the plan stays.
    app.click("networkClassic");
    QCOMPARE(app.profile().field(FieldKey::NetworkType), FieldValue::NetworkVpc);
    QVERIFY(editor->isVisible());
    QVERIFY(app.nextEnabled());
}

void TestVpcPlan::invalidVpcCidrShowsErrorAndDisablesNext_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("public range") << QStringLiteral("8.8.0.0/16");
    QTest::newRow("mask wider than /8") << QStringLiteral("10.0.0.0/7");
    QTest::newRow("mask narrower than /24") << QStringLiteral("192.168.0.0/25");
    QTest::newRow("host bits set") << QStringLiteral("10.0.0.1/16");
    QTest::newRow("no mask") << QStringLiteral("10.0.0.0");
    QTest::newRow("empty") << QString();
}

void TestVpcPlan::invalidVpcCidrShowsErrorAndDisablesNext()
{
    QFETCH(QString, typed);
    App app(path(), *m_language);
    QVERIFY(app.startWithDefaultPlan());
    QVERIFY(app.nextEnabled());

    app.retype("vpcCidr", typed);
    const FieldVerdict expected = VpcPlan::checkVpcCidr(typed);
    QVERIFY(expected.blocks());
    QLabel *shown = app.verdict("vpcCidrVerdict");
    QVERIFY(shown);
    QVERIFY(shown->isVisible());
    // Inline, as a typo on any other page: "Error: …" under the field, and
    // no Danger callout (the guide's strongest notice) for a typing mistake.
    QVERIFY2(shown->text().contains(InlineVerdict::levelName(FieldVerdict::Error) + ":</b> "
                 + expected.message.toHtmlEscaped()),
        qPrintable(shown->text()));
    QVERIFY(app.shownCallouts(Callout::Level::Danger).isEmpty());
    QLineEdit *field = app.edit("vpcCidr");
    const QRect fieldBox(field->mapTo(app.harness().window(), QPoint()), field->size());
    const QPoint verdictAt = shown->mapTo(app.harness().window(), QPoint());
    QVERIFY(verdictAt.y() >= fieldBox.bottom());
    QVERIFY(verdictAt.y() - fieldBox.bottom() < field->height()); // right under it
    QCOMPARE(verdictAt.x(), fieldBox.left());
    QCOMPARE(field->accessibleDescription(),
        InlineVerdict::levelName(FieldVerdict::Error) + QStringLiteral(": ") + expected.message);
    QVERIFY(!app.nextEnabled());
    app.harness().next(); // refused: still here
    QVERIFY(app.harness().isOnPage());

    app.retype("vpcCidr", QStringLiteral("10.0.0.0/16"));
    QVERIFY(!shown->isVisible());
    QVERIFY(app.nextEnabled());
}

void TestVpcPlan::invalidVSwitchShowsErrorAndDisablesNext_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("typed");
    QTest::newRow("outside the VPC") << 2 << QStringLiteral("10.1.0.0/24");
    QTest::newRow("overlaps vSwitch 1") << 2 << QStringLiteral("10.0.0.128/25");
    QTest::newRow("same block as vSwitch 2") << 1 << QStringLiteral("10.0.1.0/24");
    QTest::newRow("/30 too small") << 1 << QStringLiteral("10.0.0.0/30");
    QTest::newRow("/15 too large") << 1 << QStringLiteral("10.0.0.0/15");
    QTest::newRow("shared address space") << 1 << QStringLiteral("100.64.0.0/24");
    QTest::newRow("not a block") << 2 << QStringLiteral("10.0.1");
}

void TestVpcPlan::invalidVSwitchShowsErrorAndDisablesNext()
{
    QFETCH(int, number);
    QFETCH(QString, typed);
    App app(path(), *m_language);
    QVERIFY(app.startWithDefaultPlan());

    app.retype(vSwitchName("Cidr", number), typed);
    QStringList cidrs = VpcPlan::proposeDefault(2).vSwitchCidrs;
    cidrs[number - 1] = typed;
    const FieldVerdict expected
        = VpcPlan::check(QStringLiteral("10.0.0.0/16"), cidrs).vSwitches[number - 1];
    QVERIFY(expected.blocks());
    QLabel *shown = app.verdict(vSwitchName("Verdict", number));
    QVERIFY(shown);
    QVERIFY(shown->isVisible());
    QVERIFY2(shown->text().contains(InlineVerdict::levelName(FieldVerdict::Error) + ":</b> "
                 + expected.message.toHtmlEscaped()),
        qPrintable(shown->text()));
    QVERIFY(app.shownCallouts(Callout::Level::Danger).isEmpty());
    QCOMPARE(app.edit(vSwitchName("Cidr", number))->accessibleDescription(),
        InlineVerdict::levelName(FieldVerdict::Error) + QStringLiteral(": ") + expected.message);
    QVERIFY(!app.find<QLabel>(vSwitchName("Usable", number))->isVisible());
    QVERIFY(!app.nextEnabled());

    app.retype(vSwitchName("Cidr", number), VpcPlan::proposeDefault(2).vSwitchCidrs[number - 1]);
    QVERIFY(!shown->isVisible());
    QVERIFY(app.nextEnabled());
}

void TestVpcPlan::usableAddressesExcludeReserved_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("usable");
    QTest::newRow("/24") << 1 << QStringLiteral("10.0.0.0/24") << qint64(252);
    QTest::newRow("/25") << 1 << QStringLiteral("10.0.0.128/25") << qint64(124);
    QTest::newRow("/29") << 1 << QStringLiteral("10.0.0.8/29") << qint64(4);
    QTest::newRow("/20") << 2 << QStringLiteral("10.0.16.0/20") << qint64(4092);
    QTest::newRow("/17") << 2 << QStringLiteral("10.0.128.0/17") << qint64(32764);
}

void TestVpcPlan::usableAddressesExcludeReserved()
{
    QFETCH(int, number);
    QFETCH(QString, typed);
    QFETCH(qint64, usable);
    App app(path(), *m_language);
    QVERIFY(app.startWithDefaultPlan());
    QCOMPARE(
        app.find<QLabel>(vSwitchName("Usable", 1))->text(), QStringLiteral("252 usable addresses"));

    app.retype(vSwitchName("Cidr", number), typed);
    QLabel *shown = app.find<QLabel>(vSwitchName("Usable", number));
    QVERIFY(shown->isVisible());
    QCOMPARE(shown->text(), QLocale().toString(usable) + QStringLiteral(" usable addresses"));
    QVERIFY(app.nextEnabled());
}

void TestVpcPlan::editedPlanIsStoredAndSurvivesRestart()
{
    const QJsonArray expected = {
        vSwitch(QStringLiteral("cn-shanghai-finance-1f"), QStringLiteral("172.16.0.0/20")),
        vSwitch(QStringLiteral("cn-shanghai-finance-1h"), QStringLiteral("172.16.32.0/24")),
    };
    {
        App app(path(), *m_language);
        QVERIFY(app.startWithDefaultPlan());
        app.retype("vpcCidr", QStringLiteral("172.16.0.0/12"));
        QVERIFY(!app.nextEnabled()); // the proposed vSwitches are outside now
        app.retype(vSwitchName("Zone", 1), QStringLiteral("cn-shanghai-finance-1f"));
        app.retype(vSwitchName("Cidr", 1), QStringLiteral("172.16.0.0/20"));
        app.retype(vSwitchName("Zone", 2), QStringLiteral("cn-shanghai-finance-1g"));
        app.retype(vSwitchName("Cidr", 2), QStringLiteral("172.16.16.0/20"));
        QVERIFY(app.nextEnabled());

        app.click("addVSwitch");
        QVERIFY(app.edit(vSwitchName("Cidr", 3))->isVisible());
        QVERIFY(!app.nextEnabled()); // a vSwitch without a block
        app.retype(vSwitchName("Zone", 3), QStringLiteral("cn-shanghai-finance-1h"));
        app.retype(vSwitchName("Cidr", 3), QStringLiteral("172.16.32.0/24"));
        QVERIFY(app.nextEnabled());

        app.click(QStringLiteral("removeVSwitch_2"));
        QVERIFY(!app.find<QPushButton>(QStringLiteral("removeVSwitch_3")));
        QCOMPARE(
            app.edit(vSwitchName("Zone", 2))->text(), QStringLiteral("cn-shanghai-finance-1h"));
        QCOMPARE(app.edit(vSwitchName("Cidr", 2))->text(), QStringLiteral("172.16.32.0/24"));
        QVERIFY(app.nextEnabled());
        QCOMPARE(app.profile().field(FieldKey::VpcCidr), QStringLiteral("172.16.0.0/12"));
        QCOMPARE(storedVSwitches(app.profile()), expected);
        // Compact JSON: one line, no spaces.
        QCOMPARE(app.profile().field(FieldKey::VSwitches),
            QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)));
    }
    App again(path(), *m_language);
    QVERIFY(again.session().openLast());
    again.open(RegionPageId);
    QCOMPARE(again.edit("vpcCidr")->text(), QStringLiteral("172.16.0.0/12"));
    QCOMPARE(again.edit(vSwitchName("Zone", 1))->text(), QStringLiteral("cn-shanghai-finance-1f"));
    QCOMPARE(again.edit(vSwitchName("Cidr", 1))->text(), QStringLiteral("172.16.0.0/20"));
    QCOMPARE(again.edit(vSwitchName("Zone", 2))->text(), QStringLiteral("cn-shanghai-finance-1h"));
    QCOMPARE(again.edit(vSwitchName("Cidr", 2))->text(), QStringLiteral("172.16.32.0/24"));
    QVERIFY(!again.edit(vSwitchName("Cidr", 3)));
    QCOMPARE(again.find<QLabel>(vSwitchName("Usable", 1))->text(),
        QStringLiteral("4,092 usable addresses"));
    QVERIFY(again.nextEnabled());
}

void TestVpcPlan::oneZoneIsANoteNoneIsAnError()
{
    App app(path(), *m_language);
    QVERIFY(app.startWithDefaultPlan());
    QLabel *plan = app.verdict("vpcPlanVerdict");
    QVERIFY(plan);
    const auto says = [plan](FieldVerdict::Level level) {
        return plan->text().contains(InlineVerdict::levelName(level) + QStringLiteral(":</b>"));
    };

    app.click(QStringLiteral("removeVSwitch_2"));
    QVERIFY(plan->isVisible());
    QVERIFY(says(FieldVerdict::Note));
    QVERIFY(plan->text().contains(
        VpcPlan::check(QStringLiteral("10.0.0.0/16"), {QStringLiteral("10.0.0.0/24")})
            .plan.message.toHtmlEscaped()));
    QVERIFY(app.nextEnabled()); // a recommendation, not a rule

    app.click(QStringLiteral("removeVSwitch_1"));
    QVERIFY(!app.edit(vSwitchName("Cidr", 1)));
    QVERIFY(says(FieldVerdict::Error));
    QVERIFY(app.shownCallouts(Callout::Level::Danger).isEmpty());
    QVERIFY(!app.nextEnabled());
    QCOMPARE(storedVSwitches(app.profile()), QJsonArray());

    app.click("addVSwitch");
    QVERIFY(app.edit(vSwitchName("Zone", 1))->hasFocus());
    app.retype(vSwitchName("Cidr", 1), QStringLiteral("10.0.5.0/24"));
    QVERIFY(says(FieldVerdict::Note));
    QVERIFY(app.nextEnabled());
}

void TestVpcPlan::typingIsNotRewrittenUnderTheCursor()
{
    App app(path(), *m_language);
    QVERIFY(app.startWithDefaultPlan());
    QLineEdit *vpc = app.edit("vpcCidr");

    // The store gets the canonical block; the field keeps what was typed.
    app.retype("vpcCidr", QStringLiteral(" 10.0.0.0/16 "));
    QVERIFY(vpc->hasFocus());
    QCOMPARE(vpc->text(), QStringLiteral(" 10.0.0.0/16 "));
    QCOMPARE(vpc->cursorPosition(), 13);
    QCOMPARE(app.profile().field(FieldKey::VpcCidr), QStringLiteral("10.0.0.0/16"));
    // Leaving the field shows the canonical form.
    app.edit(vSwitchName("Zone", 1))->setFocus();
    QCOMPARE(vpc->text(), QStringLiteral("10.0.0.0/16"));

    // A change from elsewhere does reach the field being typed in.
    vpc->setFocus();
    app.profile().setField(FieldKey::VpcCidr, QStringLiteral("192.168.0.0/16"));
    QCOMPARE(vpc->text(), QStringLiteral("192.168.0.0/16"));
}

void TestVpcPlan::anotherProfileShowsItsOwnPlan()
{
    App app(path(), *m_language);
    const qint64 first = app.startWithDefaultPlan();
    QVERIFY(first);
    app.retype("vpcCidr", QStringLiteral("10.0.0.0/8"));
    app.click(QStringLiteral("removeVSwitch_2"));
    app.edit("vpcCidr")->setFocus();

    QVERIFY(app.session().create(QStringLiteral("Second Ltd")));
    QVERIFY(app.harness().isOnPage());
    QVERIFY(!app.find<VpcPlanEditor>("vpcPlanEditor")->isVisible());
    QCOMPARE(app.edit("vpcCidr")->text(), QString());
    QVERIFY(!app.edit(vSwitchName("Cidr", 1)));

    QVERIFY(app.session().open(first));
    QVERIFY(app.find<VpcPlanEditor>("vpcPlanEditor")->isVisible());
    QCOMPARE(app.edit("vpcCidr")->text(), QStringLiteral("10.0.0.0/8"));
    QCOMPARE(app.edit(vSwitchName("Cidr", 1))->text(), QStringLiteral("10.0.0.0/24"));
    QVERIFY(!app.edit(vSwitchName("Cidr", 2)));
}

void TestVpcPlan::summaryListsThePlan()
{
    App app(path(), *m_language);
    QVERIFY(app.startWithDefaultPlan());
    app.retype(vSwitchName("Zone", 1), QStringLiteral("cn-shanghai-finance-1f"));
    app.retype(vSwitchName("Cidr", 2), QStringLiteral("10.0.16.0/20"));
    app.open(SummaryPageId);
    const QString plan = app.find<QLabel>("summaryPlan")->text();
    QVERIFY2(plan.contains(QStringLiteral("VPC CIDR block: 10.0.0.0/16")), qPrintable(plan));
    QVERIFY2(plan.contains(QStringLiteral(
                 "vSwitch 1: zone cn-shanghai-finance-1f, 10.0.0.0/24, 252 usable addresses")),
        qPrintable(plan));
    QVERIFY2(plan.contains(QStringLiteral("vSwitch 2: zone not set, 10.0.16.0/20, 4,092 usable "
                                          "addresses")),
        qPrintable(plan));

    app.profile().setField(FieldKey::NetworkType, FieldValue::NetworkClassic);
    QVERIFY(!app.find<QLabel>("summaryPlan")->text().contains(QStringLiteral("vSwitch")));
}

// Save as Terraform… and Save as ROS template… (file dialog aside: saveTo()
// is what a chosen file leads to): hidden until a VPC plan is stored,
// refused with the wizard's reasons while the plan is incomplete, written
// byte for byte as `plan` writes it once it is complete; also on the summary.
void TestVpcPlan::planSavedAsCodeFromRegionPageAndSummary()
{
    App app(path(), *m_language);
    QVERIFY(app.startOnRegionPage(QStringLiteral("ACME \"Bank\"")));
    app.click(QStringLiteral("networkVpc"));
    auto *buttons = app.find<PlanSaveButtons>("regionPlanSaveButtons");
    QVERIFY(buttons);
    QVERIFY(!buttons->isVisible()); // only the proposal so far
    app.click(QStringLiteral("useProposedPlan"));
    QVERIFY(buttons->isVisible());
    auto *terraform = app.find<QPushButton>("regionPlanSaveTerraform");
    QCOMPARE(terraform->text(), QStringLiteral("Save as T&erraform…"));
    QCOMPARE(terraform->accessibleName(), QStringLiteral("Save as Terraform…"));
    QVERIFY(terraform->focusPolicy() & Qt::TabFocus);

    // The proposal has no zones yet: refused, with the reason, no file.
    const QString file = m_dir->filePath(QStringLiteral("main.tf"));
    QVERIFY(!buttons->saveTo(PlanFile::Format::Terraform, file));
    QVERIFY(!QFile::exists(file));
    auto *box = app.harness().findChild<QMessageBox *>(QStringLiteral("planSaveResult"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("vSwitch 1: no zone ID is entered.")),
        qPrintable(box->text()));

    app.retype(vSwitchName("Zone", 1), QStringLiteral("cn-shanghai-finance-1f"));
    app.retype(vSwitchName("Zone", 2), QStringLiteral("cn-shanghai-finance-1g"));
    QVERIFY(buttons->saveTo(PlanFile::Format::Terraform, file));
    const Result<NetworkPlan> plan = NetworkPlan::read(app.profile().data());
    QVERIFY(plan);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), TerraformPlan::text(plan.value()));

    app.open(SummaryPageId);
    auto *summaryButtons = app.find<PlanSaveButtons>("summaryPlanSaveButtons");
    QVERIFY(summaryButtons && summaryButtons->isVisible());
    const QString ros = m_dir->filePath(QStringLiteral("network.json"));
    QVERIFY(summaryButtons->saveTo(PlanFile::Format::Ros, ros));
    QFile rosFile(ros);
    QVERIFY(rosFile.open(QIODevice::ReadOnly));
    QCOMPARE(rosFile.readAll(), RosTemplate::json(plan.value()));
    app.profile().setField(FieldKey::NetworkType, FieldValue::NetworkClassic);
    QVERIFY(!summaryButtons->isVisible());
}

QTEST_MAIN(TestVpcPlan)
#include "tst_vpcplan.moc"
