// The addon's edge: `create(tables)` checks the index tables JS hands over once and keeps references to
// them (their memory never moves: SharedArrayBuffers); `scan(handle, bytes, start, end, out)` runs
// scanRange. Wrong arguments throw a TypeError or RangeError; nothing reads out of bounds.
#include <node_api.h>

#include <cstdint>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "scanner.h"

namespace {

using vigil::AtomTableView;
using vigil::ScanTables;

const napi_type_tag SCANNER_TAG = {0x7a1c4e2b9d3f5a61ULL, 0x0b8e6d4c2a193f57ULL};

// Referenced typed arrays, released with the scanner.
struct Scanner {
  ScanTables tables;
  std::vector<napi_ref> refs;
};

struct Failure {
  bool range;
  std::string message;
};

struct Typed {
  napi_typedarray_type type;
  void* data;
  size_t length;
};

bool ok(napi_status status) { return status == napi_ok; }

void keep(napi_env env, Scanner* scanner, napi_value value) {
  napi_ref ref = nullptr;
  if (ok(napi_create_reference(env, value, 1, &ref))) scanner->refs.push_back(ref);
}

void release(napi_env env, Scanner* scanner) {
  for (napi_ref ref : scanner->refs) napi_delete_reference(env, ref);
  delete scanner;
}

// A typed array property (`optional`: undefined gives data == nullptr).
bool typedProperty(napi_env env, napi_value object, const char* name, napi_typedarray_type type,
                   bool optional, Scanner* scanner, Typed* out, Failure* failure) {
  napi_value value;
  napi_valuetype kind;
  out->data = nullptr;
  out->length = 0;
  if (!ok(napi_get_named_property(env, object, name, &value)) || !ok(napi_typeof(env, value, &kind))) {
    *failure = {false, std::string("cannot read ") + name};
    return false;
  }
  if (optional && kind == napi_undefined) return true;
  bool isTyped = false;
  napi_is_typedarray(env, value, &isTyped);
  if (isTyped) {
    napi_value buffer;
    size_t offset;
    if (ok(napi_get_typedarray_info(env, value, &out->type, &out->length, &out->data, &buffer,
                                    &offset)) &&
        out->type == type) {
      keep(env, scanner, value);
      return true;
    }
  }
  const char* expected = type == napi_int32_array     ? " must be an Int32Array"
                         : type == napi_float64_array ? " must be a Float64Array"
                                                      : " must be a Uint8Array";
  *failure = {false, std::string(name) + expected};
  return false;
}

// The property `name` of `object` when its type is `want`; otherwise a TypeError saying what it must be.
bool propertyOf(napi_env env, napi_value object, const char* name, napi_valuetype want,
                const char* mustBe, napi_value* out, Failure* failure) {
  napi_valuetype kind;
  if (ok(napi_get_named_property(env, object, name, out)) && ok(napi_typeof(env, *out, &kind)) &&
      kind == want)
    return true;
  *failure = {false, std::string(name) + " must be " + mustBe};
  return false;
}

bool numberProperty(napi_env env, napi_value object, const char* name, double* out, Failure* failure) {
  napi_value value;
  return propertyOf(env, object, name, napi_number, "a number", &value, failure) &&
         ok(napi_get_value_double(env, value, out));
}

bool objectProperty(napi_env env, napi_value object, const char* name, napi_value* out,
                    Failure* failure) {
  return propertyOf(env, object, name, napi_object, "an object", out, failure);
}

bool booleanProperty(napi_env env, napi_value object, const char* name, bool* out, Failure* failure) {
  napi_value value;
  return propertyOf(env, object, name, napi_boolean, "a boolean", &value, failure) &&
         ok(napi_get_value_bool(env, value, out));
}

bool isPowerOfTwo(size_t n) { return n > 0 && (n & (n - 1)) == 0; }

// One AtomTableData, checked so that every probe stays inside its arrays and ends at an empty slot.
bool readTable(napi_env env, napi_value tables, const char* name, bool byteValued, Scanner* scanner,
               AtomTableView* view, Failure* failure) {
  napi_value object;
  if (!objectProperty(env, tables, name, &object, failure)) return false;
  Typed slots, starts, arena, heads, bitmap, front;
  double bitmapShift, keySpan;
  if (!typedProperty(env, object, "slots", napi_int32_array, false, scanner, &slots, failure) ||
      !typedProperty(env, object, "starts", napi_int32_array, !byteValued, scanner, &starts, failure) ||
      !typedProperty(env, object, "arena", napi_uint8_array, !byteValued, scanner, &arena, failure) ||
      !typedProperty(env, object, "heads", napi_int32_array, false, scanner, &heads, failure) ||
      !typedProperty(env, object, "bitmap", napi_int32_array, true, scanner, &bitmap, failure) ||
      !typedProperty(env, object, "front", napi_int32_array, true, scanner, &front, failure) ||
      !numberProperty(env, object, "bitmapShift", &bitmapShift, failure) ||
      !numberProperty(env, object, "keySpan", &keySpan, failure))
    return false;
  const std::string where = std::string(name) + ": ";
  const size_t slotCount = slots.length / 2;
  if (slots.length % 2 != 0 || !isPowerOfTwo(slotCount)) {
    *failure = {true, where + "slots must hold a power of two of key/atom pairs"};
    return false;
  }
  const size_t atoms = heads.length;
  const int32_t* slotData = static_cast<const int32_t*>(slots.data);
  size_t used = 0;
  for (size_t i = 0; i < slotCount; i++) {
    const int32_t atom = slotData[2 * i + 1];
    if (atom < 0 || static_cast<size_t>(atom) > atoms) {
      *failure = {true, where + "slot names an atom out of range"};
      return false;
    }
    if (atom != 0) used++;
  }
  if (used == slotCount) {
    *failure = {true, where + "no empty slot"};
    return false;
  }
  if (byteValued) {
    const int32_t* startData = static_cast<const int32_t*>(starts.data);
    if (starts.length != atoms + 1 || startData[0] != 0) {
      *failure = {true, where + "starts must hold one offset per atom, plus one"};
      return false;
    }
    for (size_t i = 1; i <= atoms; i++) {
      if (startData[i] < startData[i - 1] || static_cast<size_t>(startData[i]) > arena.length) {
        *failure = {true, where + "starts must rise within the arena"};
        return false;
      }
    }
  }
  const bool hasBitmap = bitmap.data != nullptr;
  if (hasBitmap) {
    if (!(bitmapShift >= 8 && bitmapShift <= 26 && bitmapShift == static_cast<int>(bitmapShift)) ||
        bitmap.length * 32 != (size_t{1} << (32 - static_cast<int>(bitmapShift)))) {
      *failure = {true, where + "bitmap size does not match bitmapShift"};
      return false;
    }
  }
  if (front.data != nullptr && front.length * 32 != (size_t{1} << vigil::FRONT_LOG2)) {
    *failure = {true, where + "front must hold 2^22 bits"};
    return false;
  }
  if (!(keySpan >= 0 && keySpan <= 1e6 && keySpan == static_cast<long>(keySpan))) {
    *failure = {true, where + "keySpan must be a small whole number"};
    return false;
  }
  view->slots = slotData;
  view->mask = static_cast<uint32_t>(slotCount - 1);
  view->starts = byteValued ? static_cast<const int32_t*>(starts.data) : nullptr;
  view->arena = byteValued ? static_cast<const uint8_t*>(arena.data) : nullptr;
  view->bitmap = hasBitmap ? static_cast<const int32_t*>(bitmap.data) : nullptr;
  view->bitmapShift = hasBitmap ? static_cast<uint32_t>(bitmapShift) : 32;
  view->front = static_cast<const int32_t*>(front.data);
  view->keySpan = static_cast<long>(keySpan);
  return true;
}

bool readTables(napi_env env, napi_value tables, Scanner* scanner, Failure* failure) {
  ScanTables& t = scanner->tables;
  napi_value has;
  Typed blocks, rangeStarts, rangeEnds;
  if (!readTable(env, tables, "ipv4", false, scanner, &t.ipv4, failure) ||
      !readTable(env, tables, "domains", true, scanner, &t.domains, failure) ||
      !readTable(env, tables, "hostLastLabels", true, scanner, &t.hostLastLabels, failure) ||
      !readTable(env, tables, "hashes", true, scanner, &t.hashes, failure) ||
      !readTable(env, tables, "urlHosts", false, scanner, &t.urlHosts, failure) ||
      !typedProperty(env, tables, "ipv4Blocks", napi_int32_array, false, scanner, &blocks, failure) ||
      !typedProperty(env, tables, "ipv4RangeStarts", napi_float64_array, false, scanner, &rangeStarts,
                     failure) ||
      !typedProperty(env, tables, "ipv4RangeEnds", napi_float64_array, false, scanner, &rangeEnds,
                     failure) ||
      !objectProperty(env, tables, "has", &has, failure) ||
      !booleanProperty(env, has, "ipv4", &t.hasIPv4, failure) ||
      !booleanProperty(env, has, "ipv6", &t.hasIPv6, failure) ||
      !booleanProperty(env, has, "domain", &t.hasDomain, failure) ||
      !booleanProperty(env, has, "url", &t.hasUrl, failure) ||
      !booleanProperty(env, has, "email", &t.hasEmail, failure) ||
      !booleanProperty(env, has, "hash", &t.hasHash, failure) ||
      !booleanProperty(env, has, "dotlessHosts", &t.hasDotlessHosts, failure))
    return false;
  if (blocks.length * 32 != 65536) {
    *failure = {true, "ipv4Blocks must hold one bit per /16 (2048 words)"};
    return false;
  }
  if (rangeStarts.length != rangeEnds.length) {
    *failure = {true, "ipv4RangeStarts and ipv4RangeEnds must be as long"};
    return false;
  }
  t.ipv4Blocks = static_cast<const int32_t*>(blocks.data);
  t.ipv4RangeStarts = static_cast<const double*>(rangeStarts.data);
  t.ipv4RangeEnds = static_cast<const double*>(rangeEnds.data);
  t.ipv4Ranges = rangeStarts.length;
  return true;
}

napi_value fail(napi_env env, const Failure& failure) {
  if (failure.range)
    napi_throw_range_error(env, nullptr, failure.message.c_str());
  else
    napi_throw_type_error(env, nullptr, failure.message.c_str());
  return nullptr;
}

void finalizeScanner(napi_env env, void* data, void*) { release(env, static_cast<Scanner*>(data)); }

napi_value create(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  napi_valuetype kind = napi_undefined;
  if (!ok(napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr)) || argc < 1 ||
      !ok(napi_typeof(env, argv[0], &kind)) || kind != napi_object)
    return fail(env, {false, "create(tables): tables must be an object"});
  Scanner* scanner = new (std::nothrow) Scanner();
  if (scanner == nullptr) return fail(env, {true, "out of memory"});
  Failure failure;
  if (!readTables(env, argv[0], scanner, &failure)) {
    release(env, scanner);
    return fail(env, failure);
  }
  napi_value handle;
  if (!ok(napi_create_external(env, scanner, finalizeScanner, nullptr, &handle))) {
    release(env, scanner);
    return fail(env, {true, "cannot create the scanner handle"});
  }
  napi_type_tag_object(env, handle, &SCANNER_TAG);
  return handle;
}

bool integerArg(napi_env env, napi_value value, int64_t* out) {
  napi_valuetype kind;
  double number;
  if (!ok(napi_typeof(env, value, &kind)) || kind != napi_number ||
      !ok(napi_get_value_double(env, value, &number)) || number != static_cast<double>(static_cast<int64_t>(number)))
    return false;
  *out = static_cast<int64_t>(number);
  return true;
}

bool typedArg(napi_env env, napi_value value, napi_typedarray_type type, Typed* out) {
  bool isTyped = false;
  napi_value buffer;
  size_t offset;
  return ok(napi_is_typedarray(env, value, &isTyped)) && isTyped &&
         ok(napi_get_typedarray_info(env, value, &out->type, &out->length, &out->data, &buffer,
                                     &offset)) &&
         out->type == type;
}

napi_value scan(napi_env env, napi_callback_info info) {
  size_t argc = 5;
  napi_value argv[5];
  if (!ok(napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr)) || argc < 5)
    return fail(env, {false, "scan(handle, bytes, start, end, out): five arguments"});
  bool tagged = false;
  napi_valuetype kind;
  void* data = nullptr;
  if (!ok(napi_typeof(env, argv[0], &kind)) || kind != napi_external ||
      !ok(napi_check_object_type_tag(env, argv[0], &SCANNER_TAG, &tagged)) || !tagged ||
      !ok(napi_get_value_external(env, argv[0], &data)))
    return fail(env, {false, "scan: handle must come from create()"});
  Typed bytes, out;
  if (!typedArg(env, argv[1], napi_uint8_array, &bytes))
    return fail(env, {false, "scan: bytes must be a Uint8Array"});
  if (!typedArg(env, argv[4], napi_int32_array, &out))
    return fail(env, {false, "scan: out must be an Int32Array"});
  int64_t start, end;
  if (!integerArg(env, argv[2], &start) || !integerArg(env, argv[3], &end))
    return fail(env, {false, "scan: start and end must be whole numbers"});
  if (start < 0 || end < start || static_cast<uint64_t>(end) > bytes.length || end > INT32_MAX)
    return fail(env, {true, "scan: need 0 <= start <= end <= bytes.length (< 2^31)"});
  const size_t count = vigil::scanRange(
      static_cast<Scanner*>(data)->tables, static_cast<const uint8_t*>(bytes.data),
      static_cast<long>(start), static_cast<long>(end), static_cast<int32_t*>(out.data),
      out.length / vigil::HIT_INTS);
  napi_value result;
  napi_create_double(env, static_cast<double>(count), &result);
  return result;
}

}  // namespace

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      {"create", nullptr, create, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"scan", nullptr, scan, nullptr, nullptr, nullptr, napi_default, nullptr},
  };
  napi_define_properties(env, exports, 2, methods);
  return exports;
}
