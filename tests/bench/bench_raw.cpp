// Raw reference receiver (recvmmsg) and sender (sendmmsg) that mctester's engine is measured against.
//
// Deliberately plain POSIX, no Qt: the figures it prints are what the kernel allows, so the
// benchmark can express mctester's figures as ratios to them. Output is one JSON line.
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

#include <arpa/inet.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <netinet/udp.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr int kMaxBatch = 1024;

struct Options
{
    std::string mode;
    std::string group = "239.1.2.3";
    int port = 5001;
    long long count = 400000;
    int size = 64;
    int batch = 64;
    long long rcvbuf = 0; // 0: leave the default
    double rate = 0;      // sender: packets/s, 0 = as fast as the kernel takes them
    double idleS = 2.0;   // receiver: give up after this long without a datagram (once started)
    double timeoutS = 0;  // receiver: give up this long after the start, 0 = never
    bool timestamps = false;
    std::string cmsgs;    // receiver: these control messages, any of ts,ovfl,pktinfo,ttl (--cmsg: all)
    bool stdinGo = false; // receiver: start on a "go" line instead of SIGCONT
    int gso = 1;          // sender: datagrams per message through UDP GSO (1: off)
    std::string payload = "iperf2"; // sender: iperf2 (its header), counter (little-endian), random, zeros
    int minSleepUs = 100;           // sender, paced: shortest sleep between bursts
};

[[noreturn]] void die(const char *what)
{
    std::fprintf(stderr, "mct_bench_raw: %s: %s\n", what, std::strerror(errno));
    std::exit(3);
}

long long nowNs(clockid_t clock = CLOCK_MONOTONIC)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return ts.tv_sec * 1'000'000'000LL + ts.tv_nsec;
}

long long cpuUs(int who = RUSAGE_SELF)
{
    rusage ru{};
    getrusage(who, &ru);
    return (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1'000'000LL + ru.ru_utime.tv_usec
           + ru.ru_stime.tv_usec;
}

in_addr groupAddress(const Options &o)
{
    in_addr a{};
    if (inet_pton(AF_INET, o.group.c_str(), &a) != 1) {
        std::fprintf(stderr, "mct_bench_raw: bad IPv4 group %s\n", o.group.c_str());
        std::exit(2);
    }
    return a;
}

volatile sig_atomic_t g_continued = 0;
void onContinue(int)
{
    g_continued = 1;
}

// Prints READY and waits for the driver's go: SIGCONT (after it stopped us and filled the queue)
// or a line on stdin.
void waitForGo(const Options &o)
{
    if (o.stdinGo) {
        std::printf("READY\n");
        std::fflush(stdout);
        char line[64];
        if (!std::fgets(line, sizeof line, stdin)) {
            std::exit(2);
        }
        return;
    }
    sigset_t block{};
    sigset_t old{};
    sigemptyset(&block);
    sigaddset(&block, SIGCONT);
    sigprocmask(SIG_BLOCK, &block, &old);
    struct sigaction sa
    {};
    sa.sa_handler = onContinue;
    sigaction(SIGCONT, &sa, nullptr);
    std::printf("READY\n");
    std::fflush(stdout);
    while (!g_continued) {
        sigsuspend(&old);
    }
    sigprocmask(SIG_SETMASK, &old, nullptr);
}

int rawRecv(const Options &o)
{
    const int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        die("socket");
    }
    const int one = 1;
    const int zero = 0;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (o.rcvbuf > 0) {
        const int bytes = int(std::min<long long>(o.rcvbuf, 1LL << 30));
        if (setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &bytes, sizeof bytes) != 0) {
            die("SO_RCVBUFFORCE");
        }
    }
    setsockopt(fd, IPPROTO_IP, IP_MULTICAST_ALL, &zero, sizeof zero);
    const auto wants = [&](const char *name) {
        return ("," + o.cmsgs + ",").find(std::string(",") + name + ",") != std::string::npos;
    };
    if (wants("ts") || o.timestamps) {
        setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPNS, &one, sizeof one);
    }
    if (wants("ovfl")) {
        setsockopt(fd, SOL_SOCKET, SO_RXQ_OVFL, &one, sizeof one);
    }
    if (wants("pktinfo")) {
        setsockopt(fd, IPPROTO_IP, IP_PKTINFO, &one, sizeof one);
    }
    if (wants("ttl")) {
        setsockopt(fd, IPPROTO_IP, IP_RECVTTL, &one, sizeof one);
    }
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(uint16_t(o.port));
    if (bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        die("bind");
    }
    ip_mreqn mreq{};
    mreq.imr_multiaddr = groupAddress(o);
    if (setsockopt(fd, IPPROTO_IP, IP_ADD_MEMBERSHIP, &mreq, sizeof mreq) != 0) {
        die("IP_ADD_MEMBERSHIP");
    }
    // Wakes the blocking recvmmsg now and then, so the idle and overall timeouts are honoured.
    timeval tick{0, 100'000};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tick, sizeof tick);

    const int batch = std::clamp(o.batch, 1, kMaxBatch);
    constexpr size_t kSlot = 65536;
    constexpr size_t kControl = 256;
    std::vector<char> data(size_t(batch) * kSlot);
    std::vector<char> control(size_t(batch) * kControl);
    std::vector<mmsghdr> msgs(static_cast<size_t>(batch));
    std::vector<iovec> iov(static_cast<size_t>(batch));
    std::vector<sockaddr_in> from(static_cast<size_t>(batch));

    waitForGo(o);
    const long long startNs = nowNs();
    const long long startCpu = cpuUs();
    long long received = 0;
    long long lastPacketNs = startNs;
    long long firstTs = 0;
    long long lastTs = 0;
    std::vector<long long> perSecond; // datagrams per second of kernel receive time, from the first
    while (received < o.count) {
        for (int i = 0; i < batch; ++i) {
            iov[size_t(i)] = {data.data() + size_t(i) * kSlot, kSlot};
            msghdr &h = msgs[size_t(i)].msg_hdr;
            h = {};
            h.msg_name = &from[size_t(i)];
            h.msg_namelen = sizeof(sockaddr_in);
            h.msg_iov = &iov[size_t(i)];
            h.msg_iovlen = 1;
            if (o.timestamps || !o.cmsgs.empty()) {
                h.msg_control = control.data() + size_t(i) * kControl;
                h.msg_controllen = kControl;
            }
        }
        const unsigned want = unsigned(std::min<long long>(batch, o.count - received));
        const int n = recvmmsg(fd, msgs.data(), want, MSG_WAITFORONE, nullptr);
        const long long now = nowNs();
        if (n <= 0) {
            if (n < 0 && errno != EAGAIN && errno != EINTR) {
                die("recvmmsg");
            }
            const bool idle = received > 0 && now - lastPacketNs > (long long)(o.idleS * 1e9);
            const bool late = o.timeoutS > 0 && now - startNs > (long long)(o.timeoutS * 1e9);
            if (idle || late) {
                break;
            }
            continue;
        }
        lastPacketNs = now;
        received += n;
        if (o.timestamps) {
            for (int i = 0; i < n; ++i) {
                msghdr &h = msgs[size_t(i)].msg_hdr;
                for (cmsghdr *c = CMSG_FIRSTHDR(&h); c; c = CMSG_NXTHDR(&h, c)) {
                    if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_TIMESTAMPNS) {
                        timespec ts{};
                        std::memcpy(&ts, CMSG_DATA(c), sizeof ts);
                        lastTs = ts.tv_sec * 1'000'000'000LL + ts.tv_nsec;
                        firstTs = firstTs ? firstTs : lastTs;
                        const size_t second = size_t((lastTs - firstTs) / 1'000'000'000LL);
                        if (perSecond.size() <= second) {
                            perSecond.resize(second + 1, 0);
                        }
                        ++perSecond[second];
                    }
                }
            }
        }
    }
    const long long elapsed = lastPacketNs - startNs;
    const long long cpu = cpuUs() - startCpu;
    uint32_t meminfo[SK_MEMINFO_VARS]{};
    socklen_t len = sizeof meminfo;
    getsockopt(fd, SOL_SOCKET, SO_MEMINFO, meminfo, &len);
    std::printf(
            "{\"mode\":\"raw-recv\",\"received\":%lld,\"elapsed_ns\":%lld,\"cpu_us\":%lld,"
            "\"rate_pps\":%.1f,\"kernel_drops\":%u,\"first_ts_ns\":%lld,\"last_ts_ns\":%lld,\"per_second\":[",
            received, elapsed, cpu, elapsed > 0 ? double(received) * 1e9 / double(elapsed) : 0.0,
            meminfo[SK_MEMINFO_DROPS], firstTs, lastTs);
    for (size_t i = 0; i < perSecond.size(); ++i) {
        std::printf("%s%lld", i ? "," : "", perSecond[i]);
    }
    std::printf("]}\n");
    return received >= o.count ? 0 : 1;
}

enum class Payload {
    Iperf2,
    Counter,
    Random,
    Zeros
};

// iperf2: its UDP header (u32 sequence, u32 seconds, u32 microseconds, big-endian), so iperf2 counts
// loss and mctester recognises the stream; the rest of the payload stays zero.
// counter: a binary sender's 64-bit little-endian counter, then zeros; a quarter of its first bytes
// (0x80-0xBF) look like RTP's, which split one stream into a thousand before issue #22.
// random: random bytes throughout (a quarter start like RTP too).
// zeros: the same bytes in every datagram, nothing written per datagram, as `mctester send --hex`.
void writePayload(Payload kind, char *p, size_t size, uint64_t sequence, uint64_t &randomState)
{
    if (kind == Payload::Zeros) {
        return;
    }
    if (kind == Payload::Iperf2) {
        timespec ts{};
        clock_gettime(CLOCK_REALTIME, &ts);
        const uint32_t words[3] = {htonl(uint32_t(sequence)), htonl(uint32_t(ts.tv_sec)),
                                   htonl(uint32_t(ts.tv_nsec / 1000))};
        std::memcpy(p, words, sizeof words);
    } else if (kind == Payload::Counter) {
        for (size_t i = 0; i < 8 && i < size; ++i) {
            p[i] = char((sequence >> (8 * i)) & 0xFF);
        }
    } else {
        for (size_t i = 0; i < size; i += 8) { // xorshift64: cheap, and the same bytes on every run
            randomState ^= randomState << 13;
            randomState ^= randomState >> 7;
            randomState ^= randomState << 17;
            std::memcpy(p + i, &randomState, std::min<size_t>(8, size - i));
        }
    }
}

int rawSend(const Options &o)
{
    const int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        die("socket");
    }
    const int ttl = 1;
    const int loop = 0;
    setsockopt(fd, IPPROTO_IP, IP_MULTICAST_TTL, &ttl, sizeof ttl);
    setsockopt(fd, IPPROTO_IP, IP_MULTICAST_LOOP, &loop, sizeof loop);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(uint16_t(o.port));
    to.sin_addr = groupAddress(o);

    const size_t size = size_t(std::max(o.size, 12));
    const Payload payload = o.payload == "counter"  ? Payload::Counter
                            : o.payload == "random" ? Payload::Random
                            : o.payload == "zeros"  ? Payload::Zeros
                                                    : Payload::Iperf2;
    uint64_t randomState = 0x9E3779B97F4A7C15ULL;
    // UDP GSO: the kernel cuts each message into `segments` datagrams of `size` bytes after the
    // sender's IP stack, so one system call and one route lookup carry many datagrams.
    const int segments = std::clamp(o.gso, 1, std::min(64, int(65507 / size)));
    if (segments > 1) {
        const int gsoSize = int(size);
        if (setsockopt(fd, SOL_UDP, UDP_SEGMENT, &gsoSize, sizeof gsoSize) != 0) {
            die("UDP_SEGMENT");
        }
    }
    const int batch = std::clamp(o.batch, 1, kMaxBatch);
    const size_t slot = size * size_t(segments);
    std::vector<char> data(size_t(batch) * slot, 0);
    std::vector<mmsghdr> msgs(static_cast<size_t>(batch));
    std::vector<iovec> iov(static_cast<size_t>(batch));
    for (int i = 0; i < batch; ++i) {
        msghdr &h = msgs[size_t(i)].msg_hdr;
        h.msg_name = &to;
        h.msg_namelen = sizeof to;
        h.msg_iov = &iov[size_t(i)];
        h.msg_iovlen = 1;
    }

    const long long startNs = nowNs();
    const long long startCpu = cpuUs();
    long long sent = 0;
    long long errors = 0;
    while (sent < o.count) {
        long long room = std::min<long long>(batch * segments, o.count - sent);
        if (o.rate > 0) {
            // Datagram k is due k/rate seconds after the start: send what is due, sleep until the next.
            const long long now = nowNs();
            const long long due =
                    std::min<long long>(o.count, (long long)(double(now - startNs) * o.rate / 1e9) + 1);
            if (due <= sent) {
                // Sleep at least --min-sleep-us: shorter sleeps return at once, and each wake-up also
                // wakes the receiver (an interrupt between CPUs, a VM exit here), so the sender would
                // run at 100 % CPU, which a SCHED_FIFO sender pays for with the kernel's RT throttling
                // (50 ms pauses, then a burst). Datagrams due meanwhile go out together.
                const long long next = std::max(now + o.minSleepUs * 1000LL,
                                                startNs + (long long)(double(sent) * 1e9 / o.rate));
                const timespec at{time_t(next / 1'000'000'000LL), long(next % 1'000'000'000LL)};
                clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &at, nullptr);
                continue;
            }
            room = std::min(room, due - sent);
        }
        int messages = 0;
        for (long long k = 0; k < room; k += segments, ++messages) {
            const long long inMessage = std::min<long long>(segments, room - k);
            char *base = data.data() + size_t(messages) * slot;
            for (long long j = 0; j < inMessage; ++j) {
                writePayload(payload, base + size_t(j) * size, size, uint64_t(sent + k + j), randomState);
            }
            iov[size_t(messages)] = {base, size * size_t(inMessage)};
        }
        const int n = sendmmsg(fd, msgs.data(), unsigned(messages), 0);
        if (n < 0) {
            if (errno == ENOBUFS || errno == EAGAIN || errno == EINTR) {
                ++errors;
                continue;
            }
            die("sendmmsg");
        }
        for (int i = 0; i < n; ++i) {
            sent += (long long)(iov[size_t(i)].iov_len / size);
        }
    }
    const long long elapsed = nowNs() - startNs;
    const long long cpu = cpuUs() - startCpu;
    std::printf("{\"mode\":\"raw-send\",\"sent\":%lld,\"elapsed_ns\":%lld,\"cpu_us\":%lld,\"rate_pps\":%.1f,"
                "\"retries\":%lld}\n",
                sent, elapsed, cpu, elapsed > 0 ? double(sent) * 1e9 / double(elapsed) : 0.0, errors);
    return 0;
}

void usage()
{
    std::fprintf(
            stderr,
            "usage: mct_bench_raw raw-recv|raw-send [--group A] [--port N] [--count N] [--batch N]\n"
            "  raw-recv: [--rcvbuf BYTES] [--cmsg] [--cmsgs ts,ovfl,pktinfo,ttl] [--timestamps] [--idle S] "
            "[--timeout S] [--stdin-go]\n"
            "            prints READY after the join, starts on SIGCONT (or a stdin line), exits after N\n"
            "  raw-send: [--size BYTES] [--rate PPS [--min-sleep-us US]] [--gso SEGMENTS]\n"
            "            [--payload iperf2|counter|random|zeros]\n");
    std::exit(2);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage();
    }
    Options o;
    o.mode = argv[1];
    for (int i = 2; i < argc; ++i) {
        const std::string_view a = argv[i];
        auto value = [&]() -> const char * {
            if (i + 1 >= argc) {
                usage();
            }
            return argv[++i];
        };
        if (a == "--group") {
            o.group = value();
        } else if (a == "--port") {
            o.port = std::atoi(value());
        } else if (a == "--count") {
            o.count = std::atoll(value());
        } else if (a == "--size") {
            o.size = std::atoi(value());
        } else if (a == "--batch") {
            o.batch = std::atoi(value());
        } else if (a == "--rcvbuf") {
            o.rcvbuf = std::atoll(value());
        } else if (a == "--rate") {
            o.rate = std::atof(value());
        } else if (a == "--idle") {
            o.idleS = std::atof(value());
        } else if (a == "--timeout") {
            o.timeoutS = std::atof(value());
        } else if (a == "--min-sleep-us") {
            o.minSleepUs = std::atoi(value());
        } else if (a == "--gso") {
            o.gso = std::atoi(value());
        } else if (a == "--payload") {
            o.payload = value();
            if (o.payload != "iperf2" && o.payload != "counter" && o.payload != "random"
                && o.payload != "zeros") {
                usage();
            }
        } else if (a == "--cmsg") {
            o.cmsgs = "ts,ovfl,pktinfo,ttl";
        } else if (a == "--cmsgs") {
            o.cmsgs = value();
        } else if (a == "--timestamps") {
            o.timestamps = true;
        } else if (a == "--stdin-go") {
            o.stdinGo = true;
        } else {
            usage();
        }
    }
    if (o.mode == "raw-recv") {
        return rawRecv(o);
    }
    if (o.mode == "raw-send") {
        return rawSend(o);
    }
    usage();
}
