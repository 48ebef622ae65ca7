// The wizard's store notice: who changed what (with a Reload button that
// asks for a reload), the lost-connection message, how many edits wait on
// this computer for the shared database (issue 23), and damaged data in the
// open profile (issue 17), each shown only while it is true.
#include "i18n/LanguageSwitcher.h"
#include "storage/ProgressStore.h"
#include "widgets/Callout.h"
#include "widgets/StoreNotice.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestStoreNotice : public QObject
{
    Q_OBJECT
private slots:
    void conflictNamesWhoAndWhatAndOffersReload();
    void lostConnectionIsSaidUntilItIsBack();
    void waitingEditsAreCounted_data();
    void waitingEditsAreCounted();
    void longListsAreCut();
    void damagedDataNamesProfileAndFields();
};

namespace {

ProfileEvent change(const QString &actor, int minute, const QString &kind, const QString &subject,
    const QString &from = {}, const QString &to = {})
{
    return {minute, QDateTime(QDate(2026, 11, 2), QTime(9, minute), Qt::UTC), actor, kind, subject,
        from, to, QString()};
}

} // namespace

void TestStoreNotice::conflictNamesWhoAndWhatAndOffersReload()
{
    QWidget window;
    auto &notice = *new StoreNotice(&window);
    window.show();
    QVERIFY(!notice.isVisible());
    notice.showConflict({change("alice", 1, "field", "register.login_name"),
                            change("bob", 2, "status", "register", "in_progress", "done")},
        QTimeZone::utc());
    QVERIFY(notice.isVisible());
    QVERIFY(notice.reloadButton()->isVisible());
    QCOMPARE(notice.reloadButton()->objectName(), QString("reloadButton"));
    QCOMPARE(notice.reloadButton()->accessibleName(), QString("Reload"));
    const QString text = notice.callout()->text();
    QVERIFY2(text.contains("alice") && text.contains("bob"), qPrintable(text));
    QVERIFY2(text.contains("Someone else changed this profile"), qPrintable(text));
    QVERIFY2(text.indexOf("bob") < text.indexOf("alice"), qPrintable(text)); // newest first
    QSignalSpy reload(&notice, &StoreNotice::reloadRequested);
    QTest::mouseClick(notice.reloadButton(), Qt::LeftButton);
    QCOMPARE(reload.count(), 1);
    // The keyboard: F5, as a browser reloads; no Alt+letter (see StoreNotice).
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_COMPARE(reload.count(), 2); // a shortcut clicks the button animated, a moment later
    QVERIFY2(notice.reloadButton()->toolTip().contains("F5"),
        qPrintable(notice.reloadButton()->toolTip()));
    notice.clearConflict();
    QVERIFY(!notice.isVisible());
    QTest::keyClick(&window, Qt::Key_F5); // nothing to reload
    QTest::qWait(300);
    QCOMPARE(reload.count(), 2);
}

void TestStoreNotice::lostConnectionIsSaidUntilItIsBack()
{
    QWidget window;
    auto &notice = *new StoreNotice(&window);
    window.show();
    QVERIFY(!notice.isVisible());
    notice.showConnectionLost();
    QVERIFY(notice.isVisible());
    QVERIFY(!notice.reloadButton()->isVisible()); // nothing to reload
    QVERIFY(notice.callout()->text().contains(
        "Connection to the shared database lost — your edits are kept and will be saved when it "
        "is back."));
    notice.showConnectionRestored();
    QVERIFY(!notice.isVisible());
}

void TestStoreNotice::waitingEditsAreCounted_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("three");
    QTest::newRow("en") << "en"
                        << "1 edit that could not reach the shared database is kept on this "
                           "computer and will be saved when it can be reached."
                        << "3 edits that could not reach the shared database are kept";
    QTest::newRow("zh_CN") << "zh_CN"
                           << "1 处未能送达共享数据库的修改"
                           << "3 处未能送达共享数据库的修改";
}

void TestStoreNotice::waitingEditsAreCounted()
{
    QFETCH(QString, language);
    QFETCH(QString, one);
    QFETCH(QString, three);
    LanguageSwitcher switcher;
    QVERIFY(switcher.setLanguage(language));
    QWidget window;
    auto &notice = *new StoreNotice(&window);
    window.show();
    notice.showKeptEdits(1);
    QVERIFY(notice.isVisible());
    QVERIFY(!notice.reloadButton()->isVisible());
    QVERIFY2(notice.callout()->text().contains(one), qPrintable(notice.callout()->text()));
    notice.showKeptEdits(3);
    QVERIFY2(notice.callout()->text().contains(three), qPrintable(notice.callout()->text()));
    // Said beside a lost connection, and alone once the server is back.
    notice.showConnectionLost();
    QVERIFY(notice.callout()->text().contains(three));
    notice.showConnectionRestored();
    QVERIFY(notice.isVisible());
    notice.showKeptEdits(0);
    QVERIFY(!notice.isVisible());
}

void TestStoreNotice::longListsAreCut()
{
    StoreNotice notice;
    QList<ProfileEvent> changes;
    for (int i = 0; i < StoreNotice::ChangesShown + 3; ++i)
        changes << change(QString("user%1").arg(i), i, "field", "register.mobile");
    notice.showConflict(changes, QTimeZone::utc());
    const QString text = notice.callout()->text();
    QVERIFY(!text.contains("user0,"));
    QVERIFY(text.contains(QString("user%1").arg(StoreNotice::ChangesShown + 2)));
    // (English plural forms come from the translation the program loads.)
    QVERIFY2(text.contains("3 earlier change"), qPrintable(text));
}

void TestStoreNotice::damagedDataNamesProfileAndFields()
{
    QWidget window;
    auto &notice = *new StoreNotice(&window);
    window.show();
    notice.showDamagedData("Example <Fintech> Ltd", 7,
        {"step real_name: status \"bogus\"", "step register: since \"garbage\""});
    QVERIFY(notice.isVisible());
    QVERIFY(notice.isShowingDamagedData());
    QVERIFY(!notice.reloadButton()->isVisible());
    const QString text = notice.callout()->text();
    QVERIFY2(text.contains("Example &lt;Fintech&gt; Ltd (profile 7)"), qPrintable(text));
    QVERIFY2(text.contains("step real_name: status &quot;bogus&quot;"), qPrintable(text));
    QVERIFY2(text.contains("step register: since &quot;garbage&quot;"), qPrintable(text));
    QCOMPARE(notice.callout()->accessibleName(), QString("Damaged data in this profile"));
    // A conflict comes and goes; the damaged data stays said.
    notice.showConflict({change("alice", 1, "field", "register.login_name")}, QTimeZone::utc());
    notice.clearConflict();
    QVERIFY(notice.isVisible());
    QVERIFY(notice.callout()->text().contains("bogus"));
    // Another profile, all readable: the notice goes.
    notice.showDamagedData("Other Ltd", 8, {});
    QVERIFY(!notice.isVisible());
}

QTEST_MAIN(TestStoreNotice)
#include "tst_storenotice.moc"
