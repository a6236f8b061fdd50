//! Values of the model as Python objects: what `json.loads` gives for their JSON (dicts,
//! lists, strings, numbers, `True`, `None`), built straight from serde.
//!
//! A report has a few dozen field names and enum codes and thousands of fields. Each name
//! is made into a Python string once per conversion and then shared by every dict that has
//! the field, so that its hash is computed once too. pythonize, which this replaces, made a
//! new string for every field of every dict: `bench/bench.py` measured the report's dict at
//! 1.65–1.71× the Rust parse alone with it, 1.56× with this (the example notice, 200 results
//! kept alive).

use std::collections::BTreeMap;
use std::fmt;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyFloat, PyInt, PyList, PyString};
use serde::ser::{self, Serialize};

/// `value` as Python objects.
pub(crate) fn to_python<'py, T: Serialize + ?Sized>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    let mut names = Names::default();
    value
        .serialize(Converter {
            py,
            names: &mut names,
        })
        .map_err(|error| error.0)
}

/// The field names made so far, by the address of their text (a field name is a
/// `&'static str` of the serialized type, so one name has one address).
#[derive(Default)]
struct Names<'py> {
    made: BTreeMap<(usize, usize), Bound<'py, PyString>>,
}

impl<'py> Names<'py> {
    fn get(&mut self, py: Python<'py>, name: &'static str) -> Bound<'py, PyString> {
        self.made
            .entry((name.as_ptr() as usize, name.len()))
            .or_insert_with(|| PyString::new(py, name))
            .clone()
    }
}

/// A Python error as a serde error.
struct Error(PyErr);

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Error(PyValueError::new_err(message.to_string()))
    }
}

impl From<PyErr> for Error {
    fn from(error: PyErr) -> Self {
        Error(error)
    }
}

type Result<T> = std::result::Result<T, Error>;

/// The serializer: one value to a Python object.
struct Converter<'a, 'py> {
    py: Python<'py>,
    names: &'a mut Names<'py>,
}

impl<'py> Converter<'_, 'py> {
    fn value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<Bound<'py, PyAny>> {
        value.serialize(Converter {
            py: self.py,
            names: self.names,
        })
    }

    /// `{variant: value}`, as serde_json writes a variant with data.
    fn tagged(
        &mut self,
        variant: &'static str,
        value: Bound<'py, PyAny>,
    ) -> Result<Bound<'py, PyAny>> {
        let dict = PyDict::new(self.py);
        dict.set_item(self.names.get(self.py, variant), value)?;
        Ok(dict.into_any())
    }
}

/// The items of a list (a sequence, a tuple), gathered, then made into a list.
struct Items<'a, 'py> {
    converter: Converter<'a, 'py>,
    items: Vec<Bound<'py, PyAny>>,
    /// The variant a tuple variant is written under.
    variant: Option<&'static str>,
}

/// The entries of a dict (a map, a struct).
struct Entries<'a, 'py> {
    converter: Converter<'a, 'py>,
    dict: Bound<'py, PyDict>,
    /// A map's key, until its value comes.
    key: Option<Bound<'py, PyAny>>,
    /// The variant a struct variant is written under.
    variant: Option<&'static str>,
}

impl<'a, 'py> ser::Serializer for Converter<'a, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    type SerializeSeq = Items<'a, 'py>;
    type SerializeTuple = Items<'a, 'py>;
    type SerializeTupleStruct = Items<'a, 'py>;
    type SerializeTupleVariant = Items<'a, 'py>;
    type SerializeMap = Entries<'a, 'py>;
    type SerializeStruct = Entries<'a, 'py>;
    type SerializeStructVariant = Entries<'a, 'py>;

    fn serialize_bool(self, v: bool) -> Result<Self::Ok> {
        Ok(PyBool::new(self.py, v).to_owned().into_any())
    }

    fn serialize_i8(self, v: i8) -> Result<Self::Ok> {
        self.serialize_i64(i64::from(v))
    }

    fn serialize_i16(self, v: i16) -> Result<Self::Ok> {
        self.serialize_i64(i64::from(v))
    }

    fn serialize_i32(self, v: i32) -> Result<Self::Ok> {
        self.serialize_i64(i64::from(v))
    }

    fn serialize_i64(self, v: i64) -> Result<Self::Ok> {
        Ok(PyInt::new(self.py, v).into_any())
    }

    fn serialize_u8(self, v: u8) -> Result<Self::Ok> {
        self.serialize_u64(u64::from(v))
    }

    fn serialize_u16(self, v: u16) -> Result<Self::Ok> {
        self.serialize_u64(u64::from(v))
    }

    fn serialize_u32(self, v: u32) -> Result<Self::Ok> {
        self.serialize_u64(u64::from(v))
    }

    fn serialize_u64(self, v: u64) -> Result<Self::Ok> {
        Ok(PyInt::new(self.py, v).into_any())
    }

    fn serialize_f32(self, v: f32) -> Result<Self::Ok> {
        self.serialize_f64(f64::from(v))
    }

    fn serialize_f64(self, v: f64) -> Result<Self::Ok> {
        Ok(PyFloat::new(self.py, v).into_any())
    }

    fn serialize_char(self, v: char) -> Result<Self::Ok> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }

    fn serialize_str(self, v: &str) -> Result<Self::Ok> {
        Ok(PyString::new(self.py, v).into_any())
    }

    fn serialize_bytes(self, v: &[u8]) -> Result<Self::Ok> {
        Ok(PyBytes::new(self.py, v).into_any())
    }

    fn serialize_none(self) -> Result<Self::Ok> {
        Ok(self.py.None().into_bound(self.py))
    }

    fn serialize_some<T: Serialize + ?Sized>(mut self, value: &T) -> Result<Self::Ok> {
        self.value(value)
    }

    fn serialize_unit(self) -> Result<Self::Ok> {
        self.serialize_none()
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<Self::Ok> {
        self.serialize_none()
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<Self::Ok> {
        // Enum codes repeat as often as field names do.
        Ok(self.names.get(self.py, variant).into_any())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        mut self,
        _name: &'static str,
        value: &T,
    ) -> Result<Self::Ok> {
        self.value(value)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        mut self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Self::Ok> {
        let value = self.value(value)?;
        self.tagged(variant, value)
    }

    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq> {
        Ok(Items {
            converter: self,
            items: Vec::with_capacity(len.unwrap_or(0)),
            variant: None,
        })
    }

    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        let mut items = self.serialize_seq(Some(len))?;
        items.variant = Some(variant);
        Ok(items)
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap> {
        let dict = PyDict::new(self.py);
        Ok(Entries {
            converter: self,
            dict,
            key: None,
            variant: None,
        })
    }

    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Self::SerializeStruct> {
        self.serialize_map(Some(len))
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant> {
        let mut entries = self.serialize_map(Some(len))?;
        entries.variant = Some(variant);
        Ok(entries)
    }
}

impl<'py> Items<'_, 'py> {
    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        let item = self.converter.value(value)?;
        self.items.push(item);
        Ok(())
    }

    fn finish(mut self) -> Result<Bound<'py, PyAny>> {
        let list = PyList::new(self.converter.py, self.items)?.into_any();
        match self.variant {
            Some(variant) => self.converter.tagged(variant, list),
            None => Ok(list),
        }
    }
}

/// The four serde traits of lists, all gathering items: each names its method differently.
macro_rules! gathers_items {
    ($($trait:ident :: $method:ident),*) => {$(
        impl<'py> ser::$trait for Items<'_, 'py> {
            type Ok = Bound<'py, PyAny>;
            type Error = Error;

            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
                self.push(value)
            }

            fn end(self) -> Result<Self::Ok> {
                self.finish()
            }
        }
    )*};
}

gathers_items!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl<'py> Entries<'_, 'py> {
    fn field<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) -> Result<()> {
        let value = self.converter.value(value)?;
        let name = self.converter.names.get(self.converter.py, name);
        self.dict.set_item(name, value)?;
        Ok(())
    }

    fn finish(mut self) -> Result<Bound<'py, PyAny>> {
        let dict = self.dict.into_any();
        match self.variant {
            Some(variant) => self.converter.tagged(variant, dict),
            None => Ok(dict),
        }
    }
}

impl<'py> ser::SerializeMap for Entries<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<()> {
        self.key = Some(self.converter.value(key)?);
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        let key = self
            .key
            .take()
            .ok_or_else(|| <Error as ser::Error>::custom("a map's value before its key"))?;
        let value = self.converter.value(value)?;
        self.dict.set_item(key, value)?;
        Ok(())
    }

    fn end(self) -> Result<Self::Ok> {
        self.finish()
    }
}

/// The two serde traits of structs, both setting named fields.
macro_rules! sets_fields {
    ($($trait:ident),*) => {$(
        impl<'py> ser::$trait for Entries<'_, 'py> {
            type Ok = Bound<'py, PyAny>;
            type Error = Error;

            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                name: &'static str,
                value: &T,
            ) -> Result<()> {
                self.field(name, value)
            }

            fn end(self) -> Result<Self::Ok> {
                self.finish()
            }
        }
    )*};
}

sets_fields!(SerializeStruct, SerializeStructVariant);
