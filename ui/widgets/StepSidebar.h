// The five steps with their status, always visible beside the page. Each
// entry is a button (keyboard and screen reader reachable) that asks the
// wizard to go to its step. It reads the profile and the step models and
// follows the changes of what it shows (statuses, what holds a step back,
// the company name), never a keystroke elsewhere; it changes nothing.
#pragma once

#include "onboarding/Step.h"
#include "steps/StepModel.h"

#include <QAbstractButton>
#include <QFrame>

class Callout;
class Clock;
class Profile;
class QLabel;

class StepSidebarItem : public QAbstractButton
{
    Q_OBJECT
public:
    // Overdue: waiting for the provider past the expected date; drawn with a
    // "!" in the badge, not by colour alone.
    enum class Look { NotStarted, InProgress, Waiting, Overdue, Done, Blocked };

    StepSidebarItem(StepId step, QWidget *parent = nullptr);

    void setContent(const QString &title, const QString &status, Look look);
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    QString statusText() const { return m_status; }
    Look look() const { return m_look; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QRect textRect(int width) const;
    QFont titleFont() const;
    QFont statusFont() const;
    // The wrapped title's and status's heights at a text width: measured once
    // per width and content, not on every paint and layout pass.
    QSize textHeights(int textWidth) const;

    StepId m_step;
    QString m_title;
    QString m_status;
    Look m_look = Look::NotStarted;
    bool m_current = false;
    mutable int m_measuredWidth = -1; // -1: not measured for this content
    mutable QSize m_measured; // title height, status height
};

class StepSidebar : public QFrame
{
    Q_OBJECT
public:
    StepSidebar(
        Profile &profile, const StepModels &models, const Clock &clock, QWidget *parent = nullptr);

    // nullopt: no step page is shown (welcome or summary).
    void setCurrentStep(std::optional<StepId> step);
    StepSidebarItem *item(StepId step) const { return m_items[static_cast<size_t>(step)]; }
    // What is waiting for the provider (hidden when nothing is).
    Callout *pendingNotice() const { return m_pending; }

signals:
    void stepActivated(StepId step);
    // A part of the sidebar was updated. Every update compares before it
    // sets, so one that changes nothing leaves no trace on the widgets: this
    // is how a test sees that a keystroke elsewhere did not update it at all.
    void refreshed();

private:
    // Every part.
    void refresh();
    void showCompany();
    void showSteps();
    void refreshPending();
    // Steps and notice: both follow the models' waiting advice (overdue).
    void refreshWaiting();
    const StepModel &model(StepId step) const { return *m_models[static_cast<size_t>(step)]; }

    Profile &m_profile;
    StepModels m_models;
    const Clock &m_clock;
    Callout *m_pending;
    QLabel *m_heading;
    QLabel *m_company;
    std::array<StepSidebarItem *, AllSteps.size()> m_items {};
};
