// The candidate token scan of packages/core/src/match/scan-tokens.ts (TokenScanner.candidates and what
// it calls), in native code: same tokens, same tables, same order. Tokens whose lookup needs JavaScript
// (e-mail and URL normalization, IDN hosts, IPv6 parsing, CIDR ranges) are handed back as "defer" hits.
#pragma once
#include <cstddef>
#include <cstdint>

#include "atom-table.h"

namespace vigil {

// Hit kinds; native-scan.ts in core holds the same numbers.
enum HitKind : int32_t {
  HIT_IPV4 = 0,         // [start, end) an indexed IPv4 address; extra = atom of the ipv4 table
  HIT_HASH = 1,         // extra = atom of the hash table
  HIT_DOMAIN = 2,       // [start, end) the whole host; extra = atom of the suffix that is indexed
  DEFER_EMAIL = 3,      // token to read as an e-mail address
  DEFER_HOST = 4,       // non-ASCII host
  DEFER_URL = 5,        // URL whose host passed the URL-host prefilter; extra = position of `://`
  DEFER_IPV6 = 6,       // run of hex digits, colons and dots shaped like an IPv6 address
  DEFER_IPV4_RANGE = 7  // IPv4 address that hits while CIDR ranges are indexed; extra = address
};

constexpr int HIT_INTS = 4;

struct ScanTables {
  AtomTableView ipv4;
  AtomTableView domains;
  AtomTableView hostLastLabels;
  AtomTableView hashes;
  AtomTableView urlHosts;
  const int32_t* ipv4Blocks = nullptr;
  // range-table.ts segments of the IPv4 CIDR ranges: [starts[i], ends[i]), sorted, disjoint.
  const double* ipv4RangeStarts = nullptr;
  const double* ipv4RangeEnds = nullptr;
  size_t ipv4Ranges = 0;
  bool hasIPv4 = false;
  bool hasIPv6 = false;
  bool hasDomain = false;
  bool hasUrl = false;
  bool hasEmail = false;
  bool hasHash = false;
  bool hasDotlessHosts = false;
};

// Scans bytes[start, end) and writes up to `capacity` hits (HIT_INTS ints each: kind, token start,
// token end, extra) into `out`, in position order; returns the number of hits, which may exceed
// `capacity` (the caller then scans again with more room).
size_t scanRange(const ScanTables& tables, const uint8_t* bytes, long start, long end, int32_t* out,
                 size_t capacity);

}  // namespace vigil
