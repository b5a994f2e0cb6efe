// Entry point: `mctester send|recv ...` runs headless; anything else opens the window.
#include "commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QStringList args;
    args.reserve(argc);
    for (int i = 0; i < argc; ++i) {
        args.append(QString::fromLocal8Bit(argv[i]));
    }
    if (mct::cli::isSubcommand(args)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("mctester"));
        QCoreApplication::setApplicationVersion(QStringLiteral(MCT_VERSION));
        return mct::cli::runSubcommand(args);
    }
    return 0;
}
