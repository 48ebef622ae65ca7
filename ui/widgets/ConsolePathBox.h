// Where to click in the provider's console: the exact console labels in
// order, and a button that opens the starting page in the browser (only an
// official https address).
#pragma once

#include "UrlOpener.h"

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

class ConsolePathBox : public QFrame
{
    Q_OBJECT
public:
    ConsolePathBox(UrlOpener opener, QWidget *parent = nullptr);

    struct Path
    {
        QString lead; // a translated sentence
        QStringList labels; // console labels in click order, shown as is
    };
    void setPaths(const QList<Path> &paths);
    void setPath(const QString &lead, const QStringList &labels) { setPaths({{lead, labels}}); }
    void setUrl(const QUrl &url, const QString &buttonText);
    QPushButton *openButton() const { return m_open; }
    QString pathText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    // The user's palette changed (a dark scheme): the colours follow it.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // The labels' text colours on the palette as it is now.
    void applyColours();
    void openUrl();

    UrlOpener m_opener;
    QUrl m_url;
    QLabel *m_heading;
    QLabel *m_path;
    QPushButton *m_open;
};
