// The profile picker driven from the keyboard, as a support person would:
// type part of a name, move with the arrow keys, filter by status, Enter
// opens the profile; and the same through the wizard (the welcome page's
// "Choose another company…" and the Companies button), which then shows the
// page the profile was left on. A real SQLite store with 300 profiles.
#include "OnboardingWizard.h"
#include "ProfilePicker.h"
#include "cloud/CloudAccess.h"
#include "common/ProfileFixtures.h"
#include "core/Clock.h"
#include "directory/ProfileListModel.h"
#include "i18n/LanguageSwitcher.h"
#include "pages/PageId.h"
#include "pages/WelcomePage.h"
#include "session/OnboardingSession.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace ProfileFixtures;

namespace {

// Thursday 12 March 2026, 08:00 in Shanghai.
const QDateTime Now = shanghai(3, 12, 8);
constexpr int Profiles = 300;

// The picker has shown the answer to what was typed last.
bool settled(ProfilePicker &picker)
{
    const QString typed = picker.findChild<QLineEdit *>("profileSearch")->text();
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        if (picker.model()->searchText() == typed && !picker.model()->isLoading())
            return true;
        QTest::qWait(20);
    }
    return false;
}

// Chinese comes through an input method: one committed string, not key presses.
void typeChinese(QWidget *field, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(field, &event);
}

QList<qint64> shownIds(const ProfilePicker &picker)
{
    QList<qint64> list;
    for (int row = 0; row < picker.model()->rowCount(); ++row)
        list << picker.model()->profileId(row);
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

class TestProfilePicker : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void typeMoveAndEnterOpensTheProfile();
    void statusFilterFromTheKeyboard();
    void typingInTheListSearches();
    void everyControlIsNamed();
    void wizardOpensTheChosenProfileOnItsPage();

private:
    std::unique_ptr<ScratchStore> m_scratch;
    std::unique_ptr<ProgressStore> m_store;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<OnboardingSession> m_session;
    std::unique_ptr<ProfilePicker> m_picker;
};

void TestProfilePicker::init()
{
    m_scratch = std::make_unique<ScratchStore>(QStringLiteral("sqlite"));
    QVERIFY(ListStore(*m_scratch).ready);
    QVERIFY(generate(m_scratch->address(), Profiles, Now));
    m_store = std::move(ProgressStore::open(m_scratch->address())).value();
    m_clock = std::make_unique<FixedClock>(Now, Shanghai);
    m_session = std::make_unique<OnboardingSession>(*m_store, *m_clock);
    m_picker = std::make_unique<ProfilePicker>(*m_session, connectionsTo(m_scratch->address()));
    m_picker->show();
    m_picker->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_picker.get()));
    QVERIFY(settled(*m_picker));
}

void TestProfilePicker::cleanup()
{
    m_picker.reset();
    m_session.reset();
    m_store.reset();
    m_scratch.reset();
}

void TestProfilePicker::typeMoveAndEnterOpensTheProfile()
{
    QLineEdit *search = m_picker->findChild<QLineEdit *>("profileSearch");
    QVERIFY(search->hasFocus());
    QCOMPARE(m_picker->model()->rowCount(), ProfileListModel::PageSize);
    QCOMPARE(m_picker->currentProfileId(), Profiles); // the latest change comes first

    // Odd profiles are "Example Fintech n Ltd": 121, 123, … 129 match.
    QTest::keyClicks(search, "fintech 12");
    QVERIFY(settled(*m_picker));
    QCOMPARE(shownIds(*m_picker), QList<qint64>({121, 123, 125, 127, 129}));
    QCOMPARE(m_picker->table()->currentIndex().row(), 0);
    QCOMPARE(m_picker->currentProfileId(), 129);
    QTRY_VERIFY(m_picker->findChild<QPushButton *>("openProfileButton")->isEnabled());

    // The arrow keys move through the list while typing goes on in the field.
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(m_picker->table()->currentIndex().row(), 2);
    QTest::keyClick(search, Qt::Key_Up);
    QCOMPARE(m_picker->currentProfileId(), 127);
    QVERIFY(search->hasFocus());

    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_session->profile().id(), 127);
    QCOMPARE(m_session->profile().field(FieldKey::CompanyName),
        QStringLiteral("Example Fintech 127 Ltd"));
    QCOMPARE(m_picker->result(), int(QDialog::Accepted));
    QVERIFY(!m_picker->isVisible());
}

void TestProfilePicker::statusFilterFromTheKeyboard()
{
    QLineEdit *search = m_picker->findChild<QLineEdit *>("profileSearch");
    QComboBox *filter = m_picker->findChild<QComboBox *>("profileStatusFilter");
    // Even profiles are "示例科技n有限公司"; of 12, 120 … 128, the ones with n % 4
    // == 2 wait for a review: 122 (due Tuesday 10 March: overdue) and 126.
    typeChinese(search, QStringLiteral("示例科技"));
    QTest::keyClicks(search, "12");
    QVERIFY(settled(*m_picker));
    QCOMPARE(shownIds(*m_picker), QList<qint64>({12, 120, 122, 124, 126, 128}));

    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Down); // "Waiting for review (also overdue)"
    QVERIFY(settled(*m_picker));
    QCOMPARE(m_picker->model()->filter(), StandingFilter::Waiting);
    QCOMPARE(shownIds(*m_picker), QList<qint64>({122, 126}));
    QTest::keyClick(filter, Qt::Key_Down); // "Overdue"
    QVERIFY(settled(*m_picker));
    QCOMPARE(shownIds(*m_picker), QList<qint64>({122}));
    QCOMPARE(m_picker->model()
                 ->index(0, ProfileListModel::StatusColumn)
                 .data(ProfileListModel::StandingRole)
                 .toString(),
        QStringLiteral("overdue"));

    // Enter in the status filter opens the one company left.
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(m_session->profile().id(), 122);
}

void TestProfilePicker::typingInTheListSearches()
{
    QTableView *table = m_picker->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClicks(table, "Ltd");
    QLineEdit *search = m_picker->findChild<QLineEdit *>("profileSearch");
    QCOMPARE(search->text(), QStringLiteral("Ltd"));
    QVERIFY(search->hasFocus());
    QVERIFY(settled(*m_picker));
    QVERIFY(m_picker->model()->rowCount() > 0);
    for (int row = 0; row < m_picker->model()->rowCount(); ++row)
        QVERIFY(m_picker->model()->profileId(row) % 2 == 1);

    // Sorting by company through the header: the first click sorts A to Z.
    QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
        QPoint(
            table->horizontalHeader()->sectionViewportPosition(ProfileListModel::CompanyColumn) + 5,
            table->horizontalHeader()->height() / 2));
    QVERIFY(settled(*m_picker));
    QCOMPARE(
        m_picker->model()->index(0, 0).data().toString(), QStringLiteral("Example Fintech 1 Ltd"));
}

void TestProfilePicker::everyControlIsNamed()
{
    // Everything Tab reaches.
    int reached = 0;
    for (const QWidget *widget : m_picker->findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisibleTo(m_picker.get()))
            continue;
        ++reached;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(reached >= 5); // search, filter, table, Open, Close
}

void TestProfilePicker::wizardOpensTheChosenProfileOnItsPage()
{
    m_picker.reset();
    QVERIFY(m_store->saveCurrentPage(126, RegisterPageId));
    LanguageSwitcher language;
    QNetworkAccessManager network;
    CloudAccess cloud(network, *m_clock, EndpointPolicy(), QProcessEnvironment(), nullptr);
    OnboardingWizard wizard(
        *m_session, language, [](const QUrl &) { return true; }, cloud);
    wizard.show();
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    QCOMPARE(wizard.currentId(), int(WelcomePageId));

    // The welcome page lists the latest few and offers the rest.
    QListWidget *recent = wizard.welcomePage()->findChild<QListWidget *>("profileList");
    QCOMPARE(recent->count(), WelcomePage::RecentShown);
    QPushButton *chooseAnother
        = wizard.welcomePage()->findChild<QPushButton *>("chooseCompanyButton");
    QVERIFY(chooseAnother->isVisible());
    QTest::mouseClick(chooseAnother, Qt::LeftButton);
    auto *picker = wizard.findChild<ProfilePicker *>();
    QVERIFY(picker);
    QTRY_VERIFY(picker->isVisible());
    QVERIFY(settled(*picker));
    QLineEdit *search = picker->findChild<QLineEdit *>("profileSearch");
    QTRY_VERIFY(search->hasFocus());
    typeChinese(search, QStringLiteral("示例科技"));
    QTest::keyClicks(search, "126");
    QVERIFY(settled(*picker));
    QCOMPARE(shownIds(*picker), QList<qint64>({126}));
    QTest::keyClick(search, Qt::Key_Enter);

    QCOMPARE(m_session->profile().id(), 126);
    QTRY_COMPARE(wizard.currentId(), int(RegisterPageId));
    QVERIFY(!picker->isVisible());

    // The Companies button, from any page, and Escape closes without a change.
    QAbstractButton *companies = wizard.button(QWizard::CustomButton3);
    QCOMPARE(companies->objectName(), QStringLiteral("companiesButton"));
    QTest::mouseClick(companies, Qt::LeftButton);
    QTRY_VERIFY(picker->isVisible());
    QTest::keyClick(picker, Qt::Key_Escape);
    QTRY_VERIFY(!picker->isVisible());
    QCOMPARE(m_session->profile().id(), 126);
    QCOMPARE(wizard.currentId(), int(RegisterPageId));
}

QTEST_MAIN(TestProfilePicker)
#include "tst_profilepicker.moc"
