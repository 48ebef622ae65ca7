// For the real-window test (tests/realwindow): keeps a JSON file up to date
// with what a person sees of the step sidebar's notice in the wizard's
// window — its text, and whether every line of it is shown (not cut off by
// its own size, by the sidebar's scrolling or by the window's edge) — and
// whether the window lies inside its screen's available area; and, for a
// test that types, the page shown and the widget with the keyboard focus
// (object names). Started only
// by the hidden option --layout-report FILE; it changes nothing it reports.
#pragma once

#include <QJsonObject>
#include <QObject>

class QLabel;
class QWidget;
class WizardFrame;

class LayoutReport : public QObject
{
    Q_OBJECT
public:
    LayoutReport(WizardFrame &window, QString file);

    static QJsonObject describe(const WizardFrame &window);
    // Why `label`'s text is not all shown to a person, or empty when it is.
    static QString clipping(const QLabel *label);

private:
    void write();

    WizardFrame &m_window;
    QString m_file;
    QByteArray m_written;
};
