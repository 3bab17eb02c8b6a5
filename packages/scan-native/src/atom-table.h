// Read-only view of one AtomTableData (packages/core/src/match/atom-table.ts) over the typed arrays JS
// shares with the addon, and the hash functions the JS side keys it with, ported with uint32 arithmetic
// (Math.imul is a 32-bit wrapping multiply, `>>>` an unsigned shift).
#pragma once
#include <cstddef>
#include <cstdint>

namespace vigil {

constexpr uint32_t HASH_SEED = 0x811c9dc5u;
constexpr unsigned FRONT_LOG2 = 22;

inline uint32_t foldCase(uint8_t c) { return c >= 65 && c <= 90 ? (c | 0x20u) : c; }

// token-hash.ts hashStep: right to left, ASCII upper case folded.
inline uint32_t hashStep(uint32_t h, uint8_t c) { return (h ^ foldCase(c)) * 0x01000193u; }

inline uint32_t hashBytes(const uint8_t* bytes, long start, long end) {
  uint32_t h = HASH_SEED;
  for (long k = end - 1; k >= start; k--) h = hashStep(h, bytes[k]);
  return h;
}

// atom-table.ts mix and frontBit.
inline uint32_t mix(uint32_t k) {
  const uint32_t h = (k ^ (k >> 16)) * 0x45d9f3bu;
  return h ^ (h >> 16);
}
inline uint32_t frontBit(uint32_t k) { return ((k ^ (k >> 15)) * 0x2c1b3c6du) >> (32 - FRONT_LOG2); }

inline bool bitSet(const int32_t* words, uint32_t bit) {
  return ((static_cast<uint32_t>(words[bit >> 5]) >> (bit & 31)) & 1u) != 0;
}

struct AtomTableView {
  const int32_t* slots = nullptr;
  uint32_t mask = 0;
  // Byte-valued tables only (hosts, digests): atom i is arena[starts[i], starts[i + 1]).
  const int32_t* starts = nullptr;
  const uint8_t* arena = nullptr;
  const int32_t* bitmap = nullptr;
  uint32_t bitmapShift = 32;
  const int32_t* front = nullptr;
  long keySpan = 0;

  bool mayHave(uint32_t key) const {
    if (front != nullptr && !bitSet(front, frontBit(key))) return false;
    if (bitmap != nullptr && !bitSet(bitmap, mix(key) >> bitmapShift)) return false;
    for (uint32_t slot = mix(key) & mask;; slot = (slot + 1) & mask) {
      if (slots[2 * slot + 1] == 0) return false;
      if (static_cast<uint32_t>(slots[2 * slot]) == key) return true;
    }
  }

  // Atom id of an exact key (IPv4 address), or -1.
  int32_t findKey(uint32_t key) const {
    for (uint32_t slot = mix(key) & mask;; slot = (slot + 1) & mask) {
      const int32_t atom = slots[2 * slot + 1];
      if (atom == 0) return -1;
      if (static_cast<uint32_t>(slots[2 * slot]) == key) return atom - 1;
    }
  }

  // Atom id whose value equals bytes[start, end) with ASCII upper case folded, or -1.
  int32_t findFolded(uint32_t key, const uint8_t* bytes, long start, long end) const {
    const long length = end - start;
    for (uint32_t slot = mix(key) & mask;; slot = (slot + 1) & mask) {
      const int32_t atom = slots[2 * slot + 1];
      if (atom == 0) return -1;
      if (static_cast<uint32_t>(slots[2 * slot]) != key) continue;
      const long from = starts[atom - 1];
      if (starts[atom] - from != length) continue;
      long k = 0;
      while (k < length && arena[from + k] == foldCase(bytes[start + k])) k++;
      if (k == length) return atom - 1;
    }
  }

  // atom-table.ts keyOf: the hash of the last keySpan bytes (all when 0).
  uint32_t keyOf(const uint8_t* bytes, long start, long end) const {
    return hashBytes(bytes, keySpan > 0 && end - keySpan > start ? end - keySpan : start, end);
  }
};

}  // namespace vigil
