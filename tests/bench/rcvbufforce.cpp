// LD_PRELOAD shim for iperf2 in the benchmark: its SO_RCVBUF request becomes SO_RCVBUFFORCE.
//
// net.core.rmem_max is not per network namespace, and the benchmark must not change the host's
// value; without the shim iperf2 (-w) is capped at rmem_max and cannot hold the queue that
// mctester and the raw reference drain. Only the size option changes; iperf2 runs as shipped.
#include <dlfcn.h>
#include <sys/socket.h>

extern "C" int setsockopt(int fd, int level, int name, const void *value, socklen_t length)
{
    using Real = int (*)(int, int, int, const void *, socklen_t);
    static const Real real = reinterpret_cast<Real>(dlsym(RTLD_NEXT, "setsockopt"));
    if (level == SOL_SOCKET && name == SO_RCVBUF && real(fd, level, SO_RCVBUFFORCE, value, length) == 0) {
        return 0;
    }
    return real(fd, level, name, value, length);
}
