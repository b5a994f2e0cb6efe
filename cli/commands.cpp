// The headless subcommands: `mctester send` and `mctester recv`.
#include "commands.h"

#include "exitcode.h"

namespace mct::cli {

bool isSubcommand(const QStringList &args)
{
    return args.size() > 1 && (args.at(1) == u"send" || args.at(1) == u"recv" || args.at(1) == u"doctor");
}

int runSubcommand(const QStringList &args)
{
    if (args.value(1) == u"send") {
        return runSend(args);
    }
    if (args.value(1) == u"recv") {
        return runRecv(args);
    }
    if (args.value(1) == u"doctor") {
        return runDoctorCommand(args);
    }
    return ExitUsage;
}

} // namespace mct::cli
