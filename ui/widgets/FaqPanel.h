// The guide's questions and answers for one step, folded away until asked
// for. The page supplies the (translated) entries on every retranslate.
#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QLabel;
class QToolButton;

class FaqPanel : public QWidget
{
    Q_OBJECT
public:
    using Entry = QPair<QString, QString>; // question, answer

    explicit FaqPanel(QWidget *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    bool isExpanded() const;
    void setExpanded(bool expanded);
    QToolButton *toggleButton() const { return m_toggle; }

private:
    void retranslate();

    QToolButton *m_toggle;
    QLabel *m_content;
};
