// Runs a widget's own retranslate function on every language change: the
// one place that watches for QEvent::LanguageChange, instead of the same
// changeEvent() override in every widget that shows text. It never
// translates anything itself.
#pragma once

#include <QObject>

#include <functional>

class QWidget;

class Retranslation : public QObject
{
    Q_OBJECT
public:
    // From now on `retranslate` runs whenever `widget` learns of a language
    // change; lives as long as the widget (its child).
    static void follow(QWidget *widget, std::function<void()> retranslate);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Retranslation(QWidget *widget, std::function<void()> retranslate);

    std::function<void()> m_retranslate;
};
