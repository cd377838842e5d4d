"""Rewrites rust-stemmers' Among tables (a 24-byte struct per key) as one packed table each.

Run once on the algorithm files of crates.io rust-stemmers 1.2.0, copied into this folder:
    python3 vendor/rust-stemmers/pack_among.py vendor/rust-stemmers
(src/snowball/among.rs and the two find_among functions of snowball_env.rs read the packed
form; see PATCHED.md). The keys, their order and every number stay as they were.
"""
import re, sys, glob
ENTRY = re.compile(r'Among\("((?:[^"\\]|\\.)*)",\s*(-?\d+),\s*(-?\d+),\s*(None|Some\(&\w+\))\)')
TABLE = re.compile(r'static (A_\d+): &\'static \[Among<Context>; (\d+)\] = &\[(.*?)\];', re.S)
def decode(s):
    return re.sub(r'\\u\{([0-9A-Fa-f]+)\}|\\(.)', lambda m: chr(int(m.group(1), 16)) if m.group(1) else m.group(2), s)
def table(m):
    name, n, body = m.group(1), int(m.group(2)), m.group(3)
    ents = ENTRY.findall(body)
    assert len(ents) == n, (name, n, len(ents))
    keys, ends, subs, results, methods, end = [], [], [], [], [], 0
    for s, sub, res, f in ents:
        k = decode(s).encode()
        end += len(k)
        assert end < 65536 and -128 <= int(sub) < 128 and -128 <= int(res) < 128
        keys.append(k); ends.append(end); subs.append(int(sub)); results.append(int(res)); methods.append(f)
    packed = b''.join(e.to_bytes(2, 'little') for e in ends) + bytes(x & 0xff for x in subs) + bytes(x & 0xff for x in results) + b''.join(keys)
    assert len(ents) < 65536
    packed = len(ents).to_bytes(2, 'little') + packed
    data = ''.join(chr(b) if 0x20 <= b < 0x7f and chr(b) not in '"\\' else f'\\x{b:02x}' for b in packed)
    meth = '&[]' if all(f == 'None' for f in methods) else '&[' + ', '.join(methods) + ']'
    return (f'static {name}: &\'static Among<Context> = &Among {{\n    data: b"{data}",\n'
            f'    methods: {meth},\n}};')

for path in sorted(glob.glob(sys.argv[1] + '/src/snowball/algorithms/*.rs')):
    src = open(path).read()
    out, n = TABLE.subn(table, src)
    assert 'Among(' not in out, path
    open(path, 'w').write(out)
    print(path.split('/')[-1], n)
