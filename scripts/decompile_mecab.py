#!/usr/bin/env python3
"""Turns a compiled MeCab dictionary back into the sources a dictionary builder reads.

    decompile_mecab.py DICT_DIR OUT_DIR

DICT_DIR holds MeCab's compiled files (sys.dic, unk.dic, matrix.bin, char.bin), as shipped by
the PyPI package python-mecab-ko-dic. OUT_DIR receives:

    lex.csv     surface,left_id,right_id,cost,features   one line per entry of sys.dic
    unk.def     CATEGORY,left_id,right_id,cost,features  one line per entry of unk.dic
    matrix.def  "lsize rsize" then "i j cost"            the connection costs of matrix.bin
    char.def    categories ("NAME invoke group length") and code point ranges of char.bin

Written by the kroniko developers from MeCab's binary layout (all little-endian):

  *.dic   header: 10 x u32 (magic, version, type, lexsize, lsize, rsize, dsize, tsize, fsize,
          reserved) and a 32-byte charset name; then a Darts double array of dsize bytes (units
          of i32 base + u32 check), tsize bytes of 16-byte tokens (u16 left_id, u16 right_id,
          u16 pos_id, i16 cost, u32 feature offset, u32 compound) and fsize bytes of
          NUL-terminated feature strings. A key's leaf value is (first token << 8) | count.
  matrix  u16 lsize, u16 rsize, then i16 cost[i + lsize * j].
  char    u32 n, n x 32-byte category names, then one u32 per UCS-2 code point 0..0xFFFE:
          bits 0-17 the categories it belongs to, 18-25 its default category, 26-29 the
          length, 30 group, 31 invoke (the last three are those of its default category).

Standard library only. Checks every size it reads and stops with a message on a mismatch.
"""

import os
import struct
import sys
from array import array
from bisect import bisect_left, bisect_right

HEADER = struct.Struct("<10I32s")
TOKEN = struct.Struct("<HHHhII")


def fail(msg):
    sys.exit(f"decompile_mecab: {msg}")


def read_dic(path):
    """Returns (charset, [(surface_bytes, [token tuples])], features_blob)."""
    data = open(path, "rb").read()
    if len(data) < HEADER.size:
        fail(f"{path}: too short for a MeCab dictionary")
    (_magic, version, _typ, lexsize, _lsize, _rsize, dsize, tsize, fsize, _res, charset) = HEADER.unpack_from(data)
    if HEADER.size + dsize + tsize + fsize != len(data):
        fail(f"{path}: header sizes {dsize}+{tsize}+{fsize} do not add up to the file size {len(data)}")
    if tsize != lexsize * TOKEN.size:
        fail(f"{path}: {lexsize} tokens do not fill {tsize} bytes")
    if version != 102:
        print(f"decompile_mecab: {path}: version {version} (expected 102), reading anyway", file=sys.stderr)
    charset = charset.split(b"\0", 1)[0].decode("ascii").lower()
    off = HEADER.size
    units = array("i", data[off : off + dsize])  # base, check interleaved (check read as i32)
    if sys.byteorder != "little":
        units.byteswap()
    off += dsize
    tokens = [TOKEN.unpack_from(data, off + k * TOKEN.size) for k in range(lexsize)]
    off += tsize
    features = data[off : off + fsize]
    return charset, walk_double_array(units), tokens, features


def walk_double_array(units):
    """Every (key, value) of a Darts double array.

    A node is reached through a unit; its children sit at base + label + 1 for byte `label`, and
    its end-of-key unit at base itself, each with check == base. The end unit's base is -value-1.
    Rather than probing 256 slots per node, the units are grouped by their check once, so each
    node finds its children directly. Depth first, without recursion.
    """
    n = len(units) // 2
    base = units[0::2]
    check = units[1::2]
    used = [p for p in range(1, n) if check[p] != 0 or base[p] != 0]
    used.sort(key=check.__getitem__)
    checks = [check[p] for p in used]
    out = []
    stack = [(base[0], b"")]
    while stack:
        b, key = stack.pop()
        lo = bisect_left(checks, b)
        hi = bisect_right(checks, b, lo)
        for p in used[lo:hi]:
            if p == b:
                if base[p] < 0:
                    out.append((key, -base[p] - 1))
            elif b < p <= b + 256:
                stack.append((base[p], key + bytes((p - b - 1,))))
    return out


def feature_at(features, off, charset):
    end = features.index(b"\0", off)
    return features[off:end].decode(charset)


def csv_field(s):
    if any(c in s for c in ',"\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def entries(path):
    """Yields (surface, left, right, cost, features) for every token of a .dic file."""
    charset, keys, tokens, features = read_dic(path)
    seen = 0
    for key, value in keys:
        first, count = value >> 8, value & 0xFF
        if first + count > len(tokens):
            fail(f"{path}: key {key!r} points past the token table")
        surface = key.decode(charset)
        for left, right, _pos, cost, foff, _compound in tokens[first : first + count]:
            seen += 1
            yield surface, left, right, cost, feature_at(features, foff, charset)
    if seen != len(tokens):
        fail(f"{path}: the double array reaches {seen} of {len(tokens)} tokens")


def write_lex(dict_dir, out_dir):
    rows = sorted(entries(os.path.join(dict_dir, "sys.dic")), key=lambda r: (r[0], r[1], r[2], r[3], r[4]))
    with open(os.path.join(out_dir, "lex.csv"), "w", encoding="utf-8", newline="\n") as f:
        for surface, left, right, cost, feat in rows:
            f.write(f"{csv_field(surface)},{left},{right},{cost},{feat}\n")
    return len(rows)


def write_unk(dict_dir, out_dir):
    rows = list(entries(os.path.join(dict_dir, "unk.dic")))
    with open(os.path.join(out_dir, "unk.def"), "w", encoding="utf-8", newline="\n") as f:
        for cat, left, right, cost, feat in rows:
            f.write(f"{cat},{left},{right},{cost},{feat}\n")
    return len(rows)


def write_matrix(dict_dir, out_dir):
    data = open(os.path.join(dict_dir, "matrix.bin"), "rb").read()
    lsize, rsize = struct.unpack_from("<HH", data)
    if len(data) != 4 + 2 * lsize * rsize:
        fail(f"matrix.bin: {lsize}x{rsize} costs do not fill {len(data) - 4} bytes")
    costs = array("h", data[4:])
    if sys.byteorder != "little":
        costs.byteswap()
    with open(os.path.join(out_dir, "matrix.def"), "w", encoding="ascii", newline="\n") as f:
        f.write(f"{lsize} {rsize}\n")
        for j in range(rsize):
            row = costs[j * lsize : (j + 1) * lsize]
            f.write("".join(f"{i} {j} {c}\n" for i, c in enumerate(row)))
    return lsize * rsize


def write_char(dict_dir, out_dir):
    data = open(os.path.join(dict_dir, "char.bin"), "rb").read()
    (ncat,) = struct.unpack_from("<I", data)
    names = [data[4 + 32 * k : 4 + 32 * (k + 1)].split(b"\0", 1)[0].decode("ascii") for k in range(ncat)]
    table_off = 4 + 32 * ncat
    npoints = (len(data) - table_off) // 4
    if npoints not in (0xFFFF, 0x10000) or table_off + 4 * npoints != len(data):
        fail(f"char.bin: {len(data)} bytes are not {ncat} names and a UCS-2 table")
    info = array("I", data[table_off:])
    if sys.byteorder != "little":
        info.byteswap()
    # Each category's invoke/group/length, read from a code point whose default it is.
    props = {}
    for v in info:
        d = (v >> 18) & 0xFF
        if d not in props:
            props[d] = ((v >> 31) & 1, (v >> 30) & 1, (v >> 26) & 0xF)
    lines = []
    for k, name in enumerate(names):
        invoke, group, length = props.get(k, (0, 0, 0))
        lines.append(f"{name} {invoke} {group} {length}")
    default = names.index("DEFAULT") if "DEFAULT" in names else 0

    def cats(v):
        d = (v >> 18) & 0xFF
        mask = v & 0x3FFFF
        rest = [names[k] for k in range(ncat) if mask >> k & 1 and k != d]
        return [names[d]] + rest

    # Ranges of code points with the same categories, leaving out plain DEFAULT ones and the
    # UTF-16 surrogates (not characters).
    cp = 0
    while cp < npoints:
        v = info[cp]
        if 0xD800 <= cp <= 0xDFFF or v & 0x3FFFF == 1 << default and (v >> 18) & 0xFF == default:
            cp += 1
            continue
        end = cp
        while end + 1 < npoints and info[end + 1] == v and not 0xD800 <= end + 1 <= 0xDFFF:
            end += 1
        rng = f"0x{cp:04X}" if end == cp else f"0x{cp:04X}..0x{end:04X}"
        lines.append(f"{rng} {' '.join(cats(v))}")
        cp = end + 1
    with open(os.path.join(out_dir, "char.def"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return ncat


def main(argv):
    if len(argv) != 3:
        fail("usage: decompile_mecab.py DICT_DIR OUT_DIR")
    dict_dir, out_dir = argv[1], argv[2]
    for name in ("sys.dic", "unk.dic", "matrix.bin", "char.bin"):
        if not os.path.isfile(os.path.join(dict_dir, name)):
            fail(f"{dict_dir}: no {name}")
    os.makedirs(out_dir, exist_ok=True)
    n_lex = write_lex(dict_dir, out_dir)
    n_unk = write_unk(dict_dir, out_dir)
    n_cat = write_char(dict_dir, out_dir)
    n_mat = write_matrix(dict_dir, out_dir)
    print(f"decompile_mecab: {n_lex} entries, {n_unk} unknown-word entries, {n_cat} character categories, {n_mat} connection costs")


if __name__ == "__main__":
    main(sys.argv)
