// The program's icon for its windows (QApplication::setWindowIcon): the
// same cloud with a check mark that is installed as the desktop file's
// hicolor icon, every size of it, from the resources. It only builds the
// icon; it never sets it on anything.
#pragma once

#include <QIcon>

class ProgramIcon
{
public:
    // Every size of packaging/icons/hicolor; null if the resources lack them.
    static QIcon icon();
};
