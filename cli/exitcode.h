// Exit statuses of the headless commands (DESIGN.md): scripts rely on these numbers.
#pragma once

namespace mct::cli {

enum ExitCode : int {
    ExitOk = 0,        // done as asked
    ExitTooLittle = 1, // nothing or too little received before the timeout
    ExitUsage = 2,     // bad usage or input
    ExitNetwork = 3,   // cannot bind, join or send
};

} // namespace mct::cli
