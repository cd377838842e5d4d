//! This file was generated automatically by the Snowball to Rust compiler
//! http://snowballstem.org/

#![allow(non_upper_case_globals)]
#![allow(non_snake_case)]
#![allow(unused_variables)]
#![allow(unused_mut)]
use snowball::SnowballEnv;
use snowball::Among;

static A_0: &'static Among<Context> = &Among {
    data: b".\x00\x00\x00\x02\x00\x04\x00\x06\x00\x08\x00\x0a\x00\x0c\x00\x0e\x00\x10\x00\x12\x00\x14\x00\x16\x00\x18\x00\x1a\x00\x1c\x00\x1e\x00 \x00\x22\x00$\x00&\x00(\x00*\x00,\x00.\x000\x002\x004\x006\x008\x00:\x00<\x00>\x00@\x00B\x00D\x00F\x00H\x00J\x00L\x00N\x00P\x00R\x00T\x00V\x00X\x00Z\x00\xff\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x19\x12\x01\x05\x07\x09\x07\x14\x0f\x0f\x14\x14\x18\x18\x07\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x09\x14\x01\x05\x07\x09\x14\xcf\x82\xce\x86\xce\x88\xce\x89\xce\x8a\xcf\x8a\xcf\x8b\xce\x8c\xcf\x8c\xcf\x8d\xce\x8e\xcf\x8e\xce\x8f\xce\x90\xce\x91\xce\x92\xce\x93\xce\x94\xce\x95\xce\x96\xce\x97\xce\x98\xce\x99\xce\x9a\xce\x9b\xce\x9c\xce\x9d\xce\x9e\xce\x9f\xce\xa0\xce\xa1\xce\xa3\xce\xa4\xce\xa5\xce\xa6\xce\xa7\xce\xa8\xce\xa9\xce\xaa\xce\xab\xce\xac\xce\xad\xce\xae\xce\xaf\xce\xb0",
    methods: &[],
};

static A_1: &'static Among<Context> = &Among {
    data: b"(\x00\x10\x00\x16\x00 \x00*\x004\x00H\x00R\x00`\x00n\x00|\x00\x8e\x00\x9c\x00\xa8\x00\xb6\x00\xc2\x00\xd2\x00\xe0\x00\xf2\x00\xfa\x00\x06\x01\x12\x01\x1e\x01.\x018\x01D\x01N\x01\x5c\x01h\x01t\x01\x88\x01\x92\x01\xa0\x01\xae\x01\xbc\x01\xce\x01\xda\x01\xe8\x01\xf4\x01\x04\x02\x12\x02\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x0a\x09\x07\x08\x06\x0a\x09\x07\x08\x06\x0b\x0b\x01\x02\x04\x05\x03\x0a\x09\x07\x08\x06\x0b\x01\x02\x04\x05\x03\x07\x0a\x09\x07\x08\x06\x0b\x01\x02\x04\x05\x03\xce\xba\xce\xb1\xce\xb8\xce\xb5\xcf\x83\xcf\x84\xcf\x89\xcf\x83\xcf\x86\xcf\x89\xcf\x83\xcf\x80\xce\xb5\xcf\x81\xce\xb1\xcf\x83\xcf\x84\xce\xb5\xcf\x81\xce\xb1\xcf\x83\xce\xba\xcf\x81\xce\xb5\xce\xb1\xcf\x83\xce\xba\xce\xb1\xce\xb8\xce\xb5\xcf\x83\xcf\x84\xcf\x89\xcf\x84\xce\xbf\xcf\x83\xcf\x86\xcf\x89\xcf\x84\xce\xbf\xcf\x83\xcf\x80\xce\xb5\xcf\x81\xce\xb1\xcf\x84\xce\xbf\xcf\x83\xcf\x84\xce\xb5\xcf\x81\xce\xb1\xcf\x84\xce\xbf\xcf\x83\xce\xba\xcf\x81\xce\xb5\xce\xb1\xcf\x84\xce\xbf\xcf\x83\xce\xb3\xce\xb5\xce\xb3\xce\xbf\xce\xbd\xce\xbf\xcf\x84\xce\xbf\xcf\x83\xce\xb3\xce\xb5\xce\xb3\xce\xbf\xce\xbd\xce\xbf\xcf\x83\xcf\x86\xce\xb1\xce\xb3\xce\xb9\xce\xbf\xcf\x85\xcf\x83\xce\xba\xce\xb1\xce\xb3\xce\xb9\xce\xbf\xcf\x85\xcf\x83\xce\xbf\xce\xb3\xce\xb9\xce\xbf\xcf\x85\xcf\x84\xce\xb1\xcf\x84\xce\xbf\xce\xb3\xce\xb9\xce\xbf\xcf\x85\xce\xbf\xce\xbb\xce\xbf\xce\xb3\xce\xb9\xce\xbf\xcf\x85\xce\xba\xce\xb1\xce\xb8\xce\xb5\xcf\x83\xcf\x84\xcf\x89\xcf\x84\xce\xb1\xcf\x86\xcf\x89\xcf\x84\xce\xb1\xcf\x80\xce\xb5\xcf\x81\xce\xb1\xcf\x84\xce\xb1\xcf\x84\xce\xb5\xcf\x81\xce\xb1\xcf\x84\xce\xb1\xce\xba\xcf\x81\xce\xb5\xce\xb1\xcf\x84\xce\xb1\xce\xb3\xce\xb5\xce\xb3\xce\xbf\xce\xbd\xce\xbf\xcf\x84\xce\xb1\xcf\x86\xce\xb1\xce\xb3\xce\xb9\xce\xb1\xcf\x83\xce\xba\xce\xb1\xce\xb3\xce\xb9\xce\xb1\xcf\x83\xce\xbf\xce\xb3\xce\xb9\xce\xb1\xcf\x84\xce\xb1\xcf\x84\xce\xbf\xce\xb3\xce\xb9\xce\xb1\xce\xbf\xce\xbb\xce\xbf\xce\xb3\xce\xb9\xce\xb1\xcf\x80\xce\xb5\xcf\x81\xce\xb1\xcf\x84\xce\xb7\xce\xba\xce\xb1\xce\xb8\xce\xb5\xcf\x83\xcf\x84\xcf\x89\xcf\x84\xcf\x89\xce\xbd\xcf\x86\xcf\x89\xcf\x84\xcf\x89\xce\xbd\xcf\x80\xce\xb5\xcf\x81\xce\xb1\xcf\x84\xcf\x89\xce\xbd\xcf\x84\xce\xb5\xcf\x81\xce\xb1\xcf\x84\xcf\x89\xce\xbd\xce\xba\xcf\x81\xce\xb5\xce\xb1\xcf\x84\xcf\x89\xce\xbd\xce\xb3\xce\xb5\xce\xb3\xce\xbf\xce\xbd\xce\xbf\xcf\x84\xcf\x89\xce\xbd\xcf\x86\xce\xb1\xce\xb3\xce\xb9\xcf\x89\xce\xbd\xcf\x83\xce\xba\xce\xb1\xce\xb3\xce\xb9\xcf\x89\xce\xbd\xcf\x83\xce\xbf\xce\xb3\xce\xb9\xcf\x89\xce\xbd\xcf\x84\xce\xb1\xcf\x84\xce\xbf\xce\xb3\xce\xb9\xcf\x89\xce\xbd\xce\xbf\xce\xbb\xce\xbf\xce\xb3\xce\xb9\xcf\x89\xce\xbd",
    methods: &[],
};

static A_2: &'static Among<Context> = &Among {
    data: b"\x09\x00\x04\x00\x10\x00\x16\x00\x22\x00.\x006\x00>\x00F\x00T\x00\xff\x00\x00\x00\x00\x00\xff\xff\x07\x01\x01\x01\x01\x01\x01\x01\x01\x01\xcf\x80\xce\xb1\xce\xbe\xce\xb1\xce\xbd\xce\xb1\xcf\x80\xce\xb1\xce\xb5\xcf\x80\xce\xb1\xcf\x80\xce\xb5\xcf\x81\xce\xb9\xcf\x80\xce\xb1\xce\xb1\xce\xbd\xce\xb1\xce\xbc\xcf\x80\xce\xb1\xce\xb5\xce\xbc\xcf\x80\xce\xb1\xce\xb4\xce\xb1\xce\xbd\xce\xb5\xce\xb1\xce\xb8\xcf\x81\xce\xbf\xcf\x83\xcf\x85\xce\xbd\xce\xb1\xce\xb8\xcf\x81\xce\xbf",
    methods: &[],
};

static A_3: &'static Among<Context> = &Among {
    data: b"\x16\x00\x02\x00\x08\x00\x0a\x00\x0e\x00\x14\x00\x1a\x00&\x000\x00:\x00@\x00F\x00T\x00`\x00l\x00r\x00t\x00\x80\x00\x88\x00\x90\x00\x92\x00\x94\x00\x9c\x00\xff\x00\xff\x02\x03\x02\x02\x02\x02\x02\x02\x02\x02\x02\xff\xff\xff\xff\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\xcf\x80\xce\xb9\xce\xbc\xcf\x80\xcf\x81\xcf\x80\xcf\x81\xce\xbc\xcf\x80\xcf\x81\xce\xb1\xcf\x81\xcf\x81\xce\xb3\xce\xbb\xcf\x85\xce\xba\xcf\x85\xcf\x81\xcf\x80\xce\xbf\xce\xbb\xcf\x85\xcf\x81\xce\xb1\xce\xbc\xcf\x80\xce\xb1\xcf\x81\xce\xbc\xce\xb1\xcf\x81\xce\xb3\xce\xba\xcf\x81\xcf\x80\xce\xb9\xcf\x80\xce\xb5\xcf\x81\xce\xbf\xcf\x81\xce\xb2\xce\xbf\xce\xbb\xce\xb2\xce\xbf\xcf\x81\xce\xb3\xce\xbb\xcf\x85\xce\xba\xce\xbf\xcf\x81\xce\xbb\xce\xbf\xcf\x85\xce\xb2\xce\xb2\xce\xb1\xce\xb8\xcf\x85\xcf\x81\xce\xb9\xce\xb2\xce\xb1\xcf\x81\xce\xba\xce\xbc\xce\xb1\xcf\x81\xce\xba\xce\xbb\xce\xbc\xce\xba\xce\xbf\xcf\x81\xce\xbd",
    methods: &[],
};

static A_4: &'static Among<Context> = &Among {
    data: b"\x0e\x00\x08\x00\x12\x00\x18\x00\x1e\x00(\x002\x008\x00D\x00N\x00Z\x00d\x00l\x00v\x00~\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\xce\xb9\xce\xb6\xce\xb5\xcf\x83\xce\xb9\xce\xb6\xce\xb5\xce\xb9\xcf\x83\xce\xb9\xce\xb6\xcf\x89\xce\xb9\xce\xb6\xce\xb1\xce\xb9\xce\xb6\xce\xb1\xcf\x84\xce\xb5\xce\xb9\xce\xb6\xce\xb5\xcf\x84\xce\xb5\xce\xb9\xce\xb6\xce\xb5\xce\xb9\xce\xb6\xce\xbf\xcf\x85\xce\xbc\xce\xb5\xce\xb9\xce\xb6\xce\xb1\xce\xbc\xce\xb5\xce\xb9\xce\xb6\xce\xbf\xcf\x85\xce\xbd\xce\xb5\xce\xb9\xce\xb6\xce\xb1\xce\xbd\xce\xb5\xce\xb9\xce\xb6\xce\xb5\xce\xb9\xce\xb9\xce\xb6\xce\xbf\xcf\x85\xce\xbd\xce\xb9\xce\xb6\xce\xb1\xce\xbd",
    methods: &[],
};

static A_5: &'static Among<Context> = &Among {
    data: b"\x08\x00\x02\x00\x04\x00\x08\x00\x0c\x00\x10\x00\x14\x00\x18\x00\x1c\x00\xff\xff\xff\xff\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\x01\xcf\x83\xcf\x87\xcf\x85\xcf\x88\xce\xb6\xcf\x89\xce\xb2\xce\xb9\xce\xbb\xce\xb9\xce\xb1\xce\xbb\xce\xb5\xce\xbd",
    methods: &[],
};

static A_6: &'static Among<Context> = &Among {
    data: b"\x07\x00\x0c\x00\x16\x00$\x00.\x00<\x00J\x00V\x00\xff\xff\xff\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\xcf\x89\xce\xb8\xce\xb7\xce\xba\xce\xb5\xcf\x83\xcf\x89\xce\xb8\xce\xb7\xce\xba\xce\xb1\xcf\x89\xce\xb8\xce\xb7\xce\xba\xce\xb1\xcf\x84\xce\xb5\xcf\x89\xce\xb8\xce\xb7\xce\xba\xce\xb5\xcf\x89\xce\xb8\xce\xb7\xce\xba\xce\xb1\xce\xbc\xce\xb5\xcf\x89\xce\xb8\xce\xb7\xce\xba\xce\xb1\xce\xbd\xce\xb5\xcf\x89\xce\xb8\xce\xb7\xce\xba\xce\xb1\xce\xbd",
    methods: &[],
};

static A_7: &'static Among<Context> = &Among {
    data: b"\x13\x00\x0c\x00\x12\x00\x1e\x00*\x002\x00@\x00L\x00P\x00V\x00b\x00h\x00n\x00z\x00\x82\x00\x8e\x00\x9a\x00\xa2\x00\xaa\x00\xb8\x00\xff\xff\xff\xff\xff\xff\xff\xff\x07\x08\xff\xff\x0b\x0b\x0d\x0b\xff\xff\x11\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\xce\xbe\xce\xb1\xce\xbd\xce\xb1\xcf\x80\xce\xb1\xce\xb5\xcf\x80\xce\xb1\xcf\x80\xce\xb5\xcf\x81\xce\xb9\xcf\x80\xce\xb1\xce\xb1\xce\xbd\xce\xb1\xce\xbc\xcf\x80\xce\xb1\xce\xb5\xce\xbc\xcf\x80\xce\xb1\xcf\x87\xce\xb1\xcf\x81\xcf\x84\xce\xbf\xcf\x80\xce\xb1\xce\xb5\xce\xbe\xce\xb1\xcf\x81\xcf\x87\xce\xb1\xcf\x80\xce\xb5\xce\xb5\xcf\x80\xce\xb5\xce\xbc\xce\xb5\xcf\x84\xce\xb5\xcf\x80\xce\xb5\xce\xb5\xcf\x83\xce\xb5\xce\xba\xce\xbb\xce\xb5\xce\xb5\xcf\x83\xcf\x89\xce\xba\xce\xbb\xce\xb5\xce\xb5\xce\xba\xce\xbb\xce\xb5\xce\xb1\xcf\x80\xce\xb5\xce\xba\xce\xbb\xce\xb5\xce\xb1\xcf\x80\xce\xbf\xce\xba\xce\xbb\xce\xb5\xce\xb4\xce\xb1\xce\xbd\xce\xb5\xce\xb1\xce\xb8\xcf\x81\xce\xbf\xcf\x83\xcf\x85\xce\xbd\xce\xb1\xce\xb8\xcf\x81\xce\xbf",
    methods: &[],
};

static A_8: &'static Among<Context> = &Among {
    data: b"\x0d\x00\x02\x00\x08\x00\x18\x00\x1c\x00.\x002\x008\x00<\x00>\x00J\x00P\x00T\x00Z\x00\xff\xff\xff\xff\x03\xff\xff\xff\xff\x08\x08\xff\xff\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\xcf\x80\xce\xbb\xce\xb1\xcf\x81\xce\xb4\xce\xb7\xce\xbc\xce\xbf\xce\xba\xcf\x81\xce\xb1\xcf\x84\xce\xb1\xcf\x86\xce\xb3\xce\xb9\xce\xb3\xce\xb1\xce\xbd\xcf\x84\xce\xbf\xce\xb1\xcf\x86\xce\xb3\xce\xb5\xce\xb3\xce\xba\xce\xb5\xce\xb3\xce\xba\xce\xbc\xcf\x80\xce\xbf\xcf\x85\xce\xba\xce\xb1\xce\xbc\xce\xba\xce\xbf\xce\xbc\xce\xb1\xce\xbd\xce\xbf\xce\xbb\xce\xbf",
    methods: &[],
};

static A_9: &'static Among<Context> = &Among {
    data: b"\x07\x00\x08\x00\x0e\x00\x14\x00\x1e\x00(\x002\x00:\x00\xff\xff\xff\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\xce\xb9\xcf\x83\xce\xb5\xcf\x83\xce\xb9\xcf\x83\xce\xb1\xce\xb9\xcf\x83\xce\xb5\xce\xb9\xcf\x83\xce\xb1\xcf\x84\xce\xb5\xce\xb9\xcf\x83\xce\xb1\xce\xbc\xce\xb5\xce\xb9\xcf\x83\xce\xb1\xce\xbd\xce\xb5\xce\xb9\xcf\x83\xce\xb1\xce\xbd",
    methods: &[],
};

static A_10: &'static Among<Context> = &Among {
    data: b"\x13\x00\x0c\x00\x12\x00\x1e\x00*\x002\x00@\x00L\x00P\x00V\x00b\x00h\x00n\x00z\x00\x82\x00\x8e\x00\x9a\x00\xa2\x00\xaa\x00\xb8\x00\xff\xff\xff\xff\xff\xff\xff\xff\x07\x08\xff\xff\x0b\x0b\x0d\x0b\xff\xff\x11\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\xce\xbe\xce\xb1\xce\xbd\xce\xb1\xcf\x80\xce\xb1\xce\xb5\xcf\x80\xce\xb1\xcf\x80\xce\xb5\xcf\x81\xce\xb9\xcf\x80\xce\xb1\xce\xb1\xce\xbd\xce\xb1\xce\xbc\xcf\x80\xce\xb1\xce\xb5\xce\xbc\xcf\x80\xce\xb1\xcf\x87\xce\xb1\xcf\x81\xcf\x84\xce\xbf\xcf\x80\xce\xb1\xce\xb5\xce\xbe\xce\xb1\xcf\x81\xcf\x87\xce\xb1\xcf\x80\xce\xb5\xce\xb5\xcf\x80\xce\xb5\xce\xbc\xce\xb5\xcf\x84\xce\xb5\xcf\x80\xce\xb5\xce\xb5\xcf\x83\xce\xb5\xce\xba\xce\xbb\xce\xb5\xce\xb5\xcf\x83\xcf\x89\xce\xba\xce\xbb\xce\xb5\xce\xb5\xce\xba\xce\xbb\xce\xb5\xce\xb1\xcf\x80\xce\xb5\xce\xba\xce\xbb\xce\xb5\xce\xb1\xcf\x80\xce\xbf\xce\xba\xce\xbb\xce\xb5\xce\xb4\xce\xb1\xce\xbd\xce\xb5\xce\xb1\xce\xb8\xcf\x81\xce\xbf\xcf\x83\xcf\x85\xce\xbd\xce\xb1\xce\xb8\xcf\x81\xce\xbf",
    methods: &[],
};

static A_11: &'static Among<Context> = &Among {
    data: b"\x07\x00\x0a\x00\x10\x00\x1a\x00&\x002\x00:\x00D\x00\xff\xff\xff\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\xce\xb9\xcf\x83\xce\xb5\xce\xb9\xcf\x83\xce\xb9\xcf\x83\xcf\x89\xce\xb9\xcf\x83\xce\xb5\xcf\x84\xce\xb5\xce\xb9\xcf\x83\xce\xbf\xcf\x85\xce\xbc\xce\xb5\xce\xb9\xcf\x83\xce\xbf\xcf\x85\xce\xbd\xce\xb5\xce\xb9\xcf\x83\xce\xb5\xce\xb9\xce\xb9\xcf\x83\xce\xbf\xcf\x85\xce\xbd",
    methods: &[],
};

static A_12: &'static Among<Context> = &Among {
    data: b"\x07\x00\x04\x00\x0a\x00\x10\x00\x16\x00\x22\x00*\x008\x00\xff\x00\xff\xff\x03\xff\xff\x01\x01\x01\x01\x01\x01\x01\xcf\x83\xce\xb5\xce\xb1\xcf\x83\xce\xb5\xcf\x80\xce\xbb\xce\xb5\xce\xba\xce\xbb\xce\xb5\xce\xb5\xcf\x83\xcf\x89\xce\xba\xce\xbb\xce\xb5\xce\xb4\xce\xb1\xce\xbd\xce\xb5\xcf\x83\xcf\x85\xce\xbd\xce\xb1\xce\xb8\xcf\x81\xce\xbf",
    methods: &[],
};

static A_13: &'static Among<Context> = &Among {
    data: b"!\x00\x02\x00\x08\x00\x0c\x00\x12\x00\x18\x00\x1c\x00\x22\x00&\x00,\x000\x006\x00:\x00@\x00D\x00J\x00P\x00T\x00Z\x00^\x00d\x00j\x00p\x00t\x00z\x00\x80\x00\x84\x00\x8a\x00\x90\x00\x96\x00\x9c\x00\x9e\x00\xa4\x00\xaa\x00\xff\x00\x00\x00\xff\xff\xff\xff\xff\xff\x09\xff\x0b\xff\x0d\xff\xff\xff\xff\x12\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x1e\xff\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\xcf\x80\xce\xb5\xcf\x85\xcf\x80\xce\xb1\xcf\x80\xce\xb5\xce\xbc\xcf\x80\xce\xb3\xcf\x85\xcf\x81\xcf\x87\xcf\x81\xcf\x87\xcf\x89\xcf\x81\xce\xb1\xcf\x81\xce\xb1\xce\xbf\xcf\x81\xcf\x87\xcf\x84\xce\xb1\xcf\x87\xcf\x84\xce\xba\xcf\x84\xce\xb1\xce\xba\xcf\x84\xcf\x83\xcf\x87\xce\xb1\xcf\x83\xcf\x87\xcf\x84\xce\xb1\xcf\x87\xcf\x85\xcf\x88\xce\xb1\xcf\x84\xce\xb1\xcf\x86\xce\xb1\xce\xb7\xcf\x86\xce\xb1\xce\xbb\xcf\x85\xce\xb3\xce\xbc\xce\xb5\xce\xb3\xce\xb7\xce\xb4\xce\xb5\xcf\x87\xce\xb8\xce\xba\xce\xb1\xce\xb8\xcf\x83\xce\xba\xce\xba\xce\xb1\xce\xba\xce\xbc\xce\xb1\xce\xba\xce\xba\xcf\x85\xce\xbb\xcf\x86\xce\xb9\xce\xbb\xce\xbc\xce\xb3\xce\xb5\xce\xbc\xce\xb1\xcf\x87\xce\xbd",
    methods: &[],
};

static A_14: &'static Among<Context> = &Among {
    data: b"\x0b\x00\x0c\x00\x16\x00 \x00*\x004\x00<\x00D\x00L\x00V\x00`\x00h\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\xce\xb9\xcf\x83\xcf\x84\xce\xbf\xcf\x85\xcf\x83\xce\xb9\xcf\x83\xcf\x84\xce\xb5\xcf\x83\xce\xb9\xcf\x83\xcf\x84\xce\xb7\xcf\x83\xce\xb9\xcf\x83\xcf\x84\xce\xbf\xcf\x83\xce\xb9\xcf\x83\xcf\x84\xce\xbf\xcf\x85\xce\xb9\xcf\x83\xcf\x84\xce\xb1\xce\xb9\xcf\x83\xcf\x84\xce\xb5\xce\xb9\xcf\x83\xcf\x84\xce\xb7\xce\xb9\xcf\x83\xcf\x84\xce\xbf\xce\xb9\xce\xb9\xcf\x83\xcf\x84\xcf\x89\xce\xbd\xce\xb9\xcf\x83\xcf\x84\xce\xbf",
    methods: &[],
};

static A_15: &'static Among<Context> = &Among {
    data: b"\x05\x00\x04\x00\x10\x00\x1e\x00(\x004\x00\xff\x00\x00\xff\xff\x01\x01\x01\x01\x01\xcf\x83\xce\xb5\xce\xbc\xce\xb5\xcf\x84\xce\xb1\xcf\x83\xce\xb5\xce\xbc\xce\xb9\xce\xba\xcf\x81\xce\xbf\xcf\x83\xce\xb5\xce\xb5\xce\xb3\xce\xba\xce\xbb\xce\xb5\xce\xb1\xcf\x80\xce\xbf\xce\xba\xce\xbb\xce\xb5",
    methods: &[],
};

static A_16: &'static Among<Context> = &Among {
    data: b"\x02\x00\x08\x00\x18\x00\xff\x00\x01\x01\xce\xb4\xce\xb1\xce\xbd\xce\xb5\xce\xb1\xce\xbd\xcf\x84\xce\xb9\xce\xb4\xce\xb1\xce\xbd\xce\xb5",
    methods: &[],
};

static A_17: &'static Among<Context> = &Among {
    data: b"\x0a\x00\x0a\x00\x18\x00&\x006\x00F\x00R\x00\x5c\x00j\x00~\x00\x8e\x00\xff\xff\xff\x02\xff\xff\xff\xff\xff\xff\x07\x06\x03\x01\x05\x02\x04\x0a\x08\x09\xcf\x84\xce\xbf\xcf\x80\xce\xb9\xce\xba\xcf\x83\xce\xba\xce\xb5\xcf\x80\xcf\x84\xce\xb9\xce\xba\xce\xb3\xce\xbd\xcf\x89\xcf\x83\xcf\x84\xce\xb9\xce\xba\xce\xb1\xce\xb3\xce\xbd\xcf\x89\xcf\x83\xcf\x84\xce\xb9\xce\xba\xce\xb5\xce\xba\xce\xbb\xce\xb5\xce\xba\xcf\x84\xce\xb9\xce\xba\xce\xb1\xcf\x84\xce\xbf\xce\xbc\xce\xb9\xce\xba\xce\xb5\xce\xb8\xce\xbd\xce\xb9\xce\xba\xce\xb8\xce\xb5\xce\xb1\xcf\x84\xcf\x81\xce\xb9\xce\xbd\xce\xb1\xce\xbb\xce\xb5\xce\xbe\xce\xb1\xce\xbd\xce\xb4\xcf\x81\xce\xb9\xce\xbd\xce\xb2\xcf\x85\xce\xb6\xce\xb1\xce\xbd\xcf\x84\xce\xb9\xce\xbd",
    methods: &[],
};

static A_18: &'static Among<Context> = &Among {
    data: b"\x06\x00\x0c\x00\x16\x00 \x00*\x004\x00<\x00\xff\xff\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\xce\xb9\xcf\x83\xce\xbc\xce\xbf\xcf\x85\xcf\x83\xce\xb9\xcf\x83\xce\xbc\xce\xbf\xcf\x83\xce\xb9\xcf\x83\xce\xbc\xce\xbf\xcf\x85\xce\xb9\xcf\x83\xce\xbc\xce\xbf\xce\xb9\xce\xb9\xcf\x83\xce\xbc\xcf\x89\xce\xbd\xce\xb9\xcf\x83\xce\xbc\xce\xbf",
    methods: &[],
};

static A_19: &'static Among<Context> = &Among {
    data: b"\x02\x00\x02\x00\x04\x00\xff\xff\x01\x01\xcf\x83\xcf\x87",
    methods: &[],
};

static A_20: &'static Among<Context> = &Among {
    data: b"\x04\x00\x0c\x00\x1a\x00$\x000\x00\xff\xff\xff\xff\x01\x01\x01\x01\xce\xb1\xcf\x81\xce\xb1\xce\xba\xce\xb9\xce\xb1\xce\xbf\xcf\x85\xce\xb4\xce\xb1\xce\xba\xce\xb9\xce\xb1\xce\xb1\xcf\x81\xce\xb1\xce\xba\xce\xb9\xce\xbf\xcf\x85\xce\xb4\xce\xb1\xce\xba\xce\xb9",
    methods: &[],
};

static A_21: &'static Among<Context> = &Among {
    data: b"!\x00\x0c\x00\x0e\x00\x12\x00\x1a\x00\x22\x00(\x000\x006\x008\x00D\x00N\x00R\x00T\x00X\x00b\x00d\x00l\x00t\x00\x86\x00\x8a\x00\x8c\x00\x90\x00\x9a\x00\xa0\x00\xa4\x00\xaa\x00\xb2\x00\xb8\x00\xc0\x00\xc8\x00\xd0\x00\xd8\x00\xde\x00\xff\xff\x01\x02\x02\x01\x01\x01\xff\x08\xff\xff\xff\x0c\x0d\xff\xff\xff\x11\xff\xff\x14\x14\x14\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\xce\xba\xce\xb1\xcf\x84\xcf\x81\xce\xb1\xcf\x80\xcf\x81\xce\xb2\xcf\x81\xce\xbb\xce\xb1\xce\xb2\xcf\x81\xce\xb1\xce\xbc\xce\xb2\xcf\x81\xce\xbc\xce\xb5\xcf\x81\xce\xb1\xce\xbd\xce\xb8\xcf\x81\xce\xba\xce\xbf\xcf\x81\xcf\x83\xce\xbd\xce\xb1\xce\xb3\xce\xba\xce\xb1\xcf\x83\xce\xbc\xce\xbf\xcf\x85\xcf\x83\xcf\x84\xcf\x81\xcf\x85\xcf\x86\xcf\x83\xcf\x86\xce\xb1\xce\xbb\xce\xb9\xcf\x83\xcf\x86\xcf\x87\xce\xb2\xce\xb1\xce\xbc\xce\xb2\xcf\x83\xce\xbb\xce\xbf\xce\xb2\xcf\x84\xcf\x83\xce\xb5\xcf\x87\xce\xbf\xcf\x83\xce\xbb\xce\xbf\xce\xb2\xcf\x84\xce\xb6\xce\xba\xcf\x83\xce\xba\xce\xba\xce\xb1\xcf\x80\xce\xb1\xce\xba\xcf\x83\xce\xbf\xce\xba\xcf\x80\xce\xbb\xcf\x86\xcf\x85\xce\xbb\xce\xbb\xce\xbf\xcf\x85\xce\xbb\xce\xbc\xce\xb1\xce\xbb\xcf\x86\xce\xb1\xcf\x81\xce\xbc\xce\xba\xce\xb1\xce\xb9\xce\xbc\xce\xba\xce\xbb\xce\xb9\xce\xbc\xcf\x83\xcf\x80\xce\xb1\xce\xbd\xce\xba\xce\xbf\xce\xbd",
    methods: &[],
};

static A_22: &'static Among<Context> = &Among {
    data: b"\x0f\x00\x02\x00\x0c\x00\x12\x00\x18\x00\x1a\x00\x22\x00$\x00(\x00.\x002\x00>\x00J\x00R\x00`\x00f\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\xcf\x80\xcf\x80\xce\xb1\xcf\x84\xce\xb5\xcf\x81\xcf\x84\xce\xbf\xcf\x83\xce\xbd\xcf\x85\xcf\x86\xce\xb2\xce\xba\xce\xb1\xcf\x81\xce\xb4\xce\xb6\xcf\x83\xce\xba\xce\xb2\xce\xb1\xce\xbb\xce\xb3\xce\xbb\xcf\x84\xcf\x81\xce\xb9\xcf\x80\xce\xbf\xce\xbb\xce\xbc\xce\xb1\xce\xba\xcf\x81\xcf\x85\xce\xbd\xce\xb3\xce\xb9\xce\xb1\xce\xbd\xce\xb7\xce\xb3\xce\xbf\xcf\x85\xce\xbc\xce\xb5\xce\xbd\xce\xba\xce\xbf\xce\xbd",
    methods: &[],
};

static A_23: &'static Among<Context> = &Among {
    data: b"\x08\x00\x0a\x00\x14\x00\x1c\x00$\x000\x006\x00@\x00J\x00\xff\xff\xff\xff\x03\xff\x05\xff\x01\x01\x01\x01\x01\x01\x01\x01\xce\xb9\xcf\x84\xcf\x83\xce\xb1\xcf\x83\xce\xb9\xcf\x84\xcf\x83\xce\xb5\xcf\x83\xce\xb9\xcf\x84\xcf\x83\xce\xb1\xce\xb1\xce\xba\xce\xb9\xce\xb1\xce\xb1\xcf\x81\xce\xb1\xce\xba\xce\xb9\xce\xb1\xce\xb1\xce\xba\xce\xb9\xce\xb1\xcf\x81\xce\xb1\xce\xba\xce\xb9\xce\xb9\xcf\x84\xcf\x83\xcf\x89\xce\xbd",
    methods: &[],
};

static A_24: &'static Among<Context> = &Among {
    data: b"\x04\x00\x04\x00\x0a\x00\x12\x00\x18\x00\xff\xff\xff\xff\x01\x01\x01\x01\xce\xb9\xcf\x81\xcf\x88\xce\xb1\xce\xbb\xce\xb1\xce\xb9\xcf\x86\xce\xbd\xce\xbf\xce\xbb\xce\xbf",
    methods: &[],
};

static A_25: &'static Among<Context> = &Among {
    data: b"\x02\x00\x02\x00\x0c\x00\xff\xff\x01\x01\xce\xb5\xcf\x80\xce\xb1\xce\xb9\xcf\x87\xce\xbd",
    methods: &[],
};

static A_26: &'static Among<Context> = &Among {
    data: b"\x03\x00\x08\x00\x12\x00\x1a\x00\xff\xff\xff\x01\x01\x01\xce\xb9\xce\xb4\xce\xb9\xce\xb1\xce\xb9\xce\xb4\xce\xb9\xcf\x89\xce\xbd\xce\xb9\xce\xb4\xce\xb9\xce\xbf",
    methods: &[],
};

static A_27: &'static Among<Context> = &Among {
    data: b"\x07\x00\x02\x00\x06\x00\x08\x00\x0e\x00\x18\x00 \x00&\x00\xff\xff\xff\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\xcf\x81\xce\xb9\xce\xb2\xce\xb4\xce\xbb\xcf\x85\xce\xba\xcf\x86\xcf\x81\xce\xb1\xce\xb3\xce\xba\xce\xbf\xce\xb2\xce\xb5\xce\xbb\xce\xbc\xce\xb7\xce\xbd",
    methods: &[],
};

static A_28: &'static Among<Context> = &Among {
    data: b"\x04\x00\x0a\x00\x14\x00\x1c\x00$\x00\xff\xff\xff\xff\x01\x01\x01\x01\xce\xb9\xcf\x83\xce\xba\xce\xbf\xcf\x83\xce\xb9\xcf\x83\xce\xba\xce\xbf\xcf\x85\xce\xb9\xcf\x83\xce\xba\xce\xb5\xce\xb9\xcf\x83\xce\xba\xce\xbf",
    methods: &[],
};

static A_29: &'static Among<Context> = &Among {
    data: b"\x02\x00\x08\x00\x10\x00\xff\xff\x01\x01\xce\xb1\xce\xb4\xce\xb5\xcf\x83\xce\xb1\xce\xb4\xcf\x89\xce\xbd",
    methods: &[],
};

static A_30: &'static Among<Context> = &Among {
    data: b"\x0a\x00\x0a\x00\x10\x00\x1a\x00$\x00.\x008\x00>\x00B\x00H\x00N\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xce\xbc\xcf\x80\xce\xb1\xce\xbc\xcf\x80\xce\xba\xcf\x85\xcf\x81\xcf\x80\xce\xb1\xcf\x84\xce\xb5\xcf\x81\xcf\x80\xce\xb5\xce\xb8\xce\xb5\xcf\x81\xce\xbd\xcf\x84\xce\xb1\xce\xbd\xcf\x84\xce\xb3\xce\xb9\xce\xb1\xce\xb3\xce\xb9\xce\xb8\xce\xb5\xce\xb9\xce\xbf\xce\xba\xce\xbc\xce\xb1\xce\xbc\xce\xbc\xce\xb1\xce\xbd",
    methods: &[],
};

static A_31: &'static Among<Context> = &Among {
    data: b"\x02\x00\x08\x00\x10\x00\xff\xff\x01\x01\xce\xb5\xce\xb4\xce\xb5\xcf\x83\xce\xb5\xce\xb4\xcf\x89\xce\xbd",
    methods: &[],
};

static A_32: &'static Among<Context> = &Among {
    data: b"\x08\x00\x0a\x00\x0e\x00\x14\x00\x1a\x00\x1e\x00$\x00(\x00.\x00\xff\xff\xff\xff\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\x01\xce\xba\xcf\x81\xce\xb1\xcf\x83\xcf\x80\xcf\x85\xcf\x80\xce\xb4\xce\xb1\xcf\x80\xce\xb3\xce\xb7\xcf\x80\xce\xb9\xcf\x80\xce\xb5\xce\xbc\xcf\x80\xce\xbf\xcf\x80\xce\xbc\xce\xb9\xce\xbb",
    methods: &[],
};

static A_33: &'static Among<Context> = &Among {
    data: b"\x02\x00\x0a\x00\x14\x00\xff\xff\x01\x01\xce\xbf\xcf\x85\xce\xb4\xce\xb5\xcf\x83\xce\xbf\xcf\x85\xce\xb4\xcf\x89\xce\xbd",
    methods: &[],
};

static A_34: &'static Among<Context> = &Among {
    data: b"\x0f\x00\x04\x00\x08\x00\x0a\x00\x10\x00\x18\x00\x1c\x00\x22\x00&\x002\x00:\x00>\x00H\x00N\x00R\x00Z\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\xcf\x83\xcf\x80\xcf\x86\xcf\x81\xcf\x83\xce\xbb\xce\xb9\xcf\x87\xcf\x84\xcf\x81\xce\xb1\xce\xb3\xcf\x86\xce\xb5\xce\xb1\xcf\x81\xce\xba\xcf\x83\xce\xba\xce\xba\xce\xb1\xce\xbb\xce\xb9\xce\xb1\xce\xba\xce\xbb\xce\xbf\xcf\x85\xce\xbb\xcf\x86\xce\xbb\xcf\x80\xce\xb5\xcf\x84\xce\xb1\xce\xbb\xce\xb2\xce\xb5\xce\xbb\xcf\x87\xce\xbd\xcf\x80\xce\xbb\xce\xb5\xce\xbe",
    methods: &[],
};

static A_35: &'static Among<Context> = &Among {
    data: b"\x02\x00\x06\x00\x0c\x00\xff\xff\x01\x01\xce\xb5\xcf\x89\xcf\x83\xce\xb5\xcf\x89\xce\xbd",
    methods: &[],
};

static A_36: &'static Among<Context> = &Among {
    data: b"\x08\x00\x02\x00\x08\x00\x0a\x00\x0e\x00\x10\x00\x16\x00\x1a\x00\x1c\x00\xff\xff\xff\x02\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\x01\xcf\x80\xcf\x80\xce\xb1\xcf\x81\xce\xb4\xce\xb9\xce\xb4\xce\xb8\xce\xb3\xce\xb1\xce\xbb\xce\xb5\xce\xbb\xce\xbd",
    methods: &[],
};

static A_37: &'static Among<Context> = &Among {
    data: b"\x03\x00\x06\x00\x0a\x00\x10\x00\xff\xff\xff\x01\x01\x01\xce\xb9\xce\xbf\xcf\x85\xce\xb9\xce\xb1\xce\xb9\xcf\x89\xce\xbd",
    methods: &[],
};

static A_38: &'static Among<Context> = &Among {
    data: b"\x04\x00\x08\x00\x0e\x00\x16\x00\x1c\x00\xff\xff\xff\xff\x01\x01\x01\x01\xce\xb9\xce\xba\xce\xbf\xcf\x85\xce\xb9\xce\xba\xce\xb1\xce\xb9\xce\xba\xcf\x89\xce\xbd\xce\xb9\xce\xba\xce\xbf",
    methods: &[],
};

static A_39: &'static Among<Context> = &Among {
    data: b"$\x00\x08\x00\x0e\x00\x1a\x00\x22\x00*\x000\x006\x00>\x00F\x00T\x00Z\x00f\x00n\x00r\x00|\x00\x86\x00\x90\x00\x96\x00\x9e\x00\xaa\x00\xb4\x00\xb8\x00\xc0\x00\xc6\x00\xce\x00\xd2\x00\xe0\x00\xee\x00\xf6\x00\xfe\x00\x06\x01\x0e\x01\x16\x01\x22\x010\x01:\x01\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x0d\x0d\xff\xff\xff\xff\xff\xff\x15\xff\xff\xff\x19\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\xce\xba\xce\xb1\xce\xbb\xcf\x80\xce\xb3\xce\xb5\xcf\x81\xcf\x80\xce\xbb\xce\xb9\xce\xb1\xcf\x84\xcf\x83\xcf\x80\xce\xb5\xcf\x84\xcf\x83\xcf\x80\xce\xb9\xcf\x84\xcf\x83\xcf\x86\xcf\x85\xcf\x83\xcf\x87\xce\xb1\xcf\x83\xce\xbc\xcf\x80\xce\xbf\xcf\x83\xcf\x83\xce\xb5\xcf\x81\xcf\x84\xce\xbc\xcf\x80\xce\xb1\xce\xb3\xce\xb9\xce\xb1\xcf\x84\xce\xbd\xce\xb9\xcf\x84\xcf\x80\xce\xb9\xce\xba\xce\xb1\xce\xbd\xcf\x84\xce\xb5\xce\xbe\xcf\x89\xce\xb4\xce\xb1\xce\xb4\xce\xba\xce\xb1\xcf\x84\xce\xb1\xce\xb4\xcf\x83\xcf\x85\xce\xbd\xce\xb1\xce\xb4\xce\xb1\xce\xbd\xcf\x84\xce\xb9\xce\xb4\xce\xb5\xce\xbd\xce\xb4\xcf\x85\xcf\x80\xce\xbf\xce\xb4\xcf\x80\xcf\x81\xcf\x89\xcf\x84\xce\xbf\xce\xb4\xcf\x86\xcf\x85\xce\xbb\xce\xbf\xce\xb4\xce\xb7\xce\xb8\xce\xb1\xce\xbd\xce\xb7\xce\xb8\xce\xbe\xce\xb9\xce\xba\xce\xbc\xce\xbf\xcf\x85\xce\xbb\xce\xb1\xce\xbb\xce\xb1\xce\xbc\xce\xbc\xce\xbf\xcf\x87\xce\xb1\xce\xbb\xcf\x83\xcf\x85\xce\xbd\xce\xbf\xce\xbc\xce\xb7\xce\xbb\xce\xbc\xcf\x80\xce\xbf\xce\xbb\xce\xb2\xcf\x81\xcf\x89\xce\xbc\xcf\x84\xcf\x83\xce\xb1\xce\xbc\xce\xbc\xcf\x80\xce\xb1\xce\xbd\xce\xb1\xce\xbc\xce\xb1\xce\xbd\xce\xba\xce\xb1\xce\xbb\xce\xbb\xce\xb9\xce\xbd\xcf\x80\xce\xbf\xcf\x83\xcf\x84\xce\xb5\xce\xbb\xce\xbd\xcf\x86\xce\xb9\xce\xbb\xce\xbf\xce\xbd",
    methods: &[],
};

static A_40: &'static Among<Context> = &Among {
    data: b"\x05\x00\x0c\x00\x16\x00 \x00*\x008\x00\xff\xff\xff\xff\x03\x01\x01\x01\x01\x01\xce\xbf\xcf\x85\xcf\x83\xce\xb1\xce\xbc\xce\xb5\xce\xb7\xcf\x83\xce\xb1\xce\xbc\xce\xb5\xce\xb1\xce\xb3\xce\xb1\xce\xbc\xce\xb5\xce\xb7\xce\xba\xce\xb1\xce\xbc\xce\xb5\xce\xb7\xce\xb8\xce\xb7\xce\xba\xce\xb1\xce\xbc\xce\xb5",
    methods: &[],
};

static A_41: &'static Among<Context> = &Among {
    data: b"\x0c\x00\x08\x00\x10\x00\x1a\x00 \x00\x22\x00(\x000\x006\x00<\x00D\x00L\x00R\x00\xff\xff\xff\xff\xff\x04\xff\xff\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\xce\xb1\xce\xbd\xce\xb1\xcf\x80\xcf\x80\xce\xb9\xce\xba\xcf\x81\xce\xb1\xcf\x80\xce\xbf\xcf\x83\xcf\x84\xcf\x80\xce\xbf\xcf\x84\xcf\x87\xcf\x83\xce\xb9\xcf\x87\xce\xb2\xce\xbf\xcf\x85\xce\xb2\xcf\x80\xce\xb5\xce\xb8\xce\xbe\xce\xb5\xce\xb8\xce\xb1\xcf\x80\xce\xbf\xce\xb8\xce\xb1\xcf\x80\xce\xbf\xce\xba\xce\xbf\xcf\x85\xce\xbb",
    methods: &[],
};

static A_42: &'static Among<Context> = &Among {
    data: b"\x02\x00\x04\x00\x08\x00\xff\xff\x01\x01\xcf\x84\xcf\x81\xcf\x84\xcf\x83",
    methods: &[],
};

static A_43: &'static Among<Context> = &Among {
    data: b"\x0b\x00\x0c\x00\x16\x00$\x004\x00@\x00N\x00X\x00d\x00n\x00x\x00\x86\x00\xff\xff\xff\x02\xff\x04\xff\x06\xff\xff\x09\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\xce\xbf\xcf\x85\xcf\x83\xce\xb1\xce\xbd\xce\xb5\xce\xb7\xcf\x83\xce\xb1\xce\xbd\xce\xb5\xce\xbf\xcf\x85\xce\xbd\xcf\x84\xce\xb1\xce\xbd\xce\xb5\xce\xb9\xce\xbf\xcf\x85\xce\xbd\xcf\x84\xce\xb1\xce\xbd\xce\xb5\xce\xbf\xce\xbd\xcf\x84\xce\xb1\xce\xbd\xce\xb5\xce\xb9\xce\xbf\xce\xbd\xcf\x84\xce\xb1\xce\xbd\xce\xb5\xce\xbf\xcf\x84\xce\xb1\xce\xbd\xce\xb5\xce\xb9\xce\xbf\xcf\x84\xce\xb1\xce\xbd\xce\xb5\xce\xb1\xce\xb3\xce\xb1\xce\xbd\xce\xb5\xce\xb7\xce\xba\xce\xb1\xce\xbd\xce\xb5\xce\xb7\xce\xb8\xce\xb7\xce\xba\xce\xb1\xce\xbd\xce\xb5",
    methods: &[],
};

static A_44: &'static Among<Context> = &Among {
    data: b"_\x00\x02\x00\x06\x00\x14\x00\x1c\x00.\x006\x00<\x00H\x00T\x00Z\x00^\x00h\x00n\x00z\x00\x86\x00\x88\x00\x98\x00\x9e\x00\xa4\x00\xae\x00\xb6\x00\xbe\x00\xc6\x00\xd4\x00\xda\x00\xe6\x00\xf0\x00\xf8\x00\x02\x01\x04\x01\x12\x01 \x01&\x01.\x016\x01F\x01P\x01\x5c\x01^\x01l\x01t\x01\x80\x01\x96\x01\xac\x01\xc2\x01\xc8\x01\xce\x01\xd6\x01\xe4\x01\xea\x01\xf2\x01\x02\x02\x04\x02\x0e\x02\x18\x02\x1c\x02$\x02,\x026\x02B\x02L\x02T\x02\x5c\x02b\x02p\x02r\x02~\x02\x84\x02\x8c\x02\x94\x02\xa0\x02\xa6\x02\xb0\x02\xb4\x02\xbc\x02\xc6\x02\xca\x02\xd2\x02\xde\x02\xe8\x02\xee\x02\xf4\x02\x02\x03\x10\x03\x1c\x03(\x03.\x03:\x03<\x03J\x03T\x03d\x03t\x03v\x03\x86\x03\xff\x00\x00\x00\x00\x00\x00\x06\xff\xff\xff\x0a\x0a\xff\xff\xff\x0f\x0f\x0f\x0f\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x1d\x1d\x1d\x1d\x1d\x22\x1d$\xff&&&)))&\xff..\xff12\xff444774:4444\xff\xffAAC\xff\xff\xff\xff\xffI\xff\xffLLL\xff\xffQQQ\xff\xff\xff\xffXXXX\xff]\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\xcf\x80\xcf\x83\xcf\x80\xcf\x80\xce\xbf\xce\xbb\xcf\x85\xce\xb4\xce\xb1\xcf\x80\xce\xb1\xce\xb4\xce\xb1\xcf\x80\xcf\x87\xce\xb1\xce\xbc\xce\xb7\xce\xbb\xce\xbf\xce\xb4\xce\xb1\xcf\x80\xcf\x84\xcf\x83\xce\xbf\xcf\x80\xce\xba\xce\xbf\xcf\x80\xcf\x85\xcf\x80\xce\xbf\xce\xba\xce\xbf\xcf\x80\xcf\x80\xce\xb5\xcf\x81\xce\xb9\xcf\x84\xcf\x81\xce\xbf\xcf\x85\xcf\x81\xce\xb5\xcf\x81\xce\xb2\xce\xb5\xcf\x84\xce\xb5\xcf\x81\xce\xb3\xce\xb5\xcf\x81\xce\xbb\xce\xbf\xcf\x85\xce\xb8\xce\xb7\xcf\x81\xce\xba\xce\xbf\xcf\x81\xce\xbc\xce\xbf\xcf\x81\xcf\x83\xcf\x83\xce\xb1\xcf\x81\xce\xb1\xce\xba\xce\xb1\xcf\x84\xcf\x83\xce\xb8\xcf\x85\xcf\x83\xce\xb2\xce\xb1\xcf\x83\xcf\x80\xce\xbf\xce\xbb\xce\xb9\xcf\x83\xce\xba\xce\xb1\xcf\x83\xcf\x84\xce\xb4\xce\xb9\xce\xb1\xcf\x84\xcf\x80\xce\xbb\xce\xb1\xcf\x84\xcf\x84\xcf\x83\xce\xb1\xcf\x81\xce\xbb\xce\xb1\xcf\x84\xcf\x84\xce\xb5\xcf\x84\xcf\x80\xce\xbf\xcf\x85\xcf\x81\xce\xb9\xcf\x84\xcf\x83\xce\xbf\xcf\x85\xce\xbb\xcf\x84\xce\xb6\xcf\x89\xce\xbd\xcf\x84\xce\xbc\xce\xb1\xce\xb9\xce\xbd\xcf\x84\xcf\x86\xcf\x80\xce\xb5\xce\xbd\xcf\x84\xce\xb1\xcf\x81\xcf\x86\xce\xba\xce\xbf\xce\xb9\xce\xbb\xce\xb1\xcf\x81\xcf\x86\xce\xbf\xcf\x81\xcf\x86\xce\xb4\xce\xb9\xce\xb1\xcf\x86\xcf\x83\xcf\x84\xce\xb5\xcf\x86\xcf\x86\xcf\x89\xcf\x84\xce\xbf\xcf\x83\xcf\x84\xce\xb5\xcf\x86\xcf\x80\xce\xb5\xcf\x81\xce\xb7\xcf\x86\xcf\x85\xcf\x80\xce\xb5\xcf\x81\xce\xb7\xcf\x86\xcf\x87\xcf\x80\xce\xbf\xce\xbb\xcf\x85\xce\xbc\xce\xb7\xcf\x87\xce\xb1\xce\xbc\xce\xb7\xcf\x87\xce\xb2\xce\xb9\xce\xbf\xce\xbc\xce\xb7\xcf\x87\xce\xbc\xce\xb9\xce\xba\xcf\x81\xce\xbf\xce\xb2\xce\xb9\xce\xbf\xce\xbc\xce\xb7\xcf\x87\xce\xbc\xce\xb5\xce\xb3\xce\xbb\xce\xbf\xce\xb2\xce\xb9\xce\xbf\xce\xbc\xce\xb7\xcf\x87\xce\xba\xce\xb1\xcf\x80\xce\xbd\xce\xbf\xce\xb2\xce\xb9\xce\xbf\xce\xbc\xce\xb7\xcf\x87\xce\xbb\xce\xb9\xcf\x87\xcf\x84\xce\xb1\xce\xb2\xce\xbd\xcf\x84\xce\xb1\xce\xb2\xcf\x88\xce\xb7\xce\xbb\xce\xbf\xcf\x84\xce\xb1\xce\xb2\xce\xbb\xce\xb9\xce\xb2\xce\xba\xce\xbb\xce\xb9\xce\xb2\xce\xbe\xce\xb7\xcf\x81\xce\xbf\xce\xba\xce\xbb\xce\xb9\xce\xb2\xce\xb3\xce\xb1\xce\xbd\xce\xbf\xcf\x81\xce\xb3\xce\xb5\xce\xbd\xce\xbf\xcf\x81\xce\xb3\xce\xb1\xce\xb3\xcf\x84\xcf\x81\xce\xb1\xce\xb3\xcf\x84\xcf\x83\xce\xb1\xce\xb3\xcf\x84\xcf\x83\xce\xb9\xce\xb3\xce\xb3\xce\xb1\xcf\x84\xcf\x83\xce\xb9\xce\xb3\xce\xb3\xce\xb1\xce\xb8\xce\xb9\xce\xb3\xce\xb3\xcf\x83\xcf\x84\xce\xb5\xce\xb3\xce\xb1\xcf\x80\xce\xb7\xce\xb3\xcf\x83\xce\xb9\xce\xb3\xce\xba\xce\xb1\xce\xbb\xcf\x80\xce\xbf\xcf\x85\xce\xb6\xce\xb8\xce\xbc\xcf\x89\xce\xb1\xce\xbc\xce\xb5\xce\xb8\xcf\x80\xce\xb9\xce\xb8\xce\xb1\xcf\x80\xce\xb9\xce\xb8\xce\xb2\xce\xb1\xcf\x83\xce\xba\xce\xb2\xcf\x81\xce\xb1\xcf\x87\xcf\x85\xce\xba\xce\xb4\xce\xb5\xce\xba\xcf\x80\xce\xb5\xce\xbb\xce\xb5\xce\xba\xce\xb9\xce\xba\xce\xb1\xce\xbd\xce\xb9\xce\xba\xce\xb2\xce\xbf\xcf\x85\xce\xbb\xce\xba\xcf\x80\xce\xbb\xce\xb4\xce\xb9\xcf\x80\xce\xbb\xcf\x88\xcf\x85\xcf\x87\xce\xbf\xcf\x80\xce\xbb\xce\xbb\xce\xb1\xce\xbf\xcf\x80\xce\xbb\xce\xbf\xcf\x85\xce\xbb\xce\xb3\xce\xb1\xce\xbb\xce\xb2\xce\xb1\xce\xb8\xcf\x85\xce\xb3\xce\xb1\xce\xbb\xce\xba\xce\xb1\xcf\x84\xce\xb1\xce\xb3\xce\xb1\xce\xbb\xce\xbf\xce\xbb\xce\xbf\xce\xb3\xce\xb1\xce\xbb\xce\xba\xce\xb1\xcf\x83\xcf\x84\xce\xb5\xce\xbb\xce\xbc\xce\xb5\xce\xbb\xcf\x80\xce\xbf\xcf\x81\xcf\x84\xce\xbf\xce\xbb\xce\xbc\xce\xb4\xcf\x81\xce\xb1\xce\xb4\xce\xbf\xcf\x85\xce\xbc\xce\xb2\xcf\x81\xce\xb1\xcf\x87\xce\xbc\xce\xbf\xce\xbb\xce\xb9\xce\xb3\xce\xbf\xce\xb4\xce\xb1\xce\xbc\xce\xbc\xce\xbf\xcf\x85\xcf\x83\xce\xbf\xcf\x85\xce\xbb\xce\xbc\xce\xbd\xce\xb1\xce\xbc\xce\xb5\xcf\x81\xce\xb9\xce\xba\xce\xb1\xce\xbd",
    methods: &[],
};

static A_45: &'static Among<Context> = &Among {
    data: b"\x01\x00\x0a\x00\xff\x01\xce\xb7\xcf\x83\xce\xb5\xcf\x84\xce\xb5",
    methods: &[],
};

static A_46: &'static Among<Context> = &Among {
    data: b"\x1f\x00\x06\x00\x0c\x00\x12\x00\x18\x00\x1c\x00\x22\x00(\x00.\x002\x00:\x00@\x00D\x00N\x00R\x00X\x00^\x00d\x00l\x00r\x00x\x00~\x00\x86\x00\x8c\x00\x92\x00\x98\x00\xa0\x00\xa6\x00\xac\x00\xb2\x00\xb8\x00\xbe\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\xcf\x80\xcf\x85\xcf\x81\xce\xb5\xcf\x85\xcf\x81\xcf\x87\xcf\x89\xcf\x81\xce\xb2\xce\xb1\xcf\x81\xce\xb2\xcf\x81\xce\xb1\xce\xb9\xcf\x81\xcf\x86\xce\xbf\xcf\x81\xce\xbd\xce\xb5\xcf\x84\xcf\x83\xcf\x87\xcf\x83\xcf\x85\xce\xbd\xce\xb4\xce\xb5\xce\xbd\xce\xb4\xce\xbf\xce\xb4\xcf\x85\xcf\x80\xce\xb5\xcf\x81\xce\xb8\xcf\x83\xce\xb8\xce\xb5\xcf\x85\xce\xb8\xcf\x81\xce\xb1\xce\xb8\xcf\x84\xce\xb1\xce\xb8\xce\xb4\xce\xb9\xce\xb1\xce\xb8\xce\xba\xce\xb1\xce\xb8\xcf\x84\xce\xb9\xce\xb8\xce\xb5\xce\xba\xce\xb8\xcf\x83\xcf\x85\xce\xbd\xce\xb8\xce\xb5\xce\xbd\xce\xb8\xcf\x81\xce\xbf\xce\xb8\xce\xb1\xcf\x81\xce\xba\xcf\x89\xcf\x86\xce\xb5\xce\xbb\xce\xb2\xce\xbf\xce\xbb\xcf\x83\xcf\x85\xce\xbd\xce\xb1\xce\xb9\xce\xbd\xcf\x80\xce\xbf\xce\xbd\xcf\x81\xce\xbf\xce\xbd",
    methods: &[],
};

static A_47: &'static Among<Context> = &Among {
    data: b"\x19\x00\x08\x00\x0e\x00\x16\x00\x1c\x00$\x00,\x002\x00:\x00<\x00D\x00J\x00P\x00R\x00V\x00X\x00\x5c\x00`\x00f\x00l\x00z\x00\x82\x00\x86\x00\x8a\x00\x90\x00\x9a\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x0c\xff\x0e\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\xcf\x83\xce\xb5\xcf\x81\xcf\x80\xce\xba\xce\xbf\xcf\x80\xce\xb8\xce\xb1\xcf\x81\xcf\x81\xce\xbd\xcf\x84\xcf\x81\xce\xb1\xce\xb2\xce\xb1\xcf\x81\xce\xb5\xce\xbd\xce\xb1\xcf\x81\xce\xb1\xce\xb2\xcf\x81\xce\xbc\xcf\x80\xce\xbf\xcf\x81\xcf\x85\xcf\x83\xcf\x85\xcf\x81\xcf\x86\xce\xbd\xce\xb9\xcf\x86\xcf\x80\xce\xb1\xce\xb3\xce\xb4\xce\xb1\xce\xb4\xce\xb8\xce\xb1\xce\xb8\xcf\x83\xce\xba\xcf\x84\xce\xbf\xce\xba\xce\xb1\xcf\x80\xce\xbb\xcf\x80\xce\xb1\xcf\x81\xce\xb1\xce\xba\xce\xb1\xce\xbb\xcf\x83\xce\xba\xce\xb5\xce\xbb\xce\xb5\xce\xbc\xce\xb1\xce\xbd\xce\xb2\xce\xb5\xce\xbd\xce\xb2\xce\xb1\xcf\x81\xce\xbf\xce\xbd",
    methods: &[],
};

static A_48: &'static Among<Context> = &Among {
    data: b"\x02\x00\x0a\x00\x14\x00\xff\xff\x01\x01\xcf\x89\xce\xbd\xcf\x84\xce\xb1\xcf\x83\xce\xbf\xce\xbd\xcf\x84\xce\xb1\xcf\x83",
    methods: &[],
};

static A_49: &'static Among<Context> = &Among {
    data: b"\x02\x00\x0c\x00\x1a\x00\xff\x00\x01\x01\xce\xbf\xce\xbc\xce\xb1\xcf\x83\xcf\x84\xce\xb5\xce\xb9\xce\xbf\xce\xbc\xce\xb1\xcf\x83\xcf\x84\xce\xb5",
    methods: &[],
};

static A_50: &'static Among<Context> = &Among {
    data: b"\x06\x00\x02\x00\x06\x00\x12\x00\x1a\x00$\x002\x00\xff\x00\x01\x00\x03\xff\x01\x01\x01\x01\x01\x01\xcf\x80\xce\xb1\xcf\x80\xce\xb1\xce\xba\xce\xb1\xcf\x84\xce\xb1\xcf\x80\xcf\x83\xcf\x85\xce\xbc\xcf\x80\xce\xb1\xcf\x83\xcf\x85\xce\xbc\xcf\x80\xce\xb1\xce\xbc\xce\xb5\xcf\x84\xce\xb1\xce\xbc\xcf\x86",
    methods: &[],
};

static A_51: &'static Among<Context> = &Among {
    data: b"\x09\x00\x04\x00\x0a\x00\x0c\x00\x10\x00\x1e\x00(\x00*\x00,\x002\x00\xff\xff\xff\xff\x03\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\x01\x01\xce\xb1\xcf\x81\xce\xbd\xce\xb9\xcf\x83\xce\xb6\xce\xb1\xce\xbb\xcf\x80\xce\xb1\xcf\x81\xce\xb1\xce\xba\xce\xb1\xce\xbb\xce\xb5\xce\xba\xcf\x84\xce\xb5\xce\xbb\xce\xbc\xce\xbe\xcf\x80\xcf\x81\xce\xbf",
    methods: &[],
};

static A_52: &'static Among<Context> = &Among {
    data: b"\x03\x00\x0c\x00\x16\x00 \x00\xff\xff\xff\x01\x01\x01\xce\xb7\xce\xb8\xce\xb7\xce\xba\xce\xb5\xcf\x83\xce\xb7\xce\xb8\xce\xb7\xce\xba\xce\xb1\xce\xb7\xce\xb8\xce\xb7\xce\xba\xce\xb5",
    methods: &[],
};

static A_53: &'static Among<Context> = &Among {
    data: b"\x06\x00\x04\x00\x0c\x00\x12\x00\x16\x00 \x00(\x00\xff\xff\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\xcf\x83\xcf\x86\xce\xbd\xce\xb1\xcf\x81\xce\xb8\xcf\x80\xce\xb9\xce\xb8\xce\xbf\xce\xb8\xcf\x83\xce\xba\xce\xbf\xcf\x85\xce\xbb\xcf\x83\xce\xba\xcf\x89\xce\xbb",
    methods: &[],
};

static A_54: &'static Among<Context> = &Among {
    data: b"\x05\x00\x02\x00\x0c\x00\x1e\x00&\x00.\x00\xff\x00\x00\x00\x00\x01\x01\x01\x01\x01\xce\xb8\xcf\x80\xcf\x81\xce\xbf\xcf\x83\xce\xb8\xcf\x80\xce\xb1\xcf\x81\xce\xb1\xce\xba\xce\xb1\xcf\x84\xce\xb1\xce\xb8\xce\xb4\xce\xb9\xce\xb1\xce\xb8\xcf\x83\xcf\x85\xce\xbd\xce\xb8",
    methods: &[],
};

static A_55: &'static Among<Context> = &Among {
    data: b"\x03\x00\x08\x00\x0e\x00\x14\x00\xff\xff\xff\x01\x01\x01\xce\xb7\xce\xba\xce\xb5\xcf\x83\xce\xb7\xce\xba\xce\xb1\xce\xb7\xce\xba\xce\xb5",
    methods: &[],
};

static A_56: &'static Among<Context> = &Among {
    data: b"\x0c\x00\x08\x00\x12\x00\x1a\x00$\x000\x006\x00<\x00B\x00J\x00V\x00^\x00b\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\xce\xb2\xce\xbb\xce\xb5\xcf\x80\xcf\x80\xce\xbf\xce\xb4\xce\xb1\xcf\x81\xcf\x80\xcf\x81\xcf\x89\xcf\x84\xce\xba\xcf\x85\xce\xbc\xce\xb1\xcf\x84\xcf\x80\xce\xb1\xce\xbd\xcf\x84\xce\xb1\xcf\x87\xce\xbb\xce\xb1\xcf\x87\xcf\x86\xce\xb1\xce\xb3\xce\xbb\xce\xb7\xce\xb3\xcf\x86\xcf\x81\xcf\x85\xce\xb4\xce\xbc\xce\xb1\xce\xbd\xcf\x84\xce\xb9\xce\xbb\xce\xbc\xce\xb1\xce\xbb\xce\xbb\xce\xbf\xce\xbc",
    methods: &[],
};

static A_57: &'static Among<Context> = &Among {
    data: b"\x19\x00\x0a\x00\x0c\x00\x16\x00&\x00,\x00:\x00J\x00P\x00V\x00\x5c\x00b\x00n\x00r\x00x\x00\x82\x00\x8e\x00\x94\x00\xa0\x00\xa6\x00\xae\x00\xb0\x00\xb2\x00\xb6\x00\xbe\x00\xcc\x00\xff\xff\x01\x01\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x15\x15\xff\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\xce\xb5\xce\xba\xce\xbb\xce\xb9\xcf\x80\xcf\x81\xce\xb1\xce\xbd\xce\xb1\xcf\x81\xcf\x81\xce\xb5\xce\xbd\xce\xb4\xce\xb9\xce\xb1\xcf\x86\xce\xb5\xcf\x81\xcf\x80\xce\xb1\xcf\x84\xce\xba\xce\xb1\xce\xb8\xce\xb1\xcf\x81\xce\xb5\xcf\x85\xce\xb4\xce\xb5\xcf\x85\xcf\x84\xce\xb5\xcf\x81\xce\xb5\xcf\x85\xce\xbb\xce\xb5\xcf\x87\xcf\x84\xcf\x83\xce\xb1\xcf\x87\xce\xb1\xce\xb4\xce\xbc\xce\xb5\xce\xb4\xce\xbb\xce\xb1\xce\xbc\xcf\x80\xce\xb9\xce\xb4\xce\xb4\xce\xb5\xcf\x80\xce\xbb\xce\xb5\xce\xbc\xce\xb5\xcf\x83\xce\xb1\xce\xb6\xce\xb4\xce\xb5\xcf\x83\xcf\x80\xce\xbf\xce\xb6\xce\xb1\xce\xb9\xce\xb8\xcf\x86\xce\xb1\xcf\x81\xce\xbc\xce\xb1\xce\xba\xce\xb1\xce\xb3\xce\xba\xce\xb1\xce\xbd\xce\xb7\xce\xba\xce\xbb\xce\xbc\xce\xb1\xce\xbc\xce\xb2\xcf\x81\xce\xbf\xce\xbc\xcf\x85\xcf\x80\xce\xbf\xcf\x84\xce\xb5\xce\xb9\xce\xbd",
    methods: &[],
};

static A_58: &'static Among<Context> = &Among {
    data: b"\x03\x00\x0a\x00\x12\x00\x1a\x00\xff\xff\xff\x01\x01\x01\xce\xbf\xcf\x85\xcf\x83\xce\xb5\xcf\x83\xce\xbf\xcf\x85\xcf\x83\xce\xb1\xce\xbf\xcf\x85\xcf\x83\xce\xb5",
    methods: &[],
};

static A_59: &'static Among<Context> = &Among {
    data: b"\x02\x00\x06\x00\x12\x00\xff\xff\xff\xff\xcf\x88\xce\xbf\xcf\x86\xce\xbd\xce\xb1\xcf\x85\xce\xbb\xce\xbf\xcf\x87",
    methods: &[],
};

static A_60: &'static Among<Context> = &Among {
    data: b"\x0a\x00\x04\x00\x08\x00\x0c\x00\x14\x00\x18\x00\x1c\x00\x22\x00(\x00,\x004\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\xcf\x81\xcf\x80\xcf\x80\xcf\x81\xcf\x86\xcf\x81\xcf\x87\xce\xbf\xcf\x81\xcf\x84\xcf\x83\xcf\x86\xce\xbf\xcf\x86\xce\xbb\xce\xbf\xcf\x87\xcf\x80\xce\xb5\xce\xbb\xce\xbb\xce\xbb\xcf\x83\xce\xbc\xce\xb7\xce\xbd",
    methods: &[],
};

static A_61: &'static Among<Context> = &Among {
    data: b",\x00\x02\x00\x08\x00\x10\x00\x1a\x00\x22\x00*\x00:\x00H\x00T\x00\x5c\x00l\x00t\x00v\x00z\x00\x80\x00\x8a\x00\x90\x00\x98\x00\xa0\x00\xa2\x00\xac\x00\xb6\x00\xc0\x00\xcc\x00\xd4\x00\xdc\x00\xe4\x00\xec\x00\xf4\x00\xfc\x00\x06\x01\x0c\x01\x16\x01\x1a\x01 \x01(\x010\x01<\x01>\x01F\x01H\x01R\x01V\x01b\x01\xff\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\x0c\x0c\x0c\x0c\x10\x0c\xff\x13\x13\x13\x13\x13\x13\x13\x13\x13\x13\x1d\xff\xff\xff\xff\xff\xff\xff\xff&\xff(\xff*\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\xcf\x80\xce\xb1\xcf\x83\xcf\x80\xce\xb1\xce\xbd\xcf\x85\xcf\x80\xce\xb1\xcf\x81\xcf\x84\xce\xb9\xcf\x80\xce\xb1\xce\xb5\xce\xb9\xcf\x80\xcf\x83\xcf\x85\xce\xbc\xcf\x80\xcf\x80\xcf\x81\xce\xbf\xcf\x83\xcf\x89\xcf\x80\xce\xbf\xcf\x80\xcf\x83\xce\xb9\xce\xb4\xce\xb7\xcf\x81\xce\xbf\xcf\x80\xce\xb4\xcf\x81\xce\xbf\xcf\x83\xce\xbf\xcf\x80\xce\xbd\xce\xb5\xce\xbf\xcf\x80\xce\xba\xcf\x81\xce\xbf\xce\xba\xce\xb1\xce\xbb\xce\xbf\xcf\x80\xce\xbf\xce\xbb\xce\xbf\xcf\x80\xcf\x81\xcf\x84\xcf\x81\xce\xbf\xcf\x85\xcf\x81\xce\xb1\xcf\x83\xcf\x80\xce\xb1\xcf\x81\xcf\x87\xce\xb1\xcf\x81\xce\xb1\xcf\x87\xce\xb1\xcf\x81\xce\xb1\xcf\x80\xce\xb5\xcf\x81\xcf\x84\xce\xb1\xce\xbd\xcf\x85\xcf\x83\xcf\x84\xce\xb1\xce\xb2\xce\xb1\xcf\x83\xcf\x84\xcf\x80\xcf\x81\xce\xbf\xcf\x83\xcf\x84\xce\xb1\xce\xb9\xce\xbc\xce\xbf\xcf\x83\xcf\x84\xce\xb4\xce\xb9\xce\xb1\xcf\x84\xce\xb5\xcf\x80\xce\xb9\xcf\x84\xcf\x83\xcf\x85\xce\xbd\xcf\x84\xcf\x85\xcf\x80\xce\xbf\xcf\x84\xce\xb1\xcf\x80\xce\xbf\xcf\x84\xce\xbf\xce\xbc\xce\xbf\xcf\x84\xce\xbd\xce\xbf\xce\xbc\xce\xbf\xcf\x84\xce\xbd\xce\xb1\xcf\x85\xcf\x80\xce\xbf\xce\xbb\xcf\x85\xcf\x86\xce\xb1\xcf\x86\xce\xbe\xce\xb5\xcf\x86\xce\xb1\xce\xb4\xce\xb7\xcf\x86\xcf\x80\xce\xb1\xce\xbc\xcf\x86\xce\xb1\xce\xbc\xce\xb1\xce\xbb\xce\xbb\xce\xb9\xce\xbb\xce\xb1\xce\xbc\xce\xb1\xce\xbb\xce\xbc\xce\xbf\xcf\x85\xce\xbb\xce\xb1\xce\xbc\xce\xb5\xce\xbd\xce\xb4\xce\xb5\xcf\x81\xce\xb2\xce\xb5\xce\xbd",
    methods: &[],
};

static A_62: &'static Among<Context> = &Among {
    data: b"\x03\x00\x08\x00\x0e\x00\x14\x00\xff\xff\xff\x01\x01\x01\xce\xb1\xce\xb3\xce\xb5\xcf\x83\xce\xb1\xce\xb3\xce\xb1\xce\xb1\xce\xb3\xce\xb5",
    methods: &[],
};

static A_63: &'static Among<Context> = &Among {
    data: b"\x03\x00\x08\x00\x0e\x00\x14\x00\xff\xff\xff\x01\x01\x01\xce\xb7\xcf\x83\xce\xbf\xcf\x85\xce\xb7\xcf\x83\xce\xb1\xce\xb7\xcf\x83\xce\xb5",
    methods: &[],
};

static A_64: &'static Among<Context> = &Among {
    data: b"\x06\x00\x02\x00\x0c\x00\x1a\x00&\x004\x00@\x00\xff\x00\x00\x00\x00\x00\x01\x01\x01\x01\x01\x01\xce\xbd\xce\xb5\xcf\x80\xcf\x84\xce\xb1\xce\xbd\xce\xb4\xcf\x89\xce\xb4\xce\xb5\xce\xba\xce\xb1\xce\xbd\xcf\x87\xce\xb5\xcf\x81\xcf\x83\xce\xbf\xce\xbd\xce\xbc\xce\xb5\xce\xb3\xce\xb1\xce\xbb\xce\xbf\xce\xbd\xce\xb5\xcf\x81\xce\xb7\xce\xbc\xce\xbf\xce\xbd",
    methods: &[],
};

static A_65: &'static Among<Context> = &Among {
    data: b"\x01\x00\x08\x00\xff\x01\xce\xb7\xcf\x83\xcf\x84\xce\xb5",
    methods: &[],
};

static A_66: &'static Among<Context> = &Among {
    data: b"\x0a\x00\x04\x00\x0e\x00\x16\x00\x1c\x00*\x006\x00:\x00@\x00F\x00P\x00\xff\x00\x00\x00\x00\xff\xff\x06\xff\xff\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\xcf\x87\xcf\x81\xce\xb4\xcf\x85\xcf\x83\xcf\x87\xcf\x81\xce\xb5\xcf\x85\xcf\x87\xcf\x81\xce\xb1\xcf\x87\xcf\x81\xce\xba\xce\xbf\xce\xb9\xce\xbd\xce\xbf\xcf\x87\xcf\x81\xcf\x80\xce\xb1\xce\xbb\xce\xb9\xce\xbc\xcf\x88\xcf\x83\xce\xb2\xce\xb1\xcf\x83\xce\xb2\xce\xb1\xcf\x80\xce\xbb\xce\xb1\xce\xb5\xce\xb9\xce\xbc\xce\xbd",
    methods: &[],
};

static A_67: &'static Among<Context> = &Among {
    data: b"\x03\x00\x08\x00\x14\x00 \x00\xff\x00\x00\x01\x01\x01\xce\xbf\xcf\x85\xce\xbd\xce\xb5\xce\xb7\xcf\x83\xce\xbf\xcf\x85\xce\xbd\xce\xb5\xce\xb7\xce\xb8\xce\xbf\xcf\x85\xce\xbd\xce\xb5",
    methods: &[],
};

static A_68: &'static Among<Context> = &Among {
    data: b"\x06\x00\x02\x00\x18\x00*\x000\x002\x00:\x00\xff\xff\xff\xff\xff\x04\x01\x01\x01\x01\x01\x01\xcf\x81\xcf\x83\xcf\x84\xcf\x81\xce\xb1\xce\xb2\xce\xbf\xce\xbc\xce\xbf\xcf\x85\xcf\x84\xcf\x83\xce\xba\xce\xb1\xce\xba\xce\xbf\xce\xbc\xce\xbf\xcf\x85\xcf\x84\xcf\x83\xcf\x83\xcf\x80\xce\xb9\xce\xbd\xce\xb5\xce\xbe\xcf\x89\xce\xbd",
    methods: &[],
};

static A_69: &'static Among<Context> = &Among {
    data: b"\x03\x00\x08\x00\x14\x00 \x00\xff\x00\x00\x01\x01\x01\xce\xbf\xcf\x85\xce\xbc\xce\xb5\xce\xb7\xcf\x83\xce\xbf\xcf\x85\xce\xbc\xce\xb5\xce\xb7\xce\xb8\xce\xbf\xcf\x85\xce\xbc\xce\xb5",
    methods: &[],
};

static A_70: &'static Among<Context> = &Among {
    data: b"\x07\x00\x0a\x00\x1a\x00*\x00,\x00.\x002\x00>\x00\xff\x00\xff\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\xce\xb1\xcf\x83\xce\xbf\xcf\x85\xcf\x83\xcf\x80\xce\xb1\xcf\x81\xce\xb1\xcf\x83\xce\xbf\xcf\x85\xcf\x83\xce\xb1\xce\xbb\xce\xbb\xce\xbf\xcf\x83\xce\xbf\xcf\x85\xcf\x83\xcf\x86\xcf\x87\xce\xb1\xce\xb6\xcf\x89\xcf\x81\xce\xb9\xce\xbf\xcf\x80\xce\xbb",
    methods: &[],
};

static A_71: &'static Among<Context> = &Among {
    data: b"\x03\x00\x0a\x00\x12\x00\x1c\x00\xff\xff\xff\x01\x01\x01\xce\xbc\xce\xb1\xcf\x84\xce\xbf\xcf\x83\xce\xbc\xce\xb1\xcf\x84\xce\xb1\xce\xbc\xce\xb1\xcf\x84\xcf\x89\xce\xbd",
    methods: &[],
};

static A_72: &'static Among<Context> = &Among {
    data: b"T\x00\x04\x00\x0a\x00\x0e\x00\x12\x00\x1a\x00\x22\x00&\x00,\x006\x00:\x00<\x00@\x00B\x00H\x00L\x00R\x00T\x00^\x00j\x00x\x00\x84\x00\x92\x00\x94\x00\xa2\x00\xae\x00\xbc\x00\xca\x00\xda\x00\xe8\x00\xf4\x00\xfe\x00\x08\x01\x12\x01 \x01(\x014\x016\x018\x01@\x01H\x01R\x01Z\x01b\x01l\x01x\x01\x86\x01\x90\x01\x9a\x01\xa2\x01\xac\x01\xb4\x01\xb8\x01\xc0\x01\xc6\x01\xce\x01\xd2\x01\xd8\x01\xe2\x01\xec\x01\xf8\x01\x02\x02\x0c\x02\x18\x02\x1c\x02$\x02(\x022\x02B\x02T\x02\x5c\x02j\x02z\x02\x88\x02\x98\x02\xa4\x02\xb2\x02\xbc\x02\xc8\x02\xd0\x02\xda\x02\xe2\x02\xea\x02\xf6\x02\xf8\x02\xff\x00\xff\xff\x03\x03\xff\xff\x07\xff\xff\x0a\xff\x0c\x0c\x0c\xff\x10\x10\x12\x10\x14\xff\x16\x16\x18\x16\x1a\x16\x16\x16\x16\x16 \x16\x22\xff\xff%%'%%*%,%%%%%%333%\xff88:88=\xff?\xffABCAAFAHAJALANAAQ\xff\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\xcf\x85\xcf\x83\xce\xbf\xcf\x85\xcf\x83\xce\xb1\xcf\x83\xce\xb5\xcf\x83\xce\xb7\xcf\x83\xce\xb5\xcf\x83\xce\xb7\xce\xb4\xce\xb5\xcf\x83\xce\xb7\xcf\x83\xce\xb5\xce\xb9\xcf\x83\xce\xb7\xce\xb8\xce\xb5\xce\xb9\xcf\x83\xce\xbf\xcf\x83\xcf\x85\xce\xbf\xcf\x85\xcf\x89\xce\xb7\xcf\x83\xcf\x89\xce\xb1\xcf\x89\xce\xb7\xce\xb8\xcf\x89\xce\xb1\xce\xb9\xce\xbf\xcf\x85\xce\xbc\xce\xb1\xce\xbf\xcf\x83\xce\xbf\xcf\x85\xce\xbd\xce\xb1\xce\xb9\xce\xbf\xcf\x83\xce\xbf\xcf\x85\xce\xbd\xce\xb1\xce\xbf\xce\xbc\xce\xbf\xcf\x85\xce\xbd\xce\xb1\xce\xb9\xce\xbf\xce\xbc\xce\xbf\xcf\x85\xce\xbd\xce\xb1\xce\xb5\xce\xb9\xce\xb5\xcf\x83\xce\xb1\xcf\x83\xcf\x84\xce\xb5\xce\xbf\xcf\x83\xce\xb1\xcf\x83\xcf\x84\xce\xb5\xce\xb9\xce\xbf\xcf\x83\xce\xb1\xcf\x83\xcf\x84\xce\xb5\xce\xbf\xcf\x85\xce\xbc\xce\xb1\xcf\x83\xcf\x84\xce\xb5\xce\xb9\xce\xbf\xcf\x85\xce\xbc\xce\xb1\xcf\x83\xcf\x84\xce\xb5\xce\xb9\xce\xb5\xce\xbc\xce\xb1\xcf\x83\xcf\x84\xce\xb5\xce\xbf\xcf\x85\xcf\x83\xce\xb1\xcf\x84\xce\xb5\xce\xb7\xcf\x83\xce\xb1\xcf\x84\xce\xb5\xce\xb1\xce\xb3\xce\xb1\xcf\x84\xce\xb5\xce\xb7\xce\xba\xce\xb1\xcf\x84\xce\xb5\xce\xb7\xce\xb8\xce\xb7\xce\xba\xce\xb1\xcf\x84\xce\xb5\xce\xb5\xce\xb9\xcf\x84\xce\xb5\xce\xb7\xce\xb8\xce\xb5\xce\xb9\xcf\x84\xce\xb5\xce\xb7\xce\xb9\xce\xb1\xcf\x83\xce\xb1\xce\xb9\xce\xb5\xcf\x83\xce\xb1\xce\xb9\xce\xb9\xce\xb5\xcf\x83\xce\xb1\xce\xb9\xce\xb1\xcf\x84\xce\xb1\xce\xb9\xce\xb5\xcf\x84\xce\xb1\xce\xb9\xce\xb9\xce\xb5\xcf\x84\xce\xb1\xce\xb9\xce\xbf\xcf\x85\xce\xbd\xcf\x84\xce\xb1\xce\xb9\xce\xb9\xce\xbf\xcf\x85\xce\xbd\xcf\x84\xce\xb1\xce\xb9\xce\xbf\xce\xbd\xcf\x84\xce\xb1\xce\xb9\xce\xbf\xcf\x85\xce\xbc\xce\xb1\xce\xb9\xce\xb1\xce\xbc\xce\xb1\xce\xb9\xce\xb9\xce\xb5\xce\xbc\xce\xb1\xce\xb9\xce\xbf\xce\xbc\xce\xb1\xce\xb9\xce\xb5\xce\xb9\xce\xb7\xcf\x83\xce\xb5\xce\xb9\xce\xb1\xce\xb5\xce\xb9\xce\xb7\xce\xb8\xce\xb5\xce\xb9\xce\xbf\xce\xb9\xce\xbf\xcf\x85\xce\xbd\xce\xb7\xcf\x83\xce\xbf\xcf\x85\xce\xbd\xce\xbf\xcf\x83\xce\xbf\xcf\x85\xce\xbd\xce\xb9\xce\xbf\xcf\x83\xce\xbf\xcf\x85\xce\xbd\xce\xb7\xce\xb8\xce\xbf\xcf\x85\xce\xbd\xce\xbf\xce\xbc\xce\xbf\xcf\x85\xce\xbd\xce\xb9\xce\xbf\xce\xbc\xce\xbf\xcf\x85\xce\xbd\xcf\x89\xce\xbd\xce\xb7\xce\xb4\xcf\x89\xce\xbd\xce\xb1\xce\xbd\xce\xbf\xcf\x85\xcf\x83\xce\xb1\xce\xbd\xce\xbf\xce\xbd\xcf\x84\xce\xbf\xcf\x85\xcf\x83\xce\xb1\xce\xbd\xce\xb9\xce\xbf\xce\xbd\xcf\x84\xce\xbf\xcf\x85\xcf\x83\xce\xb1\xce\xbd\xce\xb7\xcf\x83\xce\xb1\xce\xbd\xce\xbf\xcf\x83\xce\xb1\xcf\x83\xcf\x84\xce\xb1\xce\xbd\xce\xb9\xce\xbf\xcf\x83\xce\xb1\xcf\x83\xcf\x84\xce\xb1\xce\xbd\xce\xbf\xce\xbc\xce\xb1\xcf\x83\xcf\x84\xce\xb1\xce\xbd\xce\xb9\xce\xbf\xce\xbc\xce\xb1\xcf\x83\xcf\x84\xce\xb1\xce\xbd\xce\xbf\xcf\x85\xce\xbd\xcf\x84\xce\xb1\xce\xbd\xce\xb9\xce\xbf\xcf\x85\xce\xbd\xcf\x84\xce\xb1\xce\xbd\xce\xbf\xce\xbd\xcf\x84\xce\xb1\xce\xbd\xce\xb9\xce\xbf\xce\xbd\xcf\x84\xce\xb1\xce\xbd\xce\xbf\xcf\x84\xce\xb1\xce\xbd\xce\xb9\xce\xbf\xcf\x84\xce\xb1\xce\xbd\xce\xb1\xce\xb3\xce\xb1\xce\xbd\xce\xb7\xce\xba\xce\xb1\xce\xbd\xce\xb7\xce\xb8\xce\xb7\xce\xba\xce\xb1\xce\xbd\xce\xbf",
    methods: &[],
};

static A_73: &'static Among<Context> = &Among {
    data: b"\x08\x00\x0a\x00\x12\x00\x1a\x00\x22\x00,\x004\x00<\x00D\x00\xff\xff\xff\xff\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\x01\xce\xb5\xcf\x83\xcf\x84\xce\xb5\xcf\x81\xcf\x85\xcf\x84\xce\xb5\xcf\x81\xcf\x89\xcf\x84\xce\xb5\xcf\x81\xce\xbf\xcf\x84\xce\xb5\xcf\x81\xce\xb5\xcf\x83\xcf\x84\xce\xb1\xcf\x84\xcf\x85\xcf\x84\xce\xb1\xcf\x84\xcf\x89\xcf\x84\xce\xb1\xcf\x84\xce\xbf\xcf\x84\xce\xb1\xcf\x84",
    methods: &[],
};

static G_v: &'static [u8; 4] = &[81, 65, 16, 1];

static G_v2: &'static [u8; 4] = &[81, 65, 0, 1];

#[derive(Clone)]
struct Context {
    S_s: String,
    b_test1: bool,
}

fn r_has_min_length(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 110
    if !((env.current.chars().count() as i32) >= 3){
        return false;
    }
    return true;
}

fn r_tolower(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 114
    // repeat, line 115
    'replab0: loop{
        let v_1 = env.limit - env.cursor;
        'lab1: for _ in 0..1 {
            // (, line 115
            // [, line 116
            env.ket = env.cursor;
            // substring, line 116
            among_var = env.find_among_b(A_0, context);
            if among_var == 0 {
                break 'lab1;
            }
            // ], line 116
            env.bra = env.cursor;
            if among_var == 1 {
                // (, line 117
                // <-, line 117
                if !env.slice_from("\u{03B1}") {
                    return false;
                }
            } else if among_var == 2 {
                // (, line 118
                // <-, line 118
                if !env.slice_from("\u{03B2}") {
                    return false;
                }
            } else if among_var == 3 {
                // (, line 119
                // <-, line 119
                if !env.slice_from("\u{03B3}") {
                    return false;
                }
            } else if among_var == 4 {
                // (, line 120
                // <-, line 120
                if !env.slice_from("\u{03B4}") {
                    return false;
                }
            } else if among_var == 5 {
                // (, line 121
                // <-, line 121
                if !env.slice_from("\u{03B5}") {
                    return false;
                }
            } else if among_var == 6 {
                // (, line 122
                // <-, line 122
                if !env.slice_from("\u{03B6}") {
                    return false;
                }
            } else if among_var == 7 {
                // (, line 123
                // <-, line 123
                if !env.slice_from("\u{03B7}") {
                    return false;
                }
            } else if among_var == 8 {
                // (, line 124
                // <-, line 124
                if !env.slice_from("\u{03B8}") {
                    return false;
                }
            } else if among_var == 9 {
                // (, line 125
                // <-, line 125
                if !env.slice_from("\u{03B9}") {
                    return false;
                }
            } else if among_var == 10 {
                // (, line 126
                // <-, line 126
                if !env.slice_from("\u{03BA}") {
                    return false;
                }
            } else if among_var == 11 {
                // (, line 127
                // <-, line 127
                if !env.slice_from("\u{03BB}") {
                    return false;
                }
            } else if among_var == 12 {
                // (, line 128
                // <-, line 128
                if !env.slice_from("\u{03BC}") {
                    return false;
                }
            } else if among_var == 13 {
                // (, line 129
                // <-, line 129
                if !env.slice_from("\u{03BD}") {
                    return false;
                }
            } else if among_var == 14 {
                // (, line 130
                // <-, line 130
                if !env.slice_from("\u{03BE}") {
                    return false;
                }
            } else if among_var == 15 {
                // (, line 131
                // <-, line 131
                if !env.slice_from("\u{03BF}") {
                    return false;
                }
            } else if among_var == 16 {
                // (, line 132
                // <-, line 132
                if !env.slice_from("\u{03C0}") {
                    return false;
                }
            } else if among_var == 17 {
                // (, line 133
                // <-, line 133
                if !env.slice_from("\u{03C1}") {
                    return false;
                }
            } else if among_var == 18 {
                // (, line 134
                // <-, line 134
                if !env.slice_from("\u{03C3}") {
                    return false;
                }
            } else if among_var == 19 {
                // (, line 135
                // <-, line 135
                if !env.slice_from("\u{03C4}") {
                    return false;
                }
            } else if among_var == 20 {
                // (, line 136
                // <-, line 136
                if !env.slice_from("\u{03C5}") {
                    return false;
                }
            } else if among_var == 21 {
                // (, line 137
                // <-, line 137
                if !env.slice_from("\u{03C6}") {
                    return false;
                }
            } else if among_var == 22 {
                // (, line 138
                // <-, line 138
                if !env.slice_from("\u{03C7}") {
                    return false;
                }
            } else if among_var == 23 {
                // (, line 139
                // <-, line 139
                if !env.slice_from("\u{03C8}") {
                    return false;
                }
            } else if among_var == 24 {
                // (, line 140
                // <-, line 140
                if !env.slice_from("\u{03C9}") {
                    return false;
                }
            } else if among_var == 25 {
                // (, line 162
                // next, line 162
                if env.cursor <= env.limit_backward {
                    break 'lab1;
                }
                env.previous_char();
            }
            continue 'replab0;
        }
        env.cursor = env.limit - v_1;
        break 'replab0;
    }
    return true;
}

fn r_step1(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 167
    // [, line 168
    env.ket = env.cursor;
    // substring, line 168
    among_var = env.find_among_b(A_1, context);
    if among_var == 0 {
        return false;
    }
    // ], line 168
    env.bra = env.cursor;
    if among_var == 1 {
        // (, line 169
        // <-, line 169
        if !env.slice_from("\u{03C6}\u{03B1}") {
            return false;
        }
    } else if among_var == 2 {
        // (, line 170
        // <-, line 170
        if !env.slice_from("\u{03C3}\u{03BA}\u{03B1}") {
            return false;
        }
    } else if among_var == 3 {
        // (, line 171
        // <-, line 171
        if !env.slice_from("\u{03BF}\u{03BB}\u{03BF}") {
            return false;
        }
    } else if among_var == 4 {
        // (, line 172
        // <-, line 172
        if !env.slice_from("\u{03C3}\u{03BF}") {
            return false;
        }
    } else if among_var == 5 {
        // (, line 173
        // <-, line 173
        if !env.slice_from("\u{03C4}\u{03B1}\u{03C4}\u{03BF}") {
            return false;
        }
    } else if among_var == 6 {
        // (, line 174
        // <-, line 174
        if !env.slice_from("\u{03BA}\u{03C1}\u{03B5}") {
            return false;
        }
    } else if among_var == 7 {
        // (, line 175
        // <-, line 175
        if !env.slice_from("\u{03C0}\u{03B5}\u{03C1}") {
            return false;
        }
    } else if among_var == 8 {
        // (, line 176
        // <-, line 176
        if !env.slice_from("\u{03C4}\u{03B5}\u{03C1}") {
            return false;
        }
    } else if among_var == 9 {
        // (, line 177
        // <-, line 177
        if !env.slice_from("\u{03C6}\u{03C9}") {
            return false;
        }
    } else if among_var == 10 {
        // (, line 178
        // <-, line 178
        if !env.slice_from("\u{03BA}\u{03B1}\u{03B8}\u{03B5}\u{03C3}\u{03C4}") {
            return false;
        }
    } else if among_var == 11 {
        // (, line 179
        // <-, line 179
        if !env.slice_from("\u{03B3}\u{03B5}\u{03B3}\u{03BF}\u{03BD}") {
            return false;
        }
    }
    // unset test1, line 181
    context.b_test1 = false;
    return true;
}

fn r_steps1(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 184
    // [, line 185
    env.ket = env.cursor;
    // substring, line 185
    if env.find_among_b(A_4, context) == 0 {
        return false;
    }
    // ], line 185
    env.bra = env.cursor;
    // (, line 187
    // delete, line 188
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 189
    context.b_test1 = false;
    // or, line 193
    'lab0: loop {
        let v_1 = env.limit - env.cursor;
        'lab1: loop {
            // (, line 190
            // [, line 190
            env.ket = env.cursor;
            // substring, line 190
            if env.find_among_b(A_2, context) == 0 {
                break 'lab1;
            }
            // ], line 190
            env.bra = env.cursor;
            // atlimit, line 190
            if env.cursor > env.limit_backward {
                break 'lab1;
            }
            // (, line 192
            // -> s, line 192
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 192
            if !env.slice_from("\u{03B9}") {
                return false;
            }
            // <+ s, line 192
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        // (, line 194
        // [, line 194
        env.ket = env.cursor;
        // substring, line 194
        if env.find_among_b(A_3, context) == 0 {
            return false;
        }
        // ], line 194
        env.bra = env.cursor;
        // atlimit, line 194
        if env.cursor > env.limit_backward {
            return false;
        }
        // (, line 198
        // -> s, line 198
        context.S_s = env.slice_to();
        if context.S_s.is_empty() {
            return false;
        }
        // <-, line 198
        if !env.slice_from("\u{03B9}\u{03B6}") {
            return false;
        }
        // <+ s, line 198
        let c = env.cursor;
        let (bra, ket) = (env.cursor, env.cursor);
        env.insert(bra, ket, &context.S_s);
        env.cursor = c;
        break 'lab0;
    }
    return true;
}

fn r_steps2(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 204
    // [, line 205
    env.ket = env.cursor;
    // substring, line 205
    if env.find_among_b(A_6, context) == 0 {
        return false;
    }
    // ], line 205
    env.bra = env.cursor;
    // (, line 206
    // delete, line 207
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 208
    context.b_test1 = false;
    // [, line 209
    env.ket = env.cursor;
    // substring, line 209
    if env.find_among_b(A_5, context) == 0 {
        return false;
    }
    // ], line 209
    env.bra = env.cursor;
    // atlimit, line 209
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 210
    // -> s, line 210
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 210
    if !env.slice_from("\u{03C9}\u{03BD}") {
        return false;
    }
    // <+ s, line 210
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_steps3(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 216
    // [, line 217
    env.ket = env.cursor;
    // substring, line 217
    if env.find_among_b(A_9, context) == 0 {
        return false;
    }
    // ], line 217
    env.bra = env.cursor;
    // (, line 218
    // delete, line 219
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 220
    context.b_test1 = false;
    // or, line 221
    'lab0: loop {
        let v_1 = env.limit - env.cursor;
        'lab1: loop {
            // (, line 221
            // literal, line 221
            if !env.eq_s_b(&"\u{03B9}\u{03C3}\u{03B1}") {
                break 'lab1;
            }
            // atlimit, line 221
            if env.cursor > env.limit_backward {
                break 'lab1;
            }
            // <-, line 221
            if !env.slice_from("\u{03B9}\u{03C3}") {
                return false;
            }
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        'lab2: loop {
            // (, line 222
            // [, line 222
            env.ket = env.cursor;
            // substring, line 222
            if env.find_among_b(A_7, context) == 0 {
                break 'lab2;
            }
            // ], line 222
            env.bra = env.cursor;
            // atlimit, line 222
            if env.cursor > env.limit_backward {
                break 'lab2;
            }
            // (, line 226
            // -> s, line 226
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 226
            if !env.slice_from("\u{03B9}") {
                return false;
            }
            // <+ s, line 226
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        // (, line 228
        // [, line 228
        env.ket = env.cursor;
        // substring, line 228
        if env.find_among_b(A_8, context) == 0 {
            return false;
        }
        // ], line 228
        env.bra = env.cursor;
        // atlimit, line 228
        if env.cursor > env.limit_backward {
            return false;
        }
        // (, line 231
        // -> s, line 231
        context.S_s = env.slice_to();
        if context.S_s.is_empty() {
            return false;
        }
        // <-, line 231
        if !env.slice_from("\u{03B9}\u{03C3}") {
            return false;
        }
        // <+ s, line 231
        let c = env.cursor;
        let (bra, ket) = (env.cursor, env.cursor);
        env.insert(bra, ket, &context.S_s);
        env.cursor = c;
        break 'lab0;
    }
    return true;
}

fn r_steps4(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 237
    // [, line 238
    env.ket = env.cursor;
    // substring, line 238
    if env.find_among_b(A_11, context) == 0 {
        return false;
    }
    // ], line 238
    env.bra = env.cursor;
    // (, line 239
    // delete, line 240
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 241
    context.b_test1 = false;
    // [, line 242
    env.ket = env.cursor;
    // substring, line 242
    if env.find_among_b(A_10, context) == 0 {
        return false;
    }
    // ], line 242
    env.bra = env.cursor;
    // atlimit, line 242
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 246
    // -> s, line 246
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 246
    if !env.slice_from("\u{03B9}") {
        return false;
    }
    // <+ s, line 246
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_steps5(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 252
    // [, line 253
    env.ket = env.cursor;
    // substring, line 253
    if env.find_among_b(A_14, context) == 0 {
        return false;
    }
    // ], line 253
    env.bra = env.cursor;
    // (, line 255
    // delete, line 256
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 257
    context.b_test1 = false;
    // or, line 261
    'lab0: loop {
        let v_1 = env.limit - env.cursor;
        'lab1: loop {
            // (, line 258
            // [, line 258
            env.ket = env.cursor;
            // substring, line 258
            if env.find_among_b(A_12, context) == 0 {
                break 'lab1;
            }
            // ], line 258
            env.bra = env.cursor;
            // atlimit, line 258
            if env.cursor > env.limit_backward {
                break 'lab1;
            }
            // (, line 260
            // -> s, line 260
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 260
            if !env.slice_from("\u{03B9}") {
                return false;
            }
            // <+ s, line 260
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        // (, line 262
        // [, line 262
        env.ket = env.cursor;
        // substring, line 262
        if env.find_among_b(A_13, context) == 0 {
            return false;
        }
        // ], line 262
        env.bra = env.cursor;
        // atlimit, line 262
        if env.cursor > env.limit_backward {
            return false;
        }
        // (, line 266
        // -> s, line 266
        context.S_s = env.slice_to();
        if context.S_s.is_empty() {
            return false;
        }
        // <-, line 266
        if !env.slice_from("\u{03B9}\u{03C3}\u{03C4}") {
            return false;
        }
        // <+ s, line 266
        let c = env.cursor;
        let (bra, ket) = (env.cursor, env.cursor);
        env.insert(bra, ket, &context.S_s);
        env.cursor = c;
        break 'lab0;
    }
    return true;
}

fn r_steps6(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 272
    // [, line 273
    env.ket = env.cursor;
    // substring, line 273
    if env.find_among_b(A_18, context) == 0 {
        return false;
    }
    // ], line 273
    env.bra = env.cursor;
    // (, line 274
    // delete, line 275
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 276
    context.b_test1 = false;
    // or, line 280
    'lab0: loop {
        let v_1 = env.limit - env.cursor;
        'lab1: loop {
            // (, line 277
            // [, line 277
            env.ket = env.cursor;
            // substring, line 277
            if env.find_among_b(A_15, context) == 0 {
                break 'lab1;
            }
            // ], line 277
            env.bra = env.cursor;
            // atlimit, line 277
            if env.cursor > env.limit_backward {
                break 'lab1;
            }
            // (, line 279
            // -> s, line 279
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 279
            if !env.slice_from("\u{03B9}\u{03C3}\u{03BC}") {
                return false;
            }
            // <+ s, line 279
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        'lab2: loop {
            // (, line 281
            // [, line 281
            env.ket = env.cursor;
            // substring, line 281
            if env.find_among_b(A_16, context) == 0 {
                break 'lab2;
            }
            // ], line 281
            env.bra = env.cursor;
            // atlimit, line 281
            if env.cursor > env.limit_backward {
                break 'lab2;
            }
            // (, line 283
            // -> s, line 283
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 283
            if !env.slice_from("\u{03B9}") {
                return false;
            }
            // <+ s, line 283
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        // (, line 285
        // [, line 285
        env.ket = env.cursor;
        // substring, line 285
        among_var = env.find_among_b(A_17, context);
        if among_var == 0 {
            return false;
        }
        // ], line 285
        env.bra = env.cursor;
        if among_var == 1 {
            // (, line 286
            // <-, line 286
            if !env.slice_from("\u{03B1}\u{03B3}\u{03BD}\u{03C9}\u{03C3}\u{03C4}") {
                return false;
            }
        } else if among_var == 2 {
            // (, line 287
            // <-, line 287
            if !env.slice_from("\u{03B1}\u{03C4}\u{03BF}\u{03BC}") {
                return false;
            }
        } else if among_var == 3 {
            // (, line 288
            // <-, line 288
            if !env.slice_from("\u{03B3}\u{03BD}\u{03C9}\u{03C3}\u{03C4}") {
                return false;
            }
        } else if among_var == 4 {
            // (, line 289
            // <-, line 289
            if !env.slice_from("\u{03B5}\u{03B8}\u{03BD}") {
                return false;
            }
        } else if among_var == 5 {
            // (, line 290
            // <-, line 290
            if !env.slice_from("\u{03B5}\u{03BA}\u{03BB}\u{03B5}\u{03BA}\u{03C4}") {
                return false;
            }
        } else if among_var == 6 {
            // (, line 291
            // <-, line 291
            if !env.slice_from("\u{03C3}\u{03BA}\u{03B5}\u{03C0}\u{03C4}") {
                return false;
            }
        } else if among_var == 7 {
            // (, line 292
            // <-, line 292
            if !env.slice_from("\u{03C4}\u{03BF}\u{03C0}") {
                return false;
            }
        } else if among_var == 8 {
            // (, line 293
            // <-, line 293
            if !env.slice_from("\u{03B1}\u{03BB}\u{03B5}\u{03BE}\u{03B1}\u{03BD}\u{03B4}\u{03C1}") {
                return false;
            }
        } else if among_var == 9 {
            // (, line 294
            // <-, line 294
            if !env.slice_from("\u{03B2}\u{03C5}\u{03B6}\u{03B1}\u{03BD}\u{03C4}") {
                return false;
            }
        } else if among_var == 10 {
            // (, line 295
            // <-, line 295
            if !env.slice_from("\u{03B8}\u{03B5}\u{03B1}\u{03C4}\u{03C1}") {
                return false;
            }
        }
        break 'lab0;
    }
    return true;
}

fn r_steps7(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 301
    // [, line 302
    env.ket = env.cursor;
    // substring, line 302
    if env.find_among_b(A_20, context) == 0 {
        return false;
    }
    // ], line 302
    env.bra = env.cursor;
    // (, line 303
    // delete, line 304
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 305
    context.b_test1 = false;
    // [, line 306
    env.ket = env.cursor;
    // substring, line 306
    if env.find_among_b(A_19, context) == 0 {
        return false;
    }
    // ], line 306
    env.bra = env.cursor;
    // atlimit, line 306
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 308
    // -> s, line 308
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 308
    if !env.slice_from("\u{03B1}\u{03C1}\u{03B1}\u{03BA}") {
        return false;
    }
    // <+ s, line 308
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_steps8(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 314
    // [, line 315
    env.ket = env.cursor;
    // substring, line 315
    if env.find_among_b(A_23, context) == 0 {
        return false;
    }
    // ], line 315
    env.bra = env.cursor;
    // (, line 316
    // delete, line 317
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 318
    context.b_test1 = false;
    // or, line 325
    'lab0: loop {
        let v_1 = env.limit - env.cursor;
        'lab1: loop {
            // (, line 319
            // [, line 319
            env.ket = env.cursor;
            // substring, line 319
            if env.find_among_b(A_21, context) == 0 {
                break 'lab1;
            }
            // ], line 319
            env.bra = env.cursor;
            // atlimit, line 319
            if env.cursor > env.limit_backward {
                break 'lab1;
            }
            // (, line 324
            // -> s, line 324
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 324
            if !env.slice_from("\u{03B1}\u{03BA}") {
                return false;
            }
            // <+ s, line 324
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        'lab2: loop {
            // (, line 326
            // [, line 326
            env.ket = env.cursor;
            // substring, line 326
            if env.find_among_b(A_22, context) == 0 {
                break 'lab2;
            }
            // ], line 326
            env.bra = env.cursor;
            // atlimit, line 326
            if env.cursor > env.limit_backward {
                break 'lab2;
            }
            // (, line 329
            // -> s, line 329
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 329
            if !env.slice_from("\u{03B9}\u{03C4}\u{03C3}") {
                return false;
            }
            // <+ s, line 329
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        // (, line 331
        // [, line 331
        env.ket = env.cursor;
        // literal, line 331
        if !env.eq_s_b(&"\u{03BA}\u{03BF}\u{03C1}") {
            return false;
        }
        // ], line 331
        env.bra = env.cursor;
        // -> s, line 331
        context.S_s = env.slice_to();
        if context.S_s.is_empty() {
            return false;
        }
        // <-, line 331
        if !env.slice_from("\u{03B9}\u{03C4}\u{03C3}") {
            return false;
        }
        // <+ s, line 331
        let c = env.cursor;
        let (bra, ket) = (env.cursor, env.cursor);
        env.insert(bra, ket, &context.S_s);
        env.cursor = c;
        break 'lab0;
    }
    return true;
}

fn r_steps9(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 336
    // [, line 337
    env.ket = env.cursor;
    // substring, line 337
    if env.find_among_b(A_26, context) == 0 {
        return false;
    }
    // ], line 337
    env.bra = env.cursor;
    // (, line 338
    // delete, line 339
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 340
    context.b_test1 = false;
    // or, line 343
    'lab0: loop {
        let v_1 = env.limit - env.cursor;
        'lab1: loop {
            // (, line 341
            // [, line 341
            env.ket = env.cursor;
            // substring, line 341
            if env.find_among_b(A_24, context) == 0 {
                break 'lab1;
            }
            // ], line 341
            env.bra = env.cursor;
            // atlimit, line 341
            if env.cursor > env.limit_backward {
                break 'lab1;
            }
            // (, line 342
            // -> s, line 342
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 342
            if !env.slice_from("\u{03B9}\u{03B4}") {
                return false;
            }
            // <+ s, line 342
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        // (, line 344
        // [, line 344
        env.ket = env.cursor;
        // substring, line 344
        if env.find_among_b(A_25, context) == 0 {
            return false;
        }
        // ], line 344
        env.bra = env.cursor;
        // (, line 345
        // -> s, line 345
        context.S_s = env.slice_to();
        if context.S_s.is_empty() {
            return false;
        }
        // <-, line 345
        if !env.slice_from("\u{03B9}\u{03B4}") {
            return false;
        }
        // <+ s, line 345
        let c = env.cursor;
        let (bra, ket) = (env.cursor, env.cursor);
        env.insert(bra, ket, &context.S_s);
        env.cursor = c;
        break 'lab0;
    }
    return true;
}

fn r_steps10(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 351
    // [, line 352
    env.ket = env.cursor;
    // substring, line 352
    if env.find_among_b(A_28, context) == 0 {
        return false;
    }
    // ], line 352
    env.bra = env.cursor;
    // (, line 353
    // delete, line 354
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 355
    context.b_test1 = false;
    // [, line 356
    env.ket = env.cursor;
    // substring, line 356
    if env.find_among_b(A_27, context) == 0 {
        return false;
    }
    // ], line 356
    env.bra = env.cursor;
    // atlimit, line 356
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 358
    // -> s, line 358
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 358
    if !env.slice_from("\u{03B9}\u{03C3}\u{03BA}") {
        return false;
    }
    // <+ s, line 358
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step2a(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 364
    // [, line 365
    env.ket = env.cursor;
    // substring, line 365
    if env.find_among_b(A_29, context) == 0 {
        return false;
    }
    // ], line 365
    env.bra = env.cursor;
    // (, line 366
    // delete, line 366
    if !env.slice_del() {
        return false;
    }
    // not, line 368
    let v_1 = env.limit - env.cursor;
    'lab0: loop {
        // (, line 368
        // [, line 368
        env.ket = env.cursor;
        // substring, line 368
        if env.find_among_b(A_30, context) == 0 {
            break 'lab0;
        }
        // ], line 368
        env.bra = env.cursor;
        return false;
    }
    env.cursor = env.limit - v_1;
    // <+, line 371
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, "\u{03B1}\u{03B4}");
    env.cursor = c;
    return true;
}

fn r_step2b(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 374
    // [, line 375
    env.ket = env.cursor;
    // substring, line 375
    if env.find_among_b(A_31, context) == 0 {
        return false;
    }
    // ], line 375
    env.bra = env.cursor;
    // (, line 376
    // delete, line 376
    if !env.slice_del() {
        return false;
    }
    // [, line 378
    env.ket = env.cursor;
    // substring, line 378
    if env.find_among_b(A_32, context) == 0 {
        return false;
    }
    // ], line 378
    env.bra = env.cursor;
    // (, line 379
    // -> s, line 379
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 379
    if !env.slice_from("\u{03B5}\u{03B4}") {
        return false;
    }
    // <+ s, line 379
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step2c(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 383
    // [, line 384
    env.ket = env.cursor;
    // substring, line 384
    if env.find_among_b(A_33, context) == 0 {
        return false;
    }
    // ], line 384
    env.bra = env.cursor;
    // (, line 385
    // delete, line 385
    if !env.slice_del() {
        return false;
    }
    // [, line 387
    env.ket = env.cursor;
    // substring, line 387
    if env.find_among_b(A_34, context) == 0 {
        return false;
    }
    // ], line 387
    env.bra = env.cursor;
    // (, line 389
    // -> s, line 389
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 389
    if !env.slice_from("\u{03BF}\u{03C5}\u{03B4}") {
        return false;
    }
    // <+ s, line 389
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step2d(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 393
    // [, line 394
    env.ket = env.cursor;
    // substring, line 394
    if env.find_among_b(A_35, context) == 0 {
        return false;
    }
    // ], line 394
    env.bra = env.cursor;
    // (, line 395
    // delete, line 395
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 395
    context.b_test1 = false;
    // [, line 397
    env.ket = env.cursor;
    // substring, line 397
    if env.find_among_b(A_36, context) == 0 {
        return false;
    }
    // ], line 397
    env.bra = env.cursor;
    // atlimit, line 397
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 398
    // -> s, line 398
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 398
    if !env.slice_from("\u{03B5}") {
        return false;
    }
    // <+ s, line 398
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step3(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 402
    // [, line 403
    env.ket = env.cursor;
    // substring, line 403
    if env.find_among_b(A_37, context) == 0 {
        return false;
    }
    // ], line 403
    env.bra = env.cursor;
    // (, line 404
    // delete, line 404
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 404
    context.b_test1 = false;
    // (, line 406
    // [, line 406
    env.ket = env.cursor;
    if !env.in_grouping_b(G_v, 945, 969) {
        return false;
    }
    // ], line 406
    env.bra = env.cursor;
    // -> s, line 406
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 406
    if !env.slice_from("\u{03B9}") {
        return false;
    }
    // <+ s, line 406
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step4(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 409
    // [, line 410
    env.ket = env.cursor;
    // substring, line 410
    if env.find_among_b(A_38, context) == 0 {
        return false;
    }
    // ], line 410
    env.bra = env.cursor;
    // (, line 411
    // delete, line 411
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 411
    context.b_test1 = false;
    // or, line 413
    'lab0: loop {
        let v_1 = env.limit - env.cursor;
        'lab1: loop {
            // (, line 413
            // [, line 413
            env.ket = env.cursor;
            if !env.in_grouping_b(G_v, 945, 969) {
                break 'lab1;
            }
            // ], line 413
            env.bra = env.cursor;
            // -> s, line 413
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 413
            if !env.slice_from("\u{03B9}\u{03BA}") {
                return false;
            }
            // <+ s, line 413
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        // [, line 414
        env.ket = env.cursor;
        break 'lab0;
    }
    // substring, line 414
    if env.find_among_b(A_39, context) == 0 {
        return false;
    }
    // ], line 414
    env.bra = env.cursor;
    // atlimit, line 414
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 419
    // -> s, line 419
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 419
    if !env.slice_from("\u{03B9}\u{03BA}") {
        return false;
    }
    // <+ s, line 419
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step5a(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 423
    // do, line 424
    let v_1 = env.limit - env.cursor;
    'lab0: loop {
        // (, line 424
        // literal, line 424
        if !env.eq_s_b(&"\u{03B1}\u{03B3}\u{03B1}\u{03BC}\u{03B5}") {
            break 'lab0;
        }
        // atlimit, line 424
        if env.cursor > env.limit_backward {
            break 'lab0;
        }
        // <-, line 424
        if !env.slice_from("\u{03B1}\u{03B3}\u{03B1}\u{03BC}") {
            return false;
        }
        break 'lab0;
    }
    env.cursor = env.limit - v_1;
    // do, line 425
    let v_2 = env.limit - env.cursor;
    'lab1: loop {
        // (, line 425
        // [, line 426
        env.ket = env.cursor;
        // substring, line 426
        if env.find_among_b(A_40, context) == 0 {
            break 'lab1;
        }
        // ], line 426
        env.bra = env.cursor;
        // (, line 427
        // delete, line 427
        if !env.slice_del() {
            return false;
        }
        // unset test1, line 427
        context.b_test1 = false;
        break 'lab1;
    }
    env.cursor = env.limit - v_2;
    // [, line 430
    env.ket = env.cursor;
    // literal, line 430
    if !env.eq_s_b(&"\u{03B1}\u{03BC}\u{03B5}") {
        return false;
    }
    // ], line 430
    env.bra = env.cursor;
    // delete, line 431
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 432
    context.b_test1 = false;
    // [, line 433
    env.ket = env.cursor;
    // substring, line 433
    if env.find_among_b(A_41, context) == 0 {
        return false;
    }
    // ], line 433
    env.bra = env.cursor;
    // atlimit, line 433
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 435
    // -> s, line 435
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 435
    if !env.slice_from("\u{03B1}\u{03BC}") {
        return false;
    }
    // <+ s, line 435
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step5b(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 439
    // do, line 440
    let v_1 = env.limit - env.cursor;
    'lab0: loop {
        // (, line 440
        // [, line 441
        env.ket = env.cursor;
        // substring, line 441
        if env.find_among_b(A_43, context) == 0 {
            break 'lab0;
        }
        // ], line 441
        env.bra = env.cursor;
        // (, line 443
        // delete, line 444
        if !env.slice_del() {
            return false;
        }
        // unset test1, line 445
        context.b_test1 = false;
        // [, line 446
        env.ket = env.cursor;
        // substring, line 446
        if env.find_among_b(A_42, context) == 0 {
            break 'lab0;
        }
        // ], line 446
        env.bra = env.cursor;
        // atlimit, line 446
        if env.cursor > env.limit_backward {
            break 'lab0;
        }
        // (, line 447
        // -> s, line 447
        context.S_s = env.slice_to();
        if context.S_s.is_empty() {
            return false;
        }
        // <-, line 447
        if !env.slice_from("\u{03B1}\u{03B3}\u{03B1}\u{03BD}") {
            return false;
        }
        // <+ s, line 447
        let c = env.cursor;
        let (bra, ket) = (env.cursor, env.cursor);
        env.insert(bra, ket, &context.S_s);
        env.cursor = c;
        break 'lab0;
    }
    env.cursor = env.limit - v_1;
    // [, line 452
    env.ket = env.cursor;
    // literal, line 452
    if !env.eq_s_b(&"\u{03B1}\u{03BD}\u{03B5}") {
        return false;
    }
    // ], line 452
    env.bra = env.cursor;
    // delete, line 453
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 454
    context.b_test1 = false;
    // or, line 455
    'lab1: loop {
        let v_2 = env.limit - env.cursor;
        'lab2: loop {
            // (, line 455
            // [, line 455
            env.ket = env.cursor;
            if !env.in_grouping_b(G_v2, 945, 969) {
                break 'lab2;
            }
            // ], line 455
            env.bra = env.cursor;
            // -> s, line 455
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 455
            if !env.slice_from("\u{03B1}\u{03BD}") {
                return false;
            }
            // <+ s, line 455
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab1;
        }
        env.cursor = env.limit - v_2;
        // [, line 456
        env.ket = env.cursor;
        break 'lab1;
    }
    // substring, line 456
    if env.find_among_b(A_44, context) == 0 {
        return false;
    }
    // ], line 456
    env.bra = env.cursor;
    // atlimit, line 456
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 473
    // -> s, line 473
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 473
    if !env.slice_from("\u{03B1}\u{03BD}") {
        return false;
    }
    // <+ s, line 473
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step5c(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 477
    // do, line 478
    let v_1 = env.limit - env.cursor;
    'lab0: loop {
        // (, line 478
        // [, line 479
        env.ket = env.cursor;
        // substring, line 479
        if env.find_among_b(A_45, context) == 0 {
            break 'lab0;
        }
        // ], line 479
        env.bra = env.cursor;
        // (, line 480
        // delete, line 480
        if !env.slice_del() {
            return false;
        }
        // unset test1, line 480
        context.b_test1 = false;
        break 'lab0;
    }
    env.cursor = env.limit - v_1;
    // [, line 483
    env.ket = env.cursor;
    // literal, line 483
    if !env.eq_s_b(&"\u{03B5}\u{03C4}\u{03B5}") {
        return false;
    }
    // ], line 483
    env.bra = env.cursor;
    // delete, line 484
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 485
    context.b_test1 = false;
    // or, line 486
    'lab1: loop {
        let v_2 = env.limit - env.cursor;
        'lab2: loop {
            // (, line 486
            // [, line 486
            env.ket = env.cursor;
            if !env.in_grouping_b(G_v2, 945, 969) {
                break 'lab2;
            }
            // ], line 486
            env.bra = env.cursor;
            // -> s, line 486
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 486
            if !env.slice_from("\u{03B5}\u{03C4}") {
                return false;
            }
            // <+ s, line 486
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab1;
        }
        env.cursor = env.limit - v_2;
        'lab3: loop {
            // (, line 487
            // [, line 487
            env.ket = env.cursor;
            // substring, line 487
            if env.find_among_b(A_46, context) == 0 {
                break 'lab3;
            }
            // ], line 487
            env.bra = env.cursor;
            // (, line 491
            // -> s, line 491
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 491
            if !env.slice_from("\u{03B5}\u{03C4}") {
                return false;
            }
            // <+ s, line 491
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab1;
        }
        env.cursor = env.limit - v_2;
        // [, line 493
        env.ket = env.cursor;
        break 'lab1;
    }
    // substring, line 493
    if env.find_among_b(A_47, context) == 0 {
        return false;
    }
    // ], line 493
    env.bra = env.cursor;
    // atlimit, line 493
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 497
    // -> s, line 497
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 497
    if !env.slice_from("\u{03B5}\u{03C4}") {
        return false;
    }
    // <+ s, line 497
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step5d(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 501
    // [, line 502
    env.ket = env.cursor;
    // substring, line 502
    if env.find_among_b(A_48, context) == 0 {
        return false;
    }
    // ], line 502
    env.bra = env.cursor;
    // (, line 503
    // delete, line 504
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 505
    context.b_test1 = false;
    // or, line 506
    'lab0: loop {
        let v_1 = env.limit - env.cursor;
        'lab1: loop {
            // (, line 506
            // [, line 506
            env.ket = env.cursor;
            // literal, line 506
            if !env.eq_s_b(&"\u{03B1}\u{03C1}\u{03C7}") {
                break 'lab1;
            }
            // ], line 506
            env.bra = env.cursor;
            // atlimit, line 506
            if env.cursor > env.limit_backward {
                break 'lab1;
            }
            // -> s, line 506
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 506
            if !env.slice_from("\u{03BF}\u{03BD}\u{03C4}") {
                return false;
            }
            // <+ s, line 506
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        // (, line 507
        // [, line 507
        env.ket = env.cursor;
        // literal, line 507
        if !env.eq_s_b(&"\u{03BA}\u{03C1}\u{03B5}") {
            return false;
        }
        // ], line 507
        env.bra = env.cursor;
        // -> s, line 507
        context.S_s = env.slice_to();
        if context.S_s.is_empty() {
            return false;
        }
        // <-, line 507
        if !env.slice_from("\u{03C9}\u{03BD}\u{03C4}") {
            return false;
        }
        // <+ s, line 507
        let c = env.cursor;
        let (bra, ket) = (env.cursor, env.cursor);
        env.insert(bra, ket, &context.S_s);
        env.cursor = c;
        break 'lab0;
    }
    return true;
}

fn r_step5e(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 512
    // [, line 513
    env.ket = env.cursor;
    // substring, line 513
    if env.find_among_b(A_49, context) == 0 {
        return false;
    }
    // ], line 513
    env.bra = env.cursor;
    // (, line 514
    // delete, line 515
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 516
    context.b_test1 = false;
    // (, line 517
    // [, line 517
    env.ket = env.cursor;
    // literal, line 517
    if !env.eq_s_b(&"\u{03BF}\u{03BD}") {
        return false;
    }
    // ], line 517
    env.bra = env.cursor;
    // atlimit, line 517
    if env.cursor > env.limit_backward {
        return false;
    }
    // -> s, line 517
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 517
    if !env.slice_from("\u{03BF}\u{03BC}\u{03B1}\u{03C3}\u{03C4}") {
        return false;
    }
    // <+ s, line 517
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step5f(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 522
    // do, line 523
    let v_1 = env.limit - env.cursor;
    'lab0: loop {
        // (, line 523
        // [, line 524
        env.ket = env.cursor;
        // literal, line 524
        if !env.eq_s_b(&"\u{03B9}\u{03B5}\u{03C3}\u{03C4}\u{03B5}") {
            break 'lab0;
        }
        // ], line 524
        env.bra = env.cursor;
        // delete, line 525
        if !env.slice_del() {
            return false;
        }
        // unset test1, line 526
        context.b_test1 = false;
        // [, line 527
        env.ket = env.cursor;
        // substring, line 527
        if env.find_among_b(A_50, context) == 0 {
            break 'lab0;
        }
        // ], line 527
        env.bra = env.cursor;
        // atlimit, line 527
        if env.cursor > env.limit_backward {
            break 'lab0;
        }
        // (, line 528
        // -> s, line 528
        context.S_s = env.slice_to();
        if context.S_s.is_empty() {
            return false;
        }
        // <-, line 528
        if !env.slice_from("\u{03B9}\u{03B5}\u{03C3}\u{03C4}") {
            return false;
        }
        // <+ s, line 528
        let c = env.cursor;
        let (bra, ket) = (env.cursor, env.cursor);
        env.insert(bra, ket, &context.S_s);
        env.cursor = c;
        break 'lab0;
    }
    env.cursor = env.limit - v_1;
    // [, line 531
    env.ket = env.cursor;
    // literal, line 531
    if !env.eq_s_b(&"\u{03B5}\u{03C3}\u{03C4}\u{03B5}") {
        return false;
    }
    // ], line 531
    env.bra = env.cursor;
    // delete, line 532
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 533
    context.b_test1 = false;
    // [, line 534
    env.ket = env.cursor;
    // substring, line 534
    if env.find_among_b(A_51, context) == 0 {
        return false;
    }
    // ], line 534
    env.bra = env.cursor;
    // atlimit, line 534
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 536
    // -> s, line 536
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 536
    if !env.slice_from("\u{03B9}\u{03B5}\u{03C3}\u{03C4}") {
        return false;
    }
    // <+ s, line 536
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step5g(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 540
    // do, line 541
    let v_1 = env.limit - env.cursor;
    'lab0: loop {
        // (, line 541
        // [, line 542
        env.ket = env.cursor;
        // substring, line 542
        if env.find_among_b(A_52, context) == 0 {
            break 'lab0;
        }
        // ], line 542
        env.bra = env.cursor;
        // (, line 543
        // delete, line 543
        if !env.slice_del() {
            return false;
        }
        // unset test1, line 543
        context.b_test1 = false;
        break 'lab0;
    }
    env.cursor = env.limit - v_1;
    // [, line 546
    env.ket = env.cursor;
    // substring, line 546
    if env.find_among_b(A_55, context) == 0 {
        return false;
    }
    // ], line 546
    env.bra = env.cursor;
    // (, line 547
    // delete, line 548
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 549
    context.b_test1 = false;
    // or, line 552
    'lab1: loop {
        let v_2 = env.limit - env.cursor;
        'lab2: loop {
            // (, line 550
            // [, line 550
            env.ket = env.cursor;
            // substring, line 550
            if env.find_among_b(A_53, context) == 0 {
                break 'lab2;
            }
            // ], line 550
            env.bra = env.cursor;
            // (, line 551
            // -> s, line 551
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 551
            if !env.slice_from("\u{03B7}\u{03BA}") {
                return false;
            }
            // <+ s, line 551
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab1;
        }
        env.cursor = env.limit - v_2;
        // (, line 553
        // [, line 553
        env.ket = env.cursor;
        // substring, line 553
        if env.find_among_b(A_54, context) == 0 {
            return false;
        }
        // ], line 553
        env.bra = env.cursor;
        // atlimit, line 553
        if env.cursor > env.limit_backward {
            return false;
        }
        // (, line 554
        // -> s, line 554
        context.S_s = env.slice_to();
        if context.S_s.is_empty() {
            return false;
        }
        // <-, line 554
        if !env.slice_from("\u{03B7}\u{03BA}") {
            return false;
        }
        // <+ s, line 554
        let c = env.cursor;
        let (bra, ket) = (env.cursor, env.cursor);
        env.insert(bra, ket, &context.S_s);
        env.cursor = c;
        break 'lab1;
    }
    return true;
}

fn r_step5h(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 560
    // [, line 561
    env.ket = env.cursor;
    // substring, line 561
    if env.find_among_b(A_58, context) == 0 {
        return false;
    }
    // ], line 561
    env.bra = env.cursor;
    // (, line 562
    // delete, line 563
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 564
    context.b_test1 = false;
    // or, line 569
    'lab0: loop {
        let v_1 = env.limit - env.cursor;
        'lab1: loop {
            // (, line 565
            // [, line 565
            env.ket = env.cursor;
            // substring, line 565
            if env.find_among_b(A_56, context) == 0 {
                break 'lab1;
            }
            // ], line 565
            env.bra = env.cursor;
            // (, line 567
            // -> s, line 567
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 567
            if !env.slice_from("\u{03BF}\u{03C5}\u{03C3}") {
                return false;
            }
            // <+ s, line 567
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        // (, line 570
        // [, line 570
        env.ket = env.cursor;
        // substring, line 570
        if env.find_among_b(A_57, context) == 0 {
            return false;
        }
        // ], line 570
        env.bra = env.cursor;
        // atlimit, line 570
        if env.cursor > env.limit_backward {
            return false;
        }
        // (, line 574
        // -> s, line 574
        context.S_s = env.slice_to();
        if context.S_s.is_empty() {
            return false;
        }
        // <-, line 574
        if !env.slice_from("\u{03BF}\u{03C5}\u{03C3}") {
            return false;
        }
        // <+ s, line 574
        let c = env.cursor;
        let (bra, ket) = (env.cursor, env.cursor);
        env.insert(bra, ket, &context.S_s);
        env.cursor = c;
        break 'lab0;
    }
    return true;
}

fn r_step5i(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 580
    // [, line 581
    env.ket = env.cursor;
    // substring, line 581
    if env.find_among_b(A_62, context) == 0 {
        return false;
    }
    // ], line 581
    env.bra = env.cursor;
    // (, line 582
    // delete, line 583
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 584
    context.b_test1 = false;
    // or, line 585
    'lab0: loop {
        let v_1 = env.limit - env.cursor;
        'lab1: loop {
            // (, line 585
            // [, line 585
            env.ket = env.cursor;
            // literal, line 585
            if !env.eq_s_b(&"\u{03BA}\u{03BF}\u{03BB}\u{03BB}") {
                break 'lab1;
            }
            // ], line 585
            env.bra = env.cursor;
            // -> s, line 585
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 585
            if !env.slice_from("\u{03B1}\u{03B3}") {
                return false;
            }
            // <+ s, line 585
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab0;
        }
        env.cursor = env.limit - v_1;
        // (, line 585
        // not, line 586
        let v_2 = env.limit - env.cursor;
        'lab2: loop {
            // (, line 586
            // [, line 586
            env.ket = env.cursor;
            // substring, line 586
            if env.find_among_b(A_59, context) == 0 {
                break 'lab2;
            }
            // ], line 586
            env.bra = env.cursor;
            return false;
        }
        env.cursor = env.limit - v_2;
        // or, line 590
        'lab3: loop {
            let v_3 = env.limit - env.cursor;
            'lab4: loop {
                // (, line 587
                // [, line 587
                env.ket = env.cursor;
                // substring, line 587
                if env.find_among_b(A_60, context) == 0 {
                    break 'lab4;
                }
                // ], line 587
                env.bra = env.cursor;
                // (, line 589
                // -> s, line 589
                context.S_s = env.slice_to();
                if context.S_s.is_empty() {
                    return false;
                }
                // <-, line 589
                if !env.slice_from("\u{03B1}\u{03B3}") {
                    return false;
                }
                // <+ s, line 589
                let c = env.cursor;
                let (bra, ket) = (env.cursor, env.cursor);
                env.insert(bra, ket, &context.S_s);
                env.cursor = c;
                break 'lab3;
            }
            env.cursor = env.limit - v_3;
            // (, line 591
            // [, line 591
            env.ket = env.cursor;
            // substring, line 591
            if env.find_among_b(A_61, context) == 0 {
                return false;
            }
            // ], line 591
            env.bra = env.cursor;
            // atlimit, line 591
            if env.cursor > env.limit_backward {
                return false;
            }
            // (, line 597
            // -> s, line 597
            context.S_s = env.slice_to();
            if context.S_s.is_empty() {
                return false;
            }
            // <-, line 597
            if !env.slice_from("\u{03B1}\u{03B3}") {
                return false;
            }
            // <+ s, line 597
            let c = env.cursor;
            let (bra, ket) = (env.cursor, env.cursor);
            env.insert(bra, ket, &context.S_s);
            env.cursor = c;
            break 'lab3;
        }
        break 'lab0;
    }
    return true;
}

fn r_step5j(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 604
    // [, line 605
    env.ket = env.cursor;
    // substring, line 605
    if env.find_among_b(A_63, context) == 0 {
        return false;
    }
    // ], line 605
    env.bra = env.cursor;
    // (, line 606
    // delete, line 606
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 606
    context.b_test1 = false;
    // [, line 608
    env.ket = env.cursor;
    // substring, line 608
    if env.find_among_b(A_64, context) == 0 {
        return false;
    }
    // ], line 608
    env.bra = env.cursor;
    // atlimit, line 608
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 609
    // -> s, line 609
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 609
    if !env.slice_from("\u{03B7}\u{03C3}") {
        return false;
    }
    // <+ s, line 609
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step5k(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 613
    // [, line 614
    env.ket = env.cursor;
    // substring, line 614
    if env.find_among_b(A_65, context) == 0 {
        return false;
    }
    // ], line 614
    env.bra = env.cursor;
    // (, line 615
    // delete, line 615
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 615
    context.b_test1 = false;
    // [, line 617
    env.ket = env.cursor;
    // substring, line 617
    if env.find_among_b(A_66, context) == 0 {
        return false;
    }
    // ], line 617
    env.bra = env.cursor;
    // atlimit, line 617
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 619
    // -> s, line 619
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 619
    if !env.slice_from("\u{03B7}\u{03C3}\u{03C4}") {
        return false;
    }
    // <+ s, line 619
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step5l(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 623
    // [, line 624
    env.ket = env.cursor;
    // substring, line 624
    if env.find_among_b(A_67, context) == 0 {
        return false;
    }
    // ], line 624
    env.bra = env.cursor;
    // (, line 625
    // delete, line 625
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 625
    context.b_test1 = false;
    // [, line 627
    env.ket = env.cursor;
    // substring, line 627
    if env.find_among_b(A_68, context) == 0 {
        return false;
    }
    // ], line 627
    env.bra = env.cursor;
    // atlimit, line 627
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 628
    // -> s, line 628
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 628
    if !env.slice_from("\u{03BF}\u{03C5}\u{03BD}") {
        return false;
    }
    // <+ s, line 628
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step5m(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 632
    // [, line 633
    env.ket = env.cursor;
    // substring, line 633
    if env.find_among_b(A_69, context) == 0 {
        return false;
    }
    // ], line 633
    env.bra = env.cursor;
    // (, line 634
    // delete, line 634
    if !env.slice_del() {
        return false;
    }
    // unset test1, line 634
    context.b_test1 = false;
    // [, line 636
    env.ket = env.cursor;
    // substring, line 636
    if env.find_among_b(A_70, context) == 0 {
        return false;
    }
    // ], line 636
    env.bra = env.cursor;
    // atlimit, line 636
    if env.cursor > env.limit_backward {
        return false;
    }
    // (, line 638
    // -> s, line 638
    context.S_s = env.slice_to();
    if context.S_s.is_empty() {
        return false;
    }
    // <-, line 638
    if !env.slice_from("\u{03BF}\u{03C5}\u{03BC}") {
        return false;
    }
    // <+ s, line 638
    let c = env.cursor;
    let (bra, ket) = (env.cursor, env.cursor);
    env.insert(bra, ket, &context.S_s);
    env.cursor = c;
    return true;
}

fn r_step6(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 642
    // do, line 643
    let v_1 = env.limit - env.cursor;
    'lab0: loop {
        // (, line 643
        // [, line 644
        env.ket = env.cursor;
        // substring, line 644
        if env.find_among_b(A_71, context) == 0 {
            break 'lab0;
        }
        // ], line 644
        env.bra = env.cursor;
        // (, line 645
        // <-, line 645
        if !env.slice_from("\u{03BC}\u{03B1}") {
            return false;
        }
        break 'lab0;
    }
    env.cursor = env.limit - v_1;
    // Boolean test test1, line 648
    if !context.b_test1 {
        return false;
    }
    // [, line 649
    env.ket = env.cursor;
    // substring, line 649
    if env.find_among_b(A_72, context) == 0 {
        return false;
    }
    // ], line 649
    env.bra = env.cursor;
    // (, line 659
    // delete, line 659
    if !env.slice_del() {
        return false;
    }
    return true;
}

fn r_step7(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 663
    // [, line 664
    env.ket = env.cursor;
    // substring, line 664
    if env.find_among_b(A_73, context) == 0 {
        return false;
    }
    // ], line 664
    env.bra = env.cursor;
    // (, line 665
    // delete, line 665
    if !env.slice_del() {
        return false;
    }
    return true;
}

pub fn stem(env: &mut SnowballEnv) -> bool {
    let mut context = &mut Context {
        S_s: String::new(),
        b_test1: false,
    };
    // (, line 670
    // backwards, line 671
    env.limit_backward = env.cursor;
    env.cursor = env.limit;
    // (, line 671
    // do, line 672
    let v_1 = env.limit - env.cursor;
    'lab0: loop {
        // call tolower, line 672
        if !r_tolower(env, context) {
            break 'lab0;
        }
        break 'lab0;
    }
    env.cursor = env.limit - v_1;
    // call has_min_length, line 673
    if !r_has_min_length(env, context) {
        return false;
    }
    // set test1, line 674
    context.b_test1 = true;
    // do, line 675
    let v_2 = env.limit - env.cursor;
    'lab1: loop {
        // call step1, line 675
        if !r_step1(env, context) {
            break 'lab1;
        }
        break 'lab1;
    }
    env.cursor = env.limit - v_2;
    // do, line 676
    let v_3 = env.limit - env.cursor;
    'lab2: loop {
        // call steps1, line 676
        if !r_steps1(env, context) {
            break 'lab2;
        }
        break 'lab2;
    }
    env.cursor = env.limit - v_3;
    // do, line 677
    let v_4 = env.limit - env.cursor;
    'lab3: loop {
        // call steps2, line 677
        if !r_steps2(env, context) {
            break 'lab3;
        }
        break 'lab3;
    }
    env.cursor = env.limit - v_4;
    // do, line 678
    let v_5 = env.limit - env.cursor;
    'lab4: loop {
        // call steps3, line 678
        if !r_steps3(env, context) {
            break 'lab4;
        }
        break 'lab4;
    }
    env.cursor = env.limit - v_5;
    // do, line 679
    let v_6 = env.limit - env.cursor;
    'lab5: loop {
        // call steps4, line 679
        if !r_steps4(env, context) {
            break 'lab5;
        }
        break 'lab5;
    }
    env.cursor = env.limit - v_6;
    // do, line 680
    let v_7 = env.limit - env.cursor;
    'lab6: loop {
        // call steps5, line 680
        if !r_steps5(env, context) {
            break 'lab6;
        }
        break 'lab6;
    }
    env.cursor = env.limit - v_7;
    // do, line 681
    let v_8 = env.limit - env.cursor;
    'lab7: loop {
        // call steps6, line 681
        if !r_steps6(env, context) {
            break 'lab7;
        }
        break 'lab7;
    }
    env.cursor = env.limit - v_8;
    // do, line 682
    let v_9 = env.limit - env.cursor;
    'lab8: loop {
        // call steps7, line 682
        if !r_steps7(env, context) {
            break 'lab8;
        }
        break 'lab8;
    }
    env.cursor = env.limit - v_9;
    // do, line 683
    let v_10 = env.limit - env.cursor;
    'lab9: loop {
        // call steps8, line 683
        if !r_steps8(env, context) {
            break 'lab9;
        }
        break 'lab9;
    }
    env.cursor = env.limit - v_10;
    // do, line 684
    let v_11 = env.limit - env.cursor;
    'lab10: loop {
        // call steps9, line 684
        if !r_steps9(env, context) {
            break 'lab10;
        }
        break 'lab10;
    }
    env.cursor = env.limit - v_11;
    // do, line 685
    let v_12 = env.limit - env.cursor;
    'lab11: loop {
        // call steps10, line 685
        if !r_steps10(env, context) {
            break 'lab11;
        }
        break 'lab11;
    }
    env.cursor = env.limit - v_12;
    // do, line 686
    let v_13 = env.limit - env.cursor;
    'lab12: loop {
        // call step2a, line 686
        if !r_step2a(env, context) {
            break 'lab12;
        }
        break 'lab12;
    }
    env.cursor = env.limit - v_13;
    // do, line 687
    let v_14 = env.limit - env.cursor;
    'lab13: loop {
        // call step2b, line 687
        if !r_step2b(env, context) {
            break 'lab13;
        }
        break 'lab13;
    }
    env.cursor = env.limit - v_14;
    // do, line 688
    let v_15 = env.limit - env.cursor;
    'lab14: loop {
        // call step2c, line 688
        if !r_step2c(env, context) {
            break 'lab14;
        }
        break 'lab14;
    }
    env.cursor = env.limit - v_15;
    // do, line 689
    let v_16 = env.limit - env.cursor;
    'lab15: loop {
        // call step2d, line 689
        if !r_step2d(env, context) {
            break 'lab15;
        }
        break 'lab15;
    }
    env.cursor = env.limit - v_16;
    // do, line 690
    let v_17 = env.limit - env.cursor;
    'lab16: loop {
        // call step3, line 690
        if !r_step3(env, context) {
            break 'lab16;
        }
        break 'lab16;
    }
    env.cursor = env.limit - v_17;
    // do, line 691
    let v_18 = env.limit - env.cursor;
    'lab17: loop {
        // call step4, line 691
        if !r_step4(env, context) {
            break 'lab17;
        }
        break 'lab17;
    }
    env.cursor = env.limit - v_18;
    // do, line 692
    let v_19 = env.limit - env.cursor;
    'lab18: loop {
        // call step5a, line 692
        if !r_step5a(env, context) {
            break 'lab18;
        }
        break 'lab18;
    }
    env.cursor = env.limit - v_19;
    // do, line 693
    let v_20 = env.limit - env.cursor;
    'lab19: loop {
        // call step5b, line 693
        if !r_step5b(env, context) {
            break 'lab19;
        }
        break 'lab19;
    }
    env.cursor = env.limit - v_20;
    // do, line 694
    let v_21 = env.limit - env.cursor;
    'lab20: loop {
        // call step5c, line 694
        if !r_step5c(env, context) {
            break 'lab20;
        }
        break 'lab20;
    }
    env.cursor = env.limit - v_21;
    // do, line 695
    let v_22 = env.limit - env.cursor;
    'lab21: loop {
        // call step5d, line 695
        if !r_step5d(env, context) {
            break 'lab21;
        }
        break 'lab21;
    }
    env.cursor = env.limit - v_22;
    // do, line 696
    let v_23 = env.limit - env.cursor;
    'lab22: loop {
        // call step5e, line 696
        if !r_step5e(env, context) {
            break 'lab22;
        }
        break 'lab22;
    }
    env.cursor = env.limit - v_23;
    // do, line 697
    let v_24 = env.limit - env.cursor;
    'lab23: loop {
        // call step5f, line 697
        if !r_step5f(env, context) {
            break 'lab23;
        }
        break 'lab23;
    }
    env.cursor = env.limit - v_24;
    // do, line 698
    let v_25 = env.limit - env.cursor;
    'lab24: loop {
        // call step5g, line 698
        if !r_step5g(env, context) {
            break 'lab24;
        }
        break 'lab24;
    }
    env.cursor = env.limit - v_25;
    // do, line 699
    let v_26 = env.limit - env.cursor;
    'lab25: loop {
        // call step5h, line 699
        if !r_step5h(env, context) {
            break 'lab25;
        }
        break 'lab25;
    }
    env.cursor = env.limit - v_26;
    // do, line 700
    let v_27 = env.limit - env.cursor;
    'lab26: loop {
        // call step5j, line 700
        if !r_step5j(env, context) {
            break 'lab26;
        }
        break 'lab26;
    }
    env.cursor = env.limit - v_27;
    // do, line 701
    let v_28 = env.limit - env.cursor;
    'lab27: loop {
        // call step5i, line 701
        if !r_step5i(env, context) {
            break 'lab27;
        }
        break 'lab27;
    }
    env.cursor = env.limit - v_28;
    // do, line 702
    let v_29 = env.limit - env.cursor;
    'lab28: loop {
        // call step5k, line 702
        if !r_step5k(env, context) {
            break 'lab28;
        }
        break 'lab28;
    }
    env.cursor = env.limit - v_29;
    // do, line 703
    let v_30 = env.limit - env.cursor;
    'lab29: loop {
        // call step5l, line 703
        if !r_step5l(env, context) {
            break 'lab29;
        }
        break 'lab29;
    }
    env.cursor = env.limit - v_30;
    // do, line 704
    let v_31 = env.limit - env.cursor;
    'lab30: loop {
        // call step5m, line 704
        if !r_step5m(env, context) {
            break 'lab30;
        }
        break 'lab30;
    }
    env.cursor = env.limit - v_31;
    // do, line 705
    let v_32 = env.limit - env.cursor;
    'lab31: loop {
        // call step6, line 705
        if !r_step6(env, context) {
            break 'lab31;
        }
        break 'lab31;
    }
    env.cursor = env.limit - v_32;
    // do, line 706
    let v_33 = env.limit - env.cursor;
    'lab32: loop {
        // call step7, line 706
        if !r_step7(env, context) {
            break 'lab32;
        }
        break 'lab32;
    }
    env.cursor = env.limit - v_33;
    env.cursor = env.limit_backward;
    return true;
}
