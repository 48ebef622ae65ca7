#include "LogCategories.h"

// Debug lines are off unless -v/--verbose (see SessionLog::filterRules).
Q_LOGGING_CATEGORY(lcStartup, "fincloud.startup", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "fincloud.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "fincloud.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCloud, "fincloud.cloud", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "fincloud.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "fincloud.cli", QtInfoMsg)
