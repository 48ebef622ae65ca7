// The profile picker driven from the keyboard, as a support person would:
// type part of a name, move with the arrow keys, filter by status, Enter
// opens the profile; and the same through the wizard (the welcome page's
// "Choose another company…" and the Companies button), which then shows the
// page the profile was left on; an active search or status filter is always
// shown and cleared in one step; a company is archived, restored, deleted
// (after a question naming it) and brought back, keyboard only, in the
// picker and on the welcome page. A real SQLite store with 300 profiles.
#include "OnboardingWizard.h"
#include "ProfilePicker.h"
#include "ProfileRemoval.h"
#include "cloud/CloudAccess.h"
#include "common/ProfileFixtures.h"
#include "core/Clock.h"
#include "directory/ProfileListModel.h"
#include "i18n/LanguageSwitcher.h"
#include "pages/PageId.h"
#include "pages/WelcomePage.h"
#include "session/OnboardingSession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
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
    void activeFilterIsShownAndClears();
    void archiveAndRestoreFromTheKeyboard();
    void deleteAsksNamingTheCompanyAndCanBeUndone();
    void welcomePageArchivesAndDeletesFromTheKeyboard();
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

// The search and the status filter stay from one opening to the next, and
// are never in force unseen: the count names them beside a Clear button.
void TestProfilePicker::activeFilterIsShownAndClears()
{
    QLineEdit *search = m_picker->findChild<QLineEdit *>("profileSearch");
    QLabel *count = m_picker->findChild<QLabel *>("profileCount");
    QPushButton *clear = m_picker->findChild<QPushButton *>("clearProfileFilter");
    QTRY_COMPARE(count->text(), QStringLiteral("300 companies"));
    QVERIFY(!clear->isVisible());

    QTest::keyClicks(search, "fintech 12");
    QVERIFY(settled(*m_picker));
    QTRY_COMPARE(count->text(),
        QStringLiteral("Showing 5 of 300 companies — filter: search: \"fintech 12\""));
    QVERIFY(clear->isVisible());

    // Closed and opened again: the filter is still in force, and says so.
    m_picker->hide();
    m_picker->show();
    m_picker->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_picker.get()));
    QVERIFY(settled(*m_picker));
    QCOMPARE(search->text(), QStringLiteral("fintech 12"));
    QTRY_VERIFY2(count->text().startsWith(QStringLiteral("Showing 5 of 300 companies")),
        qPrintable(count->text()));
    QVERIFY(clear->isVisible());

    // A status filter alone is named too.
    m_picker->findChild<QComboBox *>("profileStatusFilter")->setCurrentIndex(2);
    QVERIFY(settled(*m_picker));
    QTRY_VERIFY2(
        count->text().contains(QStringLiteral("status: Overdue")), qPrintable(count->text()));

    // Alt+L clears both (a mnemonic presses its button a moment later).
    QTest::keyClick(m_picker.get(), Qt::Key_L, Qt::AltModifier);
    QTRY_COMPARE(search->text(), QString());
    QVERIFY(settled(*m_picker));
    QCOMPARE(m_picker->model()->filter(), StandingFilter::All);
    QTRY_COMPARE(count->text(), QStringLiteral("300 companies"));
    QVERIFY(!clear->isVisible());
}

void TestProfilePicker::archiveAndRestoreFromTheKeyboard()
{
    QLineEdit *search = m_picker->findChild<QLineEdit *>("profileSearch");
    QTest::keyClicks(search, "fintech 127");
    QVERIFY(settled(*m_picker));
    QCOMPARE(shownIds(*m_picker), QList<qint64>({127}));
    QTRY_VERIFY(m_picker->findChild<QPushButton *>("archiveProfileButton")->isEnabled());

    // Alt+A archives: gone from the list, kept whole in the store.
    QTest::keyClick(m_picker.get(), Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(m_store->loadProfile(127).value().archivedAt.isValid());
    QTRY_VERIFY(shownIds(*m_picker).isEmpty());
    QVERIFY(settled(*m_picker));

    // Alt+R shows the archived ones, marked; Alt+T restores.
    QTest::keyClick(m_picker.get(), Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(m_picker->findChild<QCheckBox *>("showArchivedProfiles")->isChecked());
    QTRY_COMPARE(shownIds(*m_picker), QList<qint64>({127}));
    QCOMPARE(m_picker->model()->index(0, ProfileListModel::CompanyColumn).data().toString(),
        QStringLiteral("Example Fintech 127 Ltd (archived)"));
    QTRY_COMPARE(m_picker->findChild<QPushButton *>("archiveProfileButton")->text(),
        QStringLiteral("Res&tore"));
    QTest::keyClick(m_picker.get(), Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(!m_store->loadProfile(127).value().archivedAt.isValid());
    QTRY_COMPARE(m_picker->model()->index(0, ProfileListModel::CompanyColumn).data().toString(),
        QStringLiteral("Example Fintech 127 Ltd"));
    const QList<ProfileEvent> events = m_store->events(127).value();
    QCOMPARE(events.at(0).kind, QStringLiteral("unarchived"));
    QCOMPARE(events.at(1).kind, QStringLiteral("archived"));
}

void TestProfilePicker::deleteAsksNamingTheCompanyAndCanBeUndone()
{
    QLineEdit *search = m_picker->findChild<QLineEdit *>("profileSearch");
    QTest::keyClicks(search, "fintech 12");
    QVERIFY(settled(*m_picker));
    QCOMPARE(m_picker->currentProfileId(), 129);
    QTest::keyClick(search, Qt::Key_Down); // 127
    QCOMPARE(m_picker->currentProfileId(), 127);

    // Tab to the list (search, status, "Show archived", list); the Menu key
    // (what it sends: a context menu event from the keyboard, at no point)
    // opens the context menu of the current row.
    QTest::keyClick(search, Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_picker->table());
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(), QPoint());
    QCoreApplication::sendEvent(m_picker->table(), &menuKey);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = m_picker->findChild<QMenu *>("profileContextMenu")) && menu->isVisible());
    QStringList actions;
    for (const QAction *action : menu->actions())
        actions << action->text();
    QCOMPARE(actions, QStringList({"&Open", "&Archive", "&Delete…"}));
    menu->close();

    // The Delete key asks, naming the company; Escape (Cancel is the
    // default) deletes nothing.
    m_picker->table()->setFocus();
    QTest::keyClick(m_picker->table(), Qt::Key_Delete);
    QMessageBox *box = m_picker->removal()->question();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->text(), QStringLiteral("Delete the profile of \"Example Fintech 127 Ltd\"?"));
    QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("deleteProfileCancel"));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!m_picker->removal()->question());
    QVERIFY(!m_store->loadProfile(127).value().deletedAt.isValid());

    // Again, answered with Alt+D: deleted, and recorded.
    QTest::keyClick(m_picker->table(), Qt::Key_Delete);
    box = m_picker->removal()->question();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    box->activateWindow(); // as the window manager does with a new dialog
    QVERIFY(QTest::qWaitForWindowActive(box));
    QTest::keyClick(box, Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY(m_store->loadProfile(127).value().deletedAt.isValid());
    QCOMPARE(m_store->events(127).value().constFirst().kind, QStringLiteral("deleted"));
    QVERIFY(settled(*m_picker));
    QTRY_COMPARE(shownIds(*m_picker), QList<qint64>({121, 123, 125, 129}));
    // Not even among the archived.
    m_picker->findChild<QCheckBox *>("showArchivedProfiles")->setChecked(true);
    QVERIFY(settled(*m_picker));
    QTRY_COMPARE(shownIds(*m_picker), QList<qint64>({121, 123, 125, 129}));

    // Alt+U brings it back.
    QLabel *note = m_picker->findChild<QLabel *>("profileDeletedNote");
    QVERIFY(note->isVisible());
    QVERIFY2(
        note->text().contains(QStringLiteral("Example Fintech 127 Ltd")), qPrintable(note->text()));
    m_picker->activateWindow(); // back from the question
    QVERIFY(QTest::qWaitForWindowActive(m_picker.get()));
    QTest::keyClick(m_picker.get(), Qt::Key_U, Qt::AltModifier);
    QTRY_VERIFY(!m_store->loadProfile(127).value().deletedAt.isValid());
    QTRY_COMPARE(shownIds(*m_picker), QList<qint64>({121, 123, 125, 127, 129}));
    QVERIFY(!note->isVisible());
}

void TestProfilePicker::welcomePageArchivesAndDeletesFromTheKeyboard()
{
    m_picker.reset();
    LanguageSwitcher language;
    QNetworkAccessManager network;
    CloudAccess cloud(network, *m_clock, EndpointPolicy(), QProcessEnvironment(), nullptr);
    OnboardingWizard wizard(
        *m_session, language, [](const QUrl &) { return true; }, cloud);
    wizard.show();
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    QListWidget *recent = wizard.welcomePage()->findChild<QListWidget *>("profileList");
    QTRY_COMPARE(recent->count(), WelcomePage::RecentShown);
    const auto idAt
        = [recent](int row) { return recent->item(row)->data(Qt::UserRole).toLongLong(); };
    QCOMPARE(idAt(0), qint64(Profiles));

    // The first saved company, archived from its context menu (Menu key).
    recent->setFocus();
    recent->setCurrentRow(0);
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(), QPoint());
    QCoreApplication::sendEvent(recent, &menuKey);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = wizard.welcomePage()->findChild<QMenu *>("welcomeProfileMenu"))
        && menu->isVisible());
    QTest::keyClick(menu, Qt::Key_A); // "&Archive"
    QTRY_VERIFY(m_store->loadProfile(Profiles).value().archivedAt.isValid());
    QTRY_VERIFY(idAt(0) != Profiles);
    for (int row = 0; row < recent->count(); ++row)
        QVERIFY(idAt(row) != Profiles);

    // The next one, with the Delete key and the question's Alt+D.
    const qint64 next = idAt(0);
    recent->setFocus();
    recent->setCurrentRow(0);
    QTest::keyClick(recent, Qt::Key_Delete);
    QMessageBox *box = wizard.welcomePage()->removal()->question();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY2(
        box->text().contains(m_store->loadProfile(next).value().label()), qPrintable(box->text()));
    // Tab to "Delete profile" and press it with the space bar.
    auto *confirm = box->findChild<QPushButton *>("deleteProfileConfirm");
    confirm->setFocus(Qt::TabFocusReason);
    QTest::keyClick(confirm, Qt::Key_Space);
    QTRY_VERIFY(m_store->loadProfile(next).value().deletedAt.isValid());
    QTRY_VERIFY(idAt(0) != next);
    // … and undone.
    QPushButton *undo = wizard.welcomePage()->findChild<QPushButton *>("welcomeUndoDelete");
    QTRY_VERIFY(undo->isVisible());
    undo->click();
    QTRY_COMPARE(idAt(0), next);
    QVERIFY(!m_store->loadProfile(next).value().deletedAt.isValid());
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
