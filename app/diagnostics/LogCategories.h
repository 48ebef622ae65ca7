// The program's logging categories, one per layer, so that a session log can
// be read by layer and `-v` can raise them all at once (fincloud.*). Log
// lines say what happened, never a value the user typed and never a secret.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStartup) // fincloud.startup: command line, settings, prefill, lock
Q_DECLARE_LOGGING_CATEGORY(lcStorage) // fincloud.storage: the progress database
Q_DECLARE_LOGGING_CATEGORY(lcSession) // fincloud.session: profiles opened and saved
Q_DECLARE_LOGGING_CATEGORY(lcCloud) // fincloud.cloud: OpenAPI calls
Q_DECLARE_LOGGING_CATEGORY(lcUi) // fincloud.ui: the wizard window
Q_DECLARE_LOGGING_CATEGORY(lcCli) // fincloud.cli: the headless commands
