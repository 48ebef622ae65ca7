// The wizard's window without its pages: one style on every platform, the
// buttons with their texts and names, its first size (from the screen and
// the font), and the side panel with the step sidebar, as wide as a share
// of the window. OnboardingWizard puts every page in it and walks
// between them; PageHarness puts one page in it. It holds no profile logic
// and never reads or writes the store: it only shows.
#pragma once

#include "steps/StepModel.h"

#include <QWizard>

class Clock;
class Profile;
class QPushButton;
class QVBoxLayout;
class StepSidebar;
class WindowSizing;

class WizardFrame : public QWizard
{
    Q_OBJECT
public:
    // Null when the frame has no sidebar.
    StepSidebar *sidebar() const { return m_sidebar; }
    // Progress (QWizard::CustomButton2): the owner gives it its menu.
    QPushButton *progressButton() const;
    // The Help button's tooltip mentions the diagnostics when Help offers them.
    void setHelpOffersDiagnostics(bool offers);
    // Finish on the last page, or only Close (the wizard offers Finish once
    // every step is done; until then Close, which keeps the progress).
    void setFinishOffered(bool offered);
    bool finishOffered() const { return m_finishOffered; }

protected:
    explicit WizardFrame(QWidget *parent = nullptr);

    // The side panel with `profile`'s step sidebar at its top; the owner may
    // add more to sidePanel() under it. Call once, in the constructor.
    StepSidebar *addSidebar(Profile &profile, const StepModels &models, const Clock &clock);
    QVBoxLayout *sidePanel() const { return m_sidePanel; }

    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // The size rules for this window's font.
    WindowSizing sizing() const;
    // The side panel's width for the window's width now.
    void fitSidebar();

    StepSidebar *m_sidebar = nullptr;
    QVBoxLayout *m_sidePanel = nullptr;
    QWidget *m_side = nullptr;
    bool m_helpOffersDiagnostics = false;
    bool m_finishOffered = true;
    bool m_finishLaidOut = false;
};
