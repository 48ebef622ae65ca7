// A wizard page with a scrolling body (so the wizard never changes size)
// whose widgets are built the first time they are needed: as the page is
// first shown (QWizard lays it out then, at its final size), when the wizard
// is idle, or when code asks for them. A start then builds only the page it
// shows. A subclass creates its widgets in build() and must answer
// isComplete() and validatePage() without them.
#pragma once

#include <QWizardPage>

class QScrollArea;
class QVBoxLayout;

class OnDemandPage : public QWizardPage
{
    Q_OBJECT
public:
    // Builds the widgets unless they are built already.
    void ensureBuilt();
    bool isBuilt() const { return m_built; }

protected:
    // `spacing` between the body's widgets.
    OnDemandPage(int spacing, QWidget *parent);

    // Adds the page's widgets to body(); called once, by ensureBuilt().
    virtual void build() = 0;
    // Where build() puts the widgets; null before.
    QVBoxLayout *body() const { return m_body; }
    QScrollArea *scrollArea() const { return m_scroll; }

    // A page shown before anything built it (the one a start resumes on)
    // builds itself now, at its final size, before its first paint.
    void showEvent(QShowEvent *event) override;

private:
    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_body = nullptr;
    int m_spacing;
    bool m_built = false;
};
