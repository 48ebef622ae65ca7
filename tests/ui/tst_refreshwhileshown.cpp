// RefreshWhileShown: a view is refreshed on every profile change while it can
// be seen, and once, when it is shown again, after changes made while it was
// hidden (a wizard page that is not current). Real widgets, offscreen.
#include "core/Clock.h"
#include "onboarding/FieldKey.h"
#include "onboarding/Profile.h"
#include "widgets/RefreshWhileShown.h"

#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

class TestRefreshWhileShown : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void visibleViewFollowsEveryChange();
    void hiddenViewWaitsUntilShown();
    void hiddenViewOfHiddenWindowWaitsUntilShownToParent();
    void ensureFreshRefreshesOnlyWhenStale();
    void viewOfWindowNotShownYetFollowsChanges();

private:
    SystemClock m_clock;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<QWidget> m_window;
    QWidget *m_page = nullptr;
    int m_refreshes = 0;
    QString m_seen;
    RefreshWhileShown *m_refresh = nullptr;
};

void TestRefreshWhileShown::init()
{
    m_profile = std::make_unique<Profile>(m_clock);
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_page = new QWidget(m_window.get());
    layout->addWidget(m_page);
    m_refreshes = 0;
    m_seen.clear();
    m_refresh = new RefreshWhileShown(*m_profile, m_page, [this] {
        ++m_refreshes;
        m_seen = m_profile->field(FieldKey::CompanyName);
    });
}

void TestRefreshWhileShown::cleanup()
{
    m_window.reset();
    m_profile.reset();
}

void TestRefreshWhileShown::visibleViewFollowsEveryChange()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_profile->setField(FieldKey::CompanyName, QStringLiteral("A"));
    m_profile->setField(FieldKey::CompanyName, QStringLiteral("AB"));
    QCOMPARE(m_refreshes, 2);
    QCOMPARE(m_seen, QStringLiteral("AB"));
}

void TestRefreshWhileShown::hiddenViewWaitsUntilShown()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_page->hide();
    for (const char *typed : {"N", "No", "Nor", "Nort", "North"})
        m_profile->setField(FieldKey::CompanyName, QString::fromLatin1(typed));
    QCOMPARE(m_refreshes, 0);
    m_page->show();
    QCOMPARE(m_refreshes, 1);
    QCOMPARE(m_seen, QStringLiteral("North"));
    // Shown again without a change in between: nothing to do.
    m_page->hide();
    m_page->show();
    QCOMPARE(m_refreshes, 1);
}

void TestRefreshWhileShown::hiddenViewOfHiddenWindowWaitsUntilShownToParent()
{
    // A wizard built but not on screen yet switches pages by code.
    m_page->hide();
    m_profile->setField(FieldKey::CompanyName, QStringLiteral("Built"));
    QCOMPARE(m_refreshes, 0);
    m_page->show(); // the window itself is still hidden: only ShowToParent
    QVERIFY(!m_page->isVisible());
    QCOMPARE(m_refreshes, 1);
    QCOMPARE(m_seen, QStringLiteral("Built"));
}

void TestRefreshWhileShown::ensureFreshRefreshesOnlyWhenStale()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_refresh->ensureFresh();
    QCOMPARE(m_refreshes, 0);
    m_page->hide();
    m_profile->setField(FieldKey::CompanyName, QStringLiteral("Read while hidden"));
    m_refresh->ensureFresh();
    QCOMPARE(m_refreshes, 1);
    QCOMPARE(m_seen, QStringLiteral("Read while hidden"));
    m_page->show();
    QCOMPARE(m_refreshes, 1);
}

void TestRefreshWhileShown::viewOfWindowNotShownYetFollowsChanges()
{
    // Not hidden by anyone, only not on screen yet (a window being built):
    // it would be visible, so it is kept current.
    m_profile->setField(FieldKey::CompanyName, QStringLiteral("Early"));
    QCOMPARE(m_refreshes, 1);
    QCOMPARE(m_seen, QStringLiteral("Early"));
}

QTEST_MAIN(TestRefreshWhileShown)
#include "tst_refreshwhileshown.moc"
