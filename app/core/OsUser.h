// The name of the operating-system user running the program: what the event
// log records as "who". Never empty.
#pragma once

#include <QString>

QString osUserName();
