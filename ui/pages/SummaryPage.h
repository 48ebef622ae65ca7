// The last page: every step with its status, what to do next, and the chosen
// region and network as a plan.
#pragma once

#include <QWizardPage>

class Profile;
class QLabel;
class QTableWidget;

class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    SummaryPage(Profile &profile, QString storeLocation, QWidget *parent = nullptr);

    // What the page names as the database's place (the screenshot tour shows
    // a fixed one instead of its temporary file).
    void setStoreLocation(const QString &location);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    // Column widths and a height that shows every row without scrolling.
    void fitTable();

    Profile &m_profile;
    QString m_storeLocation;
    QTableWidget *m_table;
    QLabel *m_nextHeading;
    QLabel *m_next;
    QLabel *m_planHeading;
    QLabel *m_plan;
    QLabel *m_storage;
};
