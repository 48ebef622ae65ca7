#include "RefreshWhileShown.h"

#include "onboarding/Profile.h"

#include <QEvent>
#include <QWidget>

RefreshWhileShown::RefreshWhileShown(Profile &profile, QWidget *view, std::function<void()> refresh)
    : QObject(view)
    , m_view(view)
    , m_refresh(std::move(refresh))
{
    connect(&profile, &Profile::changed, this, &RefreshWhileShown::onChanged);
    view->installEventFilter(this);
}

void RefreshWhileShown::ensureFresh()
{
    if (!m_stale)
        return;
    m_stale = false;
    m_refresh();
}

void RefreshWhileShown::onChanged()
{
    // Visible in its window, or would be once the window is shown (a window
    // being built, a test's widget): refresh now. Hidden by an ancestor (a
    // page that is not current) or by itself: later.
    if (m_view->isVisibleTo(m_view->window())) {
        m_stale = false;
        m_refresh();
        return;
    }
    m_stale = true;
}

bool RefreshWhileShown::eventFilter(QObject *watched, QEvent *event)
{
    // Show arrives before the view's first paint; ShowToParent when it is
    // shown inside a window that is not on screen yet.
    if (watched == m_view
        && (event->type() == QEvent::Show || event->type() == QEvent::ShowToParent))
        ensureFresh();
    return QObject::eventFilter(watched, event);
}
