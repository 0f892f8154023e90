#!/usr/bin/env python3
"""Paragraph-text NTREX test sets from perturb.py output, for dev.transcheck.eval.OmissionEval.
ntrex_paragraphs.py PERTURB_OUT DEST SEED (DEST named <kind>-<from>-<to>-<seed>): writes DEST/NNN.src.txt, NNN.tgt.txt, NNN.gold.tsv
(gold: one line per source sentence: start, end, dropped 0/1)."""
import os, sys, random, re
src_dir, dest, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(dest, exist_ok=True)
rng = random.Random(seed * 7919)
for name in sorted(os.listdir(os.path.join(src_dir, 'src'))):
    src = [l.rstrip('\n') for l in open(os.path.join(src_dir, 'src', name), encoding='utf-8')]
    tgt = [l.rstrip('\n') for l in open(os.path.join(src_dir, 'tgt', name), encoding='utf-8')]
    beads = []
    for l in open(os.path.join(src_dir, 'gold', name), encoding='utf-8'):
        a, b = l.strip().split(':')
        s = [int(x) for x in a.strip('[]').split(',') if x.strip()]
        t = [int(x) for x in b.strip('[]').split(',') if x.strip()]
        beads.append((s, t))
    # paragraphs of the source: headline alone, then 2-5 sentences
    para = [0] * len(src)
    p, i = 0, 1
    while i < len(src):
        p += 1
        k = rng.randint(2, 5)
        for x in range(i, min(len(src), i + k)):
            para[x] = p
        i += k
    tpara = [0] * len(tgt)
    last = 0
    for s, t in beads:
        if s:
            last = para[s[0]]
        for j in t:
            tpara[j] = last
    def write(lines, paras, path):
        out, offs = '', []
        for idx, (l, pp) in enumerate(zip(lines, paras)):
            if idx > 0:
                out += '\n\n' if pp != paras[idx - 1] else ' '
            offs.append((len(out), len(out) + len(l)))
            out += l
        open(path, 'w', encoding='utf-8').write(out + '\n')
        return offs
    offs = write(src, para, os.path.join(dest, name + '.src.txt'))
    write(tgt, tpara, os.path.join(dest, name + '.tgt.txt'))
    dropped = set(s[0] for s, t in beads if not t)
    with open(os.path.join(dest, name + '.gold.tsv'), 'w') as f:
        for i, (a, b) in enumerate(offs):
            f.write('%d\t%d\t%d\n' % (a, b, 1 if i in dropped else 0))
