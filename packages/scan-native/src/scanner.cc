// Port of TokenScanner's candidate path (scan-tokens.ts); comments there say why each step is so.
#include "scanner.h"

#include <cstring>

namespace vigil {
namespace {

constexpr uint8_t F_NARROW = 1;
constexpr uint8_t F_DIGIT_OR_DOT = 2;
constexpr uint8_t F_HEX = 4;
constexpr uint8_t F_DOT = 8;
constexpr uint8_t F_AT = 16;
constexpr uint8_t F_HIGH = 32;
constexpr uint8_t F_WIDE_BREAK = 64;

struct Facts {
  uint8_t of[256] = {};
  Facts() {
    for (int c = 0; c <= 32; c++) of[c] = F_WIDE_BREAK;
    for (const char* p = "\"'`<>()[]{},;|\\^"; *p; p++) of[static_cast<uint8_t>(*p)] = F_WIDE_BREAK;
    of[127] = F_WIDE_BREAK;
    const char* narrow = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_@";
    for (const char* p = narrow; *p; p++) {
      const int c = static_cast<uint8_t>(*p);
      uint8_t f = F_NARROW;
      if ((c >= 48 && c <= 57) || c == 46) f |= F_DIGIT_OR_DOT;
      if ((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)) f |= F_HEX;
      if (c == 46) f |= F_DOT;
      if (c == 64) f |= F_AT;
      of[c] = f;
    }
    for (int c = 128; c < 256; c++) of[c] = F_NARROW | F_HIGH;
  }
};
const Facts FACTS;

constexpr long MIN_TOKEN = 4;
constexpr long MIN_DIGEST = 32;

inline uint8_t facts(uint8_t c) { return FACTS.of[c]; }
inline bool isHex(uint8_t c) { return (facts(c) & F_HEX) != 0; }
inline bool isNarrow(uint8_t c) { return (facts(c) & F_NARROW) != 0; }
inline bool isTrim(uint8_t c) { return c == 46 || c == 45 || c == 95; }
inline bool isDigit(uint8_t c) { return c >= 48 && c <= 57; }
inline bool isUrlHostPlain(uint8_t c) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c == 45 || c == 95 || c == 46;
}
inline bool isSchemeChar(uint8_t c) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c == 43 || c == 45 || c == 46;
}

// ip.ts parseIPv4Bytes: dotted quad, no leading zeros.
bool parseIPv4(const uint8_t* bytes, long start, long end, uint32_t* address) {
  uint32_t value = 0;
  uint32_t octet = 0;
  int digits = 0;
  int dots = 0;
  for (long i = start; i < end; i++) {
    const uint8_t c = bytes[i];
    if (isDigit(c)) {
      if (digits > 0 && octet == 0) return false;
      octet = octet * 10 + (c - 48);
      if (++digits > 3 || octet > 255) return false;
    } else if (c == 46) {
      if (digits == 0 || ++dots > 3) return false;
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
    } else {
      return false;
    }
  }
  if (dots != 3 || digits == 0) return false;
  *address = value * 256 + octet;
  return true;
}

// A cached search for one byte (scan-tokens.ts nextByte): `found` holds while it stays ahead.
struct ByteSearch {
  long from = -1;
  long found = -1;
};

// A cached hex-run search (scan-tokens.ts nextHexRun), asked for [from, end).
struct HexSearch {
  long from = -1;
  long end = -1;
  long found = -1;
};

// One scan call: the bytes, the output and the cached searches.
class Pass {
 public:
  Pass(const ScanTables& tables, const uint8_t* bytes, long end, int32_t* out, size_t capacity)
      : t_(tables), b_(bytes), callEnd_(end), out_(out), capacity_(capacity) {}

  size_t count() const { return count_; }

  void candidates(long start, long end, bool wide, int depth) {
    const bool wantAt = t_.hasEmail;
    const bool wantHex = t_.hasHash;
    long pos = start;
    while (pos < end) {
      long next = nextByte(dot_, 46, pos);
      if (next < 0 || next > end) next = end;
      if (wantAt) {
        const long at = nextByte(at_, 64, pos);
        if (at >= 0 && at < next) next = at;
      }
      if (wide) {
        const long colon = nextByte(colon_, 58, pos);
        if (colon >= 0 && colon < next) next = colon;
      }
      if (wantHex) {
        const long run = nextHexRun(hex_[depth], pos, end);
        if (run >= 0 && run < next) next = run;
      }
      if (next >= end) return;
      if (wide && b_[next] == 58) {
        const long after = wideAround(start, end, next, next);
        pos = after > next + 1 ? after : next + 1;
        continue;
      }
      long s = next;
      long e = next;
      uint8_t all = F_DIGIT_OR_DOT | F_HEX;
      uint8_t any = 0;
      while (s > start) {
        const uint8_t f = facts(b_[s - 1]);
        if ((f & F_NARROW) == 0) break;
        all &= f;
        any |= f;
        s--;
      }
      while (e < end) {
        const uint8_t f = facts(b_[e]);
        if ((f & F_NARROW) == 0) break;
        all &= f;
        any |= f;
        e++;
      }
      if (wide && !wideBreakAround(start, end, s, e)) {
        const long after = wideAround(start, end, s, e);
        if (after >= 0) {
          pos = after;
          continue;
        }
      }
      if (e - s >= MIN_TOKEN) token(s, e, all, any);
      pos = e;
    }
  }

 private:
  const ScanTables& t_;
  const uint8_t* b_;
  const long callEnd_;
  int32_t* out_;
  const size_t capacity_;
  size_t count_ = 0;
  ByteSearch dot_, at_, colon_;
  // Depth 0: the range asked for; depth 1: one wide token inside it.
  HexSearch hex_[2];
  // The last wide token found to hold no colon: its narrow tokens need not widen it again (linear time).
  long plainWideStart_ = -1;
  long plainWideEnd_ = -1;

  void emit(HitKind kind, long s, long e, int32_t extra) {
    if (count_ < capacity_) {
      int32_t* hit = out_ + count_ * HIT_INTS;
      hit[0] = kind;
      hit[1] = static_cast<int32_t>(s);
      hit[2] = static_cast<int32_t>(e);
      hit[3] = extra;
    }
    count_++;
  }

  // Next `byte` at or after pos before the call's end, or -1.
  long nextByte(ByteSearch& search, uint8_t byte, long pos) {
    if (search.from >= 0 && search.from <= pos && (search.found < 0 || search.found >= pos))
      return search.found;
    const void* at = std::memchr(b_ + pos, byte, static_cast<size_t>(callEnd_ - pos));
    search.from = pos;
    search.found = at == nullptr ? -1 : static_cast<const uint8_t*>(at) - b_;
    return search.found;
  }

  long nextHexRun(HexSearch& search, long pos, long end) {
    if (search.from >= 0 && search.from <= pos && search.end == end &&
        (search.found < 0 || search.found >= pos))
      return search.found;
    search.from = pos;
    search.end = end;
    search.found = hexRunFrom(pos, end);
    return search.found;
  }

  // Start of the first run of at least 32 hex bytes in [pos, end), probing every 32nd byte.
  long hexRunFrom(long pos, long end) const {
    long i = pos;
    while (i + MIN_DIGEST <= end) {
      const long p = i + MIN_DIGEST - 1;
      if (!isHex(b_[p])) {
        i = p + 1;
        continue;
      }
      long runStart = p;
      while (runStart > i && isHex(b_[runStart - 1])) runStart--;
      long runEnd = p + 1;
      while (runEnd < end && isHex(b_[runEnd])) runEnd++;
      if (runEnd - runStart >= MIN_DIGEST) return runStart;
      i = runEnd + 1;
    }
    return -1;
  }

  bool wideBreakAround(long start, long end, long s, long e) const {
    const uint8_t before = s > start ? facts(b_[s - 1]) : F_WIDE_BREAK;
    const uint8_t after = e < end ? facts(b_[e]) : F_WIDE_BREAK;
    return (before & after & F_WIDE_BREAK) != 0;
  }

  long wideAround(long start, long end, long s, long e) {
    if (s >= plainWideStart_ && e <= plainWideEnd_) return -1;
    long ws = s;
    while (ws > start && (facts(b_[ws - 1]) & F_WIDE_BREAK) == 0) ws--;
    long we = e;
    while (we < end && (facts(b_[we]) & F_WIDE_BREAK) == 0) we++;
    if (we - ws < 3) return we;
    const long colon = nextByte(colon_, 58, ws);
    if (colon < 0 || colon >= we) {
      plainWideStart_ = ws;
      plainWideEnd_ = we;
      return -1;
    }
    wideToken(ws, we);
    hex_[1] = HexSearch();
    candidates(ws, we, false, 1);
    return we;
  }

  // URL and IPv6 candidates of one wide token (scan-tokens.ts wide).
  void wideToken(long start, long end) {
    int colons = 0;
    long slashColon = -1;
    for (long i = start; i < end; i++) {
      if (b_[i] != 58) continue;
      colons++;
      if (slashColon < 0 && i + 2 < end && b_[i + 1] == 47 && b_[i + 2] == 47) slashColon = i;
    }
    if (slashColon > start && t_.hasUrl) url(start, end, slashColon);
    if (colons >= 2 && t_.hasIPv6) ipv6(start, end);
  }

  // The runs of hex digits, colons and dots of a wide token that may be IPv6 addresses (scan-tokens.ts
  // ipv6): each is handed to JS to parse and look up.
  void ipv6(long start, long end) {
    long i = start;
    while (i < end) {
      while (i < end && !isHex(b_[i]) && b_[i] != 58) i++;
      const long s = i;
      int colons = 0;
      while (i < end) {
        const uint8_t c = b_[i];
        if (c == 58)
          colons++;
        else if (!isHex(c) && c != 46)
          break;
        i++;
      }
      if (colons >= 6 || (colons >= 2 && hasDoubleColon(s, i))) {
        const uint8_t before = s > start ? b_[s - 1] : 32;
        const uint8_t after = i < end ? b_[i] : 32;
        if (isNarrow(before) || (isNarrow(after) && after != 46)) continue;
        long e = i;
        while (e > s && b_[e - 1] == 46) e--;
        emit(DEFER_IPV6, s, e, 0);
      }
    }
  }

  bool hasDoubleColon(long start, long end) const {
    for (long k = start + 1; k < end; k++)
      if (b_[k] == 58 && b_[k - 1] == 58) return true;
    return false;
  }

  void url(long start, long end, long slashColon) {
    long s = slashColon;
    while (s > start && isSchemeChar(b_[s - 1])) s--;
    long e = end;
    while (e > slashColon + 3) {
      const uint8_t c = b_[e - 1];
      if (c != 46 && c != 58 && c != 33 && c != 63) break;
      e--;
    }
    if (s == slashColon) return;
    uint32_t host = 0;
    if (urlHostKey(slashColon, e, &host) && !t_.urlHosts.mayHave(host)) return;
    emit(DEFER_URL, s, e, static_cast<int32_t>(slashColon));
  }

  // url-host.ts urlHostKey: false when the host is not plain (no key).
  bool urlHostKey(long slashColon, long end, uint32_t* key) const {
    const long authority = slashColon + 3;
    long stop = authority;
    long at = -1;
    while (stop < end) {
      const uint8_t c = b_[stop];
      if (c == 47 || c == 63 || c == 35) break;
      if (c == 64) at = stop;
      stop++;
    }
    const long start = at >= 0 ? at + 1 : authority;
    long hostEnd = stop;
    long k = hostEnd;
    while (k > start && isDigit(b_[k - 1])) k--;
    if (k > start && b_[k - 1] == 58) hostEnd = k - 1;
    while (hostEnd > start && b_[hostEnd - 1] == 46) hostEnd--;
    if (hostEnd == start) return false;
    long lastLabel = start;
    for (k = start; k < hostEnd; k++) {
      const uint8_t c = b_[k];
      if (!isUrlHostPlain(c)) return false;
      if (c == 46) lastLabel = k + 1;
    }
    if (isDigit(b_[lastLabel])) return false;
    *key = hashBytes(b_, start, hostEnd);
    return true;
  }

  void token(long s, long e, uint8_t all, uint8_t any) {
    const long untrimmed = e - s;
    while (s < e && isTrim(b_[s])) s++;
    while (e > s && isTrim(b_[e - 1])) e--;
    if (e - s < MIN_TOKEN) return;
    if (e - s < untrimmed) {
      all = F_DIGIT_OR_DOT | F_HEX;
      any = 0;
      for (long k = s; k < e; k++) {
        all &= facts(b_[k]);
        any |= facts(b_[k]);
      }
    }
    if ((any & F_AT) != 0) {
      long at = e - 1;
      while (at >= s && b_[at] != 64) at--;
      if (at <= s || at >= e - 1) return;
      if (t_.hasEmail) emit(DEFER_EMAIL, s, e, 0);
      s = at + 1;
      while (s < e && isTrim(b_[s])) s++;
    } else if ((all & F_DIGIT_OR_DOT) != 0) {
      if (t_.hasIPv4) ipv4(s, e);
      return;
    } else if ((all & F_HEX) != 0) {
      const long length = e - s;
      if (length == 32 || length == 40 || length == 64 || length == 128) {
        if (t_.hasHash) digest(s, e);
        return;
      }
    }
    if ((any & F_DOT) != 0 && t_.hasDomain) {
      if ((any & F_HIGH) != 0)
        emit(DEFER_HOST, s, e, 0);
      else
        asciiHost(s, e);
    }
  }

  void ipv4(long s, long e) {
    uint32_t address = 0;
    if (!parseIPv4(b_, s, e, &address)) return;
    if (!bitSet(t_.ipv4Blocks, address >> 16)) return;
    const int32_t atom = t_.ipv4.mayHave(address) ? t_.ipv4.findKey(address) : -1;
    // Exact and range entries of one address are merged by JS (IndicatorIndex.ipv4).
    if (t_.ipv4Ranges > 0) {
      if (atom >= 0 || inIPv4Range(address))
        emit(DEFER_IPV4_RANGE, s, e, static_cast<int32_t>(address));
      return;
    }
    if (atom >= 0) emit(HIT_IPV4, s, e, atom);
  }

  // range-table.ts lookup: the last segment starting at or before the address, if it ends after it.
  bool inIPv4Range(uint32_t address) const {
    const double key = address;
    long lo = 0;
    long hi = static_cast<long>(t_.ipv4Ranges) - 1;
    while (lo <= hi) {
      const long mid = lo + (hi - lo) / 2;
      if (t_.ipv4RangeStarts[mid] <= key)
        lo = mid + 1;
      else
        hi = mid - 1;
    }
    return hi >= 0 && key < t_.ipv4RangeEnds[hi];
  }

  void digest(long s, long e) {
    const AtomTableView& table = t_.hashes;
    const uint32_t h = table.keyOf(b_, s, e);
    if (!table.mayHave(h)) return;
    const int32_t atom = table.findFolded(h, b_, s, e);
    if (atom >= 0) emit(HIT_HASH, s, e, atom);
  }

  void asciiHost(long s, long e) {
    uint32_t h = HASH_SEED;
    long k = e - 1;
    while (k >= s && b_[k] != 46) h = hashStep(h, b_[k--]);
    if (!t_.hostLastLabels.mayHave(h)) return;
    if (t_.hasDotlessHosts) suffix(h, s, k + 1, e);
    while (k >= s) {
      h = hashStep(h, 46);
      const long labelEnd = --k;
      while (k >= s && b_[k] != 46) h = hashStep(h, b_[k--]);
      if (k < labelEnd) suffix(h, s, k + 1, e);
    }
  }

  void suffix(uint32_t h, long s, long from, long e) {
    const AtomTableView& table = t_.domains;
    if (!table.mayHave(h)) return;
    const int32_t atom = table.findFolded(h, b_, from, e);
    if (atom >= 0) emit(HIT_DOMAIN, s, e, atom);
  }
};

}  // namespace

size_t scanRange(const ScanTables& tables, const uint8_t* bytes, long start, long end, int32_t* out,
                 size_t capacity) {
  Pass pass(tables, bytes, end, out, capacity);
  pass.candidates(start, end, tables.hasUrl || tables.hasIPv6, 0);
  return pass.count();
}

}  // namespace vigil
