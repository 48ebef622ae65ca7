// Keeps a view in step with the profile without paying for it while nobody
// can see it. A change refreshes the view at once while it would be visible
// in its window; a view that is hidden (a wizard page that is not current,
// and everything on it) is only marked stale, and refreshed once, just
// before it is shown again. A keystroke on one page must not re-lay out the
// six pages behind it. It never decides what a view shows; that stays in the
// view's own refresh function.
#pragma once

#include <QObject>

#include <functional>

class Profile;
class QWidget;

class RefreshWhileShown : public QObject
{
    Q_OBJECT
public:
    // Lives as long as `view` (its parent); `refresh` is the view's own
    // update. Nothing is refreshed here: the view does that once it is built.
    RefreshWhileShown(Profile &profile, QWidget *view, std::function<void()> refresh);

    // The view is about to be read while it may be hidden (e.g. its state is
    // asked for by code): refreshes it now if a change is pending.
    void ensureFresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onChanged();

    QWidget *m_view;
    std::function<void()> m_refresh;
    bool m_stale = false;
};
