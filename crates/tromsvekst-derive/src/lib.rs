//! `#[derive(Read)]`: a model type read by the core's JSON reader from a table.
//!
//! serde's derive writes a visitor per type (a field enum with its own
//! visitor, `visit_map`, `visit_seq`, the refusals of every other kind of
//! value), and in the WebAssembly module that code, times the model's 90
//! types, was the largest part of the first module (BENCHMARKS.md, "Where the
//! first module's bytes go"). This derive writes, for a struct, the table of
//! its JSON names and one small function that stores each field read; one
//! loop in the core (`crate::de::De::object`) walks the object, finds each key
//! in the table and reports unknown, missing and ill-typed fields. An enum
//! (the model has only unit variants) is a table of its JSON values.
//!
//! It reads the same `#[serde(...)]` attributes serde's derive does, so both
//! read a document alike (a test in the core compares them on every example
//! and vector): `deny_unknown_fields` and `rename_all = "snake_case"` on the
//! type, `default` and `rename` on a field, `rename` on a variant.
//! `skip_serializing_if` concerns writing and is passed over; any other
//! attribute is refused at compile time rather than read differently.
//!
//! The code it writes names `crate::de`: the derive is for the `tromsvekst`
//! crate itself.

use proc_macro::TokenStream;
use proc_macro2::TokenStream as Tokens;
use quote::quote;
use syn::{Attribute, Data, DeriveInput, Fields, LitStr, parse_macro_input, spanned::Spanned};

/// Implements `crate::de::Read` for a struct with named fields or an enum of
/// unit variants.
#[proc_macro_derive(Read, attributes(serde))]
pub fn derive_read(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    match expand(&input) {
        Ok(tokens) => tokens.into(),
        Err(e) => e.to_compile_error().into(),
    }
}

/// What the `#[serde(...)]` attributes of an item say.
#[derive(Default)]
struct Serde {
    deny_unknown_fields: bool,
    snake_case: bool,
    default: bool,
    rename: Option<String>,
}

fn serde_attrs(attrs: &[Attribute]) -> syn::Result<Serde> {
    let mut out = Serde::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("deny_unknown_fields") {
                out.deny_unknown_fields = true;
            } else if meta.path.is_ident("default") {
                if meta.input.peek(syn::Token![=]) {
                    return Err(meta.error("`default = ...` is not read by #[derive(Read)]"));
                }
                out.default = true;
            } else if meta.path.is_ident("rename") {
                out.rename = Some(meta.value()?.parse::<LitStr>()?.value());
            } else if meta.path.is_ident("rename_all") {
                let rule = meta.value()?.parse::<LitStr>()?;
                if rule.value() != "snake_case" {
                    return Err(syn::Error::new(
                        rule.span(),
                        "#[derive(Read)] knows rename_all = \"snake_case\" only",
                    ));
                }
                out.snake_case = true;
            } else if meta.path.is_ident("skip_serializing_if") {
                // Writing only.
                meta.value()?.parse::<LitStr>()?;
            } else {
                return Err(meta.error("this serde attribute is not read by #[derive(Read)]"));
            }
            Ok(())
        })?;
    }
    Ok(out)
}

/// serde's `snake_case` for a variant: an underscore before each capital
/// but the first, all in lower case.
fn snake_case(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.char_indices() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}

fn expand(input: &DeriveInput) -> syn::Result<Tokens> {
    let name = &input.ident;
    let container = serde_attrs(&input.attrs)?;
    if container.default || container.rename.is_some() {
        return Err(syn::Error::new(
            input.span(),
            "#[derive(Read)] reads `default` and `rename` on fields and variants only",
        ));
    }
    if !input.generics.params.is_empty() {
        return Err(syn::Error::new(
            input.generics.span(),
            "#[derive(Read)] takes types without parameters",
        ));
    }
    let body = match &input.data {
        Data::Struct(s) => {
            let Fields::Named(fields) = &s.fields else {
                return Err(syn::Error::new(
                    s.fields.span(),
                    "#[derive(Read)] takes structs with named fields",
                ));
            };
            if container.snake_case {
                return Err(syn::Error::new(
                    input.span(),
                    "#[derive(Read)] reads rename_all on enums only",
                ));
            }
            let expecting = format!("struct {name}");
            let deny = container.deny_unknown_fields;
            let mut json_names = Vec::new();
            let mut slots = Vec::new();
            let mut stores = Vec::new();
            let mut builds = Vec::new();
            for (i, field) in fields.named.iter().enumerate() {
                let attrs = serde_attrs(&field.attrs)?;
                if attrs.snake_case || attrs.deny_unknown_fields {
                    return Err(syn::Error::new(field.span(), "not a field's attribute"));
                }
                let ident = field.ident.as_ref().expect("named field");
                let ty = &field.ty;
                let json = attrs.rename.unwrap_or_else(|| ident.to_string());
                let slot = quote::format_ident!("__field{}", i);
                let index = i;
                slots.push(quote! { let mut #slot: ::core::option::Option<#ty> = ::core::option::Option::None; });
                stores.push(quote! { #index => #slot = ::core::option::Option::Some(<#ty as crate::de::Read>::read(__de)?), });
                builds.push(if attrs.default {
                    quote! { #ident: #slot.unwrap_or_default(), }
                } else {
                    quote! {
                        #ident: match #slot {
                            ::core::option::Option::Some(__v) => __v,
                            ::core::option::Option::None => <#ty as crate::de::Read>::absent(&__object, #json)?,
                        },
                    }
                });
                json_names.push(json);
            }
            quote! {
                const FIELDS: &[&str] = &[#(#json_names),*];
                #(#slots)*
                __object.object(#expecting, FIELDS, #deny, &mut |__i, __de| {
                    match __i {
                        #(#stores)*
                        _ => {}
                    }
                    ::core::result::Result::Ok(())
                })?;
                ::core::result::Result::Ok(#name { #(#builds)* })
            }
        }
        Data::Enum(e) => {
            if container.deny_unknown_fields {
                return Err(syn::Error::new(
                    input.span(),
                    "deny_unknown_fields is for structs",
                ));
            }
            let expecting = format!("enum {name}");
            let mut values = Vec::new();
            let mut arms = Vec::new();
            let count = e.variants.len();
            for (i, variant) in e.variants.iter().enumerate() {
                if !matches!(variant.fields, Fields::Unit) {
                    return Err(syn::Error::new(
                        variant.span(),
                        "#[derive(Read)] takes enums of unit variants",
                    ));
                }
                let attrs = serde_attrs(&variant.attrs)?;
                if attrs.default || attrs.deny_unknown_fields || attrs.snake_case {
                    return Err(syn::Error::new(variant.span(), "not a variant's attribute"));
                }
                let ident = &variant.ident;
                let value = match attrs.rename {
                    Some(r) => r,
                    None if container.snake_case => snake_case(&ident.to_string()),
                    None => ident.to_string(),
                };
                values.push(value);
                // The last variant takes the last arm: the index comes from
                // the table, so no other value is possible, and no panic is written.
                arms.push(if i + 1 == count {
                    quote! { _ => #name::#ident, }
                } else {
                    quote! { #i => #name::#ident, }
                });
            }
            if count == 0 {
                return Err(syn::Error::new(
                    input.span(),
                    "#[derive(Read)] takes enums with variants",
                ));
            }
            quote! {
                const VARIANTS: &[&str] = &[#(#values),*];
                ::core::result::Result::Ok(match __object.variant(#expecting, VARIANTS)? {
                    #(#arms)*
                })
            }
        }
        Data::Union(u) => {
            return Err(syn::Error::new(
                u.union_token.span(),
                "#[derive(Read)] takes structs and enums",
            ));
        }
    };
    Ok(quote! {
        impl crate::de::Read for #name {
            fn read(__object: crate::de::De<'_>) -> ::core::result::Result<Self, crate::de::DeError> {
                #body
            }
        }
    })
}
