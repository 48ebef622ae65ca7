// The last page: every step with its status, what to do next, and the chosen
// region and network as a plan.
#pragma once

#include "OnDemandPage.h"

class Profile;
class QLabel;
class QTableWidget;

class SummaryPage : public OnDemandPage
{
    Q_OBJECT
public:
    SummaryPage(Profile &profile, QString storeLocation, QWidget *parent = nullptr);

    // What the page names as the database's place (the screenshot tour shows
    // a fixed one instead of its temporary file).
    void setStoreLocation(const QString &location);

protected:
    void build() override;
    void changeEvent(QEvent *event) override;

private:
    // The title and the line under it (it names the company): also while
    // the page is not built.
    void retranslateTitles();
    void refresh();
    // Column widths and a height that shows every row without scrolling.
    void fitTable();

    Profile &m_profile;
    QString m_storeLocation;
    QTableWidget *m_table = nullptr;
    QLabel *m_nextHeading = nullptr;
    QLabel *m_next = nullptr;
    QLabel *m_planHeading = nullptr;
    QLabel *m_plan = nullptr;
    QLabel *m_storage = nullptr;
};
