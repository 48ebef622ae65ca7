// Help → About: the program's name and version, the licence the AppStream
// metadata states, the Qt it runs on and the progress database in use. It
// only shows what it is given and what the build knows; it never opens,
// asks or names anything of the database beyond its location (which never
// holds a password: StoreClient::location()).
#pragma once

#include <QMessageBox>

class AboutBox : public QMessageBox
{
    Q_OBJECT
public:
    // `databaseLocation`: the file path, or the server address without password.
    explicit AboutBox(const QString &databaseLocation, QWidget *parent = nullptr);

    // From the metainfo's <project_license> (cmake/Packaging.cmake).
    static QString licence();

private:
    void retranslate();

    QString m_databaseLocation;
};
