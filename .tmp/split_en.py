import re, os, subprocess
files = subprocess.check_output("grep -rln 'localized(' src --include=*.ts | grep -v i18n/strings.ts", shell=True, text=True).split()
for p in files:
    s = open(p).read()
    base = os.path.basename(p)[:-3]
    m = re.search(r"^const en: ([\w]+|typeof zh) = \{\n.*?^\};\n", s, re.S | re.M)
    assert m, p
    block = m.group(0)
    typ = m.group(1)
    if typ == 'typeof zh':
        # name the type after the exported function: xStrings -> XStrings
        fn = re.search(r"export const (\w+) = localized", s).group(1)
        typ = fn[0].upper() + fn[1:]
        if not re.search(rf"export type {typ} = typeof zh;", s):
            s = s.replace(f"export const {fn} = localized", f"export type {typ} = typeof zh;\nexport const {fn} = localized", 1)
    s = s.replace(block, "")
    s = re.sub(r"localized\(\{ 'zh-CN': zh, en \}\)", f"localized(zh, () => import('./{base}.en.js').then((m) => m.en))", s)
    s = re.sub(r"\n\n\n+", "\n\n", s)
    open(p, 'w').write(s)
    en = block.replace(m.group(1) if m.group(1) != 'typeof zh' else 'typeof zh', typ, 1).replace("const en", "export const en", 1)
    out = f"import type {{ {typ} }} from './{base}.js';\n\n/** English strings for `{base}.ts`, loaded when a widget shows English. */\n" + en
    open(p[:-3] + '.en.ts', 'w').write(out)
    print(p, typ)
