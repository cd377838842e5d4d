//! This file was generated automatically by the Snowball to Rust compiler
//! http://snowballstem.org/

#![allow(non_upper_case_globals)]
#![allow(non_snake_case)]
#![allow(unused_variables)]
#![allow(unused_mut)]
use snowball::SnowballEnv;
use snowball::Among;

static A_0: &'static Among<Context> = &Among {
    data: b"\x03\x00\x00\x00\x01\x00\x02\x00\xff\x00\x00\x03\x01\x02IU",
    methods: &[],
};

static A_1: &'static Among<Context> = &Among {
    data: b"\x10\x00\x02\x00\x07\x00\x0a\x00\x0d\x00\x12\x00\x15\x00\x18\x00\x1c\x00\x1f\x00#\x00%\x00)\x00+\x00/\x003\x008\x00\xff\xff\xff\xff\xff\xff\xff\x06\xff\xff\xff\xff\xff\xff\xff\x0e\x03\x07\x02\x04\x07\x03\x05\x04\x04\x06\x04\x01\x01\x03\x04\x04eaa\xc5\xa3iaauaiuaa\xc5\xa3ieeleileiileieiateiiiuluiuleloriloriilor",
    methods: &[],
};

static A_2: &'static Among<Context> = &Among {
    data: b".\x00\x05\x00\x0a\x00\x0f\x00\x14\x00\x19\x00 \x00'\x00-\x003\x00:\x00A\x00J\x00S\x00Z\x00_\x00d\x00i\x00n\x00s\x00z\x00\x7f\x00\x85\x00\x8c\x00\x95\x00\x9c\x00\xa1\x00\xa6\x00\xab\x00\xb2\x00\xbb\x00\xc2\x00\xcb\x00\xd6\x00\xdf\x00\xe3\x00\xe7\x00\xed\x00\xf1\x00\xf6\x00\xfa\x00\xfe\x00\x02\x01\x08\x01\x0e\x01\x14\x01\x1a\x01\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x12\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff#\xff\xff\xff\xff\xff\xff\xff\xff\xff\x04\x04\x05\x06\x04\x05\x06\x05\x06\x05\x04\x01\x02\x03\x04\x05\x06\x04\x05\x04\x06\x05\x04\x01\x03\x04\x05\x06\x04\x01\x03\x04\x01\x03\x04\x05\x04\x06\x05\x04\x05\x06\x04\x04\x05\x06icalaicivaativaitivaicalea\xc5\xa3iunei\xc5\xa3iuneatoareitoare\xc4\x83toareicitateabilitateibilitateivitateiciveativeitiveicaliatoriicatoriitori\xc4\x83toriicitatiabilitatiivitatiiciviativiitiviicit\xc4\x83iabilit\xc4\x83iivit\xc4\x83iicit\xc4\x83\xc5\xa3iabilit\xc4\x83\xc5\xa3iivit\xc4\x83\xc5\xa3iicalatoricatoritor\xc4\x83toricivativitivical\xc4\x83iciv\xc4\x83ativ\xc4\x83itiv\xc4\x83",
    methods: &[],
};

static A_3: &'static Among<Context> = &Among {
    data: b">\x00\x03\x00\x08\x00\x0d\x00\x11\x00\x14\x00\x17\x00\x1b\x00\x1f\x00\x22\x00%\x00'\x00*\x00/\x004\x008\x00<\x00@\x00C\x00H\x00K\x00O\x00S\x00V\x00Y\x00\x5c\x00a\x00f\x00j\x00o\x00r\x00u\x00z\x00}\x00\x81\x00\x85\x00\x88\x00\x8d\x00\x90\x00\x95\x00\x99\x00\xa0\x00\xa4\x00\xa8\x00\xab\x00\xaf\x00\xb1\x00\xb3\x00\xb5\x00\xb8\x00\xbb\x00\xbd\x00\xbf\x00\xc3\x00\xc9\x00\xcf\x00\xd4\x00\xd8\x00\xdc\x00\xe1\x00\xe6\x00\xea\x00\xee\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x11\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x1e\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\x03\x01\x01\x01\x01\x01\x01\x03\x02\x01\x01\x01\x01\x01\x03\x01\x01\x01\x01\x01\x02\x01\x01\x01\x01\x01\x01\x03\x01\x03\x01\x01\x01\x01\x01\x01\x03\x01\x01\x01\x01\x01\x03\x01\x01\x01\x01\x01\x01\x01\x01\x01\x03\x01\x01icaabilaibilaoasaataitaantaistautaivaiciceabileibileismeiuneoaseateitateiteanteisteuteiveiciabiliibiliiuniatoriosiatiitatiitiantiistiutii\xc5\x9ftiiviit\xc4\x83io\xc5\x9fiit\xc4\x83\xc5\xa3iabilibilismatorosatitantistutivic\xc4\x83abil\xc4\x83ibil\xc4\x83oas\xc4\x83at\xc4\x83it\xc4\x83ant\xc4\x83ist\xc4\x83ut\xc4\x83iv\xc4\x83",
    methods: &[],
};

static A_4: &'static Among<Context> = &Among {
    data: b"^\x00\x02\x00\x04\x00\x07\x00\x0b\x00\x0e\x00\x12\x00\x15\x00\x18\x00\x1b\x00\x1f\x00!\x00$\x00(\x00+\x00.\x002\x007\x00=\x00@\x00B\x00E\x00H\x00K\x00P\x00V\x00X\x00[\x00_\x00d\x00j\x00q\x00w\x00}\x00\x84\x00\x88\x00\x8c\x00\x91\x00\x94\x00\x98\x00\x9d\x00\xa2\x00\xa6\x00\xaa\x00\xb1\x00\xb9\x00\xc2\x00\xcc\x00\xd5\x00\xde\x00\xe8\x00\xef\x00\xf6\x00\xfe\x00\x03\x01\x05\x01\x08\x01\x0b\x01\x0d\x01\x11\x01\x16\x01\x1a\x01\x1e\x01#\x01%\x01(\x01-\x013\x01:\x01B\x01I\x01P\x01X\x01]\x01b\x01h\x01k\x01m\x01p\x01s\x01w\x01|\x01~\x01\x84\x01\x88\x01\x8d\x01\x93\x01\x9a\x01\xa0\x01\xa6\x01\xad\x01\xb1\x01\xb5\x01\xba\x01\xbf\x01\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x0a\x0a\x0a\x0a\x0a\xff\xff\xff\xff\x13\x13\xff\xff\xff\xff\xff\xff\xff\x1c\x1c\x1c\x1c\x1c\xff\xff\xff\xff\xff&&\xff\xff\xff\xff,,,,,\xff\xff\xff\xff\xff66\xff99999\xff\xff@@BBBBB@@@\xff\xffLL\xff\xff\xff\xff\xff\xffTTTTT\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x02\x01\x02\x01\x01\x01\x01\x01\x01\x01\x01\x01\x02\x01\x01\x01\x01\x01\x02\x01\x02\x01\x01\x01\x01\x01\x01\x01\x02\x01\x01\x02\x02\x01\x02\x01\x02\x01\x01\x01\x01\x01\x01\x02\x01\x01\x01\x02\x01\x02\x01\x01\x01\x02\x02\x01\x02\x01\x02\x01\x01\x01\x01\x01\x01\x02\x01\x01\x01\x01\x01\x01\x01\x01\x02\x01\x02\x01\x01\x01\x01\x01\x01\x01eaiaesc\xc4\x83scind\xc3\xa2ndareereire\xc3\xa2reseaseseseiseuse\xc3\xa2see\xc5\x9fte\xc4\x83\xc5\x9fteezeaieaiiaiseie\xc5\x9fti\xc4\x83\xc5\x9ftiuiezia\xc5\x9fise\xc5\x9fiase\xc5\x9fisese\xc5\x9fiise\xc5\x9fiuse\xc5\x9fi\xc3\xa2se\xc5\x9fii\xc5\x9fiu\xc5\x9fi\xc3\xa2\xc5\x9fi\xc3\xa2ia\xc5\xa3iea\xc5\xa3iia\xc5\xa3ie\xc5\xa3ii\xc5\xa3iar\xc4\x83\xc5\xa3iser\xc4\x83\xc5\xa3iaser\xc4\x83\xc5\xa3iseser\xc4\x83\xc5\xa3iiser\xc4\x83\xc5\xa3iuser\xc4\x83\xc5\xa3i\xc3\xa2ser\xc4\x83\xc5\xa3iir\xc4\x83\xc5\xa3iur\xc4\x83\xc5\xa3i\xc3\xa2r\xc4\x83\xc5\xa3i\xc3\xa2\xc5\xa3iameamiamemasemsesemisemusem\xc3\xa2semim\xc4\x83mar\xc4\x83mser\xc4\x83maser\xc4\x83mseser\xc4\x83miser\xc4\x83muser\xc4\x83m\xc3\xa2ser\xc4\x83mir\xc4\x83mur\xc4\x83m\xc3\xa2r\xc4\x83m\xc3\xa2maueauiauindu\xc3\xa2nduezeasc\xc4\x83ar\xc4\x83ser\xc4\x83aser\xc4\x83seser\xc4\x83iser\xc4\x83user\xc4\x83\xc3\xa2ser\xc4\x83ir\xc4\x83ur\xc4\x83\xc3\xa2r\xc4\x83eaz\xc4\x83",
    methods: &[],
};

static A_5: &'static Among<Context> = &Among {
    data: b"\x05\x00\x01\x00\x02\x00\x04\x00\x05\x00\x07\x00\xff\xff\x01\xff\xff\x01\x01\x01\x01\x01aeiei\xc4\x83",
    methods: &[],
};

static G_v: &'static [u8; 21] = &[17, 65, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 32, 0, 0, 4];

#[derive(Clone)]
struct Context {
    b_standard_suffix_removed: bool,
    i_p2: usize,
    i_p1: usize,
    i_pV: usize,
}

fn r_prelude(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 30
    // repeat, line 31
    'replab0: loop{
        let v_1 = env.cursor;
        'lab1: for _ in 0..1 {
            // goto, line 31
            'golab2: loop {
                let v_2 = env.cursor;
                'lab3: loop {
                    // (, line 31
                    if !env.in_grouping(G_v, 97, 259) {
                        break 'lab3;
                    }
                    // [, line 32
                    env.bra = env.cursor;
                    // or, line 32
                    'lab4: loop {
                        let v_3 = env.cursor;
                        'lab5: loop {
                            // (, line 32
                            // literal, line 32
                            if !env.eq_s(&"u") {
                                break 'lab5;
                            }
                            // ], line 32
                            env.ket = env.cursor;
                            if !env.in_grouping(G_v, 97, 259) {
                                break 'lab5;
                            }
                            // <-, line 32
                            if !env.slice_from("U") {
                                return false;
                            }
                            break 'lab4;
                        }
                        env.cursor = v_3;
                        // (, line 33
                        // literal, line 33
                        if !env.eq_s(&"i") {
                            break 'lab3;
                        }
                        // ], line 33
                        env.ket = env.cursor;
                        if !env.in_grouping(G_v, 97, 259) {
                            break 'lab3;
                        }
                        // <-, line 33
                        if !env.slice_from("I") {
                            return false;
                        }
                        break 'lab4;
                    }
                    env.cursor = v_2;
                    break 'golab2;
                }
                env.cursor = v_2;
                if env.cursor >= env.limit {
                    break 'lab1;
                }
                env.next_char();
            }
            continue 'replab0;
        }
        env.cursor = v_1;
        break 'replab0;
    }
    return true;
}

fn r_mark_regions(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 37
    context.i_pV = env.limit;
    context.i_p1 = env.limit;
    context.i_p2 = env.limit;
    // do, line 43
    let v_1 = env.cursor;
    'lab0: loop {
        // (, line 43
        // or, line 45
        'lab1: loop {
            let v_2 = env.cursor;
            'lab2: loop {
                // (, line 44
                if !env.in_grouping(G_v, 97, 259) {
                    break 'lab2;
                }
                // or, line 44
                'lab3: loop {
                    let v_3 = env.cursor;
                    'lab4: loop {
                        // (, line 44
                        if !env.out_grouping(G_v, 97, 259) {
                            break 'lab4;
                        }
                        // gopast, line 44
                        'golab5: loop {
                            'lab6: loop {
                                if !env.in_grouping(G_v, 97, 259) {
                                    break 'lab6;
                                }
                                break 'golab5;
                            }
                            if env.cursor >= env.limit {
                                break 'lab4;
                            }
                            env.next_char();
                        }
                        break 'lab3;
                    }
                    env.cursor = v_3;
                    // (, line 44
                    if !env.in_grouping(G_v, 97, 259) {
                        break 'lab2;
                    }
                    // gopast, line 44
                    'golab7: loop {
                        'lab8: loop {
                            if !env.out_grouping(G_v, 97, 259) {
                                break 'lab8;
                            }
                            break 'golab7;
                        }
                        if env.cursor >= env.limit {
                            break 'lab2;
                        }
                        env.next_char();
                    }
                    break 'lab3;
                }
                break 'lab1;
            }
            env.cursor = v_2;
            // (, line 46
            if !env.out_grouping(G_v, 97, 259) {
                break 'lab0;
            }
            // or, line 46
            'lab9: loop {
                let v_6 = env.cursor;
                'lab10: loop {
                    // (, line 46
                    if !env.out_grouping(G_v, 97, 259) {
                        break 'lab10;
                    }
                    // gopast, line 46
                    'golab11: loop {
                        'lab12: loop {
                            if !env.in_grouping(G_v, 97, 259) {
                                break 'lab12;
                            }
                            break 'golab11;
                        }
                        if env.cursor >= env.limit {
                            break 'lab10;
                        }
                        env.next_char();
                    }
                    break 'lab9;
                }
                env.cursor = v_6;
                // (, line 46
                if !env.in_grouping(G_v, 97, 259) {
                    break 'lab0;
                }
                // next, line 46
                if env.cursor >= env.limit {
                    break 'lab0;
                }
                env.next_char();
                break 'lab9;
            }
            break 'lab1;
        }
        // setmark pV, line 47
        context.i_pV = env.cursor;
        break 'lab0;
    }
    env.cursor = v_1;
    // do, line 49
    let v_8 = env.cursor;
    'lab13: loop {
        // (, line 49
        // gopast, line 50
        'golab14: loop {
            'lab15: loop {
                if !env.in_grouping(G_v, 97, 259) {
                    break 'lab15;
                }
                break 'golab14;
            }
            if env.cursor >= env.limit {
                break 'lab13;
            }
            env.next_char();
        }
        // gopast, line 50
        'golab16: loop {
            'lab17: loop {
                if !env.out_grouping(G_v, 97, 259) {
                    break 'lab17;
                }
                break 'golab16;
            }
            if env.cursor >= env.limit {
                break 'lab13;
            }
            env.next_char();
        }
        // setmark p1, line 50
        context.i_p1 = env.cursor;
        // gopast, line 51
        'golab18: loop {
            'lab19: loop {
                if !env.in_grouping(G_v, 97, 259) {
                    break 'lab19;
                }
                break 'golab18;
            }
            if env.cursor >= env.limit {
                break 'lab13;
            }
            env.next_char();
        }
        // gopast, line 51
        'golab20: loop {
            'lab21: loop {
                if !env.out_grouping(G_v, 97, 259) {
                    break 'lab21;
                }
                break 'golab20;
            }
            if env.cursor >= env.limit {
                break 'lab13;
            }
            env.next_char();
        }
        // setmark p2, line 51
        context.i_p2 = env.cursor;
        break 'lab13;
    }
    env.cursor = v_8;
    return true;
}

fn r_postlude(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // repeat, line 55
    'replab0: loop{
        let v_1 = env.cursor;
        'lab1: for _ in 0..1 {
            // (, line 55
            // [, line 57
            env.bra = env.cursor;
            // substring, line 57
            among_var = env.find_among(A_0, context);
            if among_var == 0 {
                break 'lab1;
            }
            // ], line 57
            env.ket = env.cursor;
            if among_var == 0 {
                break 'lab1;
            } else if among_var == 1 {
                // (, line 58
                // <-, line 58
                if !env.slice_from("i") {
                    return false;
                }
            } else if among_var == 2 {
                // (, line 59
                // <-, line 59
                if !env.slice_from("u") {
                    return false;
                }
            } else if among_var == 3 {
                // (, line 60
                // next, line 60
                if env.cursor >= env.limit {
                    break 'lab1;
                }
                env.next_char();
            }
            continue 'replab0;
        }
        env.cursor = v_1;
        break 'replab0;
    }
    return true;
}

fn r_RV(env: &mut SnowballEnv, context: &mut Context) -> bool {
    if !(context.i_pV <= env.cursor){
        return false;
    }
    return true;
}

fn r_R1(env: &mut SnowballEnv, context: &mut Context) -> bool {
    if !(context.i_p1 <= env.cursor){
        return false;
    }
    return true;
}

fn r_R2(env: &mut SnowballEnv, context: &mut Context) -> bool {
    if !(context.i_p2 <= env.cursor){
        return false;
    }
    return true;
}

fn r_step_0(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 71
    // [, line 72
    env.ket = env.cursor;
    // substring, line 72
    among_var = env.find_among_b(A_1, context);
    if among_var == 0 {
        return false;
    }
    // ], line 72
    env.bra = env.cursor;
    // call R1, line 72
    if !r_R1(env, context) {
        return false;
    }
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 74
        // delete, line 74
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 2 {
        // (, line 76
        // <-, line 76
        if !env.slice_from("a") {
            return false;
        }
    } else if among_var == 3 {
        // (, line 78
        // <-, line 78
        if !env.slice_from("e") {
            return false;
        }
    } else if among_var == 4 {
        // (, line 80
        // <-, line 80
        if !env.slice_from("i") {
            return false;
        }
    } else if among_var == 5 {
        // (, line 82
        // not, line 82
        let v_1 = env.limit - env.cursor;
        'lab0: loop {
            // literal, line 82
            if !env.eq_s_b(&"ab") {
                break 'lab0;
            }
            return false;
        }
        env.cursor = env.limit - v_1;
        // <-, line 82
        if !env.slice_from("i") {
            return false;
        }
    } else if among_var == 6 {
        // (, line 84
        // <-, line 84
        if !env.slice_from("at") {
            return false;
        }
    } else if among_var == 7 {
        // (, line 86
        // <-, line 86
        if !env.slice_from("a\u{0163}i") {
            return false;
        }
    }
    return true;
}

fn r_combo_suffix(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // test, line 90
    let v_1 = env.limit - env.cursor;
    // (, line 90
    // [, line 91
    env.ket = env.cursor;
    // substring, line 91
    among_var = env.find_among_b(A_2, context);
    if among_var == 0 {
        return false;
    }
    // ], line 91
    env.bra = env.cursor;
    // call R1, line 91
    if !r_R1(env, context) {
        return false;
    }
    // (, line 91
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 99
        // <-, line 100
        if !env.slice_from("abil") {
            return false;
        }
    } else if among_var == 2 {
        // (, line 102
        // <-, line 103
        if !env.slice_from("ibil") {
            return false;
        }
    } else if among_var == 3 {
        // (, line 105
        // <-, line 106
        if !env.slice_from("iv") {
            return false;
        }
    } else if among_var == 4 {
        // (, line 111
        // <-, line 112
        if !env.slice_from("ic") {
            return false;
        }
    } else if among_var == 5 {
        // (, line 116
        // <-, line 117
        if !env.slice_from("at") {
            return false;
        }
    } else if among_var == 6 {
        // (, line 120
        // <-, line 121
        if !env.slice_from("it") {
            return false;
        }
    }
    // set standard_suffix_removed, line 124
    context.b_standard_suffix_removed = true;
    env.cursor = env.limit - v_1;
    return true;
}

fn r_standard_suffix(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 128
    // unset standard_suffix_removed, line 129
    context.b_standard_suffix_removed = false;
    // repeat, line 130
    'replab0: loop{
        let v_1 = env.limit - env.cursor;
        'lab1: for _ in 0..1 {
            // call combo_suffix, line 130
            if !r_combo_suffix(env, context) {
                break 'lab1;
            }
            continue 'replab0;
        }
        env.cursor = env.limit - v_1;
        break 'replab0;
    }
    // [, line 131
    env.ket = env.cursor;
    // substring, line 131
    among_var = env.find_among_b(A_3, context);
    if among_var == 0 {
        return false;
    }
    // ], line 131
    env.bra = env.cursor;
    // call R2, line 131
    if !r_R2(env, context) {
        return false;
    }
    // (, line 131
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 147
        // delete, line 148
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 2 {
        // (, line 150
        // literal, line 151
        if !env.eq_s_b(&"\u{0163}") {
            return false;
        }
        // ], line 151
        env.bra = env.cursor;
        // <-, line 151
        if !env.slice_from("t") {
            return false;
        }
    } else if among_var == 3 {
        // (, line 154
        // <-, line 155
        if !env.slice_from("ist") {
            return false;
        }
    }
    // set standard_suffix_removed, line 159
    context.b_standard_suffix_removed = true;
    return true;
}

fn r_verb_suffix(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // setlimit, line 163
    let v_1 = env.limit - env.cursor;
    // tomark, line 163
    if env.cursor < context.i_pV {
        return false;
    }
    env.cursor = context.i_pV;
    let v_2 = env.limit_backward;
    env.limit_backward = env.cursor;
    env.cursor = env.limit - v_1;
    // (, line 163
    // [, line 164
    env.ket = env.cursor;
    // substring, line 164
    among_var = env.find_among_b(A_4, context);
    if among_var == 0 {
        env.limit_backward = v_2;
        return false;
    }
    // ], line 164
    env.bra = env.cursor;
    if among_var == 0 {
        env.limit_backward = v_2;
        return false;
    } else if among_var == 1 {
        // (, line 199
        // or, line 199
        'lab0: loop {
            let v_3 = env.limit - env.cursor;
            'lab1: loop {
                if !env.out_grouping_b(G_v, 97, 259) {
                    break 'lab1;
                }
                break 'lab0;
            }
            env.cursor = env.limit - v_3;
            // literal, line 199
            if !env.eq_s_b(&"u") {
                env.limit_backward = v_2;
                return false;
            }
            break 'lab0;
        }
        // delete, line 199
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 2 {
        // (, line 213
        // delete, line 213
        if !env.slice_del() {
            return false;
        }
    }
    env.limit_backward = v_2;
    return true;
}

fn r_vowel_suffix(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 217
    // [, line 218
    env.ket = env.cursor;
    // substring, line 218
    among_var = env.find_among_b(A_5, context);
    if among_var == 0 {
        return false;
    }
    // ], line 218
    env.bra = env.cursor;
    // call RV, line 218
    if !r_RV(env, context) {
        return false;
    }
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 219
        // delete, line 219
        if !env.slice_del() {
            return false;
        }
    }
    return true;
}

pub fn stem(env: &mut SnowballEnv) -> bool {
    let mut context = &mut Context {
        b_standard_suffix_removed: false,
        i_p2: 0,
        i_p1: 0,
        i_pV: 0,
    };
    // (, line 224
    // do, line 225
    let v_1 = env.cursor;
    'lab0: loop {
        // call prelude, line 225
        if !r_prelude(env, context) {
            break 'lab0;
        }
        break 'lab0;
    }
    env.cursor = v_1;
    // do, line 226
    let v_2 = env.cursor;
    'lab1: loop {
        // call mark_regions, line 226
        if !r_mark_regions(env, context) {
            break 'lab1;
        }
        break 'lab1;
    }
    env.cursor = v_2;
    // backwards, line 227
    env.limit_backward = env.cursor;
    env.cursor = env.limit;
    // (, line 227
    // do, line 228
    let v_3 = env.limit - env.cursor;
    'lab2: loop {
        // call step_0, line 228
        if !r_step_0(env, context) {
            break 'lab2;
        }
        break 'lab2;
    }
    env.cursor = env.limit - v_3;
    // do, line 229
    let v_4 = env.limit - env.cursor;
    'lab3: loop {
        // call standard_suffix, line 229
        if !r_standard_suffix(env, context) {
            break 'lab3;
        }
        break 'lab3;
    }
    env.cursor = env.limit - v_4;
    // do, line 230
    let v_5 = env.limit - env.cursor;
    'lab4: loop {
        // (, line 230
        // or, line 230
        'lab5: loop {
            let v_6 = env.limit - env.cursor;
            'lab6: loop {
                // Boolean test standard_suffix_removed, line 230
                if !context.b_standard_suffix_removed {
                    break 'lab6;
                }
                break 'lab5;
            }
            env.cursor = env.limit - v_6;
            // call verb_suffix, line 230
            if !r_verb_suffix(env, context) {
                break 'lab4;
            }
            break 'lab5;
        }
        break 'lab4;
    }
    env.cursor = env.limit - v_5;
    // do, line 231
    let v_7 = env.limit - env.cursor;
    'lab7: loop {
        // call vowel_suffix, line 231
        if !r_vowel_suffix(env, context) {
            break 'lab7;
        }
        break 'lab7;
    }
    env.cursor = env.limit - v_7;
    env.cursor = env.limit_backward;
    // do, line 233
    let v_8 = env.cursor;
    'lab8: loop {
        // call postlude, line 233
        if !r_postlude(env, context) {
            break 'lab8;
        }
        break 'lab8;
    }
    env.cursor = v_8;
    return true;
}
