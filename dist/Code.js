// PassCompass: built by scripts/build.ts from src/. Do not edit; run `npm run build`.
"use strict";
var PassCompass = (() => {
  var __create = Object.create;
  var __defProp = Object.defineProperty;
  var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
  var __getOwnPropNames = Object.getOwnPropertyNames;
  var __getProtoOf = Object.getPrototypeOf;
  var __hasOwnProp = Object.prototype.hasOwnProperty;
  var __typeError = (msg) => {
    throw TypeError(msg);
  };
  var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
  var __commonJS = (cb, mod) => function __require() {
    try {
      return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
    } catch (e) {
      throw mod = 0, e;
    }
  };
  var __export = (target, all) => {
    for (var name in all)
      __defProp(target, name, { get: all[name], enumerable: true });
  };
  var __copyProps = (to, from, except, desc) => {
    if (from && typeof from === "object" || typeof from === "function") {
      for (let key of __getOwnPropNames(from))
        if (!__hasOwnProp.call(to, key) && key !== except)
          __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
    }
    return to;
  };
  var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
    // If the importer is in node compatibility mode or this is not an ESM
    // file that has been converted to a CommonJS file using a Babel-
    // compatible transform (i.e. "__esModule" has not been set), then set
    // "default" to the CommonJS "module.exports" for node compatibility.
    isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
    mod
  ));
  var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
  var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);
  var __accessCheck = (obj, member, msg) => member.has(obj) || __typeError("Cannot " + msg);
  var __privateGet = (obj, member, getter) => (__accessCheck(obj, member, "read from private field"), getter ? getter.call(obj) : member.get(obj));
  var __privateAdd = (obj, member, value) => member.has(obj) ? __typeError("Cannot add the same private member more than once") : member instanceof WeakSet ? member.add(obj) : member.set(obj, value);
  var __privateSet = (obj, member, value, setter) => (__accessCheck(obj, member, "write to private field"), setter ? setter.call(obj, value) : member.set(obj, value), value);
  var __privateMethod = (obj, member, method) => (__accessCheck(obj, member, "access private method"), method);

  // node_modules/ml-matrix/matrix.js
  var require_matrix = __commonJS({
    "node_modules/ml-matrix/matrix.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", { value: true });
      var toString = Object.prototype.toString;
      function isAnyArray(value) {
        const tag = toString.call(value);
        return tag.endsWith("Array]") && !tag.includes("Big");
      }
      function max2(input, options = {}) {
        if (!isAnyArray(input)) {
          throw new TypeError("input must be an array");
        }
        if (input.length === 0) {
          throw new TypeError("input must not be empty");
        }
        const { fromIndex = 0, toIndex = input.length } = options;
        if (fromIndex < 0 || fromIndex >= input.length || !Number.isInteger(fromIndex)) {
          throw new Error("fromIndex must be a positive integer smaller than length");
        }
        if (toIndex <= fromIndex || toIndex > input.length || !Number.isInteger(toIndex)) {
          throw new Error("toIndex must be an integer greater than fromIndex and at most equal to length");
        }
        let maxValue = input[fromIndex];
        for (let i = fromIndex + 1; i < toIndex; i++) {
          if (input[i] > maxValue)
            maxValue = input[i];
        }
        return maxValue;
      }
      function min2(input, options = {}) {
        if (!isAnyArray(input)) {
          throw new TypeError("input must be an array");
        }
        if (input.length === 0) {
          throw new TypeError("input must not be empty");
        }
        const { fromIndex = 0, toIndex = input.length } = options;
        if (fromIndex < 0 || fromIndex >= input.length || !Number.isInteger(fromIndex)) {
          throw new Error("fromIndex must be a positive integer smaller than length");
        }
        if (toIndex <= fromIndex || toIndex > input.length || !Number.isInteger(toIndex)) {
          throw new Error("toIndex must be an integer greater than fromIndex and at most equal to length");
        }
        let minValue = input[fromIndex];
        for (let i = fromIndex + 1; i < toIndex; i++) {
          if (input[i] < minValue)
            minValue = input[i];
        }
        return minValue;
      }
      function rescale(input, options = {}) {
        if (!isAnyArray(input)) {
          throw new TypeError("input must be an array");
        } else if (input.length === 0) {
          throw new TypeError("input must not be empty");
        }
        let output;
        if (options.output !== void 0) {
          if (!isAnyArray(options.output)) {
            throw new TypeError("output option must be an array if specified");
          }
          output = options.output;
        } else {
          output = new Array(input.length);
        }
        const currentMin = min2(input);
        const currentMax = max2(input);
        if (currentMin === currentMax) {
          throw new RangeError("minimum and maximum input values are equal. Cannot rescale a constant array");
        }
        const { min: minValue = options.autoMinMax ? currentMin : 0, max: maxValue = options.autoMinMax ? currentMax : 1 } = options;
        if (minValue >= maxValue) {
          throw new RangeError("min option must be smaller than max option");
        }
        const factor = (maxValue - minValue) / (currentMax - currentMin);
        for (let i = 0; i < input.length; i++) {
          output[i] = (input[i] - currentMin) * factor + minValue;
        }
        return output;
      }
      var indent = " ".repeat(2);
      var indentData = " ".repeat(4);
      function inspectMatrix() {
        return inspectMatrixWithOptions(this);
      }
      function inspectMatrixWithOptions(matrix2, options = {}) {
        const {
          maxRows = 15,
          maxColumns = 10,
          maxNumSize = 8,
          padMinus = "auto"
        } = options;
        return `${matrix2.constructor.name} {
${indent}[
${indentData}${inspectData(matrix2, maxRows, maxColumns, maxNumSize, padMinus)}
${indent}]
${indent}rows: ${matrix2.rows}
${indent}columns: ${matrix2.columns}
}`;
      }
      function inspectData(matrix2, maxRows, maxColumns, maxNumSize, padMinus) {
        const { rows, columns } = matrix2;
        const maxI = Math.min(rows, maxRows);
        const maxJ = Math.min(columns, maxColumns);
        const result = [];
        if (padMinus === "auto") {
          padMinus = false;
          loop: for (let i = 0; i < maxI; i++) {
            for (let j = 0; j < maxJ; j++) {
              if (matrix2.get(i, j) < 0) {
                padMinus = true;
                break loop;
              }
            }
          }
        }
        for (let i = 0; i < maxI; i++) {
          let line = [];
          for (let j = 0; j < maxJ; j++) {
            line.push(formatNumber(matrix2.get(i, j), maxNumSize, padMinus));
          }
          result.push(`${line.join(" ")}`);
        }
        if (maxJ !== columns) {
          result[result.length - 1] += ` ... ${columns - maxColumns} more columns`;
        }
        if (maxI !== rows) {
          result.push(`... ${rows - maxRows} more rows`);
        }
        return result.join(`
${indentData}`);
      }
      function formatNumber(num3, maxNumSize, padMinus) {
        return (num3 >= 0 && padMinus ? ` ${formatNumber2(num3, maxNumSize - 1)}` : formatNumber2(num3, maxNumSize)).padEnd(maxNumSize);
      }
      function formatNumber2(num3, len) {
        let str = num3.toString();
        if (str.length <= len) return str;
        let fix = num3.toFixed(len);
        if (fix.length > len) {
          fix = num3.toFixed(Math.max(0, len - (fix.length - len)));
        }
        if (fix.length <= len && !fix.startsWith("0.000") && !fix.startsWith("-0.000")) {
          return fix;
        }
        let exp = num3.toExponential(len);
        if (exp.length > len) {
          exp = num3.toExponential(Math.max(0, len - (exp.length - len)));
        }
        return exp.slice(0);
      }
      function installMathOperations(AbstractMatrix3, Matrix4) {
        AbstractMatrix3.prototype.add = function add(value) {
          if (typeof value === "number") return this.addS(value);
          return this.addM(value);
        };
        AbstractMatrix3.prototype.addS = function addS(value) {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) + value);
            }
          }
          return this;
        };
        AbstractMatrix3.prototype.addM = function addM(matrix2) {
          matrix2 = Matrix4.checkMatrix(matrix2);
          if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
            throw new RangeError("Matrices dimensions must be equal");
          }
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) + matrix2.get(i, j));
            }
          }
          return this;
        };
        AbstractMatrix3.add = function add(matrix2, value) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.add(value);
        };
        AbstractMatrix3.prototype.sub = function sub(value) {
          if (typeof value === "number") return this.subS(value);
          return this.subM(value);
        };
        AbstractMatrix3.prototype.subS = function subS(value) {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) - value);
            }
          }
          return this;
        };
        AbstractMatrix3.prototype.subM = function subM(matrix2) {
          matrix2 = Matrix4.checkMatrix(matrix2);
          if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
            throw new RangeError("Matrices dimensions must be equal");
          }
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) - matrix2.get(i, j));
            }
          }
          return this;
        };
        AbstractMatrix3.sub = function sub(matrix2, value) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.sub(value);
        };
        AbstractMatrix3.prototype.subtract = AbstractMatrix3.prototype.sub;
        AbstractMatrix3.prototype.subtractS = AbstractMatrix3.prototype.subS;
        AbstractMatrix3.prototype.subtractM = AbstractMatrix3.prototype.subM;
        AbstractMatrix3.subtract = AbstractMatrix3.sub;
        AbstractMatrix3.prototype.mul = function mul(value) {
          if (typeof value === "number") return this.mulS(value);
          return this.mulM(value);
        };
        AbstractMatrix3.prototype.mulS = function mulS(value) {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) * value);
            }
          }
          return this;
        };
        AbstractMatrix3.prototype.mulM = function mulM(matrix2) {
          matrix2 = Matrix4.checkMatrix(matrix2);
          if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
            throw new RangeError("Matrices dimensions must be equal");
          }
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) * matrix2.get(i, j));
            }
          }
          return this;
        };
        AbstractMatrix3.mul = function mul(matrix2, value) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.mul(value);
        };
        AbstractMatrix3.prototype.multiply = AbstractMatrix3.prototype.mul;
        AbstractMatrix3.prototype.multiplyS = AbstractMatrix3.prototype.mulS;
        AbstractMatrix3.prototype.multiplyM = AbstractMatrix3.prototype.mulM;
        AbstractMatrix3.multiply = AbstractMatrix3.mul;
        AbstractMatrix3.prototype.div = function div(value) {
          if (typeof value === "number") return this.divS(value);
          return this.divM(value);
        };
        AbstractMatrix3.prototype.divS = function divS(value) {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) / value);
            }
          }
          return this;
        };
        AbstractMatrix3.prototype.divM = function divM(matrix2) {
          matrix2 = Matrix4.checkMatrix(matrix2);
          if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
            throw new RangeError("Matrices dimensions must be equal");
          }
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) / matrix2.get(i, j));
            }
          }
          return this;
        };
        AbstractMatrix3.div = function div(matrix2, value) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.div(value);
        };
        AbstractMatrix3.prototype.divide = AbstractMatrix3.prototype.div;
        AbstractMatrix3.prototype.divideS = AbstractMatrix3.prototype.divS;
        AbstractMatrix3.prototype.divideM = AbstractMatrix3.prototype.divM;
        AbstractMatrix3.divide = AbstractMatrix3.div;
        AbstractMatrix3.prototype.mod = function mod(value) {
          if (typeof value === "number") return this.modS(value);
          return this.modM(value);
        };
        AbstractMatrix3.prototype.modS = function modS(value) {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) % value);
            }
          }
          return this;
        };
        AbstractMatrix3.prototype.modM = function modM(matrix2) {
          matrix2 = Matrix4.checkMatrix(matrix2);
          if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
            throw new RangeError("Matrices dimensions must be equal");
          }
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) % matrix2.get(i, j));
            }
          }
          return this;
        };
        AbstractMatrix3.mod = function mod(matrix2, value) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.mod(value);
        };
        AbstractMatrix3.prototype.modulus = AbstractMatrix3.prototype.mod;
        AbstractMatrix3.prototype.modulusS = AbstractMatrix3.prototype.modS;
        AbstractMatrix3.prototype.modulusM = AbstractMatrix3.prototype.modM;
        AbstractMatrix3.modulus = AbstractMatrix3.mod;
        AbstractMatrix3.prototype.and = function and(value) {
          if (typeof value === "number") return this.andS(value);
          return this.andM(value);
        };
        AbstractMatrix3.prototype.andS = function andS(value) {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) & value);
            }
          }
          return this;
        };
        AbstractMatrix3.prototype.andM = function andM(matrix2) {
          matrix2 = Matrix4.checkMatrix(matrix2);
          if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
            throw new RangeError("Matrices dimensions must be equal");
          }
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) & matrix2.get(i, j));
            }
          }
          return this;
        };
        AbstractMatrix3.and = function and(matrix2, value) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.and(value);
        };
        AbstractMatrix3.prototype.or = function or(value) {
          if (typeof value === "number") return this.orS(value);
          return this.orM(value);
        };
        AbstractMatrix3.prototype.orS = function orS(value) {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) | value);
            }
          }
          return this;
        };
        AbstractMatrix3.prototype.orM = function orM(matrix2) {
          matrix2 = Matrix4.checkMatrix(matrix2);
          if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
            throw new RangeError("Matrices dimensions must be equal");
          }
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) | matrix2.get(i, j));
            }
          }
          return this;
        };
        AbstractMatrix3.or = function or(matrix2, value) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.or(value);
        };
        AbstractMatrix3.prototype.xor = function xor(value) {
          if (typeof value === "number") return this.xorS(value);
          return this.xorM(value);
        };
        AbstractMatrix3.prototype.xorS = function xorS(value) {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) ^ value);
            }
          }
          return this;
        };
        AbstractMatrix3.prototype.xorM = function xorM(matrix2) {
          matrix2 = Matrix4.checkMatrix(matrix2);
          if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
            throw new RangeError("Matrices dimensions must be equal");
          }
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) ^ matrix2.get(i, j));
            }
          }
          return this;
        };
        AbstractMatrix3.xor = function xor(matrix2, value) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.xor(value);
        };
        AbstractMatrix3.prototype.leftShift = function leftShift(value) {
          if (typeof value === "number") return this.leftShiftS(value);
          return this.leftShiftM(value);
        };
        AbstractMatrix3.prototype.leftShiftS = function leftShiftS(value) {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) << value);
            }
          }
          return this;
        };
        AbstractMatrix3.prototype.leftShiftM = function leftShiftM(matrix2) {
          matrix2 = Matrix4.checkMatrix(matrix2);
          if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
            throw new RangeError("Matrices dimensions must be equal");
          }
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) << matrix2.get(i, j));
            }
          }
          return this;
        };
        AbstractMatrix3.leftShift = function leftShift(matrix2, value) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.leftShift(value);
        };
        AbstractMatrix3.prototype.signPropagatingRightShift = function signPropagatingRightShift(value) {
          if (typeof value === "number") return this.signPropagatingRightShiftS(value);
          return this.signPropagatingRightShiftM(value);
        };
        AbstractMatrix3.prototype.signPropagatingRightShiftS = function signPropagatingRightShiftS(value) {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) >> value);
            }
          }
          return this;
        };
        AbstractMatrix3.prototype.signPropagatingRightShiftM = function signPropagatingRightShiftM(matrix2) {
          matrix2 = Matrix4.checkMatrix(matrix2);
          if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
            throw new RangeError("Matrices dimensions must be equal");
          }
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) >> matrix2.get(i, j));
            }
          }
          return this;
        };
        AbstractMatrix3.signPropagatingRightShift = function signPropagatingRightShift(matrix2, value) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.signPropagatingRightShift(value);
        };
        AbstractMatrix3.prototype.rightShift = function rightShift(value) {
          if (typeof value === "number") return this.rightShiftS(value);
          return this.rightShiftM(value);
        };
        AbstractMatrix3.prototype.rightShiftS = function rightShiftS(value) {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) >>> value);
            }
          }
          return this;
        };
        AbstractMatrix3.prototype.rightShiftM = function rightShiftM(matrix2) {
          matrix2 = Matrix4.checkMatrix(matrix2);
          if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
            throw new RangeError("Matrices dimensions must be equal");
          }
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) >>> matrix2.get(i, j));
            }
          }
          return this;
        };
        AbstractMatrix3.rightShift = function rightShift(matrix2, value) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.rightShift(value);
        };
        AbstractMatrix3.prototype.zeroFillRightShift = AbstractMatrix3.prototype.rightShift;
        AbstractMatrix3.prototype.zeroFillRightShiftS = AbstractMatrix3.prototype.rightShiftS;
        AbstractMatrix3.prototype.zeroFillRightShiftM = AbstractMatrix3.prototype.rightShiftM;
        AbstractMatrix3.zeroFillRightShift = AbstractMatrix3.rightShift;
        AbstractMatrix3.prototype.not = function not() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, ~this.get(i, j));
            }
          }
          return this;
        };
        AbstractMatrix3.not = function not(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.not();
        };
        AbstractMatrix3.prototype.abs = function abs() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.abs(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.abs = function abs(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.abs();
        };
        AbstractMatrix3.prototype.acos = function acos() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.acos(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.acos = function acos(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.acos();
        };
        AbstractMatrix3.prototype.acosh = function acosh() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.acosh(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.acosh = function acosh(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.acosh();
        };
        AbstractMatrix3.prototype.asin = function asin() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.asin(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.asin = function asin(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.asin();
        };
        AbstractMatrix3.prototype.asinh = function asinh() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.asinh(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.asinh = function asinh(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.asinh();
        };
        AbstractMatrix3.prototype.atan = function atan() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.atan(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.atan = function atan(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.atan();
        };
        AbstractMatrix3.prototype.atanh = function atanh() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.atanh(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.atanh = function atanh(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.atanh();
        };
        AbstractMatrix3.prototype.cbrt = function cbrt() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.cbrt(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.cbrt = function cbrt(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.cbrt();
        };
        AbstractMatrix3.prototype.ceil = function ceil() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.ceil(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.ceil = function ceil(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.ceil();
        };
        AbstractMatrix3.prototype.clz32 = function clz32() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.clz32(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.clz32 = function clz32(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.clz32();
        };
        AbstractMatrix3.prototype.cos = function cos() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.cos(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.cos = function cos(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.cos();
        };
        AbstractMatrix3.prototype.cosh = function cosh() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.cosh(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.cosh = function cosh(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.cosh();
        };
        AbstractMatrix3.prototype.exp = function exp() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.exp(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.exp = function exp(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.exp();
        };
        AbstractMatrix3.prototype.expm1 = function expm1() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.expm1(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.expm1 = function expm1(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.expm1();
        };
        AbstractMatrix3.prototype.floor = function floor() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.floor(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.floor = function floor(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.floor();
        };
        AbstractMatrix3.prototype.fround = function fround() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.fround(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.fround = function fround(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.fround();
        };
        AbstractMatrix3.prototype.log = function log() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.log(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.log = function log(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.log();
        };
        AbstractMatrix3.prototype.log1p = function log1p() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.log1p(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.log1p = function log1p(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.log1p();
        };
        AbstractMatrix3.prototype.log10 = function log10() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.log10(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.log10 = function log10(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.log10();
        };
        AbstractMatrix3.prototype.log2 = function log2() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.log2(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.log2 = function log2(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.log2();
        };
        AbstractMatrix3.prototype.round = function round2() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.round(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.round = function round2(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.round();
        };
        AbstractMatrix3.prototype.sign = function sign() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.sign(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.sign = function sign(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.sign();
        };
        AbstractMatrix3.prototype.sin = function sin() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.sin(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.sin = function sin(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.sin();
        };
        AbstractMatrix3.prototype.sinh = function sinh() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.sinh(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.sinh = function sinh(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.sinh();
        };
        AbstractMatrix3.prototype.sqrt = function sqrt() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.sqrt(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.sqrt = function sqrt(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.sqrt();
        };
        AbstractMatrix3.prototype.tan = function tan() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.tan(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.tan = function tan(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.tan();
        };
        AbstractMatrix3.prototype.tanh = function tanh() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.tanh(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.tanh = function tanh(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.tanh();
        };
        AbstractMatrix3.prototype.trunc = function trunc() {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, Math.trunc(this.get(i, j)));
            }
          }
          return this;
        };
        AbstractMatrix3.trunc = function trunc(matrix2) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.trunc();
        };
        AbstractMatrix3.pow = function pow(matrix2, arg0) {
          const newMatrix = new Matrix4(matrix2);
          return newMatrix.pow(arg0);
        };
        AbstractMatrix3.prototype.pow = function pow(value) {
          if (typeof value === "number") return this.powS(value);
          return this.powM(value);
        };
        AbstractMatrix3.prototype.powS = function powS(value) {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) ** value);
            }
          }
          return this;
        };
        AbstractMatrix3.prototype.powM = function powM(matrix2) {
          matrix2 = Matrix4.checkMatrix(matrix2);
          if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
            throw new RangeError("Matrices dimensions must be equal");
          }
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) ** matrix2.get(i, j));
            }
          }
          return this;
        };
      }
      function checkRowIndex(matrix2, index, outer) {
        let max3 = outer ? matrix2.rows : matrix2.rows - 1;
        if (index < 0 || index > max3) {
          throw new RangeError("Row index out of range");
        }
      }
      function checkColumnIndex(matrix2, index, outer) {
        let max3 = outer ? matrix2.columns : matrix2.columns - 1;
        if (index < 0 || index > max3) {
          throw new RangeError("Column index out of range");
        }
      }
      function checkRowVector(matrix2, vector) {
        if (vector.to1DArray) {
          vector = vector.to1DArray();
        }
        if (vector.length !== matrix2.columns) {
          throw new RangeError(
            "vector size must be the same as the number of columns"
          );
        }
        return vector;
      }
      function checkColumnVector(matrix2, vector) {
        if (vector.to1DArray) {
          vector = vector.to1DArray();
        }
        if (vector.length !== matrix2.rows) {
          throw new RangeError("vector size must be the same as the number of rows");
        }
        return vector;
      }
      function checkRowIndices(matrix2, rowIndices) {
        if (!isAnyArray(rowIndices)) {
          throw new TypeError("row indices must be an array");
        }
        for (let i = 0; i < rowIndices.length; i++) {
          if (rowIndices[i] < 0 || rowIndices[i] >= matrix2.rows) {
            throw new RangeError("row indices are out of range");
          }
        }
      }
      function checkColumnIndices(matrix2, columnIndices) {
        if (!isAnyArray(columnIndices)) {
          throw new TypeError("column indices must be an array");
        }
        for (let i = 0; i < columnIndices.length; i++) {
          if (columnIndices[i] < 0 || columnIndices[i] >= matrix2.columns) {
            throw new RangeError("column indices are out of range");
          }
        }
      }
      function checkRange(matrix2, startRow, endRow, startColumn, endColumn) {
        if (arguments.length !== 5) {
          throw new RangeError("expected 4 arguments");
        }
        checkNumber("startRow", startRow);
        checkNumber("endRow", endRow);
        checkNumber("startColumn", startColumn);
        checkNumber("endColumn", endColumn);
        if (startRow > endRow || startColumn > endColumn || startRow < 0 || startRow >= matrix2.rows || endRow < 0 || endRow >= matrix2.rows || startColumn < 0 || startColumn >= matrix2.columns || endColumn < 0 || endColumn >= matrix2.columns) {
          throw new RangeError("Submatrix indices are out of range");
        }
      }
      function newArray(length, value = 0) {
        let array = [];
        for (let i = 0; i < length; i++) {
          array.push(value);
        }
        return array;
      }
      function checkNumber(name, value) {
        if (typeof value !== "number") {
          throw new TypeError(`${name} must be a number`);
        }
      }
      function checkNonEmpty(matrix2) {
        if (matrix2.isEmpty()) {
          throw new Error("Empty matrix has no elements to index");
        }
      }
      function sumByRow(matrix2) {
        let sum3 = newArray(matrix2.rows);
        for (let i = 0; i < matrix2.rows; ++i) {
          for (let j = 0; j < matrix2.columns; ++j) {
            sum3[i] += matrix2.get(i, j);
          }
        }
        return sum3;
      }
      function sumByColumn(matrix2) {
        let sum3 = newArray(matrix2.columns);
        for (let i = 0; i < matrix2.rows; ++i) {
          for (let j = 0; j < matrix2.columns; ++j) {
            sum3[j] += matrix2.get(i, j);
          }
        }
        return sum3;
      }
      function sumAll(matrix2) {
        let v = 0;
        for (let i = 0; i < matrix2.rows; i++) {
          for (let j = 0; j < matrix2.columns; j++) {
            v += matrix2.get(i, j);
          }
        }
        return v;
      }
      function productByRow(matrix2) {
        let sum3 = newArray(matrix2.rows, 1);
        for (let i = 0; i < matrix2.rows; ++i) {
          for (let j = 0; j < matrix2.columns; ++j) {
            sum3[i] *= matrix2.get(i, j);
          }
        }
        return sum3;
      }
      function productByColumn(matrix2) {
        let sum3 = newArray(matrix2.columns, 1);
        for (let i = 0; i < matrix2.rows; ++i) {
          for (let j = 0; j < matrix2.columns; ++j) {
            sum3[j] *= matrix2.get(i, j);
          }
        }
        return sum3;
      }
      function productAll(matrix2) {
        let v = 1;
        for (let i = 0; i < matrix2.rows; i++) {
          for (let j = 0; j < matrix2.columns; j++) {
            v *= matrix2.get(i, j);
          }
        }
        return v;
      }
      function varianceByRow(matrix2, unbiased, mean2) {
        const rows = matrix2.rows;
        const cols = matrix2.columns;
        const variance2 = [];
        for (let i = 0; i < rows; i++) {
          let sum1 = 0;
          let sum22 = 0;
          let x = 0;
          for (let j = 0; j < cols; j++) {
            x = matrix2.get(i, j) - mean2[i];
            sum1 += x;
            sum22 += x * x;
          }
          if (unbiased) {
            variance2.push((sum22 - sum1 * sum1 / cols) / (cols - 1));
          } else {
            variance2.push((sum22 - sum1 * sum1 / cols) / cols);
          }
        }
        return variance2;
      }
      function varianceByColumn(matrix2, unbiased, mean2) {
        const rows = matrix2.rows;
        const cols = matrix2.columns;
        const variance2 = [];
        for (let j = 0; j < cols; j++) {
          let sum1 = 0;
          let sum22 = 0;
          let x = 0;
          for (let i = 0; i < rows; i++) {
            x = matrix2.get(i, j) - mean2[j];
            sum1 += x;
            sum22 += x * x;
          }
          if (unbiased) {
            variance2.push((sum22 - sum1 * sum1 / rows) / (rows - 1));
          } else {
            variance2.push((sum22 - sum1 * sum1 / rows) / rows);
          }
        }
        return variance2;
      }
      function varianceAll(matrix2, unbiased, mean2) {
        const rows = matrix2.rows;
        const cols = matrix2.columns;
        const size = rows * cols;
        let sum1 = 0;
        let sum22 = 0;
        let x = 0;
        for (let i = 0; i < rows; i++) {
          for (let j = 0; j < cols; j++) {
            x = matrix2.get(i, j) - mean2;
            sum1 += x;
            sum22 += x * x;
          }
        }
        if (unbiased) {
          return (sum22 - sum1 * sum1 / size) / (size - 1);
        } else {
          return (sum22 - sum1 * sum1 / size) / size;
        }
      }
      function centerByRow(matrix2, mean2) {
        for (let i = 0; i < matrix2.rows; i++) {
          for (let j = 0; j < matrix2.columns; j++) {
            matrix2.set(i, j, matrix2.get(i, j) - mean2[i]);
          }
        }
      }
      function centerByColumn(matrix2, mean2) {
        for (let i = 0; i < matrix2.rows; i++) {
          for (let j = 0; j < matrix2.columns; j++) {
            matrix2.set(i, j, matrix2.get(i, j) - mean2[j]);
          }
        }
      }
      function centerAll(matrix2, mean2) {
        for (let i = 0; i < matrix2.rows; i++) {
          for (let j = 0; j < matrix2.columns; j++) {
            matrix2.set(i, j, matrix2.get(i, j) - mean2);
          }
        }
      }
      function getScaleByRow(matrix2) {
        const scale2 = [];
        for (let i = 0; i < matrix2.rows; i++) {
          let sum3 = 0;
          for (let j = 0; j < matrix2.columns; j++) {
            sum3 += matrix2.get(i, j) ** 2 / (matrix2.columns - 1);
          }
          scale2.push(Math.sqrt(sum3));
        }
        return scale2;
      }
      function scaleByRow(matrix2, scale2) {
        for (let i = 0; i < matrix2.rows; i++) {
          for (let j = 0; j < matrix2.columns; j++) {
            matrix2.set(i, j, matrix2.get(i, j) / scale2[i]);
          }
        }
      }
      function getScaleByColumn(matrix2) {
        const scale2 = [];
        for (let j = 0; j < matrix2.columns; j++) {
          let sum3 = 0;
          for (let i = 0; i < matrix2.rows; i++) {
            sum3 += matrix2.get(i, j) ** 2 / (matrix2.rows - 1);
          }
          scale2.push(Math.sqrt(sum3));
        }
        return scale2;
      }
      function scaleByColumn(matrix2, scale2) {
        for (let i = 0; i < matrix2.rows; i++) {
          for (let j = 0; j < matrix2.columns; j++) {
            matrix2.set(i, j, matrix2.get(i, j) / scale2[j]);
          }
        }
      }
      function getScaleAll(matrix2) {
        const divider = matrix2.size - 1;
        let sum3 = 0;
        for (let j = 0; j < matrix2.columns; j++) {
          for (let i = 0; i < matrix2.rows; i++) {
            sum3 += matrix2.get(i, j) ** 2 / divider;
          }
        }
        return Math.sqrt(sum3);
      }
      function scaleAll(matrix2, scale2) {
        for (let i = 0; i < matrix2.rows; i++) {
          for (let j = 0; j < matrix2.columns; j++) {
            matrix2.set(i, j, matrix2.get(i, j) / scale2);
          }
        }
      }
      var AbstractMatrix2 = class _AbstractMatrix {
        static from1DArray(newRows, newColumns, newData) {
          let length = newRows * newColumns;
          if (length !== newData.length) {
            throw new RangeError("data length does not match given dimensions");
          }
          let newMatrix = new Matrix3(newRows, newColumns);
          for (let row = 0; row < newRows; row++) {
            for (let column2 = 0; column2 < newColumns; column2++) {
              newMatrix.set(row, column2, newData[row * newColumns + column2]);
            }
          }
          return newMatrix;
        }
        static rowVector(newData) {
          let vector = new Matrix3(1, newData.length);
          for (let i = 0; i < newData.length; i++) {
            vector.set(0, i, newData[i]);
          }
          return vector;
        }
        static columnVector(newData) {
          let vector = new Matrix3(newData.length, 1);
          for (let i = 0; i < newData.length; i++) {
            vector.set(i, 0, newData[i]);
          }
          return vector;
        }
        static zeros(rows, columns) {
          return new Matrix3(rows, columns);
        }
        static ones(rows, columns) {
          return new Matrix3(rows, columns).fill(1);
        }
        static rand(rows, columns, options = {}) {
          if (typeof options !== "object") {
            throw new TypeError("options must be an object");
          }
          const { random = Math.random } = options;
          let matrix2 = new Matrix3(rows, columns);
          for (let i = 0; i < rows; i++) {
            for (let j = 0; j < columns; j++) {
              matrix2.set(i, j, random());
            }
          }
          return matrix2;
        }
        static randInt(rows, columns, options = {}) {
          if (typeof options !== "object") {
            throw new TypeError("options must be an object");
          }
          const { min: min3 = 0, max: max3 = 1e3, random = Math.random } = options;
          if (!Number.isInteger(min3)) throw new TypeError("min must be an integer");
          if (!Number.isInteger(max3)) throw new TypeError("max must be an integer");
          if (min3 >= max3) throw new RangeError("min must be smaller than max");
          let interval = max3 - min3;
          let matrix2 = new Matrix3(rows, columns);
          for (let i = 0; i < rows; i++) {
            for (let j = 0; j < columns; j++) {
              let value = min3 + Math.round(random() * interval);
              matrix2.set(i, j, value);
            }
          }
          return matrix2;
        }
        static eye(rows, columns, value) {
          if (columns === void 0) columns = rows;
          if (value === void 0) value = 1;
          let min3 = Math.min(rows, columns);
          let matrix2 = this.zeros(rows, columns);
          for (let i = 0; i < min3; i++) {
            matrix2.set(i, i, value);
          }
          return matrix2;
        }
        static diag(data, rows, columns) {
          let l = data.length;
          if (rows === void 0) rows = l;
          if (columns === void 0) columns = rows;
          let min3 = Math.min(l, rows, columns);
          let matrix2 = this.zeros(rows, columns);
          for (let i = 0; i < min3; i++) {
            matrix2.set(i, i, data[i]);
          }
          return matrix2;
        }
        static min(matrix1, matrix2) {
          matrix1 = this.checkMatrix(matrix1);
          matrix2 = this.checkMatrix(matrix2);
          let rows = matrix1.rows;
          let columns = matrix1.columns;
          let result = new Matrix3(rows, columns);
          for (let i = 0; i < rows; i++) {
            for (let j = 0; j < columns; j++) {
              result.set(i, j, Math.min(matrix1.get(i, j), matrix2.get(i, j)));
            }
          }
          return result;
        }
        static max(matrix1, matrix2) {
          matrix1 = this.checkMatrix(matrix1);
          matrix2 = this.checkMatrix(matrix2);
          let rows = matrix1.rows;
          let columns = matrix1.columns;
          let result = new this(rows, columns);
          for (let i = 0; i < rows; i++) {
            for (let j = 0; j < columns; j++) {
              result.set(i, j, Math.max(matrix1.get(i, j), matrix2.get(i, j)));
            }
          }
          return result;
        }
        static checkMatrix(value) {
          return _AbstractMatrix.isMatrix(value) ? value : new Matrix3(value);
        }
        static isMatrix(value) {
          return value != null && value.klass === "Matrix";
        }
        get size() {
          return this.rows * this.columns;
        }
        apply(callback) {
          if (typeof callback !== "function") {
            throw new TypeError("callback must be a function");
          }
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              callback.call(this, i, j);
            }
          }
          return this;
        }
        applyAlongAxis(callback, by) {
          if (typeof callback !== "function") {
            throw new TypeError("callback must be a function");
          }
          const result = [];
          switch (by) {
            case "row": {
              for (let i = 0; i < this.rows; i++) {
                result.push(callback.call(this, this.getRow(i), i));
              }
              break;
            }
            case "column": {
              for (let i = 0; i < this.columns; i++) {
                result.push(callback.call(this, this.getColumn(i), i));
              }
              break;
            }
            default:
              throw new Error(`invalid option: ${by}`);
          }
          return result;
        }
        to1DArray() {
          let array = [];
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              array.push(this.get(i, j));
            }
          }
          return array;
        }
        to2DArray() {
          let copy = [];
          for (let i = 0; i < this.rows; i++) {
            copy.push([]);
            for (let j = 0; j < this.columns; j++) {
              copy[i].push(this.get(i, j));
            }
          }
          return copy;
        }
        toJSON() {
          return this.to2DArray();
        }
        isRowVector() {
          return this.rows === 1;
        }
        isColumnVector() {
          return this.columns === 1;
        }
        isVector() {
          return this.rows === 1 || this.columns === 1;
        }
        isSquare() {
          return this.rows === this.columns;
        }
        isEmpty() {
          return this.rows === 0 || this.columns === 0;
        }
        isSymmetric() {
          if (this.isSquare()) {
            for (let i = 0; i < this.rows; i++) {
              for (let j = 0; j <= i; j++) {
                if (this.get(i, j) !== this.get(j, i)) {
                  return false;
                }
              }
            }
            return true;
          }
          return false;
        }
        isDistance() {
          if (!this.isSymmetric()) return false;
          for (let i = 0; i < this.rows; i++) {
            if (this.get(i, i) !== 0) return false;
          }
          return true;
        }
        isEchelonForm() {
          let i = 0;
          let j = 0;
          let previousColumn = -1;
          let isEchelonForm = true;
          let checked = false;
          while (i < this.rows && isEchelonForm) {
            j = 0;
            checked = false;
            while (j < this.columns && checked === false) {
              if (this.get(i, j) === 0) {
                j++;
              } else if (this.get(i, j) === 1 && j > previousColumn) {
                checked = true;
                previousColumn = j;
              } else {
                isEchelonForm = false;
                checked = true;
              }
            }
            i++;
          }
          return isEchelonForm;
        }
        isReducedEchelonForm() {
          let i = 0;
          let j = 0;
          let previousColumn = -1;
          let isReducedEchelonForm = true;
          let checked = false;
          while (i < this.rows && isReducedEchelonForm) {
            j = 0;
            checked = false;
            while (j < this.columns && checked === false) {
              if (this.get(i, j) === 0) {
                j++;
              } else if (this.get(i, j) === 1 && j > previousColumn) {
                checked = true;
                previousColumn = j;
              } else {
                isReducedEchelonForm = false;
                checked = true;
              }
            }
            for (let k = j + 1; k < this.rows; k++) {
              if (this.get(i, k) !== 0) {
                isReducedEchelonForm = false;
              }
            }
            i++;
          }
          return isReducedEchelonForm;
        }
        echelonForm() {
          let result = this.clone();
          let h = 0;
          let k = 0;
          while (h < result.rows && k < result.columns) {
            let iMax = h;
            for (let i = h; i < result.rows; i++) {
              if (result.get(i, k) > result.get(iMax, k)) {
                iMax = i;
              }
            }
            if (result.get(iMax, k) === 0) {
              k++;
            } else {
              result.swapRows(h, iMax);
              let tmp = result.get(h, k);
              for (let j = k; j < result.columns; j++) {
                result.set(h, j, result.get(h, j) / tmp);
              }
              for (let i = h + 1; i < result.rows; i++) {
                let factor = result.get(i, k) / result.get(h, k);
                result.set(i, k, 0);
                for (let j = k + 1; j < result.columns; j++) {
                  result.set(i, j, result.get(i, j) - result.get(h, j) * factor);
                }
              }
              h++;
              k++;
            }
          }
          return result;
        }
        reducedEchelonForm() {
          let result = this.echelonForm();
          let m = result.columns;
          let n = result.rows;
          let h = n - 1;
          while (h >= 0) {
            if (result.maxRow(h) === 0) {
              h--;
            } else {
              let p = 0;
              let pivot = false;
              while (p < n && pivot === false) {
                if (result.get(h, p) === 1) {
                  pivot = true;
                } else {
                  p++;
                }
              }
              for (let i = 0; i < h; i++) {
                let factor = result.get(i, p);
                for (let j = p; j < m; j++) {
                  let tmp = result.get(i, j) - factor * result.get(h, j);
                  result.set(i, j, tmp);
                }
              }
              h--;
            }
          }
          return result;
        }
        set() {
          throw new Error("set method is unimplemented");
        }
        get() {
          throw new Error("get method is unimplemented");
        }
        repeat(options = {}) {
          if (typeof options !== "object") {
            throw new TypeError("options must be an object");
          }
          const { rows = 1, columns = 1 } = options;
          if (!Number.isInteger(rows) || rows <= 0) {
            throw new TypeError("rows must be a positive integer");
          }
          if (!Number.isInteger(columns) || columns <= 0) {
            throw new TypeError("columns must be a positive integer");
          }
          let matrix2 = new Matrix3(this.rows * rows, this.columns * columns);
          for (let i = 0; i < rows; i++) {
            for (let j = 0; j < columns; j++) {
              matrix2.setSubMatrix(this, this.rows * i, this.columns * j);
            }
          }
          return matrix2;
        }
        fill(value) {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, value);
            }
          }
          return this;
        }
        neg() {
          return this.mulS(-1);
        }
        getRow(index) {
          checkRowIndex(this, index);
          let row = [];
          for (let i = 0; i < this.columns; i++) {
            row.push(this.get(index, i));
          }
          return row;
        }
        getRowVector(index) {
          return Matrix3.rowVector(this.getRow(index));
        }
        setRow(index, array) {
          checkRowIndex(this, index);
          array = checkRowVector(this, array);
          for (let i = 0; i < this.columns; i++) {
            this.set(index, i, array[i]);
          }
          return this;
        }
        swapRows(row1, row2) {
          checkRowIndex(this, row1);
          checkRowIndex(this, row2);
          for (let i = 0; i < this.columns; i++) {
            let temp = this.get(row1, i);
            this.set(row1, i, this.get(row2, i));
            this.set(row2, i, temp);
          }
          return this;
        }
        getColumn(index) {
          checkColumnIndex(this, index);
          let column2 = [];
          for (let i = 0; i < this.rows; i++) {
            column2.push(this.get(i, index));
          }
          return column2;
        }
        getColumnVector(index) {
          return Matrix3.columnVector(this.getColumn(index));
        }
        setColumn(index, array) {
          checkColumnIndex(this, index);
          array = checkColumnVector(this, array);
          for (let i = 0; i < this.rows; i++) {
            this.set(i, index, array[i]);
          }
          return this;
        }
        swapColumns(column1, column2) {
          checkColumnIndex(this, column1);
          checkColumnIndex(this, column2);
          for (let i = 0; i < this.rows; i++) {
            let temp = this.get(i, column1);
            this.set(i, column1, this.get(i, column2));
            this.set(i, column2, temp);
          }
          return this;
        }
        addRowVector(vector) {
          vector = checkRowVector(this, vector);
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) + vector[j]);
            }
          }
          return this;
        }
        subRowVector(vector) {
          vector = checkRowVector(this, vector);
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) - vector[j]);
            }
          }
          return this;
        }
        mulRowVector(vector) {
          vector = checkRowVector(this, vector);
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) * vector[j]);
            }
          }
          return this;
        }
        divRowVector(vector) {
          vector = checkRowVector(this, vector);
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) / vector[j]);
            }
          }
          return this;
        }
        addColumnVector(vector) {
          vector = checkColumnVector(this, vector);
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) + vector[i]);
            }
          }
          return this;
        }
        subColumnVector(vector) {
          vector = checkColumnVector(this, vector);
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) - vector[i]);
            }
          }
          return this;
        }
        mulColumnVector(vector) {
          vector = checkColumnVector(this, vector);
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) * vector[i]);
            }
          }
          return this;
        }
        divColumnVector(vector) {
          vector = checkColumnVector(this, vector);
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              this.set(i, j, this.get(i, j) / vector[i]);
            }
          }
          return this;
        }
        mulRow(index, value) {
          checkRowIndex(this, index);
          for (let i = 0; i < this.columns; i++) {
            this.set(index, i, this.get(index, i) * value);
          }
          return this;
        }
        mulColumn(index, value) {
          checkColumnIndex(this, index);
          for (let i = 0; i < this.rows; i++) {
            this.set(i, index, this.get(i, index) * value);
          }
          return this;
        }
        max(by) {
          if (this.isEmpty()) {
            return NaN;
          }
          switch (by) {
            case "row": {
              const max3 = new Array(this.rows).fill(Number.NEGATIVE_INFINITY);
              for (let row = 0; row < this.rows; row++) {
                for (let column2 = 0; column2 < this.columns; column2++) {
                  if (this.get(row, column2) > max3[row]) {
                    max3[row] = this.get(row, column2);
                  }
                }
              }
              return max3;
            }
            case "column": {
              const max3 = new Array(this.columns).fill(Number.NEGATIVE_INFINITY);
              for (let row = 0; row < this.rows; row++) {
                for (let column2 = 0; column2 < this.columns; column2++) {
                  if (this.get(row, column2) > max3[column2]) {
                    max3[column2] = this.get(row, column2);
                  }
                }
              }
              return max3;
            }
            case void 0: {
              let max3 = this.get(0, 0);
              for (let row = 0; row < this.rows; row++) {
                for (let column2 = 0; column2 < this.columns; column2++) {
                  if (this.get(row, column2) > max3) {
                    max3 = this.get(row, column2);
                  }
                }
              }
              return max3;
            }
            default:
              throw new Error(`invalid option: ${by}`);
          }
        }
        maxIndex() {
          checkNonEmpty(this);
          let v = this.get(0, 0);
          let idx = [0, 0];
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              if (this.get(i, j) > v) {
                v = this.get(i, j);
                idx[0] = i;
                idx[1] = j;
              }
            }
          }
          return idx;
        }
        min(by) {
          if (this.isEmpty()) {
            return NaN;
          }
          switch (by) {
            case "row": {
              const min3 = new Array(this.rows).fill(Number.POSITIVE_INFINITY);
              for (let row = 0; row < this.rows; row++) {
                for (let column2 = 0; column2 < this.columns; column2++) {
                  if (this.get(row, column2) < min3[row]) {
                    min3[row] = this.get(row, column2);
                  }
                }
              }
              return min3;
            }
            case "column": {
              const min3 = new Array(this.columns).fill(Number.POSITIVE_INFINITY);
              for (let row = 0; row < this.rows; row++) {
                for (let column2 = 0; column2 < this.columns; column2++) {
                  if (this.get(row, column2) < min3[column2]) {
                    min3[column2] = this.get(row, column2);
                  }
                }
              }
              return min3;
            }
            case void 0: {
              let min3 = this.get(0, 0);
              for (let row = 0; row < this.rows; row++) {
                for (let column2 = 0; column2 < this.columns; column2++) {
                  if (this.get(row, column2) < min3) {
                    min3 = this.get(row, column2);
                  }
                }
              }
              return min3;
            }
            default:
              throw new Error(`invalid option: ${by}`);
          }
        }
        minIndex() {
          checkNonEmpty(this);
          let v = this.get(0, 0);
          let idx = [0, 0];
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              if (this.get(i, j) < v) {
                v = this.get(i, j);
                idx[0] = i;
                idx[1] = j;
              }
            }
          }
          return idx;
        }
        maxRow(row) {
          checkRowIndex(this, row);
          if (this.isEmpty()) {
            return NaN;
          }
          let v = this.get(row, 0);
          for (let i = 1; i < this.columns; i++) {
            if (this.get(row, i) > v) {
              v = this.get(row, i);
            }
          }
          return v;
        }
        maxRowIndex(row) {
          checkRowIndex(this, row);
          checkNonEmpty(this);
          let v = this.get(row, 0);
          let idx = [row, 0];
          for (let i = 1; i < this.columns; i++) {
            if (this.get(row, i) > v) {
              v = this.get(row, i);
              idx[1] = i;
            }
          }
          return idx;
        }
        minRow(row) {
          checkRowIndex(this, row);
          if (this.isEmpty()) {
            return NaN;
          }
          let v = this.get(row, 0);
          for (let i = 1; i < this.columns; i++) {
            if (this.get(row, i) < v) {
              v = this.get(row, i);
            }
          }
          return v;
        }
        minRowIndex(row) {
          checkRowIndex(this, row);
          checkNonEmpty(this);
          let v = this.get(row, 0);
          let idx = [row, 0];
          for (let i = 1; i < this.columns; i++) {
            if (this.get(row, i) < v) {
              v = this.get(row, i);
              idx[1] = i;
            }
          }
          return idx;
        }
        maxColumn(column2) {
          checkColumnIndex(this, column2);
          if (this.isEmpty()) {
            return NaN;
          }
          let v = this.get(0, column2);
          for (let i = 1; i < this.rows; i++) {
            if (this.get(i, column2) > v) {
              v = this.get(i, column2);
            }
          }
          return v;
        }
        maxColumnIndex(column2) {
          checkColumnIndex(this, column2);
          checkNonEmpty(this);
          let v = this.get(0, column2);
          let idx = [0, column2];
          for (let i = 1; i < this.rows; i++) {
            if (this.get(i, column2) > v) {
              v = this.get(i, column2);
              idx[0] = i;
            }
          }
          return idx;
        }
        minColumn(column2) {
          checkColumnIndex(this, column2);
          if (this.isEmpty()) {
            return NaN;
          }
          let v = this.get(0, column2);
          for (let i = 1; i < this.rows; i++) {
            if (this.get(i, column2) < v) {
              v = this.get(i, column2);
            }
          }
          return v;
        }
        minColumnIndex(column2) {
          checkColumnIndex(this, column2);
          checkNonEmpty(this);
          let v = this.get(0, column2);
          let idx = [0, column2];
          for (let i = 1; i < this.rows; i++) {
            if (this.get(i, column2) < v) {
              v = this.get(i, column2);
              idx[0] = i;
            }
          }
          return idx;
        }
        diag() {
          let min3 = Math.min(this.rows, this.columns);
          let diag = [];
          for (let i = 0; i < min3; i++) {
            diag.push(this.get(i, i));
          }
          return diag;
        }
        norm(type = "frobenius") {
          switch (type) {
            case "max":
              return Matrix3.abs(this).max();
            case "frobenius":
              return Math.sqrt(this.dot(this));
            default:
              throw new RangeError(`unknown norm type: ${type}`);
          }
        }
        cumulativeSum() {
          let sum3 = 0;
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              sum3 += this.get(i, j);
              this.set(i, j, sum3);
            }
          }
          return this;
        }
        dot(vector2) {
          if (_AbstractMatrix.isMatrix(vector2)) vector2 = vector2.to1DArray();
          let vector1 = this.to1DArray();
          if (vector1.length !== vector2.length) {
            throw new RangeError("vectors do not have the same size");
          }
          let dot = 0;
          for (let i = 0; i < vector1.length; i++) {
            dot += vector1[i] * vector2[i];
          }
          return dot;
        }
        mmul(other) {
          other = Matrix3.checkMatrix(other);
          let m = this.rows;
          let n = this.columns;
          let p = other.columns;
          let result = new Matrix3(m, p);
          let Bcolj = new Float64Array(n);
          for (let j = 0; j < p; j++) {
            for (let k = 0; k < n; k++) {
              Bcolj[k] = other.get(k, j);
            }
            for (let i = 0; i < m; i++) {
              let s = 0;
              for (let k = 0; k < n; k++) {
                s += this.get(i, k) * Bcolj[k];
              }
              result.set(i, j, s);
            }
          }
          return result;
        }
        gram() {
          const rows = this.rows;
          const n = this.columns;
          const gramData = new Float64Array(n * n);
          for (let r = 0; r < rows; r++) {
            for (let i = 0; i < n; i++) {
              const value = this.get(r, i);
              if (value === 0) continue;
              const offset = i * n;
              for (let j = i; j < n; j++) {
                gramData[offset + j] += value * this.get(r, j);
              }
            }
          }
          const result = new Matrix3(n, n);
          for (let i = 0; i < n; i++) {
            const offset = i * n;
            for (let j = i; j < n; j++) {
              const value = gramData[offset + j];
              result.set(i, j, value);
              result.set(j, i, value);
            }
          }
          return result;
        }
        transposeMultiply(other) {
          other = Matrix3.checkMatrix(other);
          if (this.rows !== other.rows) {
            throw new RangeError(
              "the number of rows of the two matrices must be equal"
            );
          }
          const n = this.columns;
          const p = other.columns;
          const result = new Matrix3(n, p);
          const otherRow = new Float64Array(p);
          for (let r = 0; r < this.rows; r++) {
            for (let j = 0; j < p; j++) {
              otherRow[j] = other.get(r, j);
            }
            for (let i = 0; i < n; i++) {
              const value = this.get(r, i);
              if (value === 0) continue;
              const resultRow = result.data[i];
              for (let j = 0; j < p; j++) {
                resultRow[j] += value * otherRow[j];
              }
            }
          }
          return result;
        }
        mmulByTranspose(scale2) {
          let m = this.rows;
          let n = this.columns;
          if (scale2 !== void 0 && scale2.length !== n) {
            throw new RangeError("scale must have one value per column");
          }
          let result = new Matrix3(m, m);
          let rowj = new Float64Array(n);
          for (let j = 0; j < m; j++) {
            if (scale2 === void 0) {
              for (let k = 0; k < n; k++) {
                rowj[k] = this.get(j, k);
              }
            } else {
              for (let k = 0; k < n; k++) {
                rowj[k] = scale2[k] * this.get(j, k);
              }
            }
            for (let i = j; i < m; i++) {
              let s = 0;
              for (let k = 0; k < n; k++) {
                s += this.get(i, k) * rowj[k];
              }
              result.set(i, j, s);
              result.set(j, i, s);
            }
          }
          return result;
        }
        mpow(scalar) {
          if (!this.isSquare()) {
            throw new RangeError("Matrix must be square");
          }
          if (!Number.isInteger(scalar) || scalar < 0) {
            throw new RangeError("Exponent must be a non-negative integer");
          }
          let result = Matrix3.eye(this.rows);
          let bb = this;
          for (let e = scalar; e >= 1; e /= 2) {
            if ((e & 1) !== 0) {
              result = result.mmul(bb);
            }
            bb = bb.mmul(bb);
          }
          return result;
        }
        strassen2x2(other) {
          other = Matrix3.checkMatrix(other);
          let result = new Matrix3(2, 2);
          const a11 = this.get(0, 0);
          const b11 = other.get(0, 0);
          const a12 = this.get(0, 1);
          const b12 = other.get(0, 1);
          const a21 = this.get(1, 0);
          const b21 = other.get(1, 0);
          const a22 = this.get(1, 1);
          const b22 = other.get(1, 1);
          const m1 = (a11 + a22) * (b11 + b22);
          const m2 = (a21 + a22) * b11;
          const m3 = a11 * (b12 - b22);
          const m4 = a22 * (b21 - b11);
          const m5 = (a11 + a12) * b22;
          const m6 = (a21 - a11) * (b11 + b12);
          const m7 = (a12 - a22) * (b21 + b22);
          const c00 = m1 + m4 - m5 + m7;
          const c01 = m3 + m5;
          const c10 = m2 + m4;
          const c11 = m1 - m2 + m3 + m6;
          result.set(0, 0, c00);
          result.set(0, 1, c01);
          result.set(1, 0, c10);
          result.set(1, 1, c11);
          return result;
        }
        strassen3x3(other) {
          other = Matrix3.checkMatrix(other);
          let result = new Matrix3(3, 3);
          const a00 = this.get(0, 0);
          const a01 = this.get(0, 1);
          const a02 = this.get(0, 2);
          const a10 = this.get(1, 0);
          const a11 = this.get(1, 1);
          const a12 = this.get(1, 2);
          const a20 = this.get(2, 0);
          const a21 = this.get(2, 1);
          const a22 = this.get(2, 2);
          const b00 = other.get(0, 0);
          const b01 = other.get(0, 1);
          const b02 = other.get(0, 2);
          const b10 = other.get(1, 0);
          const b11 = other.get(1, 1);
          const b12 = other.get(1, 2);
          const b20 = other.get(2, 0);
          const b21 = other.get(2, 1);
          const b22 = other.get(2, 2);
          const m1 = (a00 + a01 + a02 - a10 - a11 - a21 - a22) * b11;
          const m2 = (a00 - a10) * (-b01 + b11);
          const m3 = a11 * (-b00 + b01 + b10 - b11 - b12 - b20 + b22);
          const m4 = (-a00 + a10 + a11) * (b00 - b01 + b11);
          const m5 = (a10 + a11) * (-b00 + b01);
          const m6 = a00 * b00;
          const m7 = (-a00 + a20 + a21) * (b00 - b02 + b12);
          const m8 = (-a00 + a20) * (b02 - b12);
          const m9 = (a20 + a21) * (-b00 + b02);
          const m10 = (a00 + a01 + a02 - a11 - a12 - a20 - a21) * b12;
          const m11 = a21 * (-b00 + b02 + b10 - b11 - b12 - b20 + b21);
          const m12 = (-a02 + a21 + a22) * (b11 + b20 - b21);
          const m13 = (a02 - a22) * (b11 - b21);
          const m14 = a02 * b20;
          const m15 = (a21 + a22) * (-b20 + b21);
          const m16 = (-a02 + a11 + a12) * (b12 + b20 - b22);
          const m17 = (a02 - a12) * (b12 - b22);
          const m18 = (a11 + a12) * (-b20 + b22);
          const m19 = a01 * b10;
          const m20 = a12 * b21;
          const m21 = a10 * b02;
          const m22 = a20 * b01;
          const m23 = a22 * b22;
          const c00 = m6 + m14 + m19;
          const c01 = m1 + m4 + m5 + m6 + m12 + m14 + m15;
          const c02 = m6 + m7 + m9 + m10 + m14 + m16 + m18;
          const c10 = m2 + m3 + m4 + m6 + m14 + m16 + m17;
          const c11 = m2 + m4 + m5 + m6 + m20;
          const c12 = m14 + m16 + m17 + m18 + m21;
          const c20 = m6 + m7 + m8 + m11 + m12 + m13 + m14;
          const c21 = m12 + m13 + m14 + m15 + m22;
          const c22 = m6 + m7 + m8 + m9 + m23;
          result.set(0, 0, c00);
          result.set(0, 1, c01);
          result.set(0, 2, c02);
          result.set(1, 0, c10);
          result.set(1, 1, c11);
          result.set(1, 2, c12);
          result.set(2, 0, c20);
          result.set(2, 1, c21);
          result.set(2, 2, c22);
          return result;
        }
        mmulStrassen(y) {
          y = Matrix3.checkMatrix(y);
          let x = this.clone();
          let r1 = x.rows;
          let c1 = x.columns;
          let r2 = y.rows;
          let c2 = y.columns;
          if (c1 !== r2) {
            console.warn(
              `Multiplying ${r1} x ${c1} and ${r2} x ${c2} matrix: dimensions do not match.`
            );
          }
          function embed(mat, rows, cols) {
            let r3 = mat.rows;
            let c3 = mat.columns;
            if (r3 === rows && c3 === cols) {
              return mat;
            } else {
              let resultat = _AbstractMatrix.zeros(rows, cols);
              resultat = resultat.setSubMatrix(mat, 0, 0);
              return resultat;
            }
          }
          let r = Math.max(r1, r2);
          let c = Math.max(c1, c2);
          x = embed(x, r, c);
          y = embed(y, r, c);
          function blockMult(a, b, rows, cols) {
            if (rows <= 512 || cols <= 512) {
              return a.mmul(b);
            }
            if (rows % 2 === 1 && cols % 2 === 1) {
              a = embed(a, rows + 1, cols + 1);
              b = embed(b, rows + 1, cols + 1);
            } else if (rows % 2 === 1) {
              a = embed(a, rows + 1, cols);
              b = embed(b, rows + 1, cols);
            } else if (cols % 2 === 1) {
              a = embed(a, rows, cols + 1);
              b = embed(b, rows, cols + 1);
            }
            let halfRows = parseInt(a.rows / 2, 10);
            let halfCols = parseInt(a.columns / 2, 10);
            let a11 = a.subMatrix(0, halfRows - 1, 0, halfCols - 1);
            let b11 = b.subMatrix(0, halfRows - 1, 0, halfCols - 1);
            let a12 = a.subMatrix(0, halfRows - 1, halfCols, a.columns - 1);
            let b12 = b.subMatrix(0, halfRows - 1, halfCols, b.columns - 1);
            let a21 = a.subMatrix(halfRows, a.rows - 1, 0, halfCols - 1);
            let b21 = b.subMatrix(halfRows, b.rows - 1, 0, halfCols - 1);
            let a22 = a.subMatrix(halfRows, a.rows - 1, halfCols, a.columns - 1);
            let b22 = b.subMatrix(halfRows, b.rows - 1, halfCols, b.columns - 1);
            let m1 = blockMult(
              _AbstractMatrix.add(a11, a22),
              _AbstractMatrix.add(b11, b22),
              halfRows,
              halfCols
            );
            let m2 = blockMult(_AbstractMatrix.add(a21, a22), b11, halfRows, halfCols);
            let m3 = blockMult(a11, _AbstractMatrix.sub(b12, b22), halfRows, halfCols);
            let m4 = blockMult(a22, _AbstractMatrix.sub(b21, b11), halfRows, halfCols);
            let m5 = blockMult(_AbstractMatrix.add(a11, a12), b22, halfRows, halfCols);
            let m6 = blockMult(
              _AbstractMatrix.sub(a21, a11),
              _AbstractMatrix.add(b11, b12),
              halfRows,
              halfCols
            );
            let m7 = blockMult(
              _AbstractMatrix.sub(a12, a22),
              _AbstractMatrix.add(b21, b22),
              halfRows,
              halfCols
            );
            let c11 = _AbstractMatrix.add(m1, m4);
            c11.sub(m5);
            c11.add(m7);
            let c12 = _AbstractMatrix.add(m3, m5);
            let c21 = _AbstractMatrix.add(m2, m4);
            let c22 = _AbstractMatrix.sub(m1, m2);
            c22.add(m3);
            c22.add(m6);
            let result = _AbstractMatrix.zeros(2 * c11.rows, 2 * c11.columns);
            result = result.setSubMatrix(c11, 0, 0);
            result = result.setSubMatrix(c12, c11.rows, 0);
            result = result.setSubMatrix(c21, 0, c11.columns);
            result = result.setSubMatrix(c22, c11.rows, c11.columns);
            return result.subMatrix(0, rows - 1, 0, cols - 1);
          }
          return blockMult(x, y, r, c);
        }
        scaleRows(options = {}) {
          if (typeof options !== "object") {
            throw new TypeError("options must be an object");
          }
          const { min: min3 = 0, max: max3 = 1 } = options;
          if (!Number.isFinite(min3)) throw new TypeError("min must be a number");
          if (!Number.isFinite(max3)) throw new TypeError("max must be a number");
          if (min3 >= max3) throw new RangeError("min must be smaller than max");
          let newMatrix = new Matrix3(this.rows, this.columns);
          for (let i = 0; i < this.rows; i++) {
            const row = this.getRow(i);
            if (row.length > 0) {
              rescale(row, { min: min3, max: max3, output: row });
            }
            newMatrix.setRow(i, row);
          }
          return newMatrix;
        }
        scaleColumns(options = {}) {
          if (typeof options !== "object") {
            throw new TypeError("options must be an object");
          }
          const { min: min3 = 0, max: max3 = 1 } = options;
          if (!Number.isFinite(min3)) throw new TypeError("min must be a number");
          if (!Number.isFinite(max3)) throw new TypeError("max must be a number");
          if (min3 >= max3) throw new RangeError("min must be smaller than max");
          let newMatrix = new Matrix3(this.rows, this.columns);
          for (let i = 0; i < this.columns; i++) {
            const column2 = this.getColumn(i);
            if (column2.length) {
              rescale(column2, {
                min: min3,
                max: max3,
                output: column2
              });
            }
            newMatrix.setColumn(i, column2);
          }
          return newMatrix;
        }
        flipRows() {
          const middle = Math.ceil(this.columns / 2);
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < middle; j++) {
              let first = this.get(i, j);
              let last = this.get(i, this.columns - 1 - j);
              this.set(i, j, last);
              this.set(i, this.columns - 1 - j, first);
            }
          }
          return this;
        }
        flipColumns() {
          const middle = Math.ceil(this.rows / 2);
          for (let j = 0; j < this.columns; j++) {
            for (let i = 0; i < middle; i++) {
              let first = this.get(i, j);
              let last = this.get(this.rows - 1 - i, j);
              this.set(i, j, last);
              this.set(this.rows - 1 - i, j, first);
            }
          }
          return this;
        }
        kroneckerProduct(other) {
          other = Matrix3.checkMatrix(other);
          let m = this.rows;
          let n = this.columns;
          let p = other.rows;
          let q = other.columns;
          let result = new Matrix3(m * p, n * q);
          for (let i = 0; i < m; i++) {
            for (let j = 0; j < n; j++) {
              for (let k = 0; k < p; k++) {
                for (let l = 0; l < q; l++) {
                  result.set(p * i + k, q * j + l, this.get(i, j) * other.get(k, l));
                }
              }
            }
          }
          return result;
        }
        kroneckerSum(other) {
          other = Matrix3.checkMatrix(other);
          if (!this.isSquare() || !other.isSquare()) {
            throw new Error("Kronecker Sum needs two Square Matrices");
          }
          let m = this.rows;
          let n = other.rows;
          let AxI = this.kroneckerProduct(Matrix3.eye(n, n));
          let IxB = Matrix3.eye(m, m).kroneckerProduct(other);
          return AxI.add(IxB);
        }
        transpose() {
          let result = new Matrix3(this.columns, this.rows);
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j < this.columns; j++) {
              result.set(j, i, this.get(i, j));
            }
          }
          return result;
        }
        sortRows(compareFunction = compareNumbers) {
          for (let i = 0; i < this.rows; i++) {
            this.setRow(i, this.getRow(i).sort(compareFunction));
          }
          return this;
        }
        sortColumns(compareFunction = compareNumbers) {
          for (let i = 0; i < this.columns; i++) {
            this.setColumn(i, this.getColumn(i).sort(compareFunction));
          }
          return this;
        }
        subMatrix(startRow, endRow, startColumn, endColumn) {
          checkRange(this, startRow, endRow, startColumn, endColumn);
          let newMatrix = new Matrix3(
            endRow - startRow + 1,
            endColumn - startColumn + 1
          );
          for (let i = startRow; i <= endRow; i++) {
            for (let j = startColumn; j <= endColumn; j++) {
              newMatrix.set(i - startRow, j - startColumn, this.get(i, j));
            }
          }
          return newMatrix;
        }
        subMatrixRow(indices, startColumn, endColumn) {
          if (startColumn === void 0) startColumn = 0;
          if (endColumn === void 0) endColumn = this.columns - 1;
          if (startColumn > endColumn || startColumn < 0 || startColumn >= this.columns || endColumn < 0 || endColumn >= this.columns) {
            throw new RangeError("Argument out of range");
          }
          let newMatrix = new Matrix3(indices.length, endColumn - startColumn + 1);
          for (let i = 0; i < indices.length; i++) {
            for (let j = startColumn; j <= endColumn; j++) {
              if (indices[i] < 0 || indices[i] >= this.rows) {
                throw new RangeError(`Row index out of range: ${indices[i]}`);
              }
              newMatrix.set(i, j - startColumn, this.get(indices[i], j));
            }
          }
          return newMatrix;
        }
        subMatrixColumn(indices, startRow, endRow) {
          if (startRow === void 0) startRow = 0;
          if (endRow === void 0) endRow = this.rows - 1;
          if (startRow > endRow || startRow < 0 || startRow >= this.rows || endRow < 0 || endRow >= this.rows) {
            throw new RangeError("Argument out of range");
          }
          let newMatrix = new Matrix3(endRow - startRow + 1, indices.length);
          for (let i = 0; i < indices.length; i++) {
            for (let j = startRow; j <= endRow; j++) {
              if (indices[i] < 0 || indices[i] >= this.columns) {
                throw new RangeError(`Column index out of range: ${indices[i]}`);
              }
              newMatrix.set(j - startRow, i, this.get(j, indices[i]));
            }
          }
          return newMatrix;
        }
        setSubMatrix(matrix2, startRow, startColumn) {
          matrix2 = Matrix3.checkMatrix(matrix2);
          if (matrix2.isEmpty()) {
            return this;
          }
          let endRow = startRow + matrix2.rows - 1;
          let endColumn = startColumn + matrix2.columns - 1;
          checkRange(this, startRow, endRow, startColumn, endColumn);
          for (let i = 0; i < matrix2.rows; i++) {
            for (let j = 0; j < matrix2.columns; j++) {
              this.set(startRow + i, startColumn + j, matrix2.get(i, j));
            }
          }
          return this;
        }
        concat(other, by = "row") {
          other = Matrix3.checkMatrix(other);
          switch (by) {
            case "row": {
              if (this.columns !== other.columns) {
                throw new RangeError(
                  "both matrices must have the same number of columns"
                );
              }
              const result = new Matrix3(this.rows + other.rows, this.columns);
              result.setSubMatrix(this, 0, 0);
              result.setSubMatrix(other, this.rows, 0);
              return result;
            }
            case "column": {
              if (this.rows !== other.rows) {
                throw new RangeError(
                  "both matrices must have the same number of rows"
                );
              }
              const result = new Matrix3(this.rows, this.columns + other.columns);
              result.setSubMatrix(this, 0, 0);
              result.setSubMatrix(other, 0, this.columns);
              return result;
            }
            default:
              throw new Error(`invalid option: ${by}`);
          }
        }
        selection(rowIndices, columnIndices) {
          checkRowIndices(this, rowIndices);
          checkColumnIndices(this, columnIndices);
          let newMatrix = new Matrix3(rowIndices.length, columnIndices.length);
          for (let i = 0; i < rowIndices.length; i++) {
            let rowIndex = rowIndices[i];
            for (let j = 0; j < columnIndices.length; j++) {
              let columnIndex = columnIndices[j];
              newMatrix.set(i, j, this.get(rowIndex, columnIndex));
            }
          }
          return newMatrix;
        }
        trace() {
          let min3 = Math.min(this.rows, this.columns);
          let trace = 0;
          for (let i = 0; i < min3; i++) {
            trace += this.get(i, i);
          }
          return trace;
        }
        clone() {
          return this.constructor.copy(this, new Matrix3(this.rows, this.columns));
        }
        /**
         * @template {AbstractMatrix} M
         * @param {AbstractMatrix} from
         * @param {M} to
         * @return {M}
         */
        static copy(from, to) {
          for (const [row, column2, value] of from.entries()) {
            to.set(row, column2, value);
          }
          return to;
        }
        sum(by) {
          switch (by) {
            case "row":
              return sumByRow(this);
            case "column":
              return sumByColumn(this);
            case void 0:
              return sumAll(this);
            default:
              throw new Error(`invalid option: ${by}`);
          }
        }
        product(by) {
          switch (by) {
            case "row":
              return productByRow(this);
            case "column":
              return productByColumn(this);
            case void 0:
              return productAll(this);
            default:
              throw new Error(`invalid option: ${by}`);
          }
        }
        mean(by) {
          const sum3 = this.sum(by);
          switch (by) {
            case "row": {
              for (let i = 0; i < this.rows; i++) {
                sum3[i] /= this.columns;
              }
              return sum3;
            }
            case "column": {
              for (let i = 0; i < this.columns; i++) {
                sum3[i] /= this.rows;
              }
              return sum3;
            }
            case void 0:
              return sum3 / this.size;
            default:
              throw new Error(`invalid option: ${by}`);
          }
        }
        variance(by, options = {}) {
          if (typeof by === "object") {
            options = by;
            by = void 0;
          }
          if (typeof options !== "object") {
            throw new TypeError("options must be an object");
          }
          const { unbiased = true, mean: mean2 = this.mean(by) } = options;
          if (typeof unbiased !== "boolean") {
            throw new TypeError("unbiased must be a boolean");
          }
          switch (by) {
            case "row": {
              if (!isAnyArray(mean2)) {
                throw new TypeError("mean must be an array");
              }
              return varianceByRow(this, unbiased, mean2);
            }
            case "column": {
              if (!isAnyArray(mean2)) {
                throw new TypeError("mean must be an array");
              }
              return varianceByColumn(this, unbiased, mean2);
            }
            case void 0: {
              if (typeof mean2 !== "number") {
                throw new TypeError("mean must be a number");
              }
              return varianceAll(this, unbiased, mean2);
            }
            default:
              throw new Error(`invalid option: ${by}`);
          }
        }
        standardDeviation(by, options) {
          if (typeof by === "object") {
            options = by;
            by = void 0;
          }
          const variance2 = this.variance(by, options);
          if (by === void 0) {
            return Math.sqrt(variance2);
          } else {
            for (let i = 0; i < variance2.length; i++) {
              variance2[i] = Math.sqrt(variance2[i]);
            }
            return variance2;
          }
        }
        center(by, options = {}) {
          if (typeof by === "object") {
            options = by;
            by = void 0;
          }
          if (typeof options !== "object") {
            throw new TypeError("options must be an object");
          }
          const { center = this.mean(by) } = options;
          switch (by) {
            case "row": {
              if (!isAnyArray(center)) {
                throw new TypeError("center must be an array");
              }
              centerByRow(this, center);
              return this;
            }
            case "column": {
              if (!isAnyArray(center)) {
                throw new TypeError("center must be an array");
              }
              centerByColumn(this, center);
              return this;
            }
            case void 0: {
              if (typeof center !== "number") {
                throw new TypeError("center must be a number");
              }
              centerAll(this, center);
              return this;
            }
            default:
              throw new Error(`invalid option: ${by}`);
          }
        }
        scale(by, options = {}) {
          if (typeof by === "object") {
            options = by;
            by = void 0;
          }
          if (typeof options !== "object") {
            throw new TypeError("options must be an object");
          }
          let scale2 = options.scale;
          switch (by) {
            case "row": {
              if (scale2 === void 0) {
                scale2 = getScaleByRow(this);
              } else if (!isAnyArray(scale2)) {
                throw new TypeError("scale must be an array");
              }
              scaleByRow(this, scale2);
              return this;
            }
            case "column": {
              if (scale2 === void 0) {
                scale2 = getScaleByColumn(this);
              } else if (!isAnyArray(scale2)) {
                throw new TypeError("scale must be an array");
              }
              scaleByColumn(this, scale2);
              return this;
            }
            case void 0: {
              if (scale2 === void 0) {
                scale2 = getScaleAll(this);
              } else if (typeof scale2 !== "number") {
                throw new TypeError("scale must be a number");
              }
              scaleAll(this, scale2);
              return this;
            }
            default:
              throw new Error(`invalid option: ${by}`);
          }
        }
        toString(options) {
          return inspectMatrixWithOptions(this, options);
        }
        [Symbol.iterator]() {
          return this.entries();
        }
        /**
         * iterator from left to right, from top to bottom
         * yield [row, column, value]
         * @returns {Generator<[number, number, number], void, void>}
         */
        *entries() {
          for (let row = 0; row < this.rows; row++) {
            for (let col = 0; col < this.columns; col++) {
              yield [row, col, this.get(row, col)];
            }
          }
        }
        /**
         * iterator from left to right, from top to bottom
         * yield value
         * @returns {Generator<number, void, void>}
         */
        *values() {
          for (let row = 0; row < this.rows; row++) {
            for (let col = 0; col < this.columns; col++) {
              yield this.get(row, col);
            }
          }
        }
      };
      AbstractMatrix2.prototype.klass = "Matrix";
      if (typeof Symbol !== "undefined") {
        AbstractMatrix2.prototype[/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")] = inspectMatrix;
      }
      function compareNumbers(a, b) {
        return a - b;
      }
      function isArrayOfNumbers(array) {
        return array.every((element) => {
          return typeof element === "number";
        });
      }
      AbstractMatrix2.random = AbstractMatrix2.rand;
      AbstractMatrix2.randomInt = AbstractMatrix2.randInt;
      AbstractMatrix2.diagonal = AbstractMatrix2.diag;
      AbstractMatrix2.prototype.diagonal = AbstractMatrix2.prototype.diag;
      AbstractMatrix2.identity = AbstractMatrix2.eye;
      AbstractMatrix2.prototype.negate = AbstractMatrix2.prototype.neg;
      AbstractMatrix2.prototype.tensorProduct = AbstractMatrix2.prototype.kroneckerProduct;
      var _Matrix_instances, initData_fn;
      var _Matrix = class _Matrix extends AbstractMatrix2 {
        constructor(nRows, nColumns) {
          super();
          __privateAdd(this, _Matrix_instances);
          /**
           * @type {Float64Array[]}
           */
          __publicField(this, "data");
          if (_Matrix.isMatrix(nRows)) {
            __privateMethod(this, _Matrix_instances, initData_fn).call(this, nRows.rows, nRows.columns);
            _Matrix.copy(nRows, this);
          } else if (Number.isInteger(nRows) && nRows >= 0) {
            __privateMethod(this, _Matrix_instances, initData_fn).call(this, nRows, nColumns);
          } else if (isAnyArray(nRows)) {
            const arrayData = nRows;
            nRows = arrayData.length;
            nColumns = nRows ? arrayData[0].length : 0;
            if (typeof nColumns !== "number") {
              throw new TypeError(
                "Data must be a 2D array with at least one element"
              );
            }
            this.data = [];
            for (let i = 0; i < nRows; i++) {
              if (arrayData[i].length !== nColumns) {
                throw new RangeError("Inconsistent array dimensions");
              }
              if (!isArrayOfNumbers(arrayData[i])) {
                throw new TypeError("Input data contains non-numeric values");
              }
              this.data.push(Float64Array.from(arrayData[i]));
            }
            this.rows = nRows;
            this.columns = nColumns;
          } else {
            throw new TypeError(
              "First argument must be a positive number or an array"
            );
          }
        }
        set(rowIndex, columnIndex, value) {
          this.data[rowIndex][columnIndex] = value;
          return this;
        }
        get(rowIndex, columnIndex) {
          return this.data[rowIndex][columnIndex];
        }
        removeRow(index) {
          checkRowIndex(this, index);
          this.data.splice(index, 1);
          this.rows -= 1;
          return this;
        }
        addRow(index, array) {
          if (array === void 0) {
            array = index;
            index = this.rows;
          }
          checkRowIndex(this, index, true);
          array = Float64Array.from(checkRowVector(this, array));
          this.data.splice(index, 0, array);
          this.rows += 1;
          return this;
        }
        removeColumn(index) {
          checkColumnIndex(this, index);
          for (let i = 0; i < this.rows; i++) {
            const newRow = new Float64Array(this.columns - 1);
            for (let j = 0; j < index; j++) {
              newRow[j] = this.data[i][j];
            }
            for (let j = index + 1; j < this.columns; j++) {
              newRow[j - 1] = this.data[i][j];
            }
            this.data[i] = newRow;
          }
          this.columns -= 1;
          return this;
        }
        addColumn(index, array) {
          if (typeof array === "undefined") {
            array = index;
            index = this.columns;
          }
          checkColumnIndex(this, index, true);
          array = checkColumnVector(this, array);
          for (let i = 0; i < this.rows; i++) {
            const newRow = new Float64Array(this.columns + 1);
            let j = 0;
            for (; j < index; j++) {
              newRow[j] = this.data[i][j];
            }
            newRow[j++] = array[i];
            for (; j < this.columns + 1; j++) {
              newRow[j] = this.data[i][j - 1];
            }
            this.data[i] = newRow;
          }
          this.columns += 1;
          return this;
        }
      };
      _Matrix_instances = new WeakSet();
      /**
       * Init an empty matrix
       * @param {number} nRows
       * @param {number} nColumns
       */
      initData_fn = function(nRows, nColumns) {
        this.data = [];
        if (Number.isInteger(nColumns) && nColumns >= 0) {
          for (let i = 0; i < nRows; i++) {
            this.data.push(new Float64Array(nColumns));
          }
        } else {
          throw new TypeError("nColumns must be a positive integer");
        }
        this.rows = nRows;
        this.columns = nColumns;
      };
      var Matrix3 = _Matrix;
      installMathOperations(AbstractMatrix2, Matrix3);
      var _matrix;
      var _SymmetricMatrix = class _SymmetricMatrix extends AbstractMatrix2 {
        /**
         * @param {number | AbstractMatrix | ArrayLike<ArrayLike<number>>} diagonalSize
         * @return {this}
         */
        constructor(diagonalSize) {
          super();
          /** @type {Matrix} */
          __privateAdd(this, _matrix);
          if (Matrix3.isMatrix(diagonalSize)) {
            if (!diagonalSize.isSymmetric()) {
              throw new TypeError("not symmetric data");
            }
            __privateSet(this, _matrix, Matrix3.copy(
              diagonalSize,
              new Matrix3(diagonalSize.rows, diagonalSize.rows)
            ));
          } else if (Number.isInteger(diagonalSize) && diagonalSize >= 0) {
            __privateSet(this, _matrix, new Matrix3(diagonalSize, diagonalSize));
          } else {
            __privateSet(this, _matrix, new Matrix3(diagonalSize));
            if (!this.isSymmetric()) {
              throw new TypeError("not symmetric data");
            }
          }
        }
        get size() {
          return __privateGet(this, _matrix).size;
        }
        get rows() {
          return __privateGet(this, _matrix).rows;
        }
        get columns() {
          return __privateGet(this, _matrix).columns;
        }
        get diagonalSize() {
          return this.rows;
        }
        /**
         * not the same as matrix.isSymmetric()
         * Here is to check if it's instanceof SymmetricMatrix without bundling issues
         *
         * @param value
         * @returns {boolean}
         */
        static isSymmetricMatrix(value) {
          return Matrix3.isMatrix(value) && value.klassType === "SymmetricMatrix";
        }
        /**
         * @param diagonalSize
         * @return {SymmetricMatrix}
         */
        static zeros(diagonalSize) {
          return new this(diagonalSize);
        }
        /**
         * @param diagonalSize
         * @return {SymmetricMatrix}
         */
        static ones(diagonalSize) {
          return new this(diagonalSize).fill(1);
        }
        clone() {
          const matrix2 = new _SymmetricMatrix(this.diagonalSize);
          for (const [row, col, value] of this.upperRightEntries()) {
            matrix2.set(row, col, value);
          }
          return matrix2;
        }
        toMatrix() {
          return new Matrix3(this);
        }
        get(rowIndex, columnIndex) {
          return __privateGet(this, _matrix).get(rowIndex, columnIndex);
        }
        set(rowIndex, columnIndex, value) {
          __privateGet(this, _matrix).set(rowIndex, columnIndex, value);
          __privateGet(this, _matrix).set(columnIndex, rowIndex, value);
          return this;
        }
        removeCross(index) {
          __privateGet(this, _matrix).removeRow(index);
          __privateGet(this, _matrix).removeColumn(index);
          return this;
        }
        addCross(index, array) {
          if (array === void 0) {
            array = index;
            index = this.diagonalSize;
          }
          const row = array.slice();
          row.splice(index, 1);
          __privateGet(this, _matrix).addRow(index, row);
          __privateGet(this, _matrix).addColumn(index, array);
          return this;
        }
        /**
         * @param {Mask[]} mask
         */
        applyMask(mask) {
          if (mask.length !== this.diagonalSize) {
            throw new RangeError("Mask size do not match with matrix size");
          }
          const sidesToRemove = [];
          for (const [index, passthroughs] of mask.entries()) {
            if (passthroughs) continue;
            sidesToRemove.push(index);
          }
          sidesToRemove.reverse();
          for (const sideIndex of sidesToRemove) {
            this.removeCross(sideIndex);
          }
          return this;
        }
        /**
         * Compact format upper-right corner of matrix
         * iterate from left to right, from top to bottom.
         *
         * ```
         *   A B C D
         * A 1 2 3 4
         * B 2 5 6 7
         * C 3 6 8 9
         * D 4 7 9 10
         * ```
         *
         * will return compact 1D array `[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]`
         *
         * length is S(i=0, n=sideSize) => 10 for a 4 sideSized matrix
         *
         * @returns {number[]}
         */
        toCompact() {
          const { diagonalSize } = this;
          const compact = new Array(diagonalSize * (diagonalSize + 1) / 2);
          for (let col = 0, row = 0, index = 0; index < compact.length; index++) {
            compact[index] = this.get(row, col);
            if (++col >= diagonalSize) col = ++row;
          }
          return compact;
        }
        /**
         * @param {number[]} compact
         * @return {SymmetricMatrix}
         */
        static fromCompact(compact) {
          const compactSize = compact.length;
          const diagonalSize = (Math.sqrt(8 * compactSize + 1) - 1) / 2;
          if (!Number.isInteger(diagonalSize)) {
            throw new TypeError(
              `This array is not a compact representation of a Symmetric Matrix, ${JSON.stringify(
                compact
              )}`
            );
          }
          const matrix2 = new _SymmetricMatrix(diagonalSize);
          for (let col = 0, row = 0, index = 0; index < compactSize; index++) {
            matrix2.set(col, row, compact[index]);
            if (++col >= diagonalSize) col = ++row;
          }
          return matrix2;
        }
        /**
         * half iterator upper-right-corner from left to right, from top to bottom
         * yield [row, column, value]
         *
         * @returns {Generator<[number, number, number], void, void>}
         */
        *upperRightEntries() {
          for (let row = 0, col = 0; row < this.diagonalSize; void 0) {
            const value = this.get(row, col);
            yield [row, col, value];
            if (++col >= this.diagonalSize) col = ++row;
          }
        }
        /**
         * half iterator upper-right-corner from left to right, from top to bottom
         * yield value
         *
         * @returns {Generator<[number, number, number], void, void>}
         */
        *upperRightValues() {
          for (let row = 0, col = 0; row < this.diagonalSize; void 0) {
            const value = this.get(row, col);
            yield value;
            if (++col >= this.diagonalSize) col = ++row;
          }
        }
      };
      _matrix = new WeakMap();
      var SymmetricMatrix2 = _SymmetricMatrix;
      SymmetricMatrix2.prototype.klassType = "SymmetricMatrix";
      var DistanceMatrix2 = class _DistanceMatrix extends SymmetricMatrix2 {
        /**
         * not the same as matrix.isSymmetric()
         * Here is to check if it's instanceof SymmetricMatrix without bundling issues
         *
         * @param value
         * @returns {boolean}
         */
        static isDistanceMatrix(value) {
          return SymmetricMatrix2.isSymmetricMatrix(value) && value.klassSubType === "DistanceMatrix";
        }
        constructor(sideSize) {
          super(sideSize);
          if (!this.isDistance()) {
            throw new TypeError("Provided arguments do no produce a distance matrix");
          }
        }
        set(rowIndex, columnIndex, value) {
          if (rowIndex === columnIndex) value = 0;
          return super.set(rowIndex, columnIndex, value);
        }
        addCross(index, array) {
          if (array === void 0) {
            array = index;
            index = this.diagonalSize;
          }
          array = array.slice();
          array[index] = 0;
          return super.addCross(index, array);
        }
        toSymmetricMatrix() {
          return new SymmetricMatrix2(this);
        }
        clone() {
          const matrix2 = new _DistanceMatrix(this.diagonalSize);
          for (const [row, col, value] of this.upperRightEntries()) {
            if (row === col) continue;
            matrix2.set(row, col, value);
          }
          return matrix2;
        }
        /**
         * Compact format upper-right corner of matrix
         * no diagonal (only zeros)
         * iterable from left to right, from top to bottom.
         *
         * ```
         *   A B C D
         * A 0 1 2 3
         * B 1 0 4 5
         * C 2 4 0 6
         * D 3 5 6 0
         * ```
         *
         * will return compact 1D array `[1, 2, 3, 4, 5, 6]`
         *
         * length is S(i=0, n=sideSize-1) => 6 for a 4 side sized matrix
         *
         * @returns {number[]}
         */
        toCompact() {
          const { diagonalSize } = this;
          const compactLength = (diagonalSize - 1) * diagonalSize / 2;
          const compact = new Array(compactLength);
          for (let col = 1, row = 0, index = 0; index < compact.length; index++) {
            compact[index] = this.get(row, col);
            if (++col >= diagonalSize) col = ++row + 1;
          }
          return compact;
        }
        /**
         * @param {number[]} compact
         */
        static fromCompact(compact) {
          const compactSize = compact.length;
          if (compactSize === 0) {
            return new this(0);
          }
          const diagonalSize = (Math.sqrt(8 * compactSize + 1) + 1) / 2;
          if (!Number.isInteger(diagonalSize)) {
            throw new TypeError(
              `This array is not a compact representation of a DistanceMatrix, ${JSON.stringify(
                compact
              )}`
            );
          }
          const matrix2 = new this(diagonalSize);
          for (let col = 1, row = 0, index = 0; index < compactSize; index++) {
            matrix2.set(col, row, compact[index]);
            if (++col >= diagonalSize) col = ++row + 1;
          }
          return matrix2;
        }
      };
      DistanceMatrix2.prototype.klassSubType = "DistanceMatrix";
      var BaseView = class extends AbstractMatrix2 {
        constructor(matrix2, rows, columns) {
          super();
          this.matrix = matrix2;
          this.rows = rows;
          this.columns = columns;
        }
      };
      var MatrixColumnView2 = class extends BaseView {
        constructor(matrix2, column2) {
          checkColumnIndex(matrix2, column2);
          super(matrix2, matrix2.rows, 1);
          this.column = column2;
        }
        set(rowIndex, columnIndex, value) {
          this.matrix.set(rowIndex, this.column, value);
          return this;
        }
        get(rowIndex) {
          return this.matrix.get(rowIndex, this.column);
        }
      };
      var MatrixColumnSelectionView2 = class extends BaseView {
        constructor(matrix2, columnIndices) {
          checkColumnIndices(matrix2, columnIndices);
          super(matrix2, matrix2.rows, columnIndices.length);
          this.columnIndices = columnIndices;
        }
        set(rowIndex, columnIndex, value) {
          this.matrix.set(rowIndex, this.columnIndices[columnIndex], value);
          return this;
        }
        get(rowIndex, columnIndex) {
          return this.matrix.get(rowIndex, this.columnIndices[columnIndex]);
        }
      };
      var MatrixFlipColumnView2 = class extends BaseView {
        constructor(matrix2) {
          super(matrix2, matrix2.rows, matrix2.columns);
        }
        set(rowIndex, columnIndex, value) {
          this.matrix.set(rowIndex, this.columns - columnIndex - 1, value);
          return this;
        }
        get(rowIndex, columnIndex) {
          return this.matrix.get(rowIndex, this.columns - columnIndex - 1);
        }
      };
      var MatrixFlipRowView2 = class extends BaseView {
        constructor(matrix2) {
          super(matrix2, matrix2.rows, matrix2.columns);
        }
        set(rowIndex, columnIndex, value) {
          this.matrix.set(this.rows - rowIndex - 1, columnIndex, value);
          return this;
        }
        get(rowIndex, columnIndex) {
          return this.matrix.get(this.rows - rowIndex - 1, columnIndex);
        }
      };
      var MatrixRowView2 = class extends BaseView {
        constructor(matrix2, row) {
          checkRowIndex(matrix2, row);
          super(matrix2, 1, matrix2.columns);
          this.row = row;
        }
        set(rowIndex, columnIndex, value) {
          this.matrix.set(this.row, columnIndex, value);
          return this;
        }
        get(rowIndex, columnIndex) {
          return this.matrix.get(this.row, columnIndex);
        }
      };
      var MatrixRowSelectionView2 = class extends BaseView {
        constructor(matrix2, rowIndices) {
          checkRowIndices(matrix2, rowIndices);
          super(matrix2, rowIndices.length, matrix2.columns);
          this.rowIndices = rowIndices;
        }
        set(rowIndex, columnIndex, value) {
          this.matrix.set(this.rowIndices[rowIndex], columnIndex, value);
          return this;
        }
        get(rowIndex, columnIndex) {
          return this.matrix.get(this.rowIndices[rowIndex], columnIndex);
        }
      };
      var MatrixSelectionView2 = class extends BaseView {
        constructor(matrix2, rowIndices, columnIndices) {
          checkRowIndices(matrix2, rowIndices);
          checkColumnIndices(matrix2, columnIndices);
          super(matrix2, rowIndices.length, columnIndices.length);
          this.rowIndices = rowIndices;
          this.columnIndices = columnIndices;
        }
        set(rowIndex, columnIndex, value) {
          this.matrix.set(
            this.rowIndices[rowIndex],
            this.columnIndices[columnIndex],
            value
          );
          return this;
        }
        get(rowIndex, columnIndex) {
          return this.matrix.get(
            this.rowIndices[rowIndex],
            this.columnIndices[columnIndex]
          );
        }
      };
      var MatrixSubView2 = class extends BaseView {
        constructor(matrix2, startRow, endRow, startColumn, endColumn) {
          checkRange(matrix2, startRow, endRow, startColumn, endColumn);
          super(matrix2, endRow - startRow + 1, endColumn - startColumn + 1);
          this.startRow = startRow;
          this.startColumn = startColumn;
        }
        set(rowIndex, columnIndex, value) {
          this.matrix.set(
            this.startRow + rowIndex,
            this.startColumn + columnIndex,
            value
          );
          return this;
        }
        get(rowIndex, columnIndex) {
          return this.matrix.get(
            this.startRow + rowIndex,
            this.startColumn + columnIndex
          );
        }
      };
      var MatrixTransposeView2 = class extends BaseView {
        constructor(matrix2) {
          super(matrix2, matrix2.columns, matrix2.rows);
        }
        set(rowIndex, columnIndex, value) {
          this.matrix.set(columnIndex, rowIndex, value);
          return this;
        }
        get(rowIndex, columnIndex) {
          return this.matrix.get(columnIndex, rowIndex);
        }
      };
      var WrapperMatrix1D2 = class extends AbstractMatrix2 {
        constructor(data, options = {}) {
          const { rows = 1 } = options;
          if (data.length % rows !== 0) {
            throw new Error("the data length is not divisible by the number of rows");
          }
          super();
          this.rows = rows;
          this.columns = data.length / rows;
          this.data = data;
        }
        set(rowIndex, columnIndex, value) {
          let index = this._calculateIndex(rowIndex, columnIndex);
          this.data[index] = value;
          return this;
        }
        get(rowIndex, columnIndex) {
          let index = this._calculateIndex(rowIndex, columnIndex);
          return this.data[index];
        }
        _calculateIndex(row, column2) {
          return row * this.columns + column2;
        }
      };
      var WrapperMatrix2D2 = class extends AbstractMatrix2 {
        constructor(data) {
          super();
          this.data = data;
          this.rows = data.length;
          this.columns = data[0].length;
        }
        set(rowIndex, columnIndex, value) {
          this.data[rowIndex][columnIndex] = value;
          return this;
        }
        get(rowIndex, columnIndex) {
          return this.data[rowIndex][columnIndex];
        }
      };
      function wrap2(array, options) {
        if (isAnyArray(array)) {
          if (array[0] && isAnyArray(array[0])) {
            return new WrapperMatrix2D2(array);
          } else {
            return new WrapperMatrix1D2(array, options);
          }
        } else {
          throw new Error("the argument is not an array");
        }
      }
      var LuDecomposition2 = class {
        constructor(matrix2) {
          matrix2 = WrapperMatrix2D2.checkMatrix(matrix2);
          let lu = matrix2.clone();
          let rows = lu.rows;
          let columns = lu.columns;
          let pivotVector = new Float64Array(rows);
          let pivotSign = 1;
          let i, j, k, p, s, t, v;
          let LUcolj, kmax;
          for (i = 0; i < rows; i++) {
            pivotVector[i] = i;
          }
          LUcolj = new Float64Array(rows);
          for (j = 0; j < columns; j++) {
            for (i = 0; i < rows; i++) {
              LUcolj[i] = lu.get(i, j);
            }
            for (i = 0; i < rows; i++) {
              kmax = Math.min(i, j);
              s = 0;
              for (k = 0; k < kmax; k++) {
                s += lu.get(i, k) * LUcolj[k];
              }
              LUcolj[i] -= s;
              lu.set(i, j, LUcolj[i]);
            }
            p = j;
            for (i = j + 1; i < rows; i++) {
              if (Math.abs(LUcolj[i]) > Math.abs(LUcolj[p])) {
                p = i;
              }
            }
            if (p !== j) {
              for (k = 0; k < columns; k++) {
                t = lu.get(p, k);
                lu.set(p, k, lu.get(j, k));
                lu.set(j, k, t);
              }
              v = pivotVector[p];
              pivotVector[p] = pivotVector[j];
              pivotVector[j] = v;
              pivotSign = -pivotSign;
            }
            if (j < rows && lu.get(j, j) !== 0) {
              for (i = j + 1; i < rows; i++) {
                lu.set(i, j, lu.get(i, j) / lu.get(j, j));
              }
            }
          }
          this.LU = lu;
          this.pivotVector = pivotVector;
          this.pivotSign = pivotSign;
        }
        isSingular() {
          let data = this.LU;
          let col = data.columns;
          for (let j = 0; j < col; j++) {
            if (data.get(j, j) === 0) {
              return true;
            }
          }
          return false;
        }
        solve(value) {
          value = Matrix3.checkMatrix(value);
          let lu = this.LU;
          let rows = lu.rows;
          if (rows !== value.rows) {
            throw new Error("Invalid matrix dimensions");
          }
          if (this.isSingular()) {
            throw new Error("LU matrix is singular");
          }
          let count = value.columns;
          let X = value.subMatrixRow(this.pivotVector, 0, count - 1);
          let columns = lu.columns;
          let i, j, k;
          for (k = 0; k < columns; k++) {
            for (i = k + 1; i < columns; i++) {
              for (j = 0; j < count; j++) {
                X.set(i, j, X.get(i, j) - X.get(k, j) * lu.get(i, k));
              }
            }
          }
          for (k = columns - 1; k >= 0; k--) {
            for (j = 0; j < count; j++) {
              X.set(k, j, X.get(k, j) / lu.get(k, k));
            }
            for (i = 0; i < k; i++) {
              for (j = 0; j < count; j++) {
                X.set(i, j, X.get(i, j) - X.get(k, j) * lu.get(i, k));
              }
            }
          }
          return X;
        }
        get determinant() {
          let data = this.LU;
          if (!data.isSquare()) {
            throw new Error("Matrix must be square");
          }
          let determinant3 = this.pivotSign;
          let col = data.columns;
          for (let j = 0; j < col; j++) {
            determinant3 *= data.get(j, j);
          }
          return determinant3;
        }
        get lowerTriangularMatrix() {
          let data = this.LU;
          let rows = data.rows;
          let columns = data.columns;
          let X = new Matrix3(rows, columns);
          for (let i = 0; i < rows; i++) {
            for (let j = 0; j < columns; j++) {
              if (i > j) {
                X.set(i, j, data.get(i, j));
              } else if (i === j) {
                X.set(i, j, 1);
              } else {
                X.set(i, j, 0);
              }
            }
          }
          return X;
        }
        get upperTriangularMatrix() {
          let data = this.LU;
          let rows = data.rows;
          let columns = data.columns;
          let X = new Matrix3(rows, columns);
          for (let i = 0; i < rows; i++) {
            for (let j = 0; j < columns; j++) {
              if (i <= j) {
                X.set(i, j, data.get(i, j));
              } else {
                X.set(i, j, 0);
              }
            }
          }
          return X;
        }
        get pivotPermutationVector() {
          return Array.from(this.pivotVector);
        }
      };
      function transposeSquareInPlace(matrix2) {
        const data = matrix2.data;
        const n = matrix2.rows;
        for (let i = 0; i < n; i++) {
          const rowI = data[i];
          for (let j = i + 1; j < n; j++) {
            const tmp = rowI[j];
            rowI[j] = data[j][i];
            data[j][i] = tmp;
          }
        }
        return matrix2;
      }
      function hypotenuse(a, b) {
        let r = 0;
        if (Math.abs(a) > Math.abs(b)) {
          r = b / a;
          return Math.abs(a) * Math.sqrt(1 + r * r);
        }
        if (b !== 0) {
          r = a / b;
          return Math.abs(b) * Math.sqrt(1 + r * r);
        }
        return 0;
      }
      var QrDecomposition2 = class {
        constructor(value) {
          value = WrapperMatrix2D2.checkMatrix(value);
          let qr = value.clone();
          let m = value.rows;
          let n = value.columns;
          let rdiag = new Float64Array(n);
          let i, j, k, s;
          for (k = 0; k < n; k++) {
            let nrm = 0;
            for (i = k; i < m; i++) {
              nrm = hypotenuse(nrm, qr.get(i, k));
            }
            if (nrm !== 0) {
              if (qr.get(k, k) < 0) {
                nrm = -nrm;
              }
              for (i = k; i < m; i++) {
                qr.set(i, k, qr.get(i, k) / nrm);
              }
              qr.set(k, k, qr.get(k, k) + 1);
              for (j = k + 1; j < n; j++) {
                s = 0;
                for (i = k; i < m; i++) {
                  s += qr.get(i, k) * qr.get(i, j);
                }
                s = -s / qr.get(k, k);
                for (i = k; i < m; i++) {
                  qr.set(i, j, qr.get(i, j) + s * qr.get(i, k));
                }
              }
            }
            rdiag[k] = -nrm;
          }
          this.QR = qr;
          this.Rdiag = rdiag;
        }
        solve(value) {
          value = Matrix3.checkMatrix(value);
          let qr = this.QR;
          let m = qr.rows;
          if (value.rows !== m) {
            throw new Error("Matrix row dimensions must agree");
          }
          if (!this.isFullRank()) {
            throw new Error("Matrix is rank deficient");
          }
          let count = value.columns;
          let X = value.clone();
          let n = qr.columns;
          let i, j, k, s;
          for (k = 0; k < n; k++) {
            for (j = 0; j < count; j++) {
              s = 0;
              for (i = k; i < m; i++) {
                s += qr.get(i, k) * X.get(i, j);
              }
              s = -s / qr.get(k, k);
              for (i = k; i < m; i++) {
                X.set(i, j, X.get(i, j) + s * qr.get(i, k));
              }
            }
          }
          for (k = n - 1; k >= 0; k--) {
            for (j = 0; j < count; j++) {
              X.set(k, j, X.get(k, j) / this.Rdiag[k]);
            }
            for (i = 0; i < k; i++) {
              for (j = 0; j < count; j++) {
                X.set(i, j, X.get(i, j) - X.get(k, j) * qr.get(i, k));
              }
            }
          }
          return X.subMatrix(0, n - 1, 0, count - 1);
        }
        isFullRank() {
          let columns = this.QR.columns;
          for (let i = 0; i < columns; i++) {
            if (this.Rdiag[i] === 0) {
              return false;
            }
          }
          return true;
        }
        get upperTriangularMatrix() {
          let qr = this.QR;
          let n = qr.columns;
          let X = new Matrix3(n, n);
          let i, j;
          for (i = 0; i < n; i++) {
            for (j = 0; j < n; j++) {
              if (i < j) {
                X.set(i, j, qr.get(i, j));
              } else if (i === j) {
                X.set(i, j, this.Rdiag[i]);
              } else {
                X.set(i, j, 0);
              }
            }
          }
          return X;
        }
        get orthogonalMatrix() {
          let qr = this.QR;
          let rows = qr.rows;
          let columns = qr.columns;
          let X = new Matrix3(rows, columns);
          let i, j, k, s;
          for (k = columns - 1; k >= 0; k--) {
            for (i = 0; i < rows; i++) {
              X.set(i, k, 0);
            }
            X.set(k, k, 1);
            for (j = k; j < columns; j++) {
              if (qr.get(k, k) !== 0) {
                s = 0;
                for (i = k; i < rows; i++) {
                  s += qr.get(i, k) * X.get(i, j);
                }
                s = -s / qr.get(k, k);
                for (i = k; i < rows; i++) {
                  X.set(i, j, X.get(i, j) + s * qr.get(i, k));
                }
              }
            }
          }
          return X;
        }
      };
      var SingularValueDecomposition2 = class {
        constructor(value, options = {}) {
          value = WrapperMatrix2D2.checkMatrix(value);
          if (value.isEmpty()) {
            throw new Error("Matrix must be non-empty");
          }
          let m = value.rows;
          let n = value.columns;
          const {
            computeLeftSingularVectors = true,
            computeRightSingularVectors = true,
            autoTranspose = false
          } = options;
          let wantu = Boolean(computeLeftSingularVectors);
          let wantv = Boolean(computeRightSingularVectors);
          let swapped = false;
          let at;
          if (m < n) {
            if (!autoTranspose) {
              console.warn(
                "Computing SVD on a matrix with more columns than rows. Consider enabling autoTranspose"
              );
              at = value.transpose();
            } else {
              at = value.clone();
              m = value.columns;
              n = value.rows;
              swapped = true;
              let aux = wantu;
              wantu = wantv;
              wantv = aux;
            }
          } else {
            at = value.transpose();
          }
          let nu = Math.min(m, n);
          let ni = Math.min(m + 1, n);
          let s = new Float64Array(ni);
          let U = new Matrix3(nu, m);
          let V = new Matrix3(n, n);
          let e = new Float64Array(n);
          let work = new Float64Array(m);
          let si = new Float64Array(ni);
          for (let i = 0; i < ni; i++) si[i] = i;
          let nct = Math.min(m - 1, n);
          let nrt = Math.max(0, Math.min(n - 2, m));
          let mrc = Math.max(nct, nrt);
          for (let k = 0; k < mrc; k++) {
            if (k < nct) {
              s[k] = 0;
              for (let i = k; i < m; i++) {
                s[k] = hypotenuse(s[k], at.get(k, i));
              }
              if (s[k] !== 0) {
                if (at.get(k, k) < 0) {
                  s[k] = -s[k];
                }
                for (let i = k; i < m; i++) {
                  at.set(k, i, at.get(k, i) / s[k]);
                }
                at.set(k, k, at.get(k, k) + 1);
              }
              s[k] = -s[k];
            }
            for (let j = k + 1; j < n; j++) {
              if (k < nct && s[k] !== 0) {
                let t = 0;
                for (let i = k; i < m; i++) {
                  t += at.get(k, i) * at.get(j, i);
                }
                t = -t / at.get(k, k);
                for (let i = k; i < m; i++) {
                  at.set(j, i, at.get(j, i) + t * at.get(k, i));
                }
              }
              e[j] = at.get(j, k);
            }
            if (wantu && k < nct) {
              for (let i = k; i < m; i++) {
                U.set(k, i, at.get(k, i));
              }
            }
            if (k < nrt) {
              e[k] = 0;
              for (let i = k + 1; i < n; i++) {
                e[k] = hypotenuse(e[k], e[i]);
              }
              if (e[k] !== 0) {
                if (e[k + 1] < 0) {
                  e[k] = 0 - e[k];
                }
                for (let i = k + 1; i < n; i++) {
                  e[i] /= e[k];
                }
                e[k + 1] += 1;
              }
              e[k] = -e[k];
              if (k + 1 < m && e[k] !== 0) {
                for (let i = k + 1; i < m; i++) {
                  work[i] = 0;
                }
                for (let i = k + 1; i < m; i++) {
                  for (let j = k + 1; j < n; j++) {
                    work[i] += e[j] * at.get(j, i);
                  }
                }
                for (let j = k + 1; j < n; j++) {
                  let t = -e[j] / e[k + 1];
                  for (let i = k + 1; i < m; i++) {
                    at.set(j, i, at.get(j, i) + t * work[i]);
                  }
                }
              }
              if (wantv) {
                for (let i = k + 1; i < n; i++) {
                  V.set(k, i, e[i]);
                }
              }
            }
          }
          let p = Math.min(n, m + 1);
          if (nct < n) {
            s[nct] = at.get(nct, nct);
          }
          if (m < p) {
            s[p - 1] = 0;
          }
          if (nrt + 1 < p) {
            e[nrt] = at.get(p - 1, nrt);
          }
          e[p - 1] = 0;
          if (wantu) {
            for (let j = nct; j < nu; j++) {
              for (let i = 0; i < m; i++) {
                U.set(j, i, 0);
              }
              U.set(j, j, 1);
            }
            for (let k = nct - 1; k >= 0; k--) {
              if (s[k] !== 0) {
                for (let j = k + 1; j < nu; j++) {
                  let t = 0;
                  for (let i = k; i < m; i++) {
                    t += U.get(k, i) * U.get(j, i);
                  }
                  t = -t / U.get(k, k);
                  for (let i = k; i < m; i++) {
                    U.set(j, i, U.get(j, i) + t * U.get(k, i));
                  }
                }
                for (let i = k; i < m; i++) {
                  U.set(k, i, -U.get(k, i));
                }
                U.set(k, k, 1 + U.get(k, k));
                for (let i = 0; i < k - 1; i++) {
                  U.set(k, i, 0);
                }
              } else {
                for (let i = 0; i < m; i++) {
                  U.set(k, i, 0);
                }
                U.set(k, k, 1);
              }
            }
          }
          if (wantv) {
            for (let k = n - 1; k >= 0; k--) {
              if (k < nrt && e[k] !== 0) {
                for (let j = k + 1; j < n; j++) {
                  let t = 0;
                  for (let i = k + 1; i < n; i++) {
                    t += V.get(k, i) * V.get(j, i);
                  }
                  t = -t / V.get(k, k + 1);
                  for (let i = k + 1; i < n; i++) {
                    V.set(j, i, V.get(j, i) + t * V.get(k, i));
                  }
                }
              }
              for (let i = 0; i < n; i++) {
                V.set(k, i, 0);
              }
              V.set(k, k, 1);
            }
          }
          let pp = p - 1;
          let eps = Number.EPSILON;
          while (p > 0) {
            let k, kase;
            for (k = p - 2; k >= -1; k--) {
              if (k === -1) {
                break;
              }
              const alpha = Number.MIN_VALUE + eps * Math.abs(s[k] + Math.abs(s[k + 1]));
              if (Math.abs(e[k]) <= alpha || Number.isNaN(e[k])) {
                e[k] = 0;
                break;
              }
            }
            if (k === p - 2) {
              kase = 4;
            } else {
              let ks;
              for (ks = p - 1; ks >= k; ks--) {
                if (ks === k) {
                  break;
                }
                let t = (ks !== p ? Math.abs(e[ks]) : 0) + (ks !== k + 1 ? Math.abs(e[ks - 1]) : 0);
                if (Math.abs(s[ks]) <= eps * t) {
                  s[ks] = 0;
                  break;
                }
              }
              if (ks === k) {
                kase = 3;
              } else if (ks === p - 1) {
                kase = 1;
              } else {
                kase = 2;
                k = ks;
              }
            }
            k++;
            switch (kase) {
              case 1: {
                let f = e[p - 2];
                e[p - 2] = 0;
                for (let j = p - 2; j >= k; j--) {
                  let t = hypotenuse(s[j], f);
                  let cs = s[j] / t;
                  let sn = f / t;
                  s[j] = t;
                  if (j !== k) {
                    f = -sn * e[j - 1];
                    e[j - 1] = cs * e[j - 1];
                  }
                  if (wantv) {
                    for (let i = 0; i < n; i++) {
                      t = cs * V.get(j, i) + sn * V.get(p - 1, i);
                      V.set(p - 1, i, -sn * V.get(j, i) + cs * V.get(p - 1, i));
                      V.set(j, i, t);
                    }
                  }
                }
                break;
              }
              case 2: {
                let f = e[k - 1];
                e[k - 1] = 0;
                for (let j = k; j < p; j++) {
                  let t = hypotenuse(s[j], f);
                  let cs = s[j] / t;
                  let sn = f / t;
                  s[j] = t;
                  f = -sn * e[j];
                  e[j] = cs * e[j];
                  if (wantu) {
                    for (let i = 0; i < m; i++) {
                      t = cs * U.get(j, i) + sn * U.get(k - 1, i);
                      U.set(k - 1, i, -sn * U.get(j, i) + cs * U.get(k - 1, i));
                      U.set(j, i, t);
                    }
                  }
                }
                break;
              }
              case 3: {
                const scale2 = Math.max(
                  Math.abs(s[p - 1]),
                  Math.abs(s[p - 2]),
                  Math.abs(e[p - 2]),
                  Math.abs(s[k]),
                  Math.abs(e[k])
                );
                const sp = s[p - 1] / scale2;
                const spm1 = s[p - 2] / scale2;
                const epm1 = e[p - 2] / scale2;
                const sk = s[k] / scale2;
                const ek = e[k] / scale2;
                const b = ((spm1 + sp) * (spm1 - sp) + epm1 * epm1) / 2;
                const c = sp * epm1 * (sp * epm1);
                let shift = 0;
                if (b !== 0 || c !== 0) {
                  if (b < 0) {
                    shift = 0 - Math.sqrt(b * b + c);
                  } else {
                    shift = Math.sqrt(b * b + c);
                  }
                  shift = c / (b + shift);
                }
                let f = (sk + sp) * (sk - sp) + shift;
                let g2 = sk * ek;
                for (let j = k; j < p - 1; j++) {
                  let t = hypotenuse(f, g2);
                  if (t === 0) t = Number.MIN_VALUE;
                  let cs = f / t;
                  let sn = g2 / t;
                  if (j !== k) {
                    e[j - 1] = t;
                  }
                  f = cs * s[j] + sn * e[j];
                  e[j] = cs * e[j] - sn * s[j];
                  g2 = sn * s[j + 1];
                  s[j + 1] = cs * s[j + 1];
                  if (wantv) {
                    for (let i = 0; i < n; i++) {
                      t = cs * V.get(j, i) + sn * V.get(j + 1, i);
                      V.set(j + 1, i, -sn * V.get(j, i) + cs * V.get(j + 1, i));
                      V.set(j, i, t);
                    }
                  }
                  t = hypotenuse(f, g2);
                  if (t === 0) t = Number.MIN_VALUE;
                  cs = f / t;
                  sn = g2 / t;
                  s[j] = t;
                  f = cs * e[j] + sn * s[j + 1];
                  s[j + 1] = -sn * e[j] + cs * s[j + 1];
                  g2 = sn * e[j + 1];
                  e[j + 1] = cs * e[j + 1];
                  if (wantu && j < m - 1) {
                    for (let i = 0; i < m; i++) {
                      t = cs * U.get(j, i) + sn * U.get(j + 1, i);
                      U.set(j + 1, i, -sn * U.get(j, i) + cs * U.get(j + 1, i));
                      U.set(j, i, t);
                    }
                  }
                }
                e[p - 2] = f;
                break;
              }
              case 4: {
                if (s[k] <= 0) {
                  s[k] = s[k] < 0 ? -s[k] : 0;
                  if (wantv) {
                    for (let i = 0; i <= pp; i++) {
                      V.set(k, i, -V.get(k, i));
                    }
                  }
                }
                while (k < pp) {
                  if (s[k] >= s[k + 1]) {
                    break;
                  }
                  let t = s[k];
                  s[k] = s[k + 1];
                  s[k + 1] = t;
                  if (wantv && k < n - 1) {
                    for (let i = 0; i < n; i++) {
                      t = V.get(k + 1, i);
                      V.set(k + 1, i, V.get(k, i));
                      V.set(k, i, t);
                    }
                  }
                  if (wantu && k < m - 1) {
                    for (let i = 0; i < m; i++) {
                      t = U.get(k + 1, i);
                      U.set(k + 1, i, U.get(k, i));
                      U.set(k, i, t);
                    }
                  }
                  k++;
                }
                p--;
                break;
              }
            }
          }
          U = U.isSquare() ? transposeSquareInPlace(U) : U.transpose();
          V = transposeSquareInPlace(V);
          if (swapped) {
            let tmp = V;
            V = U;
            U = tmp;
          }
          this.m = m;
          this.n = n;
          this.s = s;
          this.U = U;
          this.V = V;
        }
        solve(value) {
          let Y = value;
          let e = this.threshold;
          let scols = this.s.length;
          let Ls = Matrix3.zeros(scols, scols);
          for (let i = 0; i < scols; i++) {
            if (Math.abs(this.s[i]) <= e) {
              Ls.set(i, i, 0);
            } else {
              Ls.set(i, i, 1 / this.s[i]);
            }
          }
          let U = this.U;
          let V = this.rightSingularVectors;
          let VL = V.mmul(Ls);
          let vrows = V.rows;
          let urows = U.rows;
          let VLU = Matrix3.zeros(vrows, urows);
          for (let i = 0; i < vrows; i++) {
            for (let j = 0; j < urows; j++) {
              let sum3 = 0;
              for (let k = 0; k < scols; k++) {
                sum3 += VL.get(i, k) * U.get(j, k);
              }
              VLU.set(i, j, sum3);
            }
          }
          return VLU.mmul(Y);
        }
        solveForDiagonal(value) {
          return this.solve(Matrix3.diag(value));
        }
        inverse() {
          let V = this.V;
          let e = this.threshold;
          let vrows = V.rows;
          let vcols = V.columns;
          let X = new Matrix3(vrows, this.s.length);
          for (let i = 0; i < vrows; i++) {
            for (let j = 0; j < vcols; j++) {
              if (Math.abs(this.s[j]) > e) {
                X.set(i, j, V.get(i, j) / this.s[j]);
              }
            }
          }
          let U = this.U;
          let urows = U.rows;
          let ucols = U.columns;
          let Y = new Matrix3(vrows, urows);
          for (let i = 0; i < vrows; i++) {
            for (let j = 0; j < urows; j++) {
              let sum3 = 0;
              for (let k = 0; k < ucols; k++) {
                sum3 += X.get(i, k) * U.get(j, k);
              }
              Y.set(i, j, sum3);
            }
          }
          return Y;
        }
        get condition() {
          return this.s[0] / this.s[Math.min(this.m, this.n) - 1];
        }
        get norm2() {
          return this.s[0];
        }
        get rank() {
          let tol = Math.max(this.m, this.n) * this.s[0] * Number.EPSILON;
          let r = 0;
          let s = this.s;
          for (let i = 0, ii = s.length; i < ii; i++) {
            if (s[i] > tol) {
              r++;
            }
          }
          return r;
        }
        get diagonal() {
          return Array.from(this.s);
        }
        get threshold() {
          return Number.EPSILON / 2 * Math.max(this.m, this.n) * this.s[0];
        }
        get leftSingularVectors() {
          return this.U;
        }
        get rightSingularVectors() {
          return this.V;
        }
        get diagonalMatrix() {
          return Matrix3.diag(this.s);
        }
      };
      function inverse2(matrix2, useSVD = false) {
        matrix2 = WrapperMatrix2D2.checkMatrix(matrix2);
        if (useSVD) {
          return new SingularValueDecomposition2(matrix2).inverse();
        } else {
          return solve2(matrix2, Matrix3.eye(matrix2.rows));
        }
      }
      function solve2(leftHandSide, rightHandSide, useSVD = false) {
        leftHandSide = WrapperMatrix2D2.checkMatrix(leftHandSide);
        rightHandSide = WrapperMatrix2D2.checkMatrix(rightHandSide);
        if (useSVD) {
          return new SingularValueDecomposition2(leftHandSide).solve(rightHandSide);
        } else {
          return leftHandSide.isSquare() ? new LuDecomposition2(leftHandSide).solve(rightHandSide) : new QrDecomposition2(leftHandSide).solve(rightHandSide);
        }
      }
      function determinant2(matrix2) {
        matrix2 = Matrix3.checkMatrix(matrix2);
        if (matrix2.isSquare()) {
          if (matrix2.columns === 0) {
            return 1;
          }
          let a, b, c, d;
          if (matrix2.columns === 2) {
            a = matrix2.get(0, 0);
            b = matrix2.get(0, 1);
            c = matrix2.get(1, 0);
            d = matrix2.get(1, 1);
            return a * d - b * c;
          } else if (matrix2.columns === 3) {
            let subMatrix0, subMatrix1, subMatrix2;
            subMatrix0 = new MatrixSelectionView2(matrix2, [1, 2], [1, 2]);
            subMatrix1 = new MatrixSelectionView2(matrix2, [1, 2], [0, 2]);
            subMatrix2 = new MatrixSelectionView2(matrix2, [1, 2], [0, 1]);
            a = matrix2.get(0, 0);
            b = matrix2.get(0, 1);
            c = matrix2.get(0, 2);
            return a * determinant2(subMatrix0) - b * determinant2(subMatrix1) + c * determinant2(subMatrix2);
          } else {
            return new LuDecomposition2(matrix2).determinant;
          }
        } else {
          throw Error("determinant can only be calculated for a square matrix");
        }
      }
      function xrange(n, exception) {
        let range = [];
        for (let i = 0; i < n; i++) {
          if (i !== exception) {
            range.push(i);
          }
        }
        return range;
      }
      function dependenciesOneRow(error, matrix2, index, thresholdValue = 1e-9, thresholdError = 1e-9) {
        if (error > thresholdError) {
          return new Array(matrix2.rows + 1).fill(0);
        } else {
          let returnArray = matrix2.addRow(index, [0]);
          for (let i = 0; i < returnArray.rows; i++) {
            if (Math.abs(returnArray.get(i, 0)) < thresholdValue) {
              returnArray.set(i, 0, 0);
            }
          }
          return returnArray.to1DArray();
        }
      }
      function linearDependencies2(matrix2, options = {}) {
        const { thresholdValue = 1e-9, thresholdError = 1e-9 } = options;
        matrix2 = Matrix3.checkMatrix(matrix2);
        let n = matrix2.rows;
        let results = new Matrix3(n, n);
        for (let i = 0; i < n; i++) {
          let b = Matrix3.columnVector(matrix2.getRow(i));
          let Abis = matrix2.subMatrixRow(xrange(n, i)).transpose();
          let svd = new SingularValueDecomposition2(Abis);
          let x = svd.solve(b);
          let scale2 = Matrix3.abs(b).max() || 1;
          let error = Matrix3.sub(b, Abis.mmul(x)).abs().max() / scale2;
          results.setRow(
            i,
            dependenciesOneRow(error, x, i, thresholdValue, thresholdError)
          );
        }
        return results;
      }
      function pseudoInverse2(matrix2, threshold = Number.EPSILON) {
        matrix2 = Matrix3.checkMatrix(matrix2);
        if (matrix2.isEmpty()) {
          return matrix2.transpose();
        }
        let svdSolution = new SingularValueDecomposition2(matrix2, { autoTranspose: true });
        let U = svdSolution.leftSingularVectors;
        let V = svdSolution.rightSingularVectors;
        let s = svdSolution.diagonal;
        const cutoff = threshold * Math.max(matrix2.rows, matrix2.columns) * s[0];
        for (let i = 0; i < s.length; i++) {
          if (Math.abs(s[i]) > cutoff) {
            s[i] = 1 / s[i];
          } else {
            s[i] = 0;
          }
        }
        return V.mmul(Matrix3.diag(s).mmul(U.transpose()));
      }
      function covariance2(xMatrix, yMatrix = xMatrix, options = {}) {
        xMatrix = new Matrix3(xMatrix);
        let yIsSame = false;
        if (typeof yMatrix === "object" && !Matrix3.isMatrix(yMatrix) && !isAnyArray(yMatrix)) {
          options = yMatrix;
          yMatrix = xMatrix;
          yIsSame = true;
        } else {
          yMatrix = new Matrix3(yMatrix);
        }
        if (xMatrix.rows !== yMatrix.rows) {
          throw new TypeError("Both matrices must have the same number of rows");
        }
        const { center = true } = options;
        if (center) {
          xMatrix = xMatrix.center("column");
          if (!yIsSame) {
            yMatrix = yMatrix.center("column");
          }
        }
        const cov = xMatrix.transposeMultiply(yMatrix);
        for (let i = 0; i < cov.rows; i++) {
          for (let j = 0; j < cov.columns; j++) {
            cov.set(i, j, cov.get(i, j) * (1 / (xMatrix.rows - 1)));
          }
        }
        return cov;
      }
      function correlation2(xMatrix, yMatrix = xMatrix, options = {}) {
        xMatrix = new Matrix3(xMatrix);
        let yIsSame = false;
        if (typeof yMatrix === "object" && !Matrix3.isMatrix(yMatrix) && !isAnyArray(yMatrix)) {
          options = yMatrix;
          yMatrix = xMatrix;
          yIsSame = true;
        } else {
          yMatrix = new Matrix3(yMatrix);
        }
        if (xMatrix.rows !== yMatrix.rows) {
          throw new TypeError("Both matrices must have the same number of rows");
        }
        const { center = true, scale: scale2 = true } = options;
        if (center) {
          xMatrix.center("column");
          if (!yIsSame) {
            yMatrix.center("column");
          }
        }
        if (scale2) {
          xMatrix.scale("column");
          if (!yIsSame) {
            yMatrix.scale("column");
          }
        }
        const sdx = xMatrix.standardDeviation("column", { unbiased: true });
        const sdy = yIsSame ? sdx : yMatrix.standardDeviation("column", { unbiased: true });
        const corr = xMatrix.transposeMultiply(yMatrix);
        for (let i = 0; i < corr.rows; i++) {
          for (let j = 0; j < corr.columns; j++) {
            corr.set(
              i,
              j,
              corr.get(i, j) * (1 / (sdx[i] * sdy[j])) * (1 / (xMatrix.rows - 1))
            );
          }
        }
        return corr;
      }
      var EigenvalueDecomposition2 = class {
        constructor(matrix2, options = {}) {
          const { assumeSymmetric = false } = options;
          matrix2 = WrapperMatrix2D2.checkMatrix(matrix2);
          if (!matrix2.isSquare()) {
            throw new Error("Matrix is not a square matrix");
          }
          if (matrix2.isEmpty()) {
            throw new Error("Matrix must be non-empty");
          }
          let n = matrix2.columns;
          let V = new Matrix3(n, n);
          let d = new Float64Array(n);
          let e = new Float64Array(n);
          let value = matrix2;
          let i, j;
          let isSymmetric = false;
          if (assumeSymmetric) {
            isSymmetric = true;
          } else {
            isSymmetric = matrix2.isSymmetric();
          }
          if (isSymmetric) {
            for (i = 0; i < n; i++) {
              for (j = 0; j < n; j++) {
                V.set(j, i, value.get(i, j));
              }
            }
            tred2(n, e, d, V);
            tql2(n, e, d, V);
            transposeSquareInPlace(V);
          } else {
            let H = new Matrix3(n, n);
            let ort = new Float64Array(n);
            for (j = 0; j < n; j++) {
              for (i = 0; i < n; i++) {
                H.set(i, j, value.get(i, j));
              }
            }
            orthes(n, H, ort, V);
            hqr2(n, e, d, V, H);
          }
          this.n = n;
          this.e = e;
          this.d = d;
          this.V = V;
        }
        get realEigenvalues() {
          return Array.from(this.d);
        }
        get imaginaryEigenvalues() {
          return Array.from(this.e);
        }
        get eigenvectorMatrix() {
          return this.V;
        }
        get diagonalMatrix() {
          let n = this.n;
          let e = this.e;
          let d = this.d;
          let X = new Matrix3(n, n);
          let i, j;
          for (i = 0; i < n; i++) {
            for (j = 0; j < n; j++) {
              X.set(i, j, 0);
            }
            X.set(i, i, d[i]);
            if (e[i] > 0) {
              X.set(i, i + 1, e[i]);
            } else if (e[i] < 0) {
              X.set(i, i - 1, e[i]);
            }
          }
          return X;
        }
      };
      function tred2(n, e, d, V) {
        let f, g2, h, i, j, k, hh, scale2;
        for (j = 0; j < n; j++) {
          d[j] = V.get(j, n - 1);
        }
        for (i = n - 1; i > 0; i--) {
          scale2 = 0;
          h = 0;
          for (k = 0; k < i; k++) {
            scale2 = scale2 + Math.abs(d[k]);
          }
          if (scale2 === 0) {
            e[i] = d[i - 1];
            for (j = 0; j < i; j++) {
              d[j] = V.get(j, i - 1);
              V.set(j, i, 0);
              V.set(i, j, 0);
            }
          } else {
            for (k = 0; k < i; k++) {
              d[k] /= scale2;
              h += d[k] * d[k];
            }
            f = d[i - 1];
            g2 = Math.sqrt(h);
            if (f > 0) {
              g2 = -g2;
            }
            e[i] = scale2 * g2;
            h = h - f * g2;
            d[i - 1] = f - g2;
            for (j = 0; j < i; j++) {
              e[j] = 0;
            }
            for (j = 0; j < i; j++) {
              f = d[j];
              V.set(i, j, f);
              g2 = e[j] + V.get(j, j) * f;
              for (k = j + 1; k <= i - 1; k++) {
                g2 += V.get(j, k) * d[k];
                e[k] += V.get(j, k) * f;
              }
              e[j] = g2;
            }
            f = 0;
            for (j = 0; j < i; j++) {
              e[j] /= h;
              f += e[j] * d[j];
            }
            hh = f / (h + h);
            for (j = 0; j < i; j++) {
              e[j] -= hh * d[j];
            }
            for (j = 0; j < i; j++) {
              f = d[j];
              g2 = e[j];
              for (k = j; k <= i - 1; k++) {
                V.set(j, k, V.get(j, k) - (f * e[k] + g2 * d[k]));
              }
              d[j] = V.get(j, i - 1);
              V.set(j, i, 0);
            }
          }
          d[i] = h;
        }
        for (i = 0; i < n - 1; i++) {
          V.set(i, n - 1, V.get(i, i));
          V.set(i, i, 1);
          h = d[i + 1];
          if (h !== 0) {
            for (k = 0; k <= i; k++) {
              d[k] = V.get(i + 1, k) / h;
            }
            for (j = 0; j <= i; j++) {
              g2 = 0;
              for (k = 0; k <= i; k++) {
                g2 += V.get(i + 1, k) * V.get(j, k);
              }
              for (k = 0; k <= i; k++) {
                V.set(j, k, V.get(j, k) - g2 * d[k]);
              }
            }
          }
          for (k = 0; k <= i; k++) {
            V.set(i + 1, k, 0);
          }
        }
        for (j = 0; j < n; j++) {
          d[j] = V.get(j, n - 1);
          V.set(j, n - 1, 0);
        }
        V.set(n - 1, n - 1, 1);
        e[0] = 0;
      }
      function tql2(n, e, d, V) {
        let g2, h, i, j, k, l, m, p, r, dl1, c, c2, c3, el1, s, s2;
        for (i = 1; i < n; i++) {
          e[i - 1] = e[i];
        }
        e[n - 1] = 0;
        let f = 0;
        let tst1 = 0;
        let eps = Number.EPSILON;
        for (l = 0; l < n; l++) {
          tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
          m = l;
          while (m < n) {
            if (Math.abs(e[m]) <= eps * tst1) {
              break;
            }
            m++;
          }
          if (m > l) {
            do {
              g2 = d[l];
              p = (d[l + 1] - g2) / (2 * e[l]);
              r = hypotenuse(p, 1);
              if (p < 0) {
                r = -r;
              }
              d[l] = e[l] / (p + r);
              d[l + 1] = e[l] * (p + r);
              dl1 = d[l + 1];
              h = g2 - d[l];
              for (i = l + 2; i < n; i++) {
                d[i] -= h;
              }
              f = f + h;
              p = d[m];
              c = 1;
              c2 = c;
              c3 = c;
              el1 = e[l + 1];
              s = 0;
              s2 = 0;
              for (i = m - 1; i >= l; i--) {
                c3 = c2;
                c2 = c;
                s2 = s;
                g2 = c * e[i];
                h = c * p;
                r = hypotenuse(p, e[i]);
                e[i + 1] = s * r;
                s = e[i] / r;
                c = p / r;
                p = c * d[i] - s * g2;
                d[i + 1] = h + s * (c * g2 + s * d[i]);
                for (k = 0; k < n; k++) {
                  h = V.get(i + 1, k);
                  V.set(i + 1, k, s * V.get(i, k) + c * h);
                  V.set(i, k, c * V.get(i, k) - s * h);
                }
              }
              p = -s * s2 * c3 * el1 * e[l] / dl1;
              e[l] = s * p;
              d[l] = c * p;
            } while (Math.abs(e[l]) > eps * tst1);
          }
          d[l] = d[l] + f;
          e[l] = 0;
        }
        for (i = 0; i < n - 1; i++) {
          k = i;
          p = d[i];
          for (j = i + 1; j < n; j++) {
            if (d[j] < p) {
              k = j;
              p = d[j];
            }
          }
          if (k !== i) {
            d[k] = d[i];
            d[i] = p;
            for (j = 0; j < n; j++) {
              p = V.get(i, j);
              V.set(i, j, V.get(k, j));
              V.set(k, j, p);
            }
          }
        }
      }
      function orthes(n, H, ort, V) {
        let low = 0;
        let high = n - 1;
        let f, g2, h, i, j, m;
        let scale2;
        for (m = low + 1; m <= high - 1; m++) {
          scale2 = 0;
          for (i = m; i <= high; i++) {
            scale2 = scale2 + Math.abs(H.get(i, m - 1));
          }
          if (scale2 !== 0) {
            h = 0;
            for (i = high; i >= m; i--) {
              ort[i] = H.get(i, m - 1) / scale2;
              h += ort[i] * ort[i];
            }
            g2 = Math.sqrt(h);
            if (ort[m] > 0) {
              g2 = -g2;
            }
            h = h - ort[m] * g2;
            ort[m] = ort[m] - g2;
            for (j = m; j < n; j++) {
              f = 0;
              for (i = high; i >= m; i--) {
                f += ort[i] * H.get(i, j);
              }
              f = f / h;
              for (i = m; i <= high; i++) {
                H.set(i, j, H.get(i, j) - f * ort[i]);
              }
            }
            for (i = 0; i <= high; i++) {
              f = 0;
              for (j = high; j >= m; j--) {
                f += ort[j] * H.get(i, j);
              }
              f = f / h;
              for (j = m; j <= high; j++) {
                H.set(i, j, H.get(i, j) - f * ort[j]);
              }
            }
            ort[m] = scale2 * ort[m];
            H.set(m, m - 1, scale2 * g2);
          }
        }
        for (i = 0; i < n; i++) {
          for (j = 0; j < n; j++) {
            V.set(i, j, i === j ? 1 : 0);
          }
        }
        for (m = high - 1; m >= low + 1; m--) {
          if (H.get(m, m - 1) !== 0) {
            for (i = m + 1; i <= high; i++) {
              ort[i] = H.get(i, m - 1);
            }
            for (j = m; j <= high; j++) {
              g2 = 0;
              for (i = m; i <= high; i++) {
                g2 += ort[i] * V.get(i, j);
              }
              g2 = g2 / ort[m] / H.get(m, m - 1);
              for (i = m; i <= high; i++) {
                V.set(i, j, V.get(i, j) + g2 * ort[i]);
              }
            }
          }
        }
      }
      function hqr2(nn, e, d, V, H) {
        let n = nn - 1;
        let low = 0;
        let high = nn - 1;
        let eps = Number.EPSILON;
        let exshift = 0;
        let norm = 0;
        let p = 0;
        let q = 0;
        let r = 0;
        let s = 0;
        let z2 = 0;
        let iter = 0;
        let i, j, k, l, m, t, w, x, y;
        let ra, sa, vr, vi;
        let notlast, cdivres;
        for (i = 0; i < nn; i++) {
          if (i < low || i > high) {
            d[i] = H.get(i, i);
            e[i] = 0;
          }
          for (j = Math.max(i - 1, 0); j < nn; j++) {
            norm = norm + Math.abs(H.get(i, j));
          }
        }
        while (n >= low) {
          l = n;
          while (l > low) {
            s = Math.abs(H.get(l - 1, l - 1)) + Math.abs(H.get(l, l));
            if (s === 0) {
              s = norm;
            }
            if (Math.abs(H.get(l, l - 1)) < eps * s) {
              break;
            }
            l--;
          }
          if (l === n) {
            H.set(n, n, H.get(n, n) + exshift);
            d[n] = H.get(n, n);
            e[n] = 0;
            n--;
            iter = 0;
          } else if (l === n - 1) {
            w = H.get(n, n - 1) * H.get(n - 1, n);
            p = (H.get(n - 1, n - 1) - H.get(n, n)) / 2;
            q = p * p + w;
            z2 = Math.sqrt(Math.abs(q));
            H.set(n, n, H.get(n, n) + exshift);
            H.set(n - 1, n - 1, H.get(n - 1, n - 1) + exshift);
            x = H.get(n, n);
            if (q >= 0) {
              z2 = p >= 0 ? p + z2 : p - z2;
              d[n - 1] = x + z2;
              d[n] = d[n - 1];
              if (z2 !== 0) {
                d[n] = x - w / z2;
              }
              e[n - 1] = 0;
              e[n] = 0;
              x = H.get(n, n - 1);
              s = Math.abs(x) + Math.abs(z2);
              p = x / s;
              q = z2 / s;
              r = Math.sqrt(p * p + q * q);
              p = p / r;
              q = q / r;
              for (j = n - 1; j < nn; j++) {
                z2 = H.get(n - 1, j);
                H.set(n - 1, j, q * z2 + p * H.get(n, j));
                H.set(n, j, q * H.get(n, j) - p * z2);
              }
              for (i = 0; i <= n; i++) {
                z2 = H.get(i, n - 1);
                H.set(i, n - 1, q * z2 + p * H.get(i, n));
                H.set(i, n, q * H.get(i, n) - p * z2);
              }
              for (i = low; i <= high; i++) {
                z2 = V.get(i, n - 1);
                V.set(i, n - 1, q * z2 + p * V.get(i, n));
                V.set(i, n, q * V.get(i, n) - p * z2);
              }
            } else {
              d[n - 1] = x + p;
              d[n] = x + p;
              e[n - 1] = z2;
              e[n] = -z2;
            }
            n = n - 2;
            iter = 0;
          } else {
            x = H.get(n, n);
            y = 0;
            w = 0;
            if (l < n) {
              y = H.get(n - 1, n - 1);
              w = H.get(n, n - 1) * H.get(n - 1, n);
            }
            if (iter === 10) {
              exshift += x;
              for (i = low; i <= n; i++) {
                H.set(i, i, H.get(i, i) - x);
              }
              s = Math.abs(H.get(n, n - 1)) + Math.abs(H.get(n - 1, n - 2));
              x = y = 0.75 * s;
              w = -0.4375 * s * s;
            }
            if (iter === 30) {
              s = (y - x) / 2;
              s = s * s + w;
              if (s > 0) {
                s = Math.sqrt(s);
                if (y < x) {
                  s = -s;
                }
                s = x - w / ((y - x) / 2 + s);
                for (i = low; i <= n; i++) {
                  H.set(i, i, H.get(i, i) - s);
                }
                exshift += s;
                x = y = w = 0.964;
              }
            }
            iter = iter + 1;
            m = n - 2;
            while (m >= l) {
              z2 = H.get(m, m);
              r = x - z2;
              s = y - z2;
              p = (r * s - w) / H.get(m + 1, m) + H.get(m, m + 1);
              q = H.get(m + 1, m + 1) - z2 - r - s;
              r = H.get(m + 2, m + 1);
              s = Math.abs(p) + Math.abs(q) + Math.abs(r);
              p = p / s;
              q = q / s;
              r = r / s;
              if (m === l) {
                break;
              }
              if (Math.abs(H.get(m, m - 1)) * (Math.abs(q) + Math.abs(r)) < eps * (Math.abs(p) * (Math.abs(H.get(m - 1, m - 1)) + Math.abs(z2) + Math.abs(H.get(m + 1, m + 1))))) {
                break;
              }
              m--;
            }
            for (i = m + 2; i <= n; i++) {
              H.set(i, i - 2, 0);
              if (i > m + 2) {
                H.set(i, i - 3, 0);
              }
            }
            for (k = m; k <= n - 1; k++) {
              notlast = k !== n - 1;
              if (k !== m) {
                p = H.get(k, k - 1);
                q = H.get(k + 1, k - 1);
                r = notlast ? H.get(k + 2, k - 1) : 0;
                x = Math.abs(p) + Math.abs(q) + Math.abs(r);
                if (x !== 0) {
                  p = p / x;
                  q = q / x;
                  r = r / x;
                }
              }
              if (x === 0) {
                break;
              }
              s = Math.sqrt(p * p + q * q + r * r);
              if (p < 0) {
                s = -s;
              }
              if (s !== 0) {
                if (k !== m) {
                  H.set(k, k - 1, -s * x);
                } else if (l !== m) {
                  H.set(k, k - 1, -H.get(k, k - 1));
                }
                p = p + s;
                x = p / s;
                y = q / s;
                z2 = r / s;
                q = q / p;
                r = r / p;
                for (j = k; j < nn; j++) {
                  p = H.get(k, j) + q * H.get(k + 1, j);
                  if (notlast) {
                    p = p + r * H.get(k + 2, j);
                    H.set(k + 2, j, H.get(k + 2, j) - p * z2);
                  }
                  H.set(k, j, H.get(k, j) - p * x);
                  H.set(k + 1, j, H.get(k + 1, j) - p * y);
                }
                for (i = 0; i <= Math.min(n, k + 3); i++) {
                  p = x * H.get(i, k) + y * H.get(i, k + 1);
                  if (notlast) {
                    p = p + z2 * H.get(i, k + 2);
                    H.set(i, k + 2, H.get(i, k + 2) - p * r);
                  }
                  H.set(i, k, H.get(i, k) - p);
                  H.set(i, k + 1, H.get(i, k + 1) - p * q);
                }
                for (i = low; i <= high; i++) {
                  p = x * V.get(i, k) + y * V.get(i, k + 1);
                  if (notlast) {
                    p = p + z2 * V.get(i, k + 2);
                    V.set(i, k + 2, V.get(i, k + 2) - p * r);
                  }
                  V.set(i, k, V.get(i, k) - p);
                  V.set(i, k + 1, V.get(i, k + 1) - p * q);
                }
              }
            }
          }
        }
        if (norm === 0) {
          return;
        }
        for (n = nn - 1; n >= 0; n--) {
          p = d[n];
          q = e[n];
          if (q === 0) {
            l = n;
            H.set(n, n, 1);
            for (i = n - 1; i >= 0; i--) {
              w = H.get(i, i) - p;
              r = 0;
              for (j = l; j <= n; j++) {
                r = r + H.get(i, j) * H.get(j, n);
              }
              if (e[i] < 0) {
                z2 = w;
                s = r;
              } else {
                l = i;
                if (e[i] === 0) {
                  H.set(i, n, w !== 0 ? -r / w : -r / (eps * norm));
                } else {
                  x = H.get(i, i + 1);
                  y = H.get(i + 1, i);
                  q = (d[i] - p) * (d[i] - p) + e[i] * e[i];
                  t = (x * s - z2 * r) / q;
                  H.set(i, n, t);
                  H.set(
                    i + 1,
                    n,
                    Math.abs(x) > Math.abs(z2) ? (-r - w * t) / x : (-s - y * t) / z2
                  );
                }
                t = Math.abs(H.get(i, n));
                if (eps * t * t > 1) {
                  for (j = i; j <= n; j++) {
                    H.set(j, n, H.get(j, n) / t);
                  }
                }
              }
            }
          } else if (q < 0) {
            l = n - 1;
            if (Math.abs(H.get(n, n - 1)) > Math.abs(H.get(n - 1, n))) {
              H.set(n - 1, n - 1, q / H.get(n, n - 1));
              H.set(n - 1, n, -(H.get(n, n) - p) / H.get(n, n - 1));
            } else {
              cdivres = cdiv(0, -H.get(n - 1, n), H.get(n - 1, n - 1) - p, q);
              H.set(n - 1, n - 1, cdivres[0]);
              H.set(n - 1, n, cdivres[1]);
            }
            H.set(n, n - 1, 0);
            H.set(n, n, 1);
            for (i = n - 2; i >= 0; i--) {
              ra = 0;
              sa = 0;
              for (j = l; j <= n; j++) {
                ra = ra + H.get(i, j) * H.get(j, n - 1);
                sa = sa + H.get(i, j) * H.get(j, n);
              }
              w = H.get(i, i) - p;
              if (e[i] < 0) {
                z2 = w;
                r = ra;
                s = sa;
              } else {
                l = i;
                if (e[i] === 0) {
                  cdivres = cdiv(-ra, -sa, w, q);
                  H.set(i, n - 1, cdivres[0]);
                  H.set(i, n, cdivres[1]);
                } else {
                  x = H.get(i, i + 1);
                  y = H.get(i + 1, i);
                  vr = (d[i] - p) * (d[i] - p) + e[i] * e[i] - q * q;
                  vi = (d[i] - p) * 2 * q;
                  if (vr === 0 && vi === 0) {
                    vr = eps * norm * (Math.abs(w) + Math.abs(q) + Math.abs(x) + Math.abs(y) + Math.abs(z2));
                  }
                  cdivres = cdiv(
                    x * r - z2 * ra + q * sa,
                    x * s - z2 * sa - q * ra,
                    vr,
                    vi
                  );
                  H.set(i, n - 1, cdivres[0]);
                  H.set(i, n, cdivres[1]);
                  if (Math.abs(x) > Math.abs(z2) + Math.abs(q)) {
                    H.set(
                      i + 1,
                      n - 1,
                      (-ra - w * H.get(i, n - 1) + q * H.get(i, n)) / x
                    );
                    H.set(
                      i + 1,
                      n,
                      (-sa - w * H.get(i, n) - q * H.get(i, n - 1)) / x
                    );
                  } else {
                    cdivres = cdiv(
                      -r - y * H.get(i, n - 1),
                      -s - y * H.get(i, n),
                      z2,
                      q
                    );
                    H.set(i + 1, n - 1, cdivres[0]);
                    H.set(i + 1, n, cdivres[1]);
                  }
                }
                t = Math.max(Math.abs(H.get(i, n - 1)), Math.abs(H.get(i, n)));
                if (eps * t * t > 1) {
                  for (j = i; j <= n; j++) {
                    H.set(j, n - 1, H.get(j, n - 1) / t);
                    H.set(j, n, H.get(j, n) / t);
                  }
                }
              }
            }
          }
        }
        for (i = 0; i < nn; i++) {
          if (i < low || i > high) {
            for (j = i; j < nn; j++) {
              V.set(i, j, H.get(i, j));
            }
          }
        }
        for (j = nn - 1; j >= low; j--) {
          for (i = low; i <= high; i++) {
            z2 = 0;
            for (k = low; k <= Math.min(j, high); k++) {
              z2 = z2 + V.get(i, k) * H.get(k, j);
            }
            V.set(i, j, z2);
          }
        }
      }
      function cdiv(xr, xi, yr, yi) {
        let r, d;
        if (Math.abs(yr) > Math.abs(yi)) {
          r = yi / yr;
          d = yr + r * yi;
          return [(xr + r * xi) / d, (xi - r * xr) / d];
        } else {
          r = yr / yi;
          d = yi + r * yr;
          return [(r * xr + xi) / d, (r * xi - xr) / d];
        }
      }
      var CholeskyDecomposition2 = class {
        constructor(value) {
          value = WrapperMatrix2D2.checkMatrix(value);
          if (!value.isSymmetric()) {
            throw new Error("Matrix is not symmetric");
          }
          let a = value;
          let dimension = a.rows;
          let l = new Matrix3(dimension, dimension);
          let positiveDefinite = true;
          let i, j, k;
          for (j = 0; j < dimension; j++) {
            let d = 0;
            for (k = 0; k < j; k++) {
              let s = 0;
              for (i = 0; i < k; i++) {
                s += l.get(k, i) * l.get(j, i);
              }
              s = (a.get(j, k) - s) / l.get(k, k);
              l.set(j, k, s);
              d = d + s * s;
            }
            d = a.get(j, j) - d;
            positiveDefinite && (positiveDefinite = d > 0);
            l.set(j, j, Math.sqrt(Math.max(d, 0)));
            for (k = j + 1; k < dimension; k++) {
              l.set(j, k, 0);
            }
          }
          this.L = l;
          this.positiveDefinite = positiveDefinite;
        }
        isPositiveDefinite() {
          return this.positiveDefinite;
        }
        solve(value) {
          value = WrapperMatrix2D2.checkMatrix(value);
          let l = this.L;
          let dimension = l.rows;
          if (value.rows !== dimension) {
            throw new Error("Matrix dimensions do not match");
          }
          if (this.isPositiveDefinite() === false) {
            throw new Error("Matrix is not positive definite");
          }
          let count = value.columns;
          let B = value.clone();
          let i, j, k;
          for (k = 0; k < dimension; k++) {
            for (j = 0; j < count; j++) {
              for (i = 0; i < k; i++) {
                B.set(k, j, B.get(k, j) - B.get(i, j) * l.get(k, i));
              }
              B.set(k, j, B.get(k, j) / l.get(k, k));
            }
          }
          for (k = dimension - 1; k >= 0; k--) {
            for (j = 0; j < count; j++) {
              for (i = k + 1; i < dimension; i++) {
                B.set(k, j, B.get(k, j) - B.get(i, j) * l.get(i, k));
              }
              B.set(k, j, B.get(k, j) / l.get(k, k));
            }
          }
          return B;
        }
        get lowerTriangularMatrix() {
          return this.L;
        }
      };
      var nipals = class {
        constructor(X, options = {}) {
          X = WrapperMatrix2D2.checkMatrix(X);
          let { Y } = options;
          const {
            scaleScores = false,
            maxIterations = 1e3,
            terminationCriteria = 1e-10
          } = options;
          let u;
          if (Y) {
            if (isAnyArray(Y) && typeof Y[0] === "number") {
              Y = Matrix3.columnVector(Y);
            } else {
              Y = WrapperMatrix2D2.checkMatrix(Y);
            }
            if (Y.rows !== X.rows) {
              throw new Error("Y should have the same number of rows as X");
            }
            u = Y.getColumnVector(0);
          } else {
            u = X.getColumnVector(0);
          }
          let diff = 1;
          let t, q, w, tOld;
          for (let counter = 0; counter < maxIterations && diff > terminationCriteria; counter++) {
            w = X.transpose().mmul(u).div(u.transpose().mmul(u).get(0, 0));
            w = w.div(w.norm());
            t = X.mmul(w).div(w.transpose().mmul(w).get(0, 0));
            if (counter > 0) {
              diff = t.clone().sub(tOld).pow(2).sum();
            }
            tOld = t.clone();
            if (Y) {
              q = Y.transpose().mmul(t).div(t.transpose().mmul(t).get(0, 0));
              q = q.div(q.norm());
              u = Y.mmul(q).div(q.transpose().mmul(q).get(0, 0));
            } else {
              u = t;
            }
          }
          if (Y) {
            let p = X.transpose().mmul(t).div(t.transpose().mmul(t).get(0, 0));
            p = p.div(p.norm());
            let xResidual = X.clone().sub(t.clone().mmul(p.transpose()));
            let residual = u.transpose().mmul(t).div(t.transpose().mmul(t).get(0, 0));
            let yResidual = Y.clone().sub(
              t.clone().mulS(residual.get(0, 0)).mmul(q.transpose())
            );
            this.t = t;
            this.p = p.transpose();
            this.w = w.transpose();
            this.q = q;
            this.u = u;
            this.s = t.transpose().mmul(t);
            this.xResidual = xResidual;
            this.yResidual = yResidual;
            this.betas = residual;
          } else {
            this.w = w.transpose();
            this.s = t.transpose().mmul(t).sqrt();
            if (scaleScores) {
              this.t = t.clone().div(this.s.get(0, 0));
            } else {
              this.t = t;
            }
            this.xResidual = X.sub(t.mmul(w.transpose()));
          }
        }
      };
      exports.AbstractMatrix = AbstractMatrix2;
      exports.CHO = CholeskyDecomposition2;
      exports.CholeskyDecomposition = CholeskyDecomposition2;
      exports.DistanceMatrix = DistanceMatrix2;
      exports.EVD = EigenvalueDecomposition2;
      exports.EigenvalueDecomposition = EigenvalueDecomposition2;
      exports.LU = LuDecomposition2;
      exports.LuDecomposition = LuDecomposition2;
      exports.Matrix = Matrix3;
      exports.MatrixColumnSelectionView = MatrixColumnSelectionView2;
      exports.MatrixColumnView = MatrixColumnView2;
      exports.MatrixFlipColumnView = MatrixFlipColumnView2;
      exports.MatrixFlipRowView = MatrixFlipRowView2;
      exports.MatrixRowSelectionView = MatrixRowSelectionView2;
      exports.MatrixRowView = MatrixRowView2;
      exports.MatrixSelectionView = MatrixSelectionView2;
      exports.MatrixSubView = MatrixSubView2;
      exports.MatrixTransposeView = MatrixTransposeView2;
      exports.NIPALS = nipals;
      exports.Nipals = nipals;
      exports.QR = QrDecomposition2;
      exports.QrDecomposition = QrDecomposition2;
      exports.SVD = SingularValueDecomposition2;
      exports.SingularValueDecomposition = SingularValueDecomposition2;
      exports.SymmetricMatrix = SymmetricMatrix2;
      exports.WrapperMatrix1D = WrapperMatrix1D2;
      exports.WrapperMatrix2D = WrapperMatrix2D2;
      exports.correlation = correlation2;
      exports.covariance = covariance2;
      exports.default = Matrix3;
      exports.determinant = determinant2;
      exports.inverse = inverse2;
      exports.linearDependencies = linearDependencies2;
      exports.pseudoInverse = pseudoInverse2;
      exports.solve = solve2;
      exports.wrap = wrap2;
    }
  });

  // src/main.ts
  var main_exports = {};
  __export(main_exports, {
    entryPoints: () => entryPoints
  });

  // src/core/errors.ts
  var DataError = class extends Error {
    constructor(message, location = {}) {
      super(message);
      this.location = location;
      this.name = "DataError";
    }
  };

  // src/core/data/dictionary.ts
  var num = (name, label3, aliases, min2, max2, note) => ({ name, label: label3, aliases, kind: "numeric", min: min2, max: max2, ...note ? { note } : {} });
  var ord = (name, label3, aliases, levels, min2 = 1) => ({
    name,
    label: label3,
    aliases,
    kind: "ordinal",
    min: min2,
    max: min2 + levels.length - 1,
    levels
  });
  var cat = (name, label3, aliases, categories, categoryLabels) => ({
    name,
    label: label3,
    aliases,
    kind: categories.length === 2 ? "binary" : "nominal",
    categories,
    ...categoryLabels ? { categoryLabels } : {}
  });
  var yesNo = (name, label3, aliases, presence = false) => ({
    name,
    label: label3,
    aliases,
    kind: "binary",
    categories: ["no", "yes"],
    ...presence ? { phrasing: "presence" } : {}
  });
  var education = [
    "none",
    "primary school (4th grade)",
    "5th to 9th grade",
    "secondary school",
    "higher education"
  ];
  var jobs = ["teacher", "health", "services", "at_home", "other"];
  var jobLabels = { health: "health care", services: "civil services", at_home: "at home" };
  var scale = (low, high) => [low, "low", "medium", "high", high];
  var ATTRIBUTES = [
    cat("school", "school", [], ["GP", "MS"], { GP: "Gabriel Pereira", MS: "Mousinho da Silveira" }),
    cat("sex", "sex", ["gender"], ["F", "M"], { F: "female", M: "male" }),
    num("age", "age", ["student age"], 15, 22),
    cat("address", "home address", ["address type", "home address"], ["U", "R"], { U: "urban", R: "rural" }),
    cat("famsize", "family size", ["family size"], ["LE3", "GT3"], { LE3: "3 or fewer", GT3: "more than 3" }),
    cat("Pstatus", "parents' living situation", ["parent status", "parents status"], ["T", "A"], {
      T: "together",
      A: "apart"
    }),
    ord("Medu", "mother's education", ["mother education", "mothers education"], education, 0),
    ord("Fedu", "father's education", ["father education", "fathers education"], education, 0),
    cat("Mjob", "mother's job", ["mother job", "mothers job"], jobs, jobLabels),
    cat("Fjob", "father's job", ["father job", "fathers job"], jobs, jobLabels),
    cat(
      "reason",
      "reason for choosing the school",
      ["school choice reason"],
      ["home", "reputation", "course", "other"],
      { home: "close to home", reputation: "the school's reputation", course: "course preference" }
    ),
    cat("guardian", "guardian", [], ["mother", "father", "other"]),
    ord(
      "traveltime",
      "travel time to school",
      ["travel time"],
      ["under 15 min", "15-30 min", "30-60 min", "over 1 hour"]
    ),
    ord(
      "studytime",
      "weekly study time",
      ["study time"],
      ["under 2 hours", "2-5 hours", "5-10 hours", "over 10 hours"]
    ),
    num(
      "failures",
      "past class failures",
      ["past failures", "class failures"],
      0,
      4,
      'The UCI files hold 0-3; their description codes "3 or more" as 4, so 4 is accepted too.'
    ),
    yesNo("schoolsup", "extra educational support from the school", ["school support"], true),
    yesNo("famsup", "family educational support", ["family support"], true),
    yesNo("paid", "extra paid classes in the subject", ["paid classes"], true),
    yesNo("activities", "extra-curricular activities", ["extracurricular activities"], true),
    yesNo("nursery", "attended nursery school", ["nursery school"]),
    yesNo("higher", "wants to take higher education", ["wants higher education", "higher education"]),
    yesNo("internet", "internet access at home", ["internet access"], true),
    yesNo("romantic", "in a romantic relationship", ["relationship"]),
    ord("famrel", "quality of family relationships", ["family relationships"], scale("very bad", "excellent")),
    ord("freetime", "free time after school", ["free time"], scale("very low", "very high")),
    ord("goout", "going out with friends", ["going out", "go out"], scale("very low", "very high")),
    ord(
      "Dalc",
      "alcohol use on school days",
      ["workday alcohol", "weekday alcohol"],
      scale("very low", "very high")
    ),
    ord("Walc", "alcohol use at weekends", ["weekend alcohol"], scale("very low", "very high")),
    ord("health", "current health", ["health status"], scale("very bad", "very good")),
    num(
      "absences",
      "absences",
      ["absence count", "school absences"],
      0,
      93,
      "The description allows 0-93; the UCI files reach 75 (Math) and 32 (Portuguese)."
    ),
    num("G1", "first-period grade", ["grade 1", "period 1 grade", "first period grade"], 0, 20),
    num("G2", "second-period grade", ["grade 2", "period 2 grade", "second period grade"], 0, 20),
    num("G3", "final grade", ["grade 3", "final grade"], 0, 20),
    cat("course", "course", ["subject"], ["math", "portuguese"], { math: "Math", portuguese: "Portuguese" })
  ];
  var GRADE_ATTRIBUTES = ["G1", "G2", "G3"];
  var FINAL_GRADE = "G3";
  var MATCH_ATTRIBUTES = [
    "school",
    "sex",
    "age",
    "address",
    "famsize",
    "Pstatus",
    "Medu",
    "Fedu",
    "Mjob",
    "Fjob",
    "reason",
    "nursery",
    "internet"
  ];
  var byName = new Map(ATTRIBUTES.map((attribute) => [attribute.name, attribute]));
  function attributeNamed(name) {
    const attribute = byName.get(name);
    if (!attribute) throw new RangeError(`"${name}" is not an attribute in the data dictionary.`);
    return attribute;
  }
  function isCategorical(attribute) {
    return attribute.kind === "binary" || attribute.kind === "nominal";
  }
  function normaliseHeader(header) {
    return header.toLowerCase().replace(/[\s_\-.'’]+/g, "");
  }
  var byHeader = /* @__PURE__ */ new Map();
  for (const attribute of ATTRIBUTES) {
    for (const spelling of [attribute.name, ...attribute.aliases])
      byHeader.set(normaliseHeader(spelling), attribute);
  }
  function attributeForHeader(header) {
    return byHeader.get(normaliseHeader(header));
  }
  function isBlank(value) {
    return value === null || value === void 0 || typeof value === "string" && value.trim() === "";
  }

  // src/core/data/roster/normalise-value.ts
  var YES = /* @__PURE__ */ new Set(["yes", "y", "true", "1"]);
  var NO = /* @__PURE__ */ new Set(["no", "n", "false", "0"]);
  function normaliseValue(attribute, cell) {
    if (cell === null || cell === void 0 || typeof cell === "string" && cell.trim() === "")
      return { kind: "ok", value: null };
    if (Object.prototype.toString.call(cell) === "[object Date]") {
      return { kind: "invalid", value: null, problem: "is a date (the spreadsheet may have converted it)" };
    }
    return isCategorical(attribute) ? readCategory(attribute, cell) : readNumber(attribute, cell);
  }
  function readNumber(attribute, cell) {
    let value;
    let problem = null;
    if (typeof cell === "number") value = cell;
    else if (typeof cell === "string") {
      const text = cell.trim().replace(/^(-?\d+),(\d+)$/, "$1.$2");
      value = /^-?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : NaN;
      if (Number.isNaN(value)) return { kind: "invalid", value: null, problem: "is not a number" };
      problem = "is a number stored as text";
    } else return { kind: "invalid", value: null, problem: "is not a number" };
    if (attribute.kind === "ordinal" && !Number.isInteger(value)) {
      return {
        kind: "invalid",
        value: null,
        problem: `is not a whole number from ${attribute.min} to ${attribute.max}`
      };
    }
    if (value < attribute.min || value > attribute.max) {
      return {
        kind: "invalid",
        value: null,
        problem: `is outside the valid range ${attribute.min}-${attribute.max}`
      };
    }
    return problem ? { kind: "normalised", value, problem } : { kind: "ok", value };
  }
  function readCategory(attribute, cell) {
    const raw = typeof cell === "boolean" ? cell ? "yes" : "no" : String(cell).trim();
    if (attribute.categories.includes(raw)) {
      return raw === cell ? { kind: "ok", value: raw } : { kind: "normalised", value: raw, problem: `is written "${String(cell)}"` };
    }
    const sameButCase = attribute.categories.find((c) => c.toLowerCase() === raw.toLowerCase());
    if (sameButCase !== void 0 && typeof cell === "string" && cell === raw)
      return { kind: "ok", value: sameButCase };
    const match = matchCategory(attribute, raw);
    if (match === null) {
      const allowed = attribute.categories.join(", ");
      return { kind: "invalid", value: null, problem: `is not one of the expected values (${allowed})` };
    }
    return { kind: "normalised", value: match, problem: `is written "${String(cell)}"` };
  }
  function matchCategory(attribute, raw) {
    const folded = fold(raw);
    if (attribute.categories.length === 2 && attribute.categories.includes("yes")) {
      if (YES.has(folded)) return "yes";
      if (NO.has(folded)) return "no";
    }
    for (const category of attribute.categories) {
      if (fold(category) === folded) return category;
      const label3 = attribute.categoryLabels?.[category];
      if (label3 !== void 0 && fold(label3) === folded) return category;
    }
    return null;
  }
  function fold(text) {
    return text.toLowerCase().replace(/[\s_-]+/g, "");
  }

  // src/core/data/roster/roster-columns.ts
  var KEY_HEADERS = new Set(
    [
      "id",
      "student id",
      "student number",
      "student no",
      "pupil id",
      "name",
      "student name",
      "student",
      "pupil",
      "full name"
    ].map(normaliseHeader)
  );
  function findRosterColumns(headerRow) {
    const headers = headerRow.map((h) => String(h ?? "").trim());
    const byAttribute = /* @__PURE__ */ new Map();
    let key = null;
    headers.forEach((header, index) => {
      const attribute = header ? attributeForHeader(header) : void 0;
      if (attribute) {
        const earlier = byAttribute.get(attribute.name);
        if (earlier !== void 0) {
          throw new DataError(
            `Columns "${headers[earlier]}" (${columnLetter(earlier)}) and "${header}" (${columnLetter(index)}) both mean "${attribute.name}". Rename or remove one.`,
            { row: 1, column: header }
          );
        }
        byAttribute.set(attribute.name, index);
      } else if (!key && KEY_HEADERS.has(normaliseHeader(header))) key = { index, header };
    });
    return { byAttribute, key, headers };
  }
  function assertHasColumns(columns, required) {
    const missing = required.filter((name) => !columns.byAttribute.has(name));
    if (missing.length === 0) return;
    const list = missing.map((name) => `"${name}"`).join(", ");
    throw new DataError(
      `The roster has no column for ${list}. Add ${missing.length === 1 ? "it" : "them"} to the header row (row 1); column order and extra columns do not matter.`,
      { row: 1, ...missing[0] ? { column: missing[0] } : {} }
    );
  }
  function columnLetter(index) {
    let n = index + 1;
    let letters = "";
    while (n > 0) {
      const rem = (n - 1) % 26;
      letters = String.fromCharCode(65 + rem) + letters;
      n = Math.floor((n - 1) / 26);
    }
    return letters;
  }

  // src/core/data/roster/check-roster.ts
  var ISSUES_LISTED_PER_KIND = 20;
  var ISSUE_QUOTE_CHARS = 1e3;
  var REQUIRED_INPUTS = ATTRIBUTES.filter(
    (a) => !["G1", "G2", "G3", "course"].includes(a.name)
  ).map((a) => a.name);
  function checkRoster(table, required = REQUIRED_INPUTS) {
    const [headerRow, ...rows] = table;
    if (!headerRow || rows.length === 0)
      throw new DataError("The roster has no student rows below its header row.", { row: 2 });
    const columns = findRosterColumns(headerRow);
    assertHasColumns(columns, required);
    const issues = new IssueList();
    const blankCounts = {};
    const records = rows.map((row, index) => {
      const sheetRow = index + 2;
      const record = {};
      for (const [name, column2] of columns.byAttribute) {
        const cell = row[column2];
        const reading = normaliseValue(attributeNamed(name), cell);
        record[name] = reading.value;
        const where = `${cut(columns.headers[column2] ?? name)} (${columnLetter(column2)})`;
        if (reading.kind === "normalised")
          issues.add(where, sheetRow, cell, reading.problem, `read as ${String(reading.value)}`);
        if (reading.kind === "invalid") issues.add(where, sheetRow, cell, reading.problem, blankAction(name));
        if (reading.value === null) {
          blankCounts[name] = (blankCounts[name] ?? 0) + 1;
          if (reading.kind === "ok" && name !== FINAL_GRADE)
            issues.add(where, sheetRow, "", "is blank", blankAction(name));
        }
      }
      return record;
    });
    const key = columns.key;
    const rowKeys = rows.map((row, index) => {
      const value = key ? String(row[key.index] ?? "").trim() : "";
      return value || `row ${index + 2}`;
    });
    const rowsWithFinalGrade = records.filter(
      (r) => r[FINAL_GRADE] !== null && r[FINAL_GRADE] !== void 0
    ).length;
    return { columns, records, rowKeys, issues: issues.list(), blankCounts, rowsWithFinalGrade };
  }
  function blankAction(attribute) {
    return attribute === FINAL_GRADE ? "treated as blank: the student is scored but not used for training" : "treated as blank: the model uses the training average";
  }
  function cut(text) {
    if (text.length <= ISSUE_QUOTE_CHARS) return text;
    const end = /[\uD800-\uDBFF]/.test(text[ISSUE_QUOTE_CHARS - 1] ?? "") ? ISSUE_QUOTE_CHARS - 1 : ISSUE_QUOTE_CHARS;
    return `${text.slice(0, end)}…`;
  }
  function grouped(n) {
    return String(n).replace(/\B(?=(\d{3})+$)/g, ",");
  }
  var IssueList = class {
    constructor() {
      this.issues = [];
      this.overflow = /* @__PURE__ */ new Map();
      this.listed = /* @__PURE__ */ new Map();
    }
    add(column2, row, value, problem, action) {
      const kind = `${column2}\0${problem.startsWith("is written") ? "is written" : problem}`;
      const issue = { row, column: column2, value: String(value ?? ""), problem, action };
      const n = this.listed.get(kind) ?? 0;
      if (n < ISSUES_LISTED_PER_KIND) {
        this.listed.set(kind, n + 1);
        const length = issue.value.length;
        if (length > ISSUE_QUOTE_CHARS) {
          issue.value = cut(issue.value);
          issue.problem += ` (value shown cut to ${grouped(ISSUE_QUOTE_CHARS)} of its ${grouped(length)} characters)`;
        }
        this.issues.push(issue);
        return;
      }
      const extra = this.overflow.get(kind);
      if (extra) extra.count += 1;
      else this.overflow.set(kind, { count: 1, sample: issue });
    }
    list() {
      const summaries = [...this.overflow.values()].map(({ count, sample }) => ({
        ...sample,
        value: "",
        problem: `…and ${count} more cells where the value ${sample.problem.startsWith("is written") ? "was written differently" : sample.problem}`
      }));
      return [...this.issues, ...summaries].sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
    }
  };

  // src/jobs/check-data.ts
  var DATA_ISSUES_SHEET = "Data issues";
  var ISSUE_HEADER = ["Row", "Column", "Value", "Problem", "What PassCompass does"];
  function checkStudents(students2, issues) {
    const table = students2.read();
    if (table.length === 0) {
      throw new DataError(
        "The Students sheet is empty. Load sample data, or paste your roster into it with its header row."
      );
    }
    const checked = checkRoster(table);
    const rows = checked.issues.map((i) => [i.row, i.column, i.value, i.problem, i.action]);
    if (rows.length === 0) rows.push(["", "", "", `No problems found in ${checked.records.length} rows.`, ""]);
    issues.replace([[...ISSUE_HEADER], ...rows]);
    return checked;
  }
  function checkData(deps) {
    const checked = checkStudents(deps.students, deps.issues);
    deps.dialogs.toast(checkSummary(checked, deps.issues.name?.()), "PassCompass: Check data");
    return checked;
  }
  function checkSummary(checked, issuesSheet = DATA_ISSUES_SHEET) {
    const n = checked.records.length;
    const issues = checked.issues.length;
    const toScore = n - checked.rowsWithFinalGrade;
    return `Checked ${n} rows: ${issues === 0 ? "no problems" : `${issues} issue${issues === 1 ? "" : "s"} listed in ${issuesSheet}`}` + (toScore > 0 ? `; ${toScore} without a final grade (scored, not trained on).` : ".");
  }

  // src/jobs/experiments.ts
  var EXPERIMENTS_SHEET = "Experiments";
  var EXPERIMENT_HEADER = [
    "Run",
    "Time",
    "Data fingerprint",
    "Rows",
    "Failures",
    "Mode",
    "Parameters (JSON)",
    "CV ROC AUC",
    "AUC sd",
    "Accuracy",
    "Precision",
    "Recall",
    "F1",
    "Brier",
    "Top-K recall",
    "Top-K precision",
    "Per fold (JSON)",
    "Duration (s)",
    "Version",
    "Outcome"
  ];
  var VERSION_COLUMN = EXPERIMENT_HEADER.indexOf("Version");
  function experimentRow(e) {
    const { summary: summary2, folds, k, seed } = e.validated.validation;
    const m = (name) => numberOrBlank(summary2[name].mean);
    const parameters = {
      passMark: e.settings.passMark,
      folds: k,
      seed,
      capacity: e.settings.capacity,
      threshold: e.validated.threshold,
      training: e.validated.model.training
    };
    const perFold = folds.map((f) => ({
      fold: f.fold,
      testRows: f.testRows,
      auc: f.auc,
      brier: f.brier,
      accuracy: f.atThreshold.accuracy,
      recall: f.atThreshold.recall,
      topKRecall: f.topK.recall
    }));
    return [
      e.runId,
      e.at,
      e.dataFingerprint,
      e.rows,
      e.validated.model.training.failures,
      e.mode,
      JSON.stringify(parameters),
      m("auc"),
      numberOrBlank(summary2.auc.sd),
      m("accuracy"),
      m("precision"),
      m("recall"),
      m("f1"),
      m("brier"),
      m("topKRecall"),
      m("topKPrecision"),
      JSON.stringify(perFold),
      Number(e.seconds.toFixed(2)),
      e.version ?? "",
      e.outcome
    ];
  }
  function nextRunId(rows) {
    const highest = rows.reduce((max2, row) => {
      const match = /^R-(\d+)$/.exec(String(row[0] ?? ""));
      return match ? Math.max(max2, Number(match[1])) : max2;
    }, 0);
    return `R-${String(highest + 1).padStart(4, "0")}`;
  }
  function versionsNamedIn(rows) {
    return rows.map((row) => row[VERSION_COLUMN]).filter((v) => typeof v === "number" && Number.isInteger(v) && v >= 1);
  }
  function numberOrBlank(x) {
    return Number.isFinite(x) ? Number(x.toFixed(4)) : "";
  }

  // src/core/data/csv.ts
  function parseCsv(text, separator = detectSeparator(text)) {
    const records = splitRecords(text.replace(/^\uFEFF/, ""), separator);
    const header = records.shift();
    if (!header) return { header: [], rows: [] };
    records.forEach((record, index) => {
      if (record.length !== header.length) {
        throw new RangeError(
          `CSV line ${index + 2} has ${record.length} fields where the header has ${header.length}.`
        );
      }
    });
    return { header, rows: records };
  }
  function detectSeparator(text) {
    const firstLine = text.slice(0, text.search(/\r?\n|$/));
    const count = (ch) => firstLine.split(ch).length - 1;
    return count(";") > count(",") ? ";" : ",";
  }
  function splitRecords(text, separator) {
    const records = [];
    let record = [];
    let field = "";
    let quoted2 = false;
    let i = 0;
    while (i < text.length) {
      const ch = text[i];
      if (quoted2) {
        if (ch === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        if (ch === '"') quoted2 = false;
        else field += ch;
        i += 1;
        continue;
      }
      if (ch === '"') quoted2 = true;
      else if (ch === separator) {
        record.push(field);
        field = "";
      } else if (ch === "\n" || ch === "\r") {
        record.push(field);
        if (!(record.length === 1 && record[0] === "")) records.push(record);
        record = [];
        field = "";
        if (ch === "\r" && text[i + 1] === "\n") i += 1;
      } else field += ch;
      i += 1;
    }
    if (field !== "" || record.length > 0) {
      record.push(field);
      records.push(record);
    }
    return records;
  }

  // src/core/data/sample.ts
  var SAMPLE_FILES = {
    math: {
      course: "math",
      courseLabel: "Math",
      projectFile: "sample-student-mat",
      sourceCsv: "student-mat.csv",
      sha256: "e47f9ee225e1ee6e69b7564e6dac7123e80b8486677fe111f351964cef5dec80",
      rows: 395
    },
    portuguese: {
      course: "portuguese",
      courseLabel: "Portuguese",
      projectFile: "sample-student-por",
      sourceCsv: "student-por.csv",
      sha256: "a7594a11d7771c0efe1a740824e0e833da9c4cad07c39a9766a874575563fb3f",
      rows: 649
    }
  };
  var COURSE_COLUMN = "course";
  var SampleIntegrityError = class extends Error {
    constructor(file, actualSha256) {
      super(
        `The bundled ${file.courseLabel} sample (${file.projectFile}) does not match its published checksum, so it was not loaded. Reinstall PassCompass from an unmodified copy.`
      );
      this.file = file;
      this.actualSha256 = actualSha256;
      this.name = "SampleIntegrityError";
    }
  };
  var PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
  function typeSampleField(field) {
    return PLAIN_NUMBER.test(field) ? Number(field) : field;
  }
  function sampleTable(parts) {
    let header;
    const rows = [];
    for (const { file, csvText } of parts) {
      const parsed = parseCsv(csvText, ";");
      if (header && parsed.header.join(";") !== header.join(";")) {
        throw new RangeError(`The ${file.courseLabel} sample has different columns from the other course.`);
      }
      header = parsed.header;
      for (const row of parsed.rows) rows.push([...row.map(typeSampleField), file.courseLabel]);
    }
    return { header: [...header ?? [], COURSE_COLUMN], rows };
  }

  // src/core/scoring/pseudonym.ts
  var PSEUDONYM_LENGTH = 16;
  var SEPARATOR = "\0";
  function pseudonym(rowKey2, salt, sha256Hex2) {
    if (salt.length === 0) throw new RangeError("A pseudonym needs a non-empty salt.");
    const digest = sha256Hex2(`${salt}${SEPARATOR}${rowKey2}`);
    if (!/^[0-9a-fA-F]{64}$/.test(digest)) {
      throw new TypeError(`sha256Hex must return 64 hex digits, not "${digest.slice(0, 80)}".`);
    }
    return digest.slice(0, PSEUDONYM_LENGTH).toLowerCase();
  }

  // node_modules/@noble/hashes/esm/utils.js
  function isBytes(a) {
    return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array";
  }
  function abytes(b, ...lengths) {
    if (!isBytes(b))
      throw new Error("Uint8Array expected");
    if (lengths.length > 0 && !lengths.includes(b.length))
      throw new Error("Uint8Array expected of length " + lengths + ", got length=" + b.length);
  }
  function aexists(instance, checkFinished = true) {
    if (instance.destroyed)
      throw new Error("Hash instance has been destroyed");
    if (checkFinished && instance.finished)
      throw new Error("Hash#digest() has already been called");
  }
  function aoutput(out, instance) {
    abytes(out);
    const min2 = instance.outputLen;
    if (out.length < min2) {
      throw new Error("digestInto() expects output buffer of length at least " + min2);
    }
  }
  function clean(...arrays) {
    for (let i = 0; i < arrays.length; i++) {
      arrays[i].fill(0);
    }
  }
  function createView(arr) {
    return new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
  }
  function rotr(word, shift) {
    return word << 32 - shift | word >>> shift;
  }
  var hasHexBuiltin = /* @__PURE__ */ (() => (
    // @ts-ignore
    typeof Uint8Array.from([]).toHex === "function" && typeof Uint8Array.fromHex === "function"
  ))();
  var hexes = /* @__PURE__ */ Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
  function bytesToHex(bytes) {
    abytes(bytes);
    if (hasHexBuiltin)
      return bytes.toHex();
    let hex = "";
    for (let i = 0; i < bytes.length; i++) {
      hex += hexes[bytes[i]];
    }
    return hex;
  }
  function utf8ToBytes(str) {
    if (typeof str !== "string")
      throw new Error("string expected");
    return new Uint8Array(new TextEncoder().encode(str));
  }
  function toBytes(data) {
    if (typeof data === "string")
      data = utf8ToBytes(data);
    abytes(data);
    return data;
  }
  var Hash = class {
  };
  function createHasher(hashCons) {
    const hashC = (msg) => hashCons().update(toBytes(msg)).digest();
    const tmp = hashCons();
    hashC.outputLen = tmp.outputLen;
    hashC.blockLen = tmp.blockLen;
    hashC.create = () => hashCons();
    return hashC;
  }

  // node_modules/@noble/hashes/esm/_md.js
  function setBigUint64(view, byteOffset, value, isLE) {
    if (typeof view.setBigUint64 === "function")
      return view.setBigUint64(byteOffset, value, isLE);
    const _32n = BigInt(32);
    const _u32_max = BigInt(4294967295);
    const wh = Number(value >> _32n & _u32_max);
    const wl = Number(value & _u32_max);
    const h = isLE ? 4 : 0;
    const l = isLE ? 0 : 4;
    view.setUint32(byteOffset + h, wh, isLE);
    view.setUint32(byteOffset + l, wl, isLE);
  }
  function Chi(a, b, c) {
    return a & b ^ ~a & c;
  }
  function Maj(a, b, c) {
    return a & b ^ a & c ^ b & c;
  }
  var HashMD = class extends Hash {
    constructor(blockLen, outputLen, padOffset, isLE) {
      super();
      this.finished = false;
      this.length = 0;
      this.pos = 0;
      this.destroyed = false;
      this.blockLen = blockLen;
      this.outputLen = outputLen;
      this.padOffset = padOffset;
      this.isLE = isLE;
      this.buffer = new Uint8Array(blockLen);
      this.view = createView(this.buffer);
    }
    update(data) {
      aexists(this);
      data = toBytes(data);
      abytes(data);
      const { view, buffer, blockLen } = this;
      const len = data.length;
      for (let pos = 0; pos < len; ) {
        const take2 = Math.min(blockLen - this.pos, len - pos);
        if (take2 === blockLen) {
          const dataView = createView(data);
          for (; blockLen <= len - pos; pos += blockLen)
            this.process(dataView, pos);
          continue;
        }
        buffer.set(data.subarray(pos, pos + take2), this.pos);
        this.pos += take2;
        pos += take2;
        if (this.pos === blockLen) {
          this.process(view, 0);
          this.pos = 0;
        }
      }
      this.length += data.length;
      this.roundClean();
      return this;
    }
    digestInto(out) {
      aexists(this);
      aoutput(out, this);
      this.finished = true;
      const { buffer, view, blockLen, isLE } = this;
      let { pos } = this;
      buffer[pos++] = 128;
      clean(this.buffer.subarray(pos));
      if (this.padOffset > blockLen - pos) {
        this.process(view, 0);
        pos = 0;
      }
      for (let i = pos; i < blockLen; i++)
        buffer[i] = 0;
      setBigUint64(view, blockLen - 8, BigInt(this.length * 8), isLE);
      this.process(view, 0);
      const oview = createView(out);
      const len = this.outputLen;
      if (len % 4)
        throw new Error("_sha2: outputLen should be aligned to 32bit");
      const outLen = len / 4;
      const state = this.get();
      if (outLen > state.length)
        throw new Error("_sha2: outputLen bigger than state");
      for (let i = 0; i < outLen; i++)
        oview.setUint32(4 * i, state[i], isLE);
    }
    digest() {
      const { buffer, outputLen } = this;
      this.digestInto(buffer);
      const res = buffer.slice(0, outputLen);
      this.destroy();
      return res;
    }
    _cloneInto(to) {
      to || (to = new this.constructor());
      to.set(...this.get());
      const { blockLen, buffer, length, finished, destroyed, pos } = this;
      to.destroyed = destroyed;
      to.finished = finished;
      to.length = length;
      to.pos = pos;
      if (length % blockLen)
        to.buffer.set(buffer);
      return to;
    }
    clone() {
      return this._cloneInto();
    }
  };
  var SHA256_IV = /* @__PURE__ */ Uint32Array.from([
    1779033703,
    3144134277,
    1013904242,
    2773480762,
    1359893119,
    2600822924,
    528734635,
    1541459225
  ]);

  // node_modules/@noble/hashes/esm/sha2.js
  var SHA256_K = /* @__PURE__ */ Uint32Array.from([
    1116352408,
    1899447441,
    3049323471,
    3921009573,
    961987163,
    1508970993,
    2453635748,
    2870763221,
    3624381080,
    310598401,
    607225278,
    1426881987,
    1925078388,
    2162078206,
    2614888103,
    3248222580,
    3835390401,
    4022224774,
    264347078,
    604807628,
    770255983,
    1249150122,
    1555081692,
    1996064986,
    2554220882,
    2821834349,
    2952996808,
    3210313671,
    3336571891,
    3584528711,
    113926993,
    338241895,
    666307205,
    773529912,
    1294757372,
    1396182291,
    1695183700,
    1986661051,
    2177026350,
    2456956037,
    2730485921,
    2820302411,
    3259730800,
    3345764771,
    3516065817,
    3600352804,
    4094571909,
    275423344,
    430227734,
    506948616,
    659060556,
    883997877,
    958139571,
    1322822218,
    1537002063,
    1747873779,
    1955562222,
    2024104815,
    2227730452,
    2361852424,
    2428436474,
    2756734187,
    3204031479,
    3329325298
  ]);
  var SHA256_W = /* @__PURE__ */ new Uint32Array(64);
  var SHA256 = class extends HashMD {
    constructor(outputLen = 32) {
      super(64, outputLen, 8, false);
      this.A = SHA256_IV[0] | 0;
      this.B = SHA256_IV[1] | 0;
      this.C = SHA256_IV[2] | 0;
      this.D = SHA256_IV[3] | 0;
      this.E = SHA256_IV[4] | 0;
      this.F = SHA256_IV[5] | 0;
      this.G = SHA256_IV[6] | 0;
      this.H = SHA256_IV[7] | 0;
    }
    get() {
      const { A, B, C, D, E, F, G, H } = this;
      return [A, B, C, D, E, F, G, H];
    }
    // prettier-ignore
    set(A, B, C, D, E, F, G, H) {
      this.A = A | 0;
      this.B = B | 0;
      this.C = C | 0;
      this.D = D | 0;
      this.E = E | 0;
      this.F = F | 0;
      this.G = G | 0;
      this.H = H | 0;
    }
    process(view, offset) {
      for (let i = 0; i < 16; i++, offset += 4)
        SHA256_W[i] = view.getUint32(offset, false);
      for (let i = 16; i < 64; i++) {
        const W15 = SHA256_W[i - 15];
        const W2 = SHA256_W[i - 2];
        const s0 = rotr(W15, 7) ^ rotr(W15, 18) ^ W15 >>> 3;
        const s1 = rotr(W2, 17) ^ rotr(W2, 19) ^ W2 >>> 10;
        SHA256_W[i] = s1 + SHA256_W[i - 7] + s0 + SHA256_W[i - 16] | 0;
      }
      let { A, B, C, D, E, F, G, H } = this;
      for (let i = 0; i < 64; i++) {
        const sigma1 = rotr(E, 6) ^ rotr(E, 11) ^ rotr(E, 25);
        const T1 = H + sigma1 + Chi(E, F, G) + SHA256_K[i] + SHA256_W[i] | 0;
        const sigma0 = rotr(A, 2) ^ rotr(A, 13) ^ rotr(A, 22);
        const T2 = sigma0 + Maj(A, B, C) | 0;
        H = G;
        G = F;
        F = E;
        E = D + T1 | 0;
        D = C;
        C = B;
        B = A;
        A = T1 + T2 | 0;
      }
      A = A + this.A | 0;
      B = B + this.B | 0;
      C = C + this.C | 0;
      D = D + this.D | 0;
      E = E + this.E | 0;
      F = F + this.F | 0;
      G = G + this.G | 0;
      H = H + this.H | 0;
      this.set(A, B, C, D, E, F, G, H);
    }
    roundClean() {
      clean(SHA256_W);
    }
    destroy() {
      this.set(0, 0, 0, 0, 0, 0, 0, 0);
      clean(this.buffer);
    }
  };
  var sha256 = /* @__PURE__ */ createHasher(() => new SHA256());

  // src/core/sha256.ts
  function sha256Hex(text) {
    return bytesToHex(sha256(utf8Bytes(text)));
  }
  function utf8Bytes(text) {
    const bytes = [];
    for (let i = 0; i < text.length; i += 1) {
      let code = text.charCodeAt(i);
      if (code >= 55296 && code <= 56319 && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 56320 && next <= 57343) {
          code = 65536 + (code - 55296 << 10) + (next - 56320);
          i += 1;
        }
      }
      if (code >= 55296 && code <= 57343) code = 65533;
      if (code < 128) bytes.push(code);
      else if (code < 2048) bytes.push(192 | code >> 6, 128 | code & 63);
      else if (code < 65536)
        bytes.push(224 | code >> 12, 128 | code >> 6 & 63, 128 | code & 63);
      else
        bytes.push(
          240 | code >> 18,
          128 | code >> 12 & 63,
          128 | code >> 6 & 63,
          128 | code & 63
        );
    }
    return Uint8Array.from(bytes);
  }

  // src/core/drift/reference-codec.ts
  var REFERENCE_FORMAT = "reference-sample/1";
  var compareLevels = (a, b) => {
    if (typeof a === "number" && typeof b === "number") return a - b;
    return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
  };
  function encodeReferenceSample(sample) {
    const encoded = {
      format: REFERENCE_FORMAT,
      seed: sample.seed,
      sourceRows: sample.sourceRows,
      rows: sample.rows,
      levels: {},
      columns: {}
    };
    for (const [column2, values] of Object.entries(sample.table)) {
      if (!values.some((value) => typeof value === "string")) {
        encoded.columns[column2] = values.map((value) => typeof value === "number" ? value : null);
        continue;
      }
      const levels = [...new Set(values.filter((value) => value !== null))].sort(compareLevels);
      const index = new Map(levels.map((level, position) => [level, position]));
      encoded.levels[column2] = levels;
      encoded.columns[column2] = values.map((value) => value === null ? null : index.get(value) ?? null);
    }
    return JSON.stringify(encoded);
  }
  var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
  function wholeNumber(value, name) {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0)
      throw new TypeError(`The reference sample's ${name} must be a whole number ≥ 0.`);
    return value;
  }
  function levelsOf(column2, raw) {
    if (raw === void 0) return void 0;
    if (Array.isArray(raw) && raw.every((level) => typeof level === "string" || typeof level === "number"))
      return raw;
    throw new TypeError(`The levels of reference column "${column2}" must be a list of texts or numbers.`);
  }
  function decodeColumn(column2, raw, levels, rows) {
    if (!Array.isArray(raw) || raw.length !== rows)
      throw new RangeError(`Reference column "${column2}" must be a list of ${rows} values.`);
    return raw.map((value) => {
      if (value === null) return null;
      if (typeof value !== "number" || !Number.isFinite(value))
        throw new TypeError(`Reference column "${column2}" holds a value that is neither a number nor blank.`);
      if (levels === void 0) return value;
      const level = levels[value];
      if (level === void 0)
        throw new RangeError(`Reference column "${column2}" points at level ${value}, which does not exist.`);
      return level;
    });
  }
  function decodeReferenceSample(text) {
    const parsed = JSON.parse(text);
    if (!isRecord(parsed) || parsed.format !== REFERENCE_FORMAT)
      throw new RangeError(`This is not a reference sample in the format ${REFERENCE_FORMAT}.`);
    const rows = wholeNumber(parsed.rows, "row count");
    const levels = isRecord(parsed.levels) ? parsed.levels : {};
    if (!isRecord(parsed.columns)) throw new TypeError("The reference sample's columns must be an object.");
    const table = {};
    for (const [column2, raw] of Object.entries(parsed.columns))
      table[column2] = decodeColumn(column2, raw, levelsOf(column2, levels[column2]), rows);
    const seed = parsed.seed;
    if (typeof seed !== "number") throw new TypeError("The reference sample's seed must be a number.");
    return {
      seed,
      sourceRows: wholeNumber(parsed.sourceRows, "source row count"),
      rows,
      table
    };
  }

  // src/core/model/model-schema.ts
  var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
  var isFiniteNumber = (value) => typeof value === "number" && Number.isFinite(value);
  var TRANSFORMS = ["linear", "log1p", "positive"];
  function featureProblem(feature, index, coefficients) {
    const at = `feature ${index + 1}`;
    if (!isObject(feature)) return `${at} is not an object`;
    const { name, attribute, level, transform, center, scale: scale2 } = feature;
    if (typeof name !== "string" || name === "") return `${at} has no name`;
    if (typeof attribute !== "string") return `feature "${name}" names no attribute`;
    try {
      attributeNamed(attribute);
    } catch {
      return `feature "${name}" reads "${attribute}", which is not a column PassCompass knows`;
    }
    if (level === void 0 ? !TRANSFORMS.includes(transform) : typeof level !== "string")
      return `feature "${name}" has neither a category level nor a known transform`;
    if (!isFiniteNumber(center)) return `feature "${name}" has no centre`;
    if (!isFiniteNumber(scale2) || !(scale2 > 0)) return `feature "${name}" has no positive scale`;
    if (!isFiniteNumber(coefficients[name])) return `feature "${name}" has no coefficient`;
    return null;
  }
  function readModel(text) {
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      return "is not valid JSON";
    }
    if (!isObject(parsed)) return `is ${JSON.stringify(parsed)?.slice(0, 20) ?? "nothing"}, not a model`;
    const { kind, version, predicts, intercept, coefficients, encoding, training } = parsed;
    if (kind !== "logistic-regression" || version !== 1 || predicts !== "P(fail)")
      return "is not a PassCompass model (kind logistic-regression, version 1, predicting P(fail))";
    if (!isFiniteNumber(intercept)) return "has no intercept";
    if (!isObject(coefficients)) return "has no coefficients";
    if (!isObject(encoding) || encoding["version"] !== 1 || !Array.isArray(encoding["features"]))
      return "has no encoding of its features";
    const features = encoding["features"];
    if (features.length === 0) return "has no features";
    for (const [index, feature] of features.entries()) {
      const problem = featureProblem(feature, index, coefficients);
      if (problem) return `has a damaged encoding: ${problem}`;
    }
    const references = encoding["references"];
    if (!isObject(references) || !Object.values(references).every((r) => typeof r === "string"))
      return "has a damaged encoding: its reference levels are not texts";
    const dropped = encoding["dropped"];
    if (!Array.isArray(dropped) || !dropped.every((d) => typeof d === "string"))
      return "has a damaged encoding: its list of dropped features is not a list of texts";
    if (!isObject(training) || !(Number.isInteger(training["steps"]) && training["steps"] >= 1) || !(isFiniteNumber(training["learningRate"]) && training["learningRate"] > 0) || !isFiniteNumber(training["appliedRate"]) || !(Number.isInteger(training["rows"]) && training["rows"] >= 1) || !(Number.isInteger(training["failures"]) && training["failures"] >= 0))
      return "has damaged training settings";
    return parsed;
  }
  function momentOfModel(model) {
    const readsG1 = model.encoding.features.some((feature) => feature.attribute === "G1") || model.encoding.dropped.some((name) => name === "G1" || name.startsWith("G1>"));
    return readsG1 ? "mid" : "early";
  }

  // src/core/model/metrics.ts
  var ratio = (a, b) => b === 0 ? Number.NaN : a / b;
  function assertScoredLabels(scores, labels) {
    if (scores.length !== labels.length) {
      throw new RangeError(`${scores.length} scores but ${labels.length} labels.`);
    }
    labels.forEach((label3, i) => {
      if (label3 !== 0 && label3 !== 1) throw new RangeError(`Label ${i} is ${label3}; labels must be 0 or 1.`);
    });
  }
  function rankByScoreDescending(scores) {
    const order2 = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
    const groupEnd = new Array(order2.length);
    for (let start = 0; start < order2.length; ) {
      let end = start + 1;
      while (end < order2.length && scores[order2[end]] === scores[order2[start]]) end += 1;
      groupEnd.fill(end, start, end);
      start = end;
    }
    return { order: order2, groupEnd };
  }
  function rocAuc(scores, labels) {
    assertScoredLabels(scores, labels);
    const { order: order2, groupEnd } = rankByScoreDescending(scores);
    const positives = labels.reduce((sum3, label3) => sum3 + label3, 0);
    const negatives = labels.length - positives;
    let positiveRankSum = 0;
    for (let start = 0; start < order2.length; start = groupEnd[start]) {
      const end = groupEnd[start];
      const midrank = labels.length - (start + end - 1) / 2;
      for (let i = start; i < end; i += 1) positiveRankSum += labels[order2[i]] * midrank;
    }
    return ratio(positiveRankSum - positives * (positives + 1) / 2, positives * negatives);
  }
  function confusionAt(scores, labels, threshold) {
    assertScoredLabels(scores, labels);
    let tp = 0;
    let fp = 0;
    let tn = 0;
    let fn = 0;
    scores.forEach((score3, i) => {
      const flagged = score3 >= threshold;
      if (labels[i] === 1) {
        if (flagged) tp += 1;
        else fn += 1;
      } else if (flagged) fp += 1;
      else tn += 1;
    });
    return { tp, fp, tn, fn };
  }
  function metricsAtThreshold(scores, labels, threshold) {
    const c = confusionAt(scores, labels, threshold);
    return {
      ...c,
      threshold,
      accuracy: ratio(c.tp + c.tn, scores.length),
      precision: ratio(c.tp, c.tp + c.fp),
      recall: ratio(c.tp, c.tp + c.fn),
      f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn)
    };
  }
  function brierScore(scores, labels) {
    assertScoredLabels(scores, labels);
    let sum3 = 0;
    scores.forEach((score3, i) => sum3 += (score3 - labels[i]) ** 2);
    return ratio(sum3, scores.length);
  }
  function topKMetrics(scores, labels, k) {
    assertScoredLabels(scores, labels);
    if (!Number.isInteger(k) || k < 1)
      throw new RangeError(`K must be a whole number of at least 1, not ${k}.`);
    const used = Math.min(k, scores.length);
    const { order: order2, groupEnd } = rankByScoreDescending(scores);
    let caught = 0;
    for (let start = 0; start < used; start = groupEnd[start]) {
      const end = groupEnd[start];
      let failed = 0;
      for (let i = start; i < end; i += 1) failed += labels[order2[i]];
      caught += failed * (Math.min(end, used) - start) / (end - start);
    }
    const positives = labels.reduce((sum3, label3) => sum3 + label3, 0);
    return { k: used, caught, recall: ratio(caught, positives), precision: ratio(caught, used) };
  }

  // src/core/scoring/tiers.ts
  var isProbability = (x) => Number.isFinite(x) && x >= 0 && x <= 1;
  function assertTierRule(rule) {
    if (!isProbability(rule.mediumFrom)) {
      throw new RangeError(`The Medium tier must start at a probability in [0, 1], not ${rule.mediumFrom}.`);
    }
    if (rule.kind === "capacity") {
      if (!Number.isInteger(rule.capacity) || rule.capacity < 0) {
        throw new RangeError(`The capacity must be a whole number of at least 0, not ${rule.capacity}.`);
      }
      return;
    }
    if (!isProbability(rule.highFrom)) {
      throw new RangeError(`The High tier must start at a probability in [0, 1], not ${rule.highFrom}.`);
    }
    if (rule.mediumFrom > rule.highFrom) {
      throw new RangeError(
        `The Medium tier (from ${rule.mediumFrom}) cannot start above the High tier (from ${rule.highFrom}).`
      );
    }
  }
  var belowHigh = (risk2, mediumFrom) => risk2 >= mediumFrom ? "Medium" : "Low";
  function tierAssignment(risks, rule) {
    assertTierRule(rule);
    risks.forEach((risk2, row) => {
      if (risk2 !== null && !isProbability(risk2)) {
        throw new RangeError(`Row ${row + 1} has risk ${risk2}; a risk must be a probability in [0, 1].`);
      }
    });
    if (rule.kind === "thresholds") {
      const tiers2 = risks.map(
        (risk2) => risk2 === null ? null : risk2 >= rule.highFrom ? "High" : belowHigh(risk2, rule.mediumFrom)
      );
      return { tiers: tiers2, tie: null };
    }
    const scored = [];
    risks.forEach((risk2, row) => {
      if (risk2 !== null) scored.push(row);
    });
    scored.sort((a, b) => risks[b] - risks[a] || a - b);
    let cut2 = Math.min(rule.capacity, scored.length);
    let tie = null;
    const riskAt = (position) => risks[scored[position]];
    if (cut2 > 0 && cut2 < scored.length && riskAt(cut2 - 1) === riskAt(cut2)) {
      const shared = riskAt(cut2);
      let start = cut2;
      while (start > 0 && riskAt(start - 1) === shared) start -= 1;
      let end = cut2;
      while (end < scored.length && riskAt(end) === shared) end += 1;
      tie = { risk: shared, students: end - start, placesLeft: cut2 - start };
      cut2 = start;
    }
    const high = new Set(scored.slice(0, cut2));
    const tiers = risks.map(
      (risk2, row) => risk2 === null ? null : high.has(row) ? "High" : belowHigh(risk2, rule.mediumFrom)
    );
    return { tiers, tie };
  }

  // src/core/scoring/catch-curve.ts
  var CATCH_CURVE_POINTS = 101;
  var round4 = (x) => Math.round(x * 1e4) / 1e4;
  function catchCurve(outOfFold2, labels) {
    assertScoredLabels(outOfFold2, labels);
    outOfFold2.forEach((risk3, row) => {
      if (!(risk3 >= 0 && risk3 <= 1)) throw new RangeError(`Row ${row + 1} has risk ${risk3}, not in [0, 1].`);
    });
    const rows = outOfFold2.length;
    const failures = labels.reduce((sum3, label3) => sum3 + label3, 0);
    const zeros = new Array(CATCH_CURVE_POINTS).fill(0);
    if (failures === 0) return { byShare: zeros, byThreshold: [...zeros], failRate: 0, rows };
    const order2 = outOfFold2.map((_, i) => i).sort((a, b) => outOfFold2[b] - outOfFold2[a]);
    const risk2 = (position) => outOfFold2[order2[position]];
    const failed = (position) => labels[order2[position]];
    const byShare = [];
    let start = 0;
    let end = 0;
    let before = 0;
    let inRun = 0;
    for (let i = 0; i < CATCH_CURVE_POINTS; i += 1) {
      const cut2 = i * rows / 100;
      while (end < rows && end <= cut2) {
        before += inRun;
        start = end;
        inRun = 0;
        while (end < rows && risk2(end) === risk2(start)) inRun += failed(end++);
      }
      const caught2 = before + inRun * (Math.min(cut2, end) - start) / (end - start);
      byShare.push(round4(caught2 / failures));
    }
    const byThreshold = new Array(CATCH_CURVE_POINTS);
    let flagged = 0;
    let caught = 0;
    for (let i = CATCH_CURVE_POINTS - 1; i >= 0; i -= 1) {
      while (flagged < rows && risk2(flagged) >= i / 100) caught += failed(flagged++);
      byThreshold[i] = round4(caught / failures);
    }
    return { byShare, byThreshold, failRate: round4(failures / rows), rows };
  }
  function assertCatchCurve(curve) {
    for (const [name, points] of [
      ["byShare", curve.byShare],
      ["byThreshold", curve.byThreshold]
    ]) {
      if (!Array.isArray(points) || points.length !== CATCH_CURVE_POINTS || !points.every((p) => typeof p === "number" && p >= 0 && p <= 1)) {
        throw new RangeError(`The catch curve's ${name} must hold ${CATCH_CURVE_POINTS} numbers in [0, 1].`);
      }
    }
  }
  function readCatchCurve(value) {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return "is not a catch curve (a JSON object with byShare, byThreshold, failRate and rows)";
    const { byShare, byThreshold, failRate, rows } = value;
    for (const [name, points] of [
      ["byShare", byShare],
      ["byThreshold", byThreshold]
    ]) {
      if (!Array.isArray(points) || points.length !== CATCH_CURVE_POINTS || !points.every((p) => typeof p === "number" && p >= 0 && p <= 1))
        return `must hold ${CATCH_CURVE_POINTS} numbers from 0 to 1 in ${name}`;
    }
    if (typeof failRate !== "number" || !(failRate >= 0 && failRate <= 1))
      return "must hold a fail rate from 0 to 1";
    if (typeof rows !== "number" || !Number.isInteger(rows) || rows < 0)
      return "must hold a row count (a whole number)";
    return {
      byShare,
      byThreshold,
      failRate,
      rows
    };
  }
  function interpolate(points, x) {
    const at = Math.round(x * 1e9) / 1e9;
    const lo = Math.floor(at);
    const low = points[lo];
    return lo >= 100 ? low : low + (at - lo) * (points[lo + 1] - low);
  }
  function expectedCatch(curve, rule, scoredRows) {
    assertTierRule(rule);
    assertCatchCurve(curve);
    if (!Number.isInteger(scoredRows) || scoredRows < 0) {
      throw new RangeError(
        `The number of scored rows must be a whole number of at least 0, not ${scoredRows}.`
      );
    }
    if (curve.byShare[100] !== 1) return Number.NaN;
    if (rule.kind === "thresholds") return interpolate(curve.byThreshold, rule.highFrom * 100);
    if (scoredRows === 0) return Number.NaN;
    return interpolate(curve.byShare, Math.min(rule.capacity / scoredRows, 1) * 100);
  }

  // src/core/registry/model-version.ts
  var CELL_CHARACTER_LIMIT = 5e4;
  var VERSION_HEADER = [
    "Version",
    "Created",
    "Experiment",
    "Data fingerprint",
    "Rows",
    "Mode",
    "Features",
    "CV ROC AUC",
    "CV Brier",
    "Threshold",
    "Metrics (JSON)",
    "Model (JSON)",
    "Checksum (SHA-256)",
    "Status",
    "Catch curve (JSON)",
    "Reference sample (JSON)"
  ];
  var STATUS_COLUMN = VERSION_HEADER.indexOf("Status");
  function metricsText(metrics) {
    return JSON.stringify(metrics);
  }
  function catchCurveText(curve) {
    return curve === null ? "" : JSON.stringify(curve);
  }
  function featuresText(features) {
    return features.join(", ");
  }
  function displayMetric(value) {
    return value === void 0 || !Number.isFinite(value) ? "" : value;
  }
  function versionToRow(v) {
    if (v.modelJson.length > CELL_CHARACTER_LIMIT) {
      throw new RangeError(
        `Model version ${v.version} is ${v.modelJson.length} characters of JSON, over the ${CELL_CHARACTER_LIMIT}-character cell limit.`
      );
    }
    return [
      v.version,
      // A Date, not the ISO text: Sheets would otherwise guess at the text's meaning.
      new Date(v.createdAt),
      v.experimentId,
      v.dataFingerprint,
      v.rows,
      v.mode,
      featuresText(v.features),
      displayMetric(v.metrics["auc"]),
      displayMetric(v.metrics["brier"]),
      v.threshold,
      metricsText(v.metrics),
      v.modelJson,
      v.checksum,
      v.status,
      catchCurveText(v.catchCurve),
      v.referenceSample
    ];
  }
  var isWhole = (x, min2) => typeof x === "number" && Number.isInteger(x) && x >= min2;
  function describeCell(value) {
    if (value === "" || value === null || value === void 0) return "blank";
    if (isDate(value)) return Number.isNaN(value.getTime()) ? "not a valid date" : value.toISOString();
    if (typeof value === "string") return `"${value.length > 40 ? `${value.slice(0, 37)}…` : value}"`;
    return String(value);
  }
  var isDate = (value) => Object.prototype.toString.call(value) === "[object Date]";
  function timeOf(value) {
    if (isDate(value)) return Number.isNaN(value.getTime()) ? null : value.toISOString();
    if (typeof value === "string" && value.trim() !== "") {
      const ms = Date.parse(value);
      return Number.isNaN(ms) ? null : new Date(ms).toISOString();
    }
    return null;
  }
  function readMetrics(text) {
    if (typeof text !== "string" || text.trim() === "") return "is blank, not the JSON of the metrics";
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      return "is not valid JSON";
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
      return "is not a JSON object of metrics";
    const metrics = {};
    for (const [name, value] of Object.entries(parsed)) {
      if (value === null) metrics[name] = Number.NaN;
      else if (typeof value === "number" && Number.isFinite(value)) metrics[name] = value;
      else return `holds ${JSON.stringify(value)} for "${name}", not a number`;
    }
    return metrics;
  }
  function readCatchCurveCell(text) {
    if (text === void 0 || text === "") return null;
    if (typeof text !== "string") return "is not JSON text";
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      return "is not valid JSON";
    }
    return readCatchCurve(parsed);
  }
  function versionFromRow(row) {
    const [
      version,
      createdAt,
      experimentId,
      dataFingerprint,
      rows,
      mode,
      features,
      aucCell,
      brierCell,
      threshold,
      metrics,
      modelJson,
      checksum,
      status,
      catchCurveJson,
      referenceSample
    ] = row;
    const wrong = (column2, problem) => ({
      column: column2,
      problem
    });
    if (!isWhole(version, 1))
      return wrong("Version", `is ${describeCell(version)}, not a version number (a whole number from 1)`);
    const created = timeOf(createdAt);
    if (created === null) return wrong("Created", `is ${describeCell(createdAt)}, not a time`);
    if (typeof experimentId !== "string" || experimentId.trim() === "")
      return wrong("Experiment", `is ${describeCell(experimentId)}, not a run id`);
    if (typeof dataFingerprint !== "string" || dataFingerprint.trim() === "")
      return wrong("Data fingerprint", `is ${describeCell(dataFingerprint)}, not a fingerprint`);
    if (!isWhole(rows, 1))
      return wrong("Rows", `is ${describeCell(rows)}, not a number of students (a whole number from 1)`);
    if (mode !== "early" && mode !== "mid") return wrong("Mode", `is ${describeCell(mode)}, not early or mid`);
    if (typeof features !== "string" || features.trim() === "")
      return wrong("Features", `is ${describeCell(features)}, not a list of features`);
    for (const [column2, cell] of [
      ["CV ROC AUC", aucCell],
      ["CV Brier", brierCell]
    ]) {
      if (cell !== "" && cell !== void 0 && typeof cell !== "number")
        return wrong(column2, `is ${describeCell(cell)}, not a number`);
    }
    if (typeof threshold !== "number" || !(threshold >= 0 && threshold <= 1))
      return wrong("Threshold", `is ${describeCell(threshold)}, not a probability from 0 to 1`);
    const parsedMetrics = readMetrics(metrics);
    if (typeof parsedMetrics === "string") return wrong("Metrics (JSON)", parsedMetrics);
    if (typeof modelJson !== "string" || modelJson.trim() === "")
      return wrong("Model (JSON)", `is ${describeCell(modelJson)}, not the JSON of a model`);
    if (modelJson.length > CELL_CHARACTER_LIMIT)
      return wrong("Model (JSON)", `is over the ${CELL_CHARACTER_LIMIT}-character cell limit`);
    if (typeof checksum !== "string" || !/^[0-9a-f]{64}$/i.test(checksum.trim()))
      return wrong(
        "Checksum (SHA-256)",
        `is ${describeCell(checksum)}, not a SHA-256 checksum (64 hex digits)`
      );
    const curve = readCatchCurveCell(catchCurveJson);
    if (typeof curve === "string") return wrong("Catch curve (JSON)", curve);
    if (referenceSample !== void 0 && typeof referenceSample !== "string")
      return wrong("Reference sample (JSON)", `is ${describeCell(referenceSample)}, not JSON text`);
    return {
      version,
      createdAt: created,
      experimentId,
      dataFingerprint,
      rows,
      mode,
      features: features.split(",").map((f) => f.trim()).filter(Boolean),
      metrics: parsedMetrics,
      threshold,
      modelJson,
      checksum: checksum.trim().toLowerCase(),
      status: typeof status === "string" ? status : String(status ?? ""),
      catchCurve: curve,
      referenceSample: referenceSample ?? ""
    };
  }
  function isBlankRow(row) {
    return row.every((cell) => cell === "" || cell === null || cell === void 0);
  }

  // src/core/registry/aliases.ts
  var ALIAS_HEADER = ["Time", "Alias", "From version", "To version", "Moved by", "Reason"];
  function aliasMoveToRow(move) {
    return [new Date(move.at), move.alias, move.from ?? "", move.to ?? "", move.by, move.reason];
  }
  var MOVED_BY = ["set by training", "promote", "roll back"];
  var EARLIER_MOVED_BY = ["training gate"];
  var SET_BY_TRAINING = "set by training";
  function aliasMoveFromRow(row) {
    if (isBlankRow(row)) return null;
    const [at, alias, from, to, by, reason] = row;
    const time = timeOf(at);
    if (time === null) return { column: "Time", problem: `is ${describeCell(at)}, not a time` };
    if (alias !== "champion" && alias !== "challenger")
      return { column: "Alias", problem: `is ${describeCell(alias)}, not champion or challenger` };
    const version = (v) => v === "" || v === void 0 || v === null ? null : typeof v === "number" && Number.isInteger(v) && v >= 1 ? v : void 0;
    const fromVersion = version(from);
    if (fromVersion === void 0)
      return { column: "From version", problem: `is ${describeCell(from)}, not a version number or blank` };
    const toVersion = version(to);
    if (toVersion === void 0)
      return { column: "To version", problem: `is ${describeCell(to)}, not a version number or blank` };
    if (typeof by !== "string" || !(MOVED_BY.includes(by) || EARLIER_MOVED_BY.includes(by)))
      return { column: "Moved by", problem: `is ${describeCell(by)}, not one of ${MOVED_BY.join(", ")}` };
    return {
      at: time,
      alias,
      from: fromVersion,
      to: toVersion,
      by,
      reason: reason === void 0 || reason === null ? "" : String(reason)
    };
  }
  function isAliasMove(read) {
    return read !== null && "alias" in read;
  }
  function currentAliases(history) {
    const current = { champion: null, challenger: null };
    for (const move of history) current[move.alias] = move.to;
    return current;
  }
  function statusOf(version, aliases) {
    if (aliases.champion === version) return "champion";
    if (aliases.challenger === version) return "challenger";
    return "archived";
  }
  function rollBackTarget(history) {
    const stack = [];
    for (const move of history) {
      if (move.alias !== "champion" || move.to === null) continue;
      if (move.by === ROLL_BACK) stack.pop();
      else stack.push(move.to);
    }
    return stack.length >= 2 ? stack[stack.length - 2] : null;
  }
  var ROLL_BACK = "roll back";

  // src/core/registry/integrity.ts
  var TamperedVersionError = class extends Error {
    constructor(version, why) {
      super(
        `Model version ${version} was not loaded: ${why}. Roll back to an earlier version or train a new one.`
      );
      this.version = version;
      this.why = why;
      this.name = "TamperedVersionError";
    }
  };
  var CANONICAL_FORMAT = "passcompass-version/2";
  function canonicalVersionText(v) {
    return JSON.stringify([
      CANONICAL_FORMAT,
      v.version,
      v.experimentId,
      v.dataFingerprint,
      v.rows,
      v.mode,
      featuresText(v.features),
      metricsText(v.metrics),
      v.threshold,
      v.modelJson,
      catchCurveText(v.catchCurve),
      v.referenceSample
    ]);
  }
  function versionChecksum(v, sha256Hex2) {
    return sha256Hex2(canonicalVersionText(v));
  }
  function verifyChecksum(version, sha256Hex2) {
    const stored = version.checksum.trim().toLowerCase();
    if (versionChecksum(version, sha256Hex2) === stored) return "all";
    if (sha256Hex2(version.modelJson) === stored) return "model";
    throw new TamperedVersionError(
      version.version,
      "its row no longer matches its checksum: a cell the checksum covers was changed (model JSON, mode, features, metrics, threshold, catch curve, reference sample, rows, fingerprint or version number)"
    );
  }
  function trustOfLegacyVersion(version, facts, sheetRow) {
    const where = `Versions row ${sheetRow}`;
    const notes2 = [
      `Model version ${version.version} (${where}) was recorded by an earlier PassCompass, whose checksum covers only its model JSON: its metrics, threshold, catch curve and reference sample cannot be verified, so its AUC is never used to replace a champion automatically and no share of failures caught is promised from it. Train a new version to have every field checked.`
    ];
    const replaced = [];
    if (version.mode !== facts.mode)
      replaced.push(`Mode reads "${version.mode}" but the model is ${facts.mode}-term`);
    if (featuresText(version.features) !== featuresText(facts.features))
      replaced.push("Features do not list the features of the model");
    if (version.rows !== facts.rows)
      replaced.push(`Rows reads ${version.rows} but the model was trained on ${facts.rows}`);
    if (replaced.length > 0)
      notes2.push(`${where}: ${replaced.join("; ")}. PassCompass uses what the model JSON says.`);
    return {
      version: {
        ...version,
        mode: facts.mode,
        features: facts.features,
        rows: facts.rows,
        catchCurve: null,
        checksumCovers: "model"
      },
      notes: notes2
    };
  }
  function nextVersionNumber(versions, history, experimentVersions = []) {
    const seen = [...versions, ...experimentVersions];
    for (const move of history) {
      if (move.from !== null) seen.push(move.from);
      if (move.to !== null) seen.push(move.to);
    }
    return seen.reduce((max2, v) => Math.max(max2, v), 0) + 1;
  }

  // src/jobs/registry.ts
  var VERSIONS_SHEET = "Versions";
  var ALIASES_SHEET = "Aliases";
  var AUC_COLUMN = VERSION_HEADER.indexOf("CV ROC AUC");
  var BRIER_COLUMN = VERSION_HEADER.indexOf("CV Brier");
  var named = (version) => version === null ? "no version" : `version ${version}`;
  var Registry = class _Registry {
    constructor(sheets, digests2, versionRows, aliasRows) {
      this.sheets = sheets;
      this.digests = digests2;
      this.versionRows = versionRows;
      /** Problems found in the sheets, one sentence each, naming sheet, row and column and what is used instead. */
      this.problems = [];
      this.sheetRows = versionRows.map((_, i) => i + 2);
      this.versions = versionRows.map((row, i) => {
        const parsed = versionFromRow(row);
        if (!("problem" in parsed)) return parsed;
        const claims = typeof row[0] === "number" && Number.isInteger(row[0]) ? row[0] : null;
        return { ...parsed, row: i + 2, claims };
      });
      this.history = [];
      const ignored = [];
      aliasRows.forEach((row, i) => {
        const read = aliasMoveFromRow(row);
        if (isAliasMove(read)) this.history.push(read);
        else if (read !== null) ignored.push(`Aliases row ${i + 2}: "${read.column}" ${read.problem}`);
      });
      const aliases = this.aliases();
      if (ignored.length > 0) {
        this.problems.push(
          `${ignored.join("; ")}. ${ignored.length === 1 ? "That row is" : "Those rows are"} ignored: from the other rows, the champion is ${named(aliases.champion)} and the challenger ${named(aliases.challenger)}.`
        );
      }
      this.versions.forEach((v, i) => {
        if ("problem" in v && !isBlankRow(versionRows[i] ?? [])) {
          this.problems.push(
            `Versions row ${v.row}: "${v.column}" ${v.problem}, so the row is not a version and is never loaded.`
          );
        }
      });
      this.checkStatusMirror(aliases);
    }
    /** Reads both sheets (one read each). */
    static read(sheets, digests2) {
      return new _Registry(sheets, digests2, sheets.versions.rows(), sheets.aliases.rows());
    }
    aliases() {
      return currentAliases(this.history);
    }
    nextVersion(experimentVersions = []) {
      const numbers = this.versions.flatMap((v) => "version" in v ? [v.version] : []);
      return nextVersionNumber(numbers, this.history, experimentVersions);
    }
    /**
     * The version, checked: its row well formed, its checksum matching (`verifyChecksum`), its model JSON a model
     * of the mode and features the row names, its reference sample readable. A row whose checksum covers only the
     * model JSON (written by an earlier PassCompass) is made safe with `trustOfLegacyVersion`, and the notes go to
     * `problems`. Throws `TamperedVersionError`, naming the row and column, when the version cannot be used.
     */
    load(version) {
      const matches = this.versions.map((v2, i) => ({ v: v2, row: this.sheetRows[i] })).filter(({ v: v2 }) => "version" in v2 && v2.version === version);
      if (matches.length === 0) {
        const unreadable = this.versions.filter((v2) => "problem" in v2);
        const own2 = unreadable.find((u) => u.claims === version);
        throw new TamperedVersionError(
          version,
          own2 ? `Versions row ${own2.row}, "${own2.column}" ${own2.problem}` : unreadable.length > 0 ? `no readable row of the Versions sheet holds it (${unreadable.map((u) => `row ${u.row}: "${u.column}" ${u.problem}`).join("; ")})` : "its row is missing from the Versions sheet"
        );
      }
      if (matches.length > 1) {
        throw new TamperedVersionError(
          version,
          `rows ${matches.map((m) => m.row).join(" and ")} of the Versions sheet both claim it; delete the copy`
        );
      }
      const { v, row } = matches[0];
      const where = `Versions row ${row}`;
      let covers;
      try {
        covers = verifyChecksum(v, (text) => this.digests.sha256Hex(text));
      } catch (error) {
        if (error instanceof TamperedVersionError)
          throw new TamperedVersionError(version, `${where}: ${error.why}`);
        throw error;
      }
      const model = readModel(v.modelJson);
      if (typeof model === "string")
        throw new TamperedVersionError(version, `${where}, "Model (JSON)" ${model}`);
      const facts = {
        mode: momentOfModel(model),
        features: model.encoding.features.map((f) => f.name),
        rows: model.training.rows
      };
      let loaded;
      if (covers === "model") {
        const legacy = trustOfLegacyVersion(v, facts, row);
        this.note(...legacy.notes);
        loaded = legacy.version;
      } else {
        const disagree = v.mode !== facts.mode ? `"Mode" says ${v.mode} but its model is ${facts.mode}-term` : featuresText(v.features) !== featuresText(facts.features) ? '"Features" does not list the features of its model' : v.rows !== facts.rows ? `"Rows" says ${v.rows} but its model was trained on ${facts.rows}` : null;
        if (disagree) throw new TamperedVersionError(version, `${where}: ${disagree}`);
        loaded = { ...v, checksumCovers: "all" };
        this.checkDisplayCells(loaded, row);
      }
      if (loaded.referenceSample !== "") {
        try {
          decodeReferenceSample(loaded.referenceSample);
        } catch (error) {
          const why = error instanceof Error ? error.message : String(error);
          if (covers === "all")
            throw new TamperedVersionError(version, `${where}, "Reference sample (JSON)" is damaged: ${why}`);
          this.note(
            `${where}, "Reference sample (JSON)" is damaged (${why}); monitoring has no training rows to compare with for this version.`
          );
          loaded = { ...loaded, referenceSample: "" };
        }
      }
      return loaded;
    }
    /** The champion, checked; null when there is none yet. Throws as `load` does. */
    champion() {
      const number = this.aliases().champion;
      return number === null ? null : this.load(number);
    }
    /** The champion for the promotion gate: loaded, or which version could not be loaded and why, or null. */
    championForGate() {
      try {
        return this.champion();
      } catch (error) {
        if (!(error instanceof TamperedVersionError)) throw error;
        return { version: error.version, unusable: error.why };
      }
    }
    /**
     * Writes a new version (if any) and alias moves: appends the moves to Aliases, and rewrites Versions in one
     * write so that every row's Status mirrors the aliases after the moves.
     */
    commit(added, moves) {
      this.history.push(...moves);
      if (added) {
        this.versions.push(added);
        this.sheetRows.push(this.versions.length + 1);
      }
      const aliases = this.aliases();
      const rows = this.versions.map(
        (v, i) => "version" in v ? versionToRow({ ...v, status: statusOf(v.version, aliases) }) : this.versionRows[i] ?? []
      );
      if (moves.length > 0) this.sheets.aliases.append(moves.map(aliasMoveToRow));
      this.sheets.versions.rewrite(rows);
    }
    note(...notes2) {
      for (const note of notes2) if (!this.problems.includes(note)) this.problems.push(note);
    }
    /** Reports Status cells that disagree with the Aliases history, which decides. */
    checkStatusMirror(aliases) {
      const wrong = [];
      this.versions.forEach((v, i) => {
        if (!("version" in v)) return;
        const says = v.status.trim().toLowerCase();
        const is = statusOf(v.version, aliases);
        if (says !== is)
          wrong.push(`row ${this.sheetRows[i]} says ${says === "" ? "nothing" : `"${says}"`} for ${is}`);
      });
      if (wrong.length === 0) return;
      this.problems.push(
        `Versions: the Status column disagrees with the Aliases history (${wrong.join("; ")}). The Aliases decide: the champion is ${named(aliases.champion)} and the challenger ${named(aliases.challenger)}; the Status column is rewritten to match at the next Train model, Promote or Roll back.`
      );
    }
    /** Notes display cells (CV ROC AUC, CV Brier) that differ from the checksummed metrics they copy. */
    checkDisplayCells(v, row) {
      const cells = this.versionRows[row - 2] ?? [];
      for (const [column2, metric] of [
        [AUC_COLUMN, "auc"],
        [BRIER_COLUMN, "brier"]
      ]) {
        const cell = cells[column2];
        const value = v.metrics[metric];
        if (cell === "" || cell === void 0 || value === void 0 || !Number.isFinite(value)) continue;
        if (cell !== value) {
          this.note(
            `Versions row ${row}, "${VERSION_HEADER[column2]}" reads ${String(cell)}, but the metrics its checksum covers say ${value}; PassCompass uses ${value}, and the cell is rewritten at the next change.`
          );
        }
      }
    }
  };

  // src/core/scoring/scoreability.ts
  var MAX_IMPUTED_BLANKS = 3;
  var NAMED_BLANKS = 3;
  function modelAttributes(model) {
    return [...new Set(model.encoding.features.map((feature) => feature.attribute))];
  }
  var label = (name) => attributeNamed(name).label;
  var listed = (items) => items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
  function scoreability(model, record) {
    const attributes = modelAttributes(model).map(attributeNamed);
    const blanks = attributes.filter(({ name }) => isBlank(record[name])).map(({ name }) => name);
    const grades = blanks.filter((name) => GRADE_ATTRIBUTES.includes(name));
    if (grades.length > 0) {
      const names = grades.map((name) => `${label(name)} (${name})`);
      return { ok: false, why: `Not scored: ${listed(names)} ${grades.length === 1 ? "is" : "are"} blank.` };
    }
    if (blanks.length > MAX_IMPUTED_BLANKS) {
      const named3 = blanks.slice(0, NAMED_BLANKS).map(label);
      const more = blanks.length > NAMED_BLANKS ? ", …" : "";
      return { ok: false, why: `Not scored: ${blanks.length} values are blank (${named3.join(", ")}${more}).` };
    }
    for (const attribute of attributes) {
      const value = record[attribute.name];
      if (isBlank(value) || isCategorical(attribute)) continue;
      if (!Number.isFinite(typeof value === "number" ? value : Number(String(value).trim()))) {
        return {
          ok: false,
          why: `Not scored: ${attribute.label} should be a number but holds "${String(value)}".`
        };
      }
    }
    return { ok: true, blanks };
  }
  function imputedNote(blanks) {
    return blanks.length === 0 ? "" : `Blank, counted as average: ${blanks.map(label).join(", ")}.`;
  }

  // node_modules/simple-statistics/dist/simple-statistics.mjs
  function sum(x) {
    if (x.length === 0) {
      return 0;
    }
    var sum3 = x[0];
    var correction = 0;
    var transition;
    if (typeof sum3 !== "number") {
      return Number.NaN;
    }
    for (var i = 1; i < x.length; i++) {
      if (typeof x[i] !== "number") {
        return Number.NaN;
      }
      transition = sum3 + x[i];
      if (Math.abs(sum3) >= Math.abs(x[i])) {
        correction += sum3 - transition + x[i];
      } else {
        correction += x[i] - transition + sum3;
      }
      sum3 = transition;
    }
    return sum3 + correction;
  }
  function mean(x) {
    if (x.length === 0) {
      throw new Error("mean requires at least one data point");
    }
    return sum(x) / x.length;
  }
  function sumNthPowerDeviations(x, n) {
    var meanValue = mean(x);
    var sum3 = 0;
    var tempValue;
    var i;
    if (n === 2) {
      for (i = 0; i < x.length; i++) {
        tempValue = x[i] - meanValue;
        sum3 += tempValue * tempValue;
      }
    } else {
      for (i = 0; i < x.length; i++) {
        sum3 += Math.pow(x[i] - meanValue, n);
      }
    }
    return sum3;
  }
  function sampleVariance(x) {
    if (x.length < 2) {
      throw new Error("sampleVariance requires at least two data points");
    }
    var sumSquaredDeviationsValue = sumNthPowerDeviations(x, 2);
    var besselsCorrection = x.length - 1;
    return sumSquaredDeviationsValue / besselsCorrection;
  }
  function sampleStandardDeviation(x) {
    var sampleVarianceX = sampleVariance(x);
    return Math.sqrt(sampleVarianceX);
  }
  function max(x) {
    if (x.length === 0) {
      throw new Error("max requires at least one data point");
    }
    var value = x[0];
    for (var i = 1; i < x.length; i++) {
      if (x[i] > value) {
        value = x[i];
      }
    }
    return value;
  }
  function min(x) {
    if (x.length === 0) {
      throw new Error("min requires at least one data point");
    }
    var value = x[0];
    for (var i = 1; i < x.length; i++) {
      if (x[i] < value) {
        value = x[i];
      }
    }
    return value;
  }
  function quantileSorted(x, p) {
    var idx = (x.length - 1) * p;
    if (x.length === 0) {
      throw new Error("quantile requires at least one data point.");
    } else if (p < 0 || p > 1) {
      throw new Error("quantiles must be between 0 and 1");
    } else if (p === 1) {
      return x[x.length - 1];
    } else if (p === 0) {
      return x[0];
    } else if (idx % 1 !== 0) {
      var lower = Math.floor(idx);
      var upper = Math.ceil(idx);
      var fraction = idx - lower;
      return x[lower] + fraction * (x[upper] - x[lower]);
    } else {
      return x[idx];
    }
  }
  function quickselect(arr, k, left, right) {
    left = left || 0;
    right = right || arr.length - 1;
    while (right > left) {
      if (right - left > 600) {
        var n = right - left + 1;
        var m = k - left + 1;
        var z2 = Math.log(n);
        var s = 0.5 * Math.exp(2 * z2 / 3);
        var sd = 0.5 * Math.sqrt(z2 * s * (n - s) / n);
        if (m - n / 2 < 0) {
          sd *= -1;
        }
        var newLeft = Math.max(left, Math.floor(k - m * s / n + sd));
        var newRight = Math.min(
          right,
          Math.floor(k + (n - m) * s / n + sd)
        );
        quickselect(arr, k, newLeft, newRight);
      }
      var t = arr[k];
      var i = left;
      var j = right;
      swap(arr, left, k);
      if (arr[right] > t) {
        swap(arr, left, right);
      }
      while (i < j) {
        swap(arr, i, j);
        i++;
        j--;
        while (arr[i] < t) {
          i++;
        }
        while (arr[j] > t) {
          j--;
        }
      }
      if (arr[left] === t) {
        swap(arr, left, j);
      } else {
        j++;
        swap(arr, j, right);
      }
      if (j <= k) {
        left = j + 1;
      }
      if (k <= j) {
        right = j - 1;
      }
    }
  }
  function swap(arr, i, j) {
    var tmp = arr[i];
    arr[i] = arr[j];
    arr[j] = tmp;
  }
  function quantile(x, p) {
    var copy = x.slice();
    if (Array.isArray(p)) {
      multiQuantileSelect(copy, p);
      var results = [];
      for (var i = 0; i < p.length; i++) {
        results[i] = quantileSorted(copy, p[i]);
      }
      return results;
    } else {
      var idx = quantileIndex(copy.length, p);
      quantileSelect(copy, idx, 0, copy.length - 1);
      return quantileSorted(copy, p);
    }
  }
  function quantileSelect(arr, k, left, right) {
    if (k % 1 === 0) {
      quickselect(arr, k, left, right);
    } else {
      k = Math.floor(k);
      quickselect(arr, k, left, right);
      quickselect(arr, k + 1, k + 1, right);
    }
  }
  function multiQuantileSelect(arr, p) {
    var positions = /* @__PURE__ */ new Set();
    for (var i = 0; i < p.length; i++) {
      var idx = quantileIndex(arr.length, p[i]);
      positions.add(Math.floor(idx));
      positions.add(Math.ceil(idx));
    }
    var indices = Array.from(positions).sort(compare);
    multiselect(arr, indices, 0, indices.length - 1, 0, arr.length - 1);
  }
  function multiselect(arr, indices, lo, hi, left, right) {
    if (lo > hi) {
      return;
    }
    var mid = lo + hi >> 1;
    quickselect(arr, indices[mid], left, right);
    multiselect(arr, indices, lo, mid - 1, left, indices[mid] - 1);
    multiselect(arr, indices, mid + 1, hi, indices[mid] + 1, right);
  }
  function compare(a, b) {
    return a - b;
  }
  function quantileIndex(len, p) {
    var idx = (len - 1) * p;
    if (p === 1) {
      return len - 1;
    } else if (p === 0) {
      return 0;
    } else if (idx % 1 !== 0) {
      return idx;
    } else {
      return idx;
    }
  }
  function median(x) {
    return +quantile(x, 0.5);
  }
  function variance(x) {
    if (x.length === 0) {
      throw new Error("variance requires at least one data point");
    }
    return sumNthPowerDeviations(x, 2) / x.length;
  }
  function standardDeviation(x) {
    if (x.length === 1) {
      return 0;
    }
    var v = variance(x);
    return Math.sqrt(v);
  }
  var BayesianClassifier = function BayesianClassifier2() {
    this.totalCount = 0;
    this.data = {};
  };
  BayesianClassifier.prototype.train = function train(item, category) {
    if (!this.data[category]) {
      this.data[category] = {};
    }
    for (var k in item) {
      var v = item[k];
      if (this.data[category][k] === void 0) {
        this.data[category][k] = {};
      }
      if (this.data[category][k][v] === void 0) {
        this.data[category][k][v] = 0;
      }
      this.data[category][k][v]++;
    }
    this.totalCount++;
  };
  BayesianClassifier.prototype.score = function score(item) {
    var odds = {};
    var category;
    for (var k in item) {
      var v = item[k];
      for (category in this.data) {
        if (odds[category] === void 0) {
          odds[category] = {};
        }
        if (this.data[category][k]) {
          odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
        } else {
          odds[category][k + "_" + v] = 0;
        }
      }
    }
    var oddsSums = {};
    for (category in odds) {
      oddsSums[category] = 0;
      for (var combination in odds[category]) {
        oddsSums[category] += odds[category][combination];
      }
    }
    return oddsSums;
  };
  var COEFFICIENTS = [
    0.9999999999999971,
    57.15623566586292,
    -59.59796035547549,
    14.136097974741746,
    -0.4919138160976202,
    3399464998481189e-20,
    4652362892704858e-20,
    -9837447530487956e-20,
    1580887032249125e-19,
    -21026444172410488e-20,
    21743961811521265e-20,
    -1643181065367639e-19,
    8441822398385275e-20,
    -26190838401581408e-21,
    36899182659531625e-22
  ];
  var g = 607 / 128;
  var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
  function gammaln(n) {
    if (n <= 0) {
      return Number.POSITIVE_INFINITY;
    }
    n--;
    var a = COEFFICIENTS[0];
    for (var i = 1; i < 15; i++) {
      a += COEFFICIENTS[i] / (n + i);
    }
    var tmp = g + 0.5 + n;
    return LOGSQRT2PI + Math.log(a) - tmp + (n + 0.5) * Math.log(tmp);
  }
  var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
  function cumulativeDistribution(z2) {
    var sum3 = z2;
    var tmp = z2;
    for (var i = 1; i < 30; i++) {
      tmp *= z2 * z2 / (2 * i + 1);
      sum3 += tmp;
    }
    return Math.round((0.5 + sum3 / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
  }
  var standardNormalTable = [];
  for (z = 0; z <= 3.09; z += 0.01) {
    standardNormalTable.push(cumulativeDistribution(z));
  }
  var z;
  var SQRT_2PI = Math.sqrt(2 * Math.PI);
  var PerceptronModel = function PerceptronModel2() {
    this.weights = [];
    this.bias = 0;
  };
  PerceptronModel.prototype.predict = function predict(features) {
    if (features.length !== this.weights.length) {
      return null;
    }
    var score3 = 0;
    for (var i = 0; i < this.weights.length; i++) {
      score3 += this.weights[i] * features[i];
    }
    score3 += this.bias;
    if (score3 > 0) {
      return 1;
    } else {
      return 0;
    }
  };
  PerceptronModel.prototype.train = function train2(features, label3) {
    if (label3 !== 0 && label3 !== 1) {
      return null;
    }
    if (features.length !== this.weights.length) {
      this.weights = features.slice();
      this.bias = 1;
    }
    var prediction = this.predict(features);
    if (typeof prediction === "number" && prediction !== label3) {
      var gradient = label3 - prediction;
      for (var i = 0; i < this.weights.length; i++) {
        this.weights[i] += gradient * features[i];
      }
      this.bias += gradient;
    }
    return this;
  };

  // src/core/model/feature-value.ts
  function numericValue(record, name, row = 0) {
    const value = record[name];
    if (isBlank(value)) return null;
    const n = typeof value === "number" ? value : Number(String(value).trim());
    if (!Number.isFinite(n)) {
      throw new TypeError(`Row ${row + 1}: "${name}" should be a number but holds "${String(value)}".`);
    }
    return n;
  }
  function featureRawValue(feature, record, row) {
    if ("level" in feature) {
      const value = record[feature.attribute];
      return isBlank(value) ? null : String(value).trim() === feature.level ? 1 : 0;
    }
    const n = numericValue(record, feature.attribute, row);
    if (n === null) return null;
    if (feature.transform === "log1p") return Math.log1p(Math.max(n, 0));
    if (feature.transform === "positive") return n > 0 ? 1 : 0;
    return n;
  }

  // src/core/model/encoding.ts
  function fitEncoding(records, attributes, options = {}) {
    const candidates = [];
    const references = {};
    const droppedAttributes = [];
    for (const name of attributes) {
      const attribute = attributeNamed(name);
      if (!isCategorical(attribute)) {
        for (const transform of options.transforms?.[name] ?? ["linear"]) {
          candidates.push({ attribute: name, transform });
        }
        continue;
      }
      const [reference, ...others] = levelsByFrequency(records, name, attribute.categories);
      if (reference !== void 0) references[name] = reference;
      if (others.length === 0) droppedAttributes.push(name);
      for (const level of others) candidates.push({ attribute: name, level });
    }
    const features = [];
    const dropped = [...droppedAttributes];
    for (const candidate of candidates) {
      const name = featureName(candidate);
      const values = [];
      records.forEach((record, row) => {
        const value = featureRawValue(candidate, record, row);
        if (value !== null) values.push(value);
      });
      const scale2 = values.length > 0 ? standardDeviation(values) : 0;
      if (!(scale2 > 1e-12)) dropped.push(name);
      else features.push({ ...candidate, name, center: mean(values), scale: scale2 });
    }
    return { version: 1, features, references, dropped };
  }
  function encodeRecord(encoding, record, row = 0) {
    return encoding.features.map((feature) => {
      const value = featureRawValue(feature, record, row);
      return value === null ? 0 : (value - feature.center) / feature.scale;
    });
  }
  function encodeRecords(encoding, records) {
    return records.map((record, row) => encodeRecord(encoding, record, row));
  }
  function featureName(feature) {
    if ("level" in feature) return `${feature.attribute}=${feature.level}`;
    if (feature.transform === "log1p") return `log1p(${feature.attribute})`;
    if (feature.transform === "positive") return `${feature.attribute}>0`;
    return feature.attribute;
  }
  function levelsByFrequency(records, name, known) {
    const counts2 = /* @__PURE__ */ new Map();
    for (const record of records) {
      const value = record[name];
      if (isBlank(value)) continue;
      const level = String(value).trim();
      counts2.set(level, (counts2.get(level) ?? 0) + 1);
    }
    const order2 = (level) => known.includes(level) ? known.indexOf(level) : known.length;
    return [...counts2.keys()].sort(
      (a, b) => (counts2.get(b) ?? 0) - (counts2.get(a) ?? 0) || order2(a) - order2(b) || (a < b ? -1 : a > b ? 1 : 0)
    );
  }

  // src/core/model/score.ts
  function sigmoid(z2) {
    return 1 / (1 + Math.exp(-z2));
  }
  function orderedCoefficients(model) {
    return model.encoding.features.map((feature) => {
      const coefficient = model.coefficients[feature.name];
      if (coefficient === void 0 || !Number.isFinite(coefficient)) {
        throw new RangeError(`The model has no usable coefficient for feature "${feature.name}".`);
      }
      return coefficient;
    });
  }
  function contributions(model, record, row = 0) {
    const coefficients = orderedCoefficients(model);
    const encoded = encodeRecord(model.encoding, record, row);
    const result = {};
    model.encoding.features.forEach((feature, j) => {
      result[feature.name] = coefficients[j] * encoded[j];
    });
    return result;
  }
  function riskOfFailing(model, records) {
    const coefficients = orderedCoefficients(model);
    return records.map((record, row) => {
      const encoded = encodeRecord(model.encoding, record, row);
      let z2 = model.intercept;
      for (let j = 0; j < coefficients.length; j += 1)
        z2 += coefficients[j] * encoded[j];
      return sigmoid(z2);
    });
  }

  // src/core/data/describe-value.ts
  var own = (table, key) => table && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : void 0;
  var counted = (n, one, many) => n === 0 ? `no ${many}` : `${n} ${n === 1 ? one : many}`;
  var SENTENCES = {
    // The UCI description codes "3 or more" failures as 4.
    failures: (n) => n >= 4 ? "3 or more past class failures" : counted(n, "past class failure", "past class failures"),
    // Never a reason (`core/scoring/reason-kinds.ts`), but worded for completeness: the roster records none.
    absences: (n) => n === 0 ? "no absences recorded" : counted(n, "absence", "absences"),
    age: (n) => `age ${n}`,
    G1: (n) => `first-period grade ${n} of 20`,
    G2: (n) => `second-period grade ${n} of 20`,
    G3: (n) => `final grade ${n} of 20`
  };
  var CATEGORY_SENTENCES = {
    schoolsup: { yes: "already receives extra educational support from the school" },
    famsup: { yes: "already receives family educational support" },
    paid: { yes: "already takes extra paid classes in the subject" },
    higher: { no: "does not want to go on to higher education", yes: "wants to go on to higher education" },
    romantic: { no: "not in a romantic relationship", yes: "in a romantic relationship" },
    nursery: { no: "did not attend nursery school", yes: "attended nursery school" }
  };
  function describeValue(attributeOrName, value) {
    const attribute = typeof attributeOrName === "string" ? attributeNamed(attributeOrName) : attributeOrName;
    if (isBlank(value)) return `${attribute.label}: blank`;
    const raw = typeof value === "string" ? value.trim() : value;
    if (isCategorical(attribute)) {
      const text = String(raw);
      const sentence2 = own(own(CATEGORY_SENTENCES, attribute.name), text);
      if (sentence2) return sentence2;
      if (attribute.phrasing === "presence" && (text === "yes" || text === "no")) {
        return text === "yes" ? attribute.label : `no ${attribute.label}`;
      }
      return `${attribute.label}: ${own(attribute.categoryLabels, text) ?? text}`;
    }
    const n = typeof raw === "number" ? raw : Number(raw);
    const sentence = own(SENTENCES, attribute.name);
    if (sentence && Number.isFinite(n)) return sentence(n);
    const level = Number.isInteger(n) ? attribute.levels?.[n - attribute.min] : void 0;
    return `${attribute.label}: ${level ?? String(raw)}`;
  }

  // src/core/scoring/reason-kinds.ts
  var influenceable = (why, worrying, asContext) => ({
    kind: "influenceable",
    why,
    ...worrying ? { worrying } : {},
    ...asContext ? { asContext } : {}
  });
  var context = (why, worrying) => ({
    kind: "context",
    why,
    ...worrying ? { worrying } : {}
  });
  var REASON_CLASSES = {
    // What the school can act on, or the evidence it acts on.
    absences: influenceable(
      // Zero absences is never a reason, as it is on the reassuring side. In the UCI data all 53 students with
      // a final grade of 0 (most likely they left the course) have no absence recorded, so the model learns
      // that "no absences" raises the risk; without them, students with none fail less often (31 of 306, 10%)
      // than the others (146 of 685, 21%). Zero there means "nobody recorded any", not "always there".
      "attendance is the first thing a school follows up",
      "higher"
    ),
    studytime: influenceable("study habits change with homework clubs and study plans", "lower"),
    failures: influenceable("a past fact, but the gap it leaves is what catch-up support targets", "higher"),
    schoolsup: influenceable(
      "the school decides who gets extra support; support already given answers a difficulty, it is context",
      ["no"],
      ["yes"]
    ),
    famsup: influenceable(
      "a school can involve the family; the family's help already given answers a difficulty, it is context",
      ["no"],
      ["yes"]
    ),
    activities: influenceable("the school offers clubs and activities", ["no"]),
    higher: influenceable("ambitions move with careers guidance and mentoring", ["no"]),
    internet: influenceable("a school can lend a device or open a study room", ["no"]),
    freetime: influenceable("unstructured time after school can be filled with school activities", "higher"),
    goout: influenceable("pastoral care and parents can talk about evenings out", "higher"),
    Dalc: influenceable("health education and pastoral care address drinking", "higher"),
    Walc: influenceable("health education and pastoral care address drinking", "higher"),
    G1: influenceable("this term's evidence, which teaching and support respond to", "lower"),
    G2: influenceable("this term's evidence, which teaching and support respond to", "lower"),
    // Who the student is and where they come from: it explains a risk, it is not something to act on.
    school: context("the school a student attends is not changed for one student"),
    age: context("age is given; an older student has often repeated a year", "higher"),
    address: context("where the family lives"),
    famsize: context("family background"),
    Pstatus: context("family background", ["A"]),
    Medu: context("family background", "lower"),
    Fedu: context("family background", "lower"),
    Mjob: context("family background"),
    Fjob: context("family background"),
    reason: context("the family's choice of school, made before the student came"),
    guardian: context("family background"),
    traveltime: context("where the family lives", "higher"),
    paid: context("classes the family pays for: a matter of means, and taken by students who already struggle"),
    nursery: context("early childhood, out of the school’s reach", ["no"]),
    romantic: context("private life, not the school’s to act on", ["yes"]),
    famrel: context("family relationships: a school may notice, not change them", "lower"),
    health: context("a medical matter: a school can refer, not treat", "lower"),
    // Never named.
    sex: {
      kind: "never",
      why: "a protected characteristic: naming it for one student invites stereotyping; nobody acts on it"
    },
    course: { kind: "never", why: "the subject of the row, not something about the student" },
    G3: { kind: "never", why: "the final grade is the outcome itself" }
  };
  function reasonClass(name) {
    const found = Object.prototype.hasOwnProperty.call(REASON_CLASSES, name) ? REASON_CLASSES[name] : void 0;
    if (!found) throw new RangeError(`"${name}" has no reason class.`);
    return found;
  }
  function reasonKindOf(attribute, record, features, row = 0) {
    const rule = reasonClass(attribute);
    const value = record[attribute];
    if (rule.kind === "never" || isBlank(value)) return null;
    if (isCategorical(attributeNamed(attribute))) {
      const text = String(value).trim();
      const modelled = features.some((feature) => "level" in feature && feature.level === text);
      if (rule.asContext?.includes(text)) return modelled ? "context" : null;
      const worrying2 = rule.worrying;
      if (Array.isArray(worrying2)) return worrying2.includes(text) ? rule.kind : null;
      return modelled ? rule.kind : null;
    }
    const scale2 = features.find((feature) => !("transform" in feature) || feature.transform !== "positive");
    const reference = scale2 ?? features[0];
    if (reference === void 0 || rule.worrying !== "higher" && rule.worrying !== "lower") return null;
    const raw = featureRawValue(reference, record, row);
    if (raw === null) return null;
    const worrying = rule.worrying === "higher" ? raw > reference.center : raw < reference.center;
    return worrying ? rule.kind : null;
  }

  // src/core/scoring/reasons.ts
  var REASON_FLOOR = 0.05;
  var CONTEXT_DOMINANCE = 2;
  var MAX_CONTEXT_REASONS = 1;
  function mainReasons(model, record, max2 = 3, row = 0) {
    if (!Number.isInteger(max2) || max2 < 0) {
      throw new RangeError(`The number of reasons must be a whole number of at least 0, not ${max2}.`);
    }
    const byFeature = contributions(model, record, row);
    const byAttribute = /* @__PURE__ */ new Map();
    for (const feature of model.encoding.features) {
      const entry = byAttribute.get(feature.attribute) ?? { sum: 0, features: [] };
      entry.sum += byFeature[feature.name] ?? 0;
      entry.features.push(feature);
      byAttribute.set(feature.attribute, entry);
    }
    const candidates = [];
    for (const [attribute, { sum: sum3, features }] of byAttribute) {
      if (!(sum3 > REASON_FLOOR)) continue;
      const kind = reasonKindOf(attribute, record, features, row);
      if (kind === null) continue;
      candidates.push({
        attribute,
        contribution: sum3,
        kind,
        text: describeValue(attribute, record[attribute] ?? null)
      });
    }
    candidates.sort((a, b) => b.contribution - a.contribution);
    const influenceable2 = candidates.filter((reason) => reason.kind === "influenceable");
    const strongest = influenceable2[0]?.contribution ?? 0;
    const dominant = candidates.filter((reason) => reason.kind === "context" && reason.contribution >= CONTEXT_DOMINANCE * strongest).slice(0, Math.min(MAX_CONTEXT_REASONS, max2));
    return [...influenceable2.slice(0, max2 - dominant.length), ...dominant];
  }
  function reasonsText(reasons) {
    return reasons.map((reason) => reason.text).join("; ");
  }

  // src/core/scoring/reasons-cell.ts
  var NO_STRONG_RISK_FACTORS = "No strong risk factors";
  var NO_SINGLE_FACTOR = "No single factor stands out";
  function reasonsForTier(reasons, tier) {
    if (tier === "Low") return NO_STRONG_RISK_FACTORS;
    return reasonsText(reasons) || NO_SINGLE_FACTOR;
  }
  function reasonsCellForTier(cell, tier) {
    if (tier !== "Low" || cell === "") return cell;
    const end = cell.indexOf(". ");
    return end < 0 ? NO_STRONG_RISK_FACTORS : `${NO_STRONG_RISK_FACTORS}${cell.slice(end)}`;
  }

  // src/jobs/score/score-block.ts
  function scoreBlock(model, columns, rows, first) {
    const attributes = modelAttributes(model);
    return rows.map((row, i) => {
      const sheetRow = first + i + 2;
      const empty = row.every((cell) => cell === "" || cell === null || cell === void 0);
      const record = {};
      for (const name of attributes) {
        const column2 = columns.byAttribute.get(name);
        record[name] = column2 === void 0 ? null : normaliseValue(attributeNamed(name), row[column2]).value;
      }
      const keyCell = columns.key ? String(row[columns.key.index] ?? "").trim() : "";
      const key = keyCell || `row ${sheetRow}`;
      const inputs = attributes.map((name) => record[name] ?? null);
      if (empty) return { risk: null, reasons: "", key, inputs, empty };
      return { ...scoreRecord(model, record, sheetRow), key, inputs, empty };
    });
  }
  function scoreRecord(model, record, sheetRow) {
    const verdict2 = scoreability(model, record);
    if (!verdict2.ok) return { risk: null, reasons: verdict2.why };
    const [risk2] = riskOfFailing(model, [record]);
    const because = reasonsForTier(mainReasons(model, record, 3, sheetRow - 2), null);
    const note = imputedNote(verdict2.blanks);
    return { risk: risk2 ?? null, reasons: [because, note].filter(Boolean).join(". ") };
  }

  // src/jobs/score/scoring-run.ts
  var RUN_KEY = "passcompass.scoringRun";
  function headerDigest(header) {
    return `sha256:${sha256Hex(header.map(String).join("	"))}`;
  }
  var ABANDON_AFTER_MS = 24 * 60 * 60 * 1e3;
  function whyNotResumable(run, now, layout) {
    if (now.getTime() - Date.parse(run.startedAt) > ABANDON_AFTER_MS)
      return "it started more than a day ago, and the roster may have changed since";
    const joined = layout.header.map(String).join("	");
    if (run.header !== headerDigest(layout.header) && run.header !== joined)
      return "the Students sheet's columns changed while it was under way";
    if (layout.dataRows < run.nextRow)
      return "rows were deleted from the Students sheet while it was under way";
    return null;
  }
  var isWhole2 = (x, min2) => typeof x === "number" && Number.isInteger(x) && x >= min2;
  var shown = (value) => {
    const text = value === void 0 ? "missing" : JSON.stringify(value) ?? String(value);
    return text.length > 40 ? `${text.slice(0, 37)}…` : text;
  };
  function runProblem(value) {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return `it holds ${shown(value)}, not a scoring run`;
    const run = value;
    if (typeof run["runId"] !== "string" || run["runId"] === "")
      return `"runId" is ${shown(run["runId"])}, not a run id`;
    if (!isWhole2(run["version"], 1)) return `"version" is ${shown(run["version"])}, not a version number`;
    if (typeof run["startedAt"] !== "string" || Number.isNaN(Date.parse(run["startedAt"])))
      return `"startedAt" is ${shown(run["startedAt"])}, not a time`;
    if (!isWhole2(run["dataRows"], 0))
      return `"dataRows" is ${shown(run["dataRows"])}, not a whole number of rows`;
    const dataRows = run["dataRows"];
    if (!isWhole2(run["width"], 1)) return `"width" is ${shown(run["width"])}, not a whole number of columns`;
    if (!isWhole2(run["nextRow"], 0) || run["nextRow"] > dataRows)
      return `"nextRow" is ${shown(run["nextRow"])}, not a whole number from 0 to ${dataRows}`;
    if (!isWhole2(run["logged"], 0) || run["logged"] > dataRows)
      return `"logged" is ${shown(run["logged"])}, not a whole number from 0 to ${dataRows}`;
    if (typeof run["header"] !== "string") return `"header" is ${shown(run["header"])}, not the header text`;
    const columns = run["columns"];
    if (typeof columns !== "object" || columns === null)
      return `"columns" is ${shown(columns)}, not the columns`;
    const names = ["risk", "tier", "reasons", "version", "scoredAt"];
    const indexes = names.map((name) => columns[name]);
    const bad = names.find((_, i) => !isWhole2(indexes[i], 0));
    if (bad)
      return `"columns.${bad}" is ${shown(columns[bad])}, not a column index`;
    if (new Set(indexes).size !== names.length) return '"columns" names the same column twice';
    return null;
  }
  function readRun(store) {
    const text = store.get(RUN_KEY);
    if (text === null || text === "") return { kind: "none" };
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { kind: "damaged", why: "it is not valid JSON", runId: null };
    }
    const problem = runProblem(parsed);
    if (problem === null) return { kind: "run", run: parsed };
    const runId = parsed?.runId;
    return { kind: "damaged", why: problem, runId: typeof runId === "string" && runId !== "" ? runId : null };
  }
  function loadRun(store) {
    const saved = readRun(store);
    return saved.kind === "run" ? saved.run : null;
  }
  function saveRun(store, run) {
    store.set(RUN_KEY, JSON.stringify(run));
  }
  function clearRun(store) {
    store.remove(RUN_KEY);
  }

  // src/core/scoring/roster-notes.ts
  var risk = (p) => `${(p * 100).toFixed(1)}%`;
  var bound = (p) => `${Number((p * 100).toFixed(1))}%`;
  function belowHigh2(mediumFrom) {
    if (mediumFrom === 0) return "every other student is Medium (Medium starts at 0% in Settings).";
    return `Medium = the others from ${bound(mediumFrom)}; Low = below ${bound(mediumFrom)} (Settings).`;
  }
  function tierNote(rule, risks, assignment) {
    if (rule.kind === "thresholds") {
      const high2 = `Tier, from the thresholds in Settings: High = risks of ${bound(rule.highFrom)} and above`;
      if (rule.mediumFrom >= rule.highFrom)
        return `${high2}; Low = below ${bound(rule.highFrom)} (no Medium: it starts where High does).`;
      return `${high2}; ${belowHigh2(rule.mediumFrom)}`;
    }
    const highRisks = risks.filter((r, i) => r !== null && assignment.tiers[i] === "High");
    const scored = risks.filter((r) => r !== null).length;
    const lowest = risk(highRisks.reduce((min2, r) => Math.min(min2, r), 1));
    const capacity = `the capacity in Settings is ${rule.capacity}`;
    const tie = assignment.tie;
    const shared = (which) => tie ? `${tie.students} students share the ${which} risk (${risk(tie.risk)}) and equal risks get the same tier` : "";
    let high;
    if (tie && highRisks.length === 0) high = `nobody is High: ${capacity}, but ${shared("highest")}`;
    else if (tie)
      high = `High = the ${highRisks.length} highest risks, ${lowest} and above: ${capacity}, but ${shared("next")}, so none of them is High`;
    else if (highRisks.length === 0) high = `nobody is High: ${capacity}`;
    else if (highRisks.length === scored) high = `High = all ${scored} students scored, as ${capacity}`;
    else
      high = `High = the ${highRisks.length} highest risks, as ${capacity}: this time ${lowest} and above. A student just below ${lowest} is not High: the places were taken`;
    return `Tier, at the last scoring run: ${high}. ${belowHigh2(rule.mediumFrom)}`;
  }
  function rosterNotes(rule, risks, assignment, passMark) {
    return {
      risk: `Risk of failing: the model's estimate of the chance that this student's final grade (G3) ends below ${passMark}, the pass mark in Settings. It says whom to talk to first; it is not a verdict, and many students at high risk pass.`,
      tier: tierNote(rule, risks, assignment),
      reasons: "Main reasons: up to three of this student's answers that raise the risk most in the model, compared with an average student. They are not causes and do not judge the student. A row that could not be scored says why here."
    };
  }

  // src/jobs/score/inference-log.ts
  var LOG_HEADER = [
    "Time",
    "Run",
    "Model version",
    "Student key",
    "Risk of failing",
    "Tier",
    "Inputs (JSON)"
  ];
  var LOG_TIER_COLUMN = LOG_HEADER.indexOf("Tier");
  var LOG_RUN_COLUMN = LOG_HEADER.indexOf("Run");

  // src/jobs/score/finish-run.ts
  var MAX_LOG_ROWS = 5e4;
  function tierRuleOf(settings) {
    return settings.tierRule === "capacity" ? { kind: "capacity", capacity: settings.capacity, mediumFrom: settings.mediumFrom } : { kind: "thresholds", highFrom: settings.highFrom, mediumFrom: settings.mediumFrom };
  }
  function finishRun(deps, run, version, notes2 = []) {
    const said = [...notes2];
    const cells = deps.roster.readColumn(run.columns.risk, run.dataRows);
    const risks = cells.map((cell) => typeof cell === "number" && cell >= 0 && cell <= 1 ? cell : null);
    const reasons = deps.roster.readColumn(run.columns.reasons, run.dataRows);
    const inLog = reasons.map((cell) => cell !== "");
    const rule = tierRuleOf(deps.settings);
    const assignment = tierAssignment(risks, rule);
    const { tiers, tie } = assignment;
    deps.roster.writeColumns(
      [run.columns.tier, run.columns.reasons],
      0,
      tiers.map((tier, i) => [tier ?? "", reasonsCellForTier(String(reasons[i] ?? ""), tier)])
    );
    const logRows = deps.log.rowsWhere(LOG_RUN_COLUMN, run.runId);
    const logged = tiers.filter((_, i) => inLog[i]);
    if (logRows.length === logged.length) {
      deps.log.writeCells(
        LOG_TIER_COLUMN,
        logRows,
        logged.map((t) => t ?? "")
      );
    } else {
      said.push(
        `The Inference log holds ${logRows.length} rows of this run (${run.runId}) for ${logged.length} students scored: rows were deleted or edited meanwhile. The tiers are in the Students sheet; the log rows keep a blank Tier rather than one that could belong to another student.`
      );
    }
    deps.roster.style(run.columns, run.dataRows, rosterNotes(rule, risks, assignment, deps.settings.passMark));
    const logRowsDeleted = deps.log.trim(MAX_LOG_ROWS);
    const scored = risks.filter((r) => r !== null).length;
    const notScored = inLog.filter(Boolean).length - scored;
    const counts2 = { High: 0, Medium: 0, Low: 0 };
    for (const tier of tiers) if (tier) counts2[tier] += 1;
    const marked = rule.kind === "capacity" ? { ...rule, capacity: counts2.High } : rule;
    const caught = version.catchCurve && !(marked.kind === "capacity" && marked.capacity === 0) ? expectedCatch(version.catchCurve, marked, scored) : Number.NaN;
    if (version.checksumCovers === "model") {
      said.push(
        `No share of failures caught is given: version ${version.version} was recorded by an earlier PassCompass and its catch curve is not covered by its checksum. Train a new version to have one.`
      );
    }
    return {
      runId: run.runId,
      version: version.version,
      scored,
      notScored,
      tiers: counts2,
      expectedCatch: caught,
      tie,
      notes: said,
      logRowsDeleted
    };
  }
  var percent = (risk2) => `${(risk2 * 100).toFixed(1)}%`;
  function tieText(f) {
    const tie = f.tie;
    if (!tie) return "";
    if (tie.students === f.scored) {
      return ` Every scored student has the same risk (${percent(tie.risk)}): the model cannot rank them, so none is marked High.`;
    }
    return ` ${tie.students} students share the risk at the High tier's cut-off (${percent(tie.risk)}) and only ${tie.placesLeft} High place${tie.placesLeft === 1 ? " was" : "s were"} left: none of them is marked High (equal risks get equal tiers; PassCompass does not choose among them by row order). Counsellors with room can start with them.`;
  }
  function scoringSummary(f) {
    const catchText = Number.isFinite(f.expectedCatch) ? ` From cross-validation, the High tier should contain about ${Math.round(f.expectedCatch * 100)}% of the students who will fail.` : "";
    return `Scored ${f.scored} students with model version ${f.version}: ${f.tiers.High} High, ${f.tiers.Medium} Medium, ${f.tiers.Low} Low` + (f.notScored > 0 ? `; ${f.notScored} rows not scored (see Main reasons).` : ".") + tieText(f) + catchText + f.notes.map((note) => `
${note}`).join("");
  }

  // src/jobs/score/score-students.ts
  var OWN_HEADERS = ["Risk of failing", "Tier", "Main reasons", "Model version", "Scored at"];
  var TIERS = { High: true, Medium: true, Low: true };
  var isDate2 = (cell) => Object.prototype.toString.call(cell) === "[object Date]";
  var WRITES = {
    "Risk of failing": (cell) => cell === "" || typeof cell === "number" && cell >= 0 && cell <= 1,
    Tier: (cell) => cell === "" || typeof cell === "string" && Object.prototype.hasOwnProperty.call(TIERS, cell),
    "Main reasons": (cell) => typeof cell === "string",
    "Model version": (cell) => cell === "" || typeof cell === "number" && Number.isInteger(cell) && cell >= 1,
    "Scored at": (cell) => cell === "" || isDate2(cell)
  };
  var OWN_COLUMNS = OWN_HEADERS.map((header) => ({
    header,
    holds: WRITES[header]
  }));
  var SALT_KEY = "passcompass.salt";
  var ABANDONED_TIER = "Not finished";
  var CELLS_PER_EXECUTION = 15e5;
  var ROWS_PER_EXECUTION_KEY = "passcompass.rowsPerExecution";
  function pendingRun(store) {
    return loadRun(store);
  }
  function rowsPerExecution(deps, notes2) {
    const given = deps.rowsPerExecution ?? deps.store.get(ROWS_PER_EXECUTION_KEY);
    if (given === void 0 || given === null || given === "") return null;
    const value = typeof given === "number" ? given : Number(given.trim());
    if (Number.isInteger(value) && value >= 1) return value;
    notes2.push(
      `The document property ${ROWS_PER_EXECUTION_KEY} is ${JSON.stringify(given)}, not a whole number of rows from 1; it was ignored, and each execution scored as many rows as the cost model allows.`
    );
    return null;
  }
  function scoreStudents(deps, request) {
    const saved = readRun(deps.store);
    if (saved.kind === "damaged") {
      if (saved.runId !== null) markNotFinished(deps, saved.runId);
      clearRun(deps.store);
      return {
        status: "abandoned",
        runId: saved.runId ?? "",
        why: `The saved state of a scoring run (document property ${RUN_KEY}) could not be read: ${saved.why}. That run was ended${saved.runId === null ? "" : " (its rows in the Inference log say Not finished)"}; the Students sheet keeps what was written. Score again to start from the first row.`
      };
    }
    let run = saved.kind === "run" ? saved.run : null;
    const notes2 = [];
    const layout = deps.roster.layout();
    if (request.kind === "follow-up") {
      if (!run) return { status: "idle", why: "No scoring run is waiting." };
    } else if (run && run.runId !== request.resume?.runId) {
      return {
        status: "idle",
        why: "Another scoring run started while you were deciding. It continues by itself; try again when it has finished."
      };
    } else if (!run && request.resume?.continueIt) {
      return { status: "idle", why: "The scoring run you asked to continue has finished meanwhile." };
    } else if (run && request.resume && !request.resume.continueIt) {
      abandonRun(deps, run);
      run = null;
    }
    if (run) {
      const why = whyNotResumable(run, deps.now(), layout);
      if (why) {
        abandonRun(deps, run);
        return {
          status: "abandoned",
          runId: run.runId,
          why: `The scoring run was not finished: ${why}. Score again.`
        };
      }
    }
    const registry = Registry.read(deps, deps.digests);
    if (run) repairInterruptedBlock(deps, run);
    else {
      run = startRun(deps, registry, layout.header, layout.dataRows);
      saveRun(deps.store, run);
    }
    run.dataRows = Math.max(run.dataRows, layout.dataRows);
    const version = registry.load(run.version);
    scoreNextBlock(deps, run, version, findRosterColumns(layout.header), rowsPerExecution(deps, notes2));
    if (run.nextRow < run.dataRows) {
      saveRun(deps.store, run);
      return { status: "continuing", runId: run.runId, scored: run.nextRow, dataRows: run.dataRows };
    }
    const finished = finishRun(deps, run, version, [...registry.problems, ...notes2]);
    clearRun(deps.store);
    return { status: "finished", ...finished };
  }
  function markNotFinished(deps, runId) {
    const rows = deps.log.rowsWhere(LOG_RUN_COLUMN, runId);
    deps.log.writeCells(
      LOG_TIER_COLUMN,
      rows,
      rows.map(() => ABANDONED_TIER)
    );
  }
  function abandonRun(deps, run) {
    markNotFinished(deps, run.runId);
    clearRun(deps.store);
  }
  function repairInterruptedBlock(deps, run) {
    const rows = deps.log.rowsWhere(LOG_RUN_COLUMN, run.runId);
    if (rows.length > run.logged) deps.log.deleteRows(rows.slice(run.logged));
  }
  function scoreNextBlock(deps, run, version, columns, override) {
    const perRow = run.width + OWN_HEADERS.length + 2 * LOG_HEADER.length;
    const perExecution = override ?? Math.max(1, Math.floor(CELLS_PER_EXECUTION / perRow));
    const count = Math.min(perExecution, run.dataRows - run.nextRow);
    if (count <= 0) return;
    const model = JSON.parse(version.modelJson);
    const scored = scoreBlock(model, columns, deps.roster.readRows(run.nextRow, count, run.width), run.nextRow);
    const at = deps.now();
    const c = run.columns;
    deps.roster.writeColumns(
      [c.risk, c.reasons, c.version, c.scoredAt],
      run.nextRow,
      scored.map((s) => s.empty ? ["", "", "", ""] : [s.risk ?? "", s.reasons, version.version, at])
    );
    const salt = saltOf(deps);
    const logRows = scored.filter((s) => !s.empty).map((s) => [
      at,
      run.runId,
      version.version,
      pseudonym(s.key, salt, sha256Hex),
      s.risk ?? "",
      "",
      JSON.stringify(s.inputs)
    ]);
    if (logRows.length > 0) deps.log.append(logRows);
    run.logged += logRows.length;
    run.nextRow += count;
  }
  function startRun(deps, registry, header, dataRows) {
    const champion = registry.champion();
    if (!champion) {
      const why = registry.problems.map((problem) => ` ${problem}`).join("");
      throw new DataError(`There is no model to score with yet.${why} Run Train model first.`);
    }
    if (dataRows === 0)
      throw new DataError("The Students sheet has no student rows below its header row.", { row: 2 });
    const columns = findRosterColumns(header);
    const model = JSON.parse(champion.modelJson);
    const missing = modelAttributes(model).filter((name) => !columns.byAttribute.has(name));
    if (missing.length > 0) {
      throw new DataError(
        `Model version ${champion.version} needs ${missing.length === 1 ? "a column" : "columns"} the roster lacks: ${missing.map((m) => `"${m}"`).join(", ")}.`,
        { row: 1 }
      );
    }
    const own2 = deps.roster.ensureColumns(OWN_COLUMNS, header, dataRows);
    const [risk2, tier, reasons, version, scoredAt] = own2.columns;
    const started = deps.now();
    const after = [...header.map(String)];
    own2.columns.forEach((index, i) => {
      after[index] = own2.headers[i] ?? "";
    });
    return {
      runId: `S-${started.toISOString()}-${deps.uuid().slice(0, 8)}`,
      version: champion.version,
      startedAt: started.toISOString(),
      dataRows,
      width: header.length,
      nextRow: 0,
      columns: { risk: risk2, tier, reasons, version, scoredAt },
      logged: 0,
      header: headerDigest(after.map((h) => h ?? ""))
    };
  }
  function saltOf(deps) {
    const existing = deps.store.get(SALT_KEY);
    if (existing) return existing;
    const salt = deps.uuid();
    deps.store.set(SALT_KEY, salt);
    return salt;
  }

  // src/jobs/load-sample.ts
  var STUDENTS_SHEET = "Students";
  function loadSample(courses, deps) {
    const allCourses = Object.keys(SAMPLE_FILES);
    const texts = new Map(allCourses.map((course) => [course, readVerified(course, deps)]));
    const table = sampleTable(
      courses.map((course) => ({ file: SAMPLE_FILES[course], csvText: texts.get(course) ?? "" }))
    );
    const existing = deps.students.read();
    const fullSample = sampleTable(
      allCourses.map((course) => ({ file: SAMPLE_FILES[course], csvText: texts.get(course) ?? "" }))
    );
    const own2 = deps.students.ownColumns?.(OWN_COLUMNS, existing) ?? [];
    const otherData = existing.length > 0 && !isSampleData(existing, fullSample, own2);
    if (otherData) {
      const question = `The ${STUDENTS_SHEET} sheet already holds ${existing.length - 1} rows of other data. Replace them with the sample (${table.rows.length} students)? Other sheets are not touched.`;
      if (!deps.dialogs.confirm("Replace the Students sheet?", question))
        return { status: "cancelled", rows: 0 };
    }
    deps.students.replace([table.header, ...table.rows]);
    deps.dialogs.toast(`Loaded ${table.rows.length} students into ${STUDENTS_SHEET}.`, "PassCompass");
    return { status: "loaded", rows: table.rows.length, replacedOtherData: otherData };
  }
  function readVerified(course, deps) {
    const file = SAMPLE_FILES[course];
    const text = deps.files.read(file.projectFile);
    const actual = deps.digests.sha256Hex(text);
    if (actual !== file.sha256) throw new SampleIntegrityError(file, actual);
    return text;
  }
  function isSampleData(table, sample, own2) {
    const ownColumns = new Set(own2.filter((i) => i >= 0));
    const keep = (table[0] ?? []).map((_, i) => !ownColumns.has(i));
    const existing = table.map((row) => row.filter((_, i) => keep[i]));
    const [header, ...rows] = existing;
    if (!header || rowKey(header) !== rowKey(sample.header)) return false;
    const sampleRows = new Set(sample.rows.map(rowKey));
    return rows.every((row) => sampleRows.has(rowKey(row)));
  }
  function rowKey(row) {
    return JSON.stringify(row);
  }

  // src/jobs/promote.ts
  function problemsText(registry) {
    return registry.problems.map((problem) => `

Note: ${problem}`).join("");
  }
  function promoteChallenger(deps) {
    const registry = Registry.read(deps, deps.digests);
    const { champion, challenger } = registry.aliases();
    if (challenger === null) throw new DataError("There is no challenger to promote. Train a model first.");
    registry.load(challenger);
    const reason = deps.dialogs.prompt(
      `Promote version ${challenger}?`,
      `Version ${challenger} will score students from now on${champion === null ? "" : ` instead of version ${champion}`}. Why? (kept in the Aliases history)` + problemsText(registry)
    );
    if (reason === null) return { status: "cancelled" };
    const at = deps.now().toISOString();
    const why = reason || "promoted by hand";
    const moves = [
      { at, alias: "champion", from: champion, to: challenger, by: "promote", reason: why },
      { at, alias: "challenger", from: challenger, to: null, by: "promote", reason: `became champion: ${why}` }
    ];
    registry.commit(null, moves);
    deps.dialogs.toast(`Version ${challenger} is now the champion.`, "PassCompass");
    return { status: "moved", champion: challenger, previous: champion };
  }
  function rollBackChampion(deps) {
    const registry = Registry.read(deps, deps.digests);
    const current = registry.aliases().champion;
    const previous = rollBackTarget(registry.history);
    if (current === null || previous === null) {
      throw new DataError("There is no earlier champion to roll back to.");
    }
    registry.load(previous);
    const reason = deps.dialogs.prompt(
      `Roll back to version ${previous}?`,
      `Version ${previous} will score students again instead of version ${current}. Why? (kept in the Aliases history)` + problemsText(registry)
    );
    if (reason === null) return { status: "cancelled" };
    registry.commit(null, [
      {
        at: deps.now().toISOString(),
        alias: "champion",
        from: current,
        to: previous,
        by: ROLL_BACK,
        reason: reason || "rolled back by hand"
      }
    ]);
    deps.dialogs.toast(`Rolled back: version ${previous} is the champion again.`, "PassCompass");
    return { status: "moved", champion: previous, previous: current };
  }

  // src/core/data/column-summary.ts
  function summariseColumns(records, attributes) {
    return attributes.map((name) => {
      const attribute = attributeNamed(name);
      const values = records.map((r) => r[name]).filter((v) => v !== null && v !== void 0 && v !== "");
      const counts2 = countValues(values);
      const numbers = isCategorical(attribute) ? [] : values.map(Number).filter((v) => Number.isFinite(v));
      const top = [...counts2.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))).slice(0, 3).map(([value, n]) => `${value} (${n})`).join(", ");
      return {
        attribute: name,
        label: attribute.label,
        kind: attribute.kind,
        blanks: records.length - values.length,
        distinct: counts2.size,
        min: numbers.length ? min(numbers) : null,
        mean: numbers.length ? mean(numbers) : null,
        max: numbers.length ? max(numbers) : null,
        topValues: top
      };
    });
  }
  function failRates(records, labels, attributes, maxValues = 6) {
    const rates = [];
    for (const name of attributes) {
      const groups = /* @__PURE__ */ new Map();
      records.forEach((record, i) => {
        const value = record[name];
        const label3 = labels[i];
        if (value === null || value === void 0 || value === "" || label3 === null || label3 === void 0)
          return;
        const group = groups.get(value) ?? { students: 0, failed: 0 };
        group.students += 1;
        group.failed += label3;
        groups.set(value, group);
      });
      if (groups.size === 0 || groups.size > maxValues) continue;
      const sorted = [...groups.entries()].sort(
        ([a], [b]) => typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b))
      );
      for (const [value, { students: students2, failed }] of sorted) {
        rates.push({ attribute: name, value, students: students2, failed, failRate: failed / students2 });
      }
    }
    return rates;
  }
  function countValues(values) {
    const counts2 = /* @__PURE__ */ new Map();
    for (const v of values) counts2.set(v, (counts2.get(v) ?? 0) + 1);
    return counts2;
  }

  // src/jobs/summary.ts
  var SUMMARY_SHEET = "Summary";
  var SUMMARY_HEADER = [
    "Column",
    "Meaning",
    "Kind",
    "Blank",
    "Distinct",
    "Min",
    "Mean",
    "Max",
    "Most common"
  ];
  var COLUMN_HEADER = SUMMARY_HEADER;
  var RATE_HEADER = [
    "Column",
    "Value",
    "Students",
    "Failed",
    "Fail rate",
    "",
    "",
    "",
    ""
  ];
  function writeSummary(report, checked, passMark) {
    const attributes = [...checked.columns.byAttribute.keys()];
    const labels = checked.records.map(
      (r) => typeof r["G3"] === "number" ? r["G3"] < passMark ? 1 : 0 : null
    );
    const columns = summariseColumns(checked.records, attributes);
    const rates = failRates(checked.records, labels, attributes);
    const blank2 = (n) => n === null ? "" : Number(n.toFixed(2));
    const values = [
      [...COLUMN_HEADER],
      ...columns.map((c) => [
        c.attribute,
        c.label,
        c.kind,
        c.blanks,
        c.distinct,
        blank2(c.min),
        blank2(c.mean),
        blank2(c.max),
        c.topValues
      ]),
      Array(COLUMN_HEADER.length).fill(""),
      [...RATE_HEADER],
      ...rates.map((r) => [
        r.attribute,
        r.value,
        r.students,
        r.failed,
        Number(r.failRate.toFixed(3)),
        "",
        "",
        "",
        ""
      ])
    ];
    const rateStart = columns.length + 3;
    const failures = rates.map((r, i) => ({ r, i })).filter(({ r }) => r.attribute === "failures");
    const chart = failures.length > 0 ? {
      firstRow: rateStart + (failures[0]?.i ?? 0),
      rows: failures.length,
      title: `Fail rate (G3 < ${passMark}) by past class failures`
    } : null;
    report.write(values, chart);
  }

  // src/core/data/match-key.ts
  function matchKey(record) {
    return MATCH_ATTRIBUTES.map((name) => {
      const value = record[name];
      return isBlank(value) ? "" : String(value).trim();
    }).join("|");
  }

  // src/core/model/calibration.ts
  function assertPairs(risks, labels) {
    if (risks.length !== labels.length)
      throw new RangeError(`${risks.length} risks but ${labels.length} labels.`);
    if (risks.length === 0) throw new RangeError("No risks to calibrate.");
    risks.forEach((risk2, i) => {
      if (!(risk2 >= 0 && risk2 <= 1)) throw new RangeError(`Risk ${i} is ${risk2}, not a probability.`);
      if (labels[i] !== 0 && labels[i] !== 1) throw new RangeError(`Label ${i} is ${labels[i]}, not 0 or 1.`);
    });
  }
  var EPSILON = 1e-12;
  function logit(risk2) {
    const p = Math.min(1 - EPSILON, Math.max(EPSILON, risk2));
    return Math.log(p / (1 - p));
  }
  var softplus = (x) => x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
  function fitPlatt(risks, labels) {
    assertPairs(risks, labels);
    const f = risks.map(logit);
    const positives = labels.filter((y) => y === 1).length;
    const negatives = labels.length - positives;
    const hi = (positives + 1) / (positives + 2);
    const lo = 1 / (negatives + 2);
    const t = labels.map((y) => y === 1 ? hi : lo);
    const loss = (a2, b2) => f.reduce((sum3, fi, i) => {
      const z2 = a2 * fi + b2;
      return sum3 + t[i] * z2 + softplus(-z2);
    }, 0);
    let a = 0;
    let b = Math.log((negatives + 1) / (positives + 1));
    let current = loss(a, b);
    for (let iteration = 0; iteration < 100; iteration += 1) {
      let ga = 0;
      let gb = 0;
      let haa = 1e-12;
      let hab = 0;
      let hbb = 1e-12;
      f.forEach((fi, i) => {
        const z2 = a * fi + b;
        const q = 1 / (1 + Math.exp(z2));
        const d = t[i] - q;
        ga += fi * d;
        gb += d;
        const w = q * (1 - q);
        haa += fi * fi * w;
        hab += fi * w;
        hbb += w;
      });
      if (Math.abs(ga) < 1e-10 && Math.abs(gb) < 1e-10) break;
      const det = haa * hbb - hab * hab;
      const da = -(hbb * ga - hab * gb) / det;
      const db = -(-hab * ga + haa * gb) / det;
      let step = 1;
      while (step > 1e-10) {
        const next = loss(a + step * da, b + step * db);
        if (next < current + 1e-4 * step * (ga * da + gb * db)) {
          a += step * da;
          b += step * db;
          current = next;
          break;
        }
        step /= 2;
      }
      if (step <= 1e-10) break;
    }
    return { kind: "platt", a, b };
  }
  function fitIsotonic(risks, labels) {
    assertPairs(risks, labels);
    const order2 = risks.map((_, i) => i).sort((i, j) => risks[i] - risks[j]);
    const points = [];
    for (const i of order2) {
      const x = risks[i];
      const y = labels[i];
      const last = points[points.length - 1];
      if (last && last.x === x) {
        last.y = (last.y * last.w + y) / (last.w + 1);
        last.w += 1;
      } else points.push({ x, y, w: 1 });
    }
    const blocks = [];
    points.forEach((point, i) => {
      blocks.push({ y: point.y, w: point.w, first: i, last: i });
      while (blocks.length > 1) {
        const b = blocks[blocks.length - 1];
        const a = blocks[blocks.length - 2];
        if (a.y <= b.y) break;
        blocks.splice(-2, 2, {
          y: (a.y * a.w + b.y * b.w) / (a.w + b.w),
          w: a.w + b.w,
          first: a.first,
          last: b.last
        });
      }
    });
    const fitted = new Array(points.length);
    for (const block of blocks) for (let i = block.first; i <= block.last; i += 1) fitted[i] = block.y;
    const xs = [];
    const ys = [];
    points.forEach((point, i) => {
      const y = fitted[i];
      const keep = i === 0 || i === points.length - 1 || fitted[i - 1] !== y || fitted[i + 1] !== y;
      if (keep) {
        xs.push(point.x);
        ys.push(y);
      }
    });
    return { kind: "isotonic", xs, ys };
  }
  function calibrate(calibration, risk2) {
    if (calibration.kind === "none") return risk2;
    if (calibration.kind === "platt") return 1 / (1 + Math.exp(calibration.a * logit(risk2) + calibration.b));
    const { xs, ys } = calibration;
    const last = xs.length - 1;
    if (risk2 <= xs[0]) return ys[0];
    if (risk2 >= xs[last]) return ys[last];
    let lo = 0;
    let hi = last;
    while (hi - lo > 1) {
      const mid = lo + hi >> 1;
      if (xs[mid] <= risk2) lo = mid;
      else hi = mid;
    }
    const x0 = xs[lo];
    const x1 = xs[hi];
    const y0 = ys[lo];
    const y1 = ys[hi];
    return y0 + (risk2 - x0) * (y1 - y0) / (x1 - x0);
  }

  // src/core/random.ts
  function seededRandom(seed) {
    let state = seed >>> 0;
    return () => {
      state = state + 1831565813 >>> 0;
      let t = state;
      t = Math.imul(t ^ t >>> 15, t | 1);
      t ^= t + Math.imul(t ^ t >>> 7, t | 61);
      return ((t ^ t >>> 14) >>> 0) / 4294967296;
    };
  }
  function shuffleInPlace(items, random) {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      const held = items[i];
      items[i] = items[j];
      items[j] = held;
    }
    return items;
  }

  // src/core/model/training-data-error.ts
  var TrainingDataError = class extends DataError {
    constructor(problem, message, recordIndex) {
      super(message);
      this.problem = problem;
      this.recordIndex = recordIndex;
      this.name = "TrainingDataError";
    }
  };
  function assertTrainableLabels(labels) {
    if (labels.length === 0)
      throw new TrainingDataError(
        "no-rows",
        "No student has a final grade (G3) to learn from: training needs rows whose final grade is known, such as last year’s class."
      );
    let failures = 0;
    labels.forEach((label3, i) => {
      if (label3 !== 0 && label3 !== 1) throw new RangeError(`Label ${i} is ${label3}; labels must be 0 or 1.`);
      failures += label3;
    });
    if (failures === 0 || failures === labels.length) {
      const outcome = failures === 0 ? "passed" : "failed";
      throw new TrainingDataError(
        "one-class",
        `Every one of the ${labels.length} students ${outcome}, so there is nothing to learn the difference from.`
      );
    }
  }

  // src/core/model/folds.ts
  function stratifiedGroupFolds(labels, groups, k, random) {
    if (labels.length !== groups.length)
      throw new RangeError(`${labels.length} labels but ${groups.length} groups.`);
    if (!Number.isInteger(k) || k < 2)
      throw new RangeError(`Folds must be a whole number of at least 2, not ${k}.`);
    assertTrainableLabels(labels);
    const byKey = /* @__PURE__ */ new Map();
    labels.forEach((label3, row) => {
      const key = groups[row];
      const group = byKey.get(key) ?? { rows: [], failures: 0 };
      group.rows.push(row);
      group.failures += label3;
      byKey.set(key, group);
    });
    const failures = labels.reduce((sum3, label3) => sum3 + label3, 0);
    const fewest = Math.min(failures, labels.length - failures);
    if (byKey.size < k || fewest < k) {
      const what = byKey.size < k ? `${byKey.size} distinct ${plural(byKey.size, "student")}` : `only ${fewest} ${plural(fewest, "student")} with one outcome`;
      throw new TrainingDataError(
        "too-few-rows",
        `Cross-validation with ${k} folds needs at least ${k} different students, ${k} who passed and ${k} who failed; the rows have ${what}. Add rows with a final grade, or lower the number of folds.`
      );
    }
    const ordered = shuffleInPlace([...byKey.values()], random).sort((a, b) => b.rows.length - a.rows.length);
    const target = [(labels.length - failures) / k, failures / k];
    const counts2 = Array.from({ length: k }, () => [0, 0]);
    const fold2 = new Array(labels.length).fill(0);
    for (const group of ordered) {
      const add = [group.rows.length - group.failures, group.failures];
      let best = 0;
      let bestCost = Number.POSITIVE_INFINITY;
      let bestRows = Number.POSITIVE_INFINITY;
      counts2.forEach((count, f) => {
        let cost = 0;
        for (let c = 0; c < 2; c += 1) {
          const before = count[c] - target[c];
          cost += (before + add[c]) ** 2 - before ** 2;
        }
        const rows = count[0] + count[1];
        if (cost < bestCost - 1e-12 || Math.abs(cost - bestCost) <= 1e-12 && rows < bestRows) {
          best = f;
          bestCost = cost;
          bestRows = rows;
        }
      });
      const chosen = counts2[best];
      chosen[0] = chosen[0] + add[0];
      chosen[1] = chosen[1] + add[1];
      for (const row of group.rows) fold2[row] = best;
    }
    return fold2;
  }
  function plural(count, word) {
    return count === 1 ? word : `${word}s`;
  }

  // node_modules/ml-matrix/matrix.mjs
  var matrix = __toESM(require_matrix(), 1);
  var Matrix2 = matrix.Matrix;
  var matrix_default = matrix.default.Matrix ? matrix.default.Matrix : matrix.Matrix;

  // node_modules/ml-logistic-regression/src/logreg_2classes.js
  var LogisticRegressionTwoClasses = class _LogisticRegressionTwoClasses {
    constructor(options = {}) {
      const { numSteps = 5e4, learningRate = 5e-4, weights = null } = options;
      this.numSteps = numSteps;
      this.learningRate = learningRate;
      this.weights = weights ? matrix_default.checkMatrix(weights) : null;
    }
    train(features, target) {
      let weights = matrix_default.zeros(1, features.columns);
      for (let step = 0; step < this.numSteps; step++) {
        const scores = features.mmul(weights.transpose());
        const predictions = sigmoid2(scores);
        const outputErrorSignal = matrix_default.columnVector(predictions).neg().add(target);
        const gradient = features.transpose().mmul(outputErrorSignal);
        weights = weights.add(gradient.mul(this.learningRate).transpose());
      }
      this.weights = weights;
    }
    testScores(features) {
      const finalData = features.mmul(this.weights.transpose());
      return sigmoid2(finalData);
    }
    predict(features) {
      const finalData = features.mmul(this.weights.transpose());
      return sigmoid2(finalData).map(Math.round);
    }
    static load(model) {
      return new _LogisticRegressionTwoClasses(model);
    }
    toJSON() {
      return {
        numSteps: this.numSteps,
        learningRate: this.learningRate,
        weights: this.weights
      };
    }
  };
  function sigmoid2(scores) {
    scores = scores.to1DArray();
    let result = [];
    for (let i = 0; i < scores.length; i++) {
      result.push(1 / (1 + Math.exp(-scores[i])));
    }
    return result;
  }

  // node_modules/ml-logistic-regression/src/logreg.js
  function transformClassesForOneVsAll(Y, oneClass) {
    let y = Y.to1DArray();
    for (let i = 0; i < y.length; i++) {
      if (y[i] === oneClass) {
        y[i] = 0;
      } else {
        y[i] = 1;
      }
    }
    return matrix_default.columnVector(y);
  }
  var LogisticRegression = class _LogisticRegression {
    constructor(options = {}) {
      const {
        numSteps = 5e4,
        learningRate = 5e-4,
        classifiers = [],
        numberClasses = 0
      } = options;
      this.numSteps = numSteps;
      this.learningRate = learningRate;
      this.classifiers = classifiers;
      this.numberClasses = numberClasses;
    }
    train(X, Y) {
      this.numberClasses = new Set(Y.to1DArray()).size;
      this.classifiers = new Array(this.numberClasses);
      for (let i = 0; i < this.numberClasses; i++) {
        this.classifiers[i] = new LogisticRegressionTwoClasses({
          numSteps: this.numSteps,
          learningRate: this.learningRate
        });
        let y = Y.clone();
        y = transformClassesForOneVsAll(y, i);
        this.classifiers[i].train(X, y);
      }
    }
    predict(Xtest) {
      let resultsOneClass = new Array(this.numberClasses).fill(0);
      let i;
      for (i = 0; i < this.numberClasses; i++) {
        resultsOneClass[i] = this.classifiers[i].testScores(Xtest);
      }
      let finalResults = new Array(Xtest.rows).fill(0);
      for (i = 0; i < Xtest.rows; i++) {
        let minimum = 1e5;
        for (let j = 0; j < this.numberClasses; j++) {
          if (resultsOneClass[j][i] < minimum) {
            minimum = resultsOneClass[j][i];
            finalResults[i] = j;
          }
        }
      }
      return finalResults;
    }
    static load(model) {
      if (model.name !== "LogisticRegression") {
        throw new Error(`invalid model: ${model.name}`);
      }
      const newClassifier = new _LogisticRegression(model);
      for (let i = 0; i < newClassifier.numberClasses; i++) {
        newClassifier.classifiers[i] = LogisticRegressionTwoClasses.load(
          model.classifiers[i]
        );
      }
      return newClassifier;
    }
    toJSON() {
      return {
        name: "LogisticRegression",
        numSteps: this.numSteps,
        learningRate: this.learningRate,
        numberClasses: this.numberClasses,
        classifiers: this.classifiers
      };
    }
  };

  // src/core/model/step-size.ts
  function largestEigenvalueOfGram(rows, iterations = 50) {
    const n = rows.length;
    const p = rows[0]?.length ?? 0;
    if (n === 0 || p === 0) return 0;
    let vector = new Array(p).fill(1 / Math.sqrt(p));
    let eigenvalue = 0;
    for (let iteration = 0; iteration < iterations; iteration += 1) {
      const next = new Array(p).fill(0);
      for (const row of rows) {
        let projection = 0;
        for (let j = 0; j < p; j += 1) projection += row[j] * vector[j];
        for (let j = 0; j < p; j += 1) next[j] = next[j] + row[j] * projection / n;
      }
      const norm = Math.sqrt(next.reduce((sum3, value) => sum3 + value * value, 0));
      if (norm === 0) return 0;
      const converged = Math.abs(norm - eigenvalue) <= 1e-6 * norm;
      eigenvalue = norm;
      vector = next.map((value) => value / norm);
      if (converged) break;
    }
    return eigenvalue;
  }
  function safeLearningRate(rows) {
    const eigenvalue = largestEigenvalueOfGram(rows);
    return eigenvalue > 0 ? 4 / eigenvalue : Number.POSITIVE_INFINITY;
  }

  // src/core/model/logistic.ts
  function singleClassifier(numSteps, learningRate) {
    const holder = LogisticRegression.load({
      name: "LogisticRegression",
      numSteps,
      learningRate,
      numberClasses: 1,
      classifiers: [{ numSteps, learningRate, weights: null }]
    });
    const trainer = holder.classifiers[0];
    if (!trainer) throw new Error("ml-logistic-regression did not create a classifier.");
    return trainer;
  }
  function assertTrainingSettings(settings) {
    if (!Number.isInteger(settings.steps) || settings.steps < 1) {
      throw new RangeError(`Steps must be a whole number of at least 1, not ${settings.steps}.`);
    }
    if (!(settings.learningRate > 0) || !Number.isFinite(settings.learningRate)) {
      throw new RangeError(`The learning rate must be a positive number, not ${settings.learningRate}.`);
    }
  }
  function fitLogisticMatrix(features, labels, settings) {
    assertTrainingSettings(settings);
    if (features.length !== labels.length) {
      throw new RangeError(`${features.length} feature rows but ${labels.length} labels.`);
    }
    assertTrainableLabels(labels);
    const p = features[0]?.length ?? 0;
    if (p === 0) throw new TrainingDataError("no-features", "No usable feature is left to train on.");
    const design = features.map((row) => {
      if (row.length !== p) throw new RangeError(`Feature rows have ${row.length} and ${p} columns.`);
      return [1, ...row];
    });
    const appliedRate = Math.min(settings.learningRate, safeLearningRate(design));
    const trainer = singleClassifier(settings.steps, appliedRate / design.length);
    trainer.train(new Matrix2(design), Matrix2.columnVector([...labels]));
    const weights = trainer.weights?.to1DArray();
    if (!weights || weights.length !== p + 1 || !weights.every(Number.isFinite)) {
      throw new Error("ml-logistic-regression returned no usable weights.");
    }
    const [intercept, ...rest] = weights;
    return { intercept, weights: rest, appliedRate };
  }
  function assertNoFinalGrade(attributes) {
    if (attributes.includes(FINAL_GRADE)) {
      throw new RangeError(`${FINAL_GRADE} is the final grade the model predicts; it can never be an input.`);
    }
  }
  function trainLogisticModel(records, labels, attributes, settings, encodingOptions = {}) {
    assertNoFinalGrade(attributes);
    if (records.length !== labels.length) {
      throw new RangeError(`${records.length} records but ${labels.length} labels.`);
    }
    assertTrainableLabels(labels);
    const encoding = fitEncoding(records, attributes, encodingOptions);
    if (encoding.features.length === 0) {
      throw new TrainingDataError(
        "no-features",
        `None of the ${attributes.length} chosen columns varies in the training rows, so there is nothing to learn from.`
      );
    }
    const fit = fitLogisticMatrix(encodeRecords(encoding, records), labels, settings);
    const coefficients = {};
    encoding.features.forEach((feature, j) => coefficients[feature.name] = fit.weights[j]);
    const failures = labels.reduce((sum3, label3) => sum3 + label3, 0);
    return {
      kind: "logistic-regression",
      version: 1,
      predicts: "P(fail)",
      intercept: fit.intercept,
      coefficients,
      encoding,
      training: { ...settings, appliedRate: fit.appliedRate, rows: records.length, failures }
    };
  }

  // src/core/model/summary.ts
  function summarise(values) {
    const finite2 = values.filter((value) => Number.isFinite(value));
    return {
      mean: finite2.length > 0 ? mean(finite2) : Number.NaN,
      sd: finite2.length > 1 ? sampleStandardDeviation(finite2) : Number.NaN,
      defined: finite2.length,
      count: values.length
    };
  }

  // src/core/model/threshold.ts
  var CRITERIA = {
    f1: (tp, fp, p) => tp === 0 ? 0 : 2 * tp / (tp + fp + p),
    accuracy: (tp, fp, p, n) => (tp + n - fp) / (p + n),
    youden: (tp, fp, p, n) => tp / p - fp / n
  };
  function chooseThreshold(scores, labels, criterion) {
    assertScoredLabels(scores, labels);
    const positives = labels.reduce((sum3, label3) => sum3 + label3, 0);
    const negatives = labels.length - positives;
    if (positives === 0 || negatives === 0)
      throw new RangeError("A threshold needs both outcomes among the rows.");
    const order2 = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
    const measure = CRITERIA[criterion];
    let best = (1 + scores[order2[0]]) / 2;
    let bestValue = measure(0, 0, positives, negatives);
    let tp = 0;
    let fp = 0;
    for (let i = 0; i < order2.length; i += 1) {
      const score3 = scores[order2[i]];
      if (labels[order2[i]] === 1) tp += 1;
      else fp += 1;
      const next = i + 1 < order2.length ? scores[order2[i + 1]] : 0;
      if (next === score3 && i + 1 < order2.length) continue;
      const candidate = (score3 + next) / 2;
      const value = measure(tp, fp, positives, negatives);
      const better = value > bestValue + 1e-12;
      const asGoodAndNearer = Math.abs(value - bestValue) <= 1e-12 && Math.abs(candidate - 0.5) < Math.abs(best - 0.5);
      if (better || asGoodAndNearer) {
        best = candidate;
        bestValue = value;
      }
    }
    return best;
  }

  // src/core/model/cross-validation.ts
  function subset(input, rows) {
    return {
      records: rows.map((row) => input.records[row]),
      labels: rows.map((row) => input.labels[row]),
      groups: rows.map((row) => input.groups[row]),
      featureSet: input.featureSet
    };
  }
  function chooseSteps(input, candidates, folds, seed) {
    let best = input.featureSet.training.steps;
    let bestAuc = Number.NEGATIVE_INFINITY;
    for (const steps of [...candidates].sort((a, b) => a - b)) {
      const training = { ...input.featureSet.training, steps };
      let auc;
      try {
        auc = crossValidate({ ...input, featureSet: { ...input.featureSet, training } }, { folds, seed }).summary.auc.mean;
      } catch (error) {
        if (error instanceof TrainingDataError && error.problem === "too-few-rows") return best;
        throw error;
      }
      if (auc > bestAuc + 1e-12) {
        best = steps;
        bestAuc = auc;
      }
    }
    return best;
  }
  function fitWithThreshold(input, options) {
    const { attributes, training, encoding } = input.featureSet;
    const steps = options.stepCandidates ? chooseSteps(input, options.stepCandidates, options.innerFolds ?? 3, (options.seed ?? 1) + 1) : training.steps;
    const model = trainLogisticModel(input.records, input.labels, attributes, { ...training, steps }, encoding);
    const criterion = options.thresholdCriterion ?? "f1";
    return { model, threshold: chooseThreshold(riskOfFailing(model, input.records), input.labels, criterion) };
  }
  function assertInput(input) {
    const n = input.records.length;
    if (input.labels.length !== n || input.groups.length !== n) {
      throw new RangeError(
        `${n} records, ${input.labels.length} labels and ${input.groups.length} groups differ.`
      );
    }
    assertNoFinalGrade(input.featureSet.attributes);
    if (input.featureSet.attributes.length === 0) {
      throw new TrainingDataError("no-features", "No columns were chosen as model inputs.");
    }
  }
  function crossValidate(input, options = {}) {
    const k = options.folds ?? 5;
    const seed = options.seed ?? 1;
    const share = options.topKShare ?? 0.2;
    if (!(share > 0 && share <= 1)) throw new RangeError(`The top-K share must be in (0, 1], not ${share}.`);
    assertInput(input);
    const foldOf = stratifiedGroupFolds(input.labels, input.groups, k, seededRandom(seed));
    const outOfFold2 = new Array(input.records.length).fill(Number.NaN);
    const folds = [];
    for (let fold2 = 0; fold2 < k; fold2 += 1) {
      const train4 = [];
      const test = [];
      foldOf.forEach((f, row) => (f === fold2 ? test : train4).push(row));
      const fitted = fitWithThreshold(subset(input, train4), options);
      const { records, labels } = subset(input, test);
      const scores = riskOfFailing(fitted.model, records);
      test.forEach((row, i) => outOfFold2[row] = scores[i]);
      folds.push({
        fold: fold2,
        trainRows: train4.length,
        testRows: test.length,
        testFailures: labels.reduce((sum3, label3) => sum3 + label3, 0),
        auc: rocAuc(scores, labels),
        brier: brierScore(scores, labels),
        accuracyAtHalf: metricsAtThreshold(scores, labels, 0.5).accuracy,
        atThreshold: metricsAtThreshold(scores, labels, fitted.threshold),
        topK: topKMetrics(scores, labels, Math.max(1, Math.round(share * test.length))),
        steps: fitted.model.training.steps
      });
    }
    const over = (pick) => summarise(folds.map(pick));
    const summary2 = {
      auc: over((f) => f.auc),
      brier: over((f) => f.brier),
      accuracyAtHalf: over((f) => f.accuracyAtHalf),
      accuracy: over((f) => f.atThreshold.accuracy),
      precision: over((f) => f.atThreshold.precision),
      recall: over((f) => f.atThreshold.recall),
      f1: over((f) => f.atThreshold.f1),
      topKRecall: over((f) => f.topK.recall),
      topKPrecision: over((f) => f.topK.precision)
    };
    return { k, seed, folds, summary: summary2, foldOf, outOfFold: outOfFold2 };
  }
  function trainAndValidate(input, options = {}) {
    const validation = crossValidate(input, options);
    return { ...fitWithThreshold(input, options), validation };
  }

  // src/core/model/nested-calibration.ts
  function innerCalibrations(input, trainRows, innerFolds, seed) {
    const inner = subset(input, trainRows);
    const { outOfFold: outOfFold2 } = crossValidate(inner, { folds: innerFolds, seed });
    return { platt: fitPlatt(outOfFold2, inner.labels), isotonic: fitIsotonic(outOfFold2, inner.labels) };
  }
  function nestedCalibratedRisks(input, outer, innerFolds) {
    const rows = input.records.length;
    const platt = new Array(rows).fill(Number.NaN);
    const isotonic = new Array(rows).fill(Number.NaN);
    for (let fold2 = 0; fold2 < outer.k; fold2 += 1) {
      const train4 = [];
      const test = [];
      outer.foldOf.forEach((f, row) => (f === fold2 ? test : train4).push(row));
      const fitted = innerCalibrations(input, train4, innerFolds, outer.seed + fold2 + 1);
      for (const row of test) {
        const risk2 = outer.outOfFold[row];
        platt[row] = calibrate(fitted.platt, risk2);
        isotonic[row] = calibrate(fitted.isotonic, risk2);
      }
    }
    return { platt, isotonic };
  }
  function foldBrier(outer, risks, labels) {
    const perFold = outer.folds.map((fold2) => {
      const rows = outer.foldOf.flatMap((f, row) => f === fold2.fold ? [row] : []);
      return brierScore(
        rows.map((row) => risks[row]),
        rows.map((row) => labels[row])
      );
    });
    return { perFold, mean: perFold.reduce((a, b) => a + b, 0) / perFold.length };
  }

  // src/core/model/calibrated-training.ts
  var CALIBRATION_INNER_FOLDS = 3;
  function withPlatt(model, a, b) {
    const coefficients = {};
    for (const [name, value] of Object.entries(model.coefficients)) coefficients[name] = -a * value;
    return { ...model, intercept: -a * model.intercept - b, coefficients };
  }
  function trainCalibrated(input, options = {}) {
    const validated = trainAndValidate(input, options);
    const { validation } = validated;
    const before = foldBrier(validation, validation.outOfFold, input.labels);
    const uncorrected = {
      ...validated,
      calibration: { method: "none", platt: null, brierBefore: before.mean, brierAfter: before.mean }
    };
    let nested;
    try {
      nested = nestedCalibratedRisks(input, validation, CALIBRATION_INNER_FOLDS);
    } catch (error) {
      if (error instanceof TrainingDataError) return uncorrected;
      throw error;
    }
    const after = foldBrier(validation, nested.platt, input.labels);
    const final = fitPlatt(validation.outOfFold, input.labels);
    if (final.kind !== "platt" || final.a >= 0 || !(after.mean < before.mean)) return uncorrected;
    return {
      model: withPlatt(validated.model, final.a, final.b),
      threshold: calibrate(final, validated.threshold),
      // The Brier score reported is the nested one: what the correction did on rows it never saw. The out-of-fold
      // risks are mapped through the final correction, one increasing map for all, so that their ranking (the
      // pooled AUC, the catch curve by share, the refusal of a useless model) is exactly the uncorrected one while
      // their scale (the catch curve by threshold) is the corrected model's. Nested risks would not do here: each
      // fold has its own correction, and with a weak model each flattens its fold towards the fail rate, which
      // scrambles the ranking across folds. Every other fold figure is unchanged by an increasing correction.
      validation: {
        ...validation,
        outOfFold: validation.outOfFold.map((risk2) => calibrate(final, risk2)),
        folds: validation.folds.map((fold2, i) => ({ ...fold2, brier: after.perFold[i] })),
        summary: { ...validation.summary, brier: summarise(after.perFold) }
      },
      calibration: {
        method: "platt",
        platt: { a: final.a, b: final.b },
        brierBefore: before.mean,
        brierAfter: after.mean
      }
    };
  }

  // src/core/model/feature-sets.ts
  var DEFAULT_ENCODING = {
    transforms: {
      failures: ["linear", "positive"],
      G1: ["linear", "positive"],
      G2: ["linear", "positive"]
    }
  };
  var EARLY_TERM_TRAINING = { steps: 10, learningRate: 1 };
  var MID_TERM_TRAINING = { steps: 100, learningRate: 1 };
  var BEFORE_GRADES = ATTRIBUTES.map((attribute) => attribute.name).filter(
    (name) => !GRADE_ATTRIBUTES.includes(name)
  );
  function featureSetFor(moment, columns) {
    const present = new Set(columns);
    const attributes = BEFORE_GRADES.filter((name) => present.has(name));
    if (moment === "early") {
      return { moment, attributes, training: EARLY_TERM_TRAINING, encoding: DEFAULT_ENCODING };
    }
    if (!present.has("G1")) throw new RangeError("The mid-term model needs the first-period grade (G1).");
    const grades = GRADE_ATTRIBUTES.filter((name) => name !== FINAL_GRADE && present.has(name));
    return {
      moment,
      attributes: [...attributes, ...grades],
      training: MID_TERM_TRAINING,
      encoding: DEFAULT_ENCODING
    };
  }

  // src/core/monitoring/confidence-intervals.ts
  var Z_95 = 1.959963984540054;
  function assertCount(value, name) {
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}.`);
  }
  function wilsonInterval(successes, trials, z2 = Z_95) {
    assertCount(successes, "successes");
    assertCount(trials, "trials");
    if (successes > trials) throw new RangeError(`${successes} successes out of only ${trials} trials.`);
    if (trials === 0) throw new RangeError("A proportion of 0 trials has no interval.");
    if (!(z2 > 0)) throw new RangeError(`z must be positive, got ${z2}.`);
    const p = successes / trials;
    const z22 = z2 * z2;
    const denominator = 1 + z22 / trials;
    const centre = (p + z22 / (2 * trials)) / denominator;
    const half = z2 / denominator * Math.sqrt(p * (1 - p) / trials + z22 / (4 * trials * trials));
    return {
      low: successes === 0 ? 0 : Math.max(0, centre - half),
      high: successes === trials ? 1 : Math.min(1, centre + half)
    };
  }
  function hanleyMcNeilStandardError(auc, positives, negatives) {
    if (!(auc >= 0 && auc <= 1)) throw new RangeError(`An AUC lies in [0, 1], got ${auc}.`);
    assertCount(positives, "positives");
    assertCount(negatives, "negatives");
    if (positives < 1 || negatives < 1)
      throw new RangeError(`An AUC needs both classes: ${positives} positives, ${negatives} negatives.`);
    const q1 = auc / (2 - auc);
    const q2 = 2 * auc * auc / (1 + auc);
    const variance2 = (auc * (1 - auc) + (positives - 1) * (q1 - auc * auc) + (negatives - 1) * (q2 - auc * auc)) / (positives * negatives);
    return Math.sqrt(Math.max(0, variance2));
  }
  function hanleyMcNeilInterval(auc, positives, negatives, z2 = Z_95) {
    if (!(z2 > 0)) throw new RangeError(`z must be positive, got ${z2}.`);
    const half = z2 * hanleyMcNeilStandardError(auc, positives, negatives);
    return { low: Math.max(0, auc - half), high: Math.min(1, auc + half) };
  }

  // src/core/model/usefulness.ts
  var MIN_PER_OUTCOME = 10;
  var MIN_ROWS = 50;
  var two = (x) => x.toFixed(2);
  var students = (n) => `${n} student${n === 1 ? "" : "s"}`;
  function judgeUsefulness(outOfFold2, labels) {
    const rows = labels.length;
    const failures = labels.reduce((sum3, label3) => sum3 + label3, 0);
    const passes = rows - failures;
    const outOfFoldAuc = rows > 0 ? rocAuc(outOfFold2, labels) : Number.NaN;
    const interval = Number.isFinite(outOfFoldAuc) && failures > 0 && passes > 0 ? hanleyMcNeilInterval(outOfFoldAuc, failures, passes) : null;
    const refusals = [];
    if (failures < MIN_PER_OUTCOME || passes < MIN_PER_OUTCOME) {
      refusals.push(
        `Only ${students(failures)} who failed and ${students(passes)} who passed have a final grade; a model needs at least ${MIN_PER_OUTCOME} of each to learn the difference and to be measured.`
      );
    }
    if (rows < MIN_ROWS) {
      refusals.push(
        `Only ${students(rows)} have a final grade; a model needs at least ${MIN_ROWS}, so that each cross-validation fold is more than a handful of students.`
      );
    }
    if (interval === null || !(interval.low > 0.5)) {
      refusals.push(
        interval === null ? "Its ROC AUC could not be measured, so it cannot be shown to be better than chance." : `It is not clearly better than chance: its out-of-fold ROC AUC is ${two(outOfFoldAuc)}, and the 95% interval (${two(interval.low)} to ${two(interval.high)}) does not lie wholly above 0.5, the AUC of a coin toss.`
      );
    }
    return { rows, failures, passes, outOfFoldAuc, interval, refusals };
  }

  // src/core/model/target.ts
  var DEFAULT_PASS_MARK = 10;
  function failLabels(records, passMark = DEFAULT_PASS_MARK) {
    if (!(passMark > 0 && passMark <= 20))
      throw new RangeError(`The pass mark must be in (0, 20], not ${passMark}.`);
    return records.map((record, row) => {
      const grade = numericValue(record, FINAL_GRADE, row);
      if (grade === null) {
        throw new TrainingDataError(
          "missing-target",
          `Row ${row + 1} has no final grade (${FINAL_GRADE}).`,
          row
        );
      }
      return grade < passMark ? 1 : 0;
    });
  }

  // src/core/drift/column-table.ts
  function columnTable(records, columns) {
    const table = {};
    for (const column2 of columns) table[column2] = records.map((record) => record[column2] ?? null);
    return table;
  }
  function tableRows(table, name) {
    let rows;
    for (const [column2, values] of Object.entries(table)) {
      if (rows === void 0) rows = values.length;
      else if (values.length !== rows)
        throw new RangeError(
          `Every column of the ${name} table needs ${rows} rows; "${column2}" has ${values.length}.`
        );
    }
    return rows ?? 0;
  }
  function columnOf(table, column2, name) {
    const values = table[column2];
    if (!values) throw new RangeError(`The ${name} table has no column "${column2}".`);
    return values;
  }

  // src/core/drift/reference-sample.ts
  var SHEET_CELL_LIMIT = 5e4;
  function assertCount2(value, name) {
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}.`);
  }
  function drawOrder(rows, seed) {
    return shuffleInPlace(
      Array.from({ length: rows }, (_, index) => index),
      seededRandom(seed)
    );
  }
  function take(records, columns, order2, rows, seed) {
    const chosen = order2.slice(0, rows).sort((a, b) => a - b);
    const picked = chosen.map((index) => records[index]);
    return { seed, sourceRows: records.length, rows: picked.length, table: columnTable(picked, columns) };
  }
  function referenceSampleThatFits(records, columns, options) {
    const maxRows = options.maxRows ?? 1e3;
    const maxChars = options.maxChars ?? SHEET_CELL_LIMIT;
    assertCount2(maxRows, "maxRows");
    assertCount2(maxChars, "maxChars");
    const order2 = drawOrder(records.length, options.seed);
    const sampleOf = (rows) => take(records, columns, order2, rows, options.seed);
    const fits = (sample) => encodeReferenceSample(sample).length <= maxChars;
    let low = 0;
    let high = Math.min(maxRows, records.length);
    if (!fits(sampleOf(low)))
      throw new RangeError(
        `Even an empty reference sample of ${columns.length} columns exceeds ${maxChars} characters.`
      );
    if (fits(sampleOf(high))) return sampleOf(high);
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (fits(sampleOf(middle))) low = middle;
      else high = middle;
    }
    return sampleOf(low);
  }

  // src/core/registry/promotion-gate.ts
  var fmt = (x) => x === void 0 || !Number.isFinite(x) ? "n/a" : x.toFixed(3);
  function decidePromotion(candidate, champion) {
    if (!champion) return { alias: "champion", reason: "first version" };
    if ("unusable" in champion) {
      return {
        alias: "challenger",
        reason: `champion v${champion.version} could not be loaded (${champion.unusable}), so nothing was compared; promote by hand`
      };
    }
    const mine = candidate.metrics["auc"];
    const theirs = champion.metrics["auc"];
    if (champion.checksumCovers === "model") {
      return {
        alias: "challenger",
        reason: `champion v${champion.version} was recorded by an earlier PassCompass and its CV ROC AUC (${fmt(theirs)}) is not covered by its checksum, so it is not compared; promote by hand`
      };
    }
    if (candidate.dataFingerprint !== champion.dataFingerprint) {
      return {
        alias: "challenger",
        reason: `trained on different data from champion v${champion.version}; promote by hand`
      };
    }
    if (candidate.mode !== champion.mode) {
      return {
        alias: "challenger",
        reason: `${candidate.mode}-term model vs ${champion.mode}-term champion; promote by hand`
      };
    }
    if (mine !== void 0 && theirs !== void 0 && mine > theirs) {
      return {
        alias: "champion",
        reason: `CV ROC AUC ${fmt(mine)} beats champion v${champion.version} (${fmt(theirs)})`
      };
    }
    return {
      alias: "challenger",
      reason: `CV ROC AUC ${fmt(mine)} does not beat champion v${champion.version} (${fmt(theirs)})`
    };
  }

  // src/jobs/train.ts
  function trainModel(deps) {
    const started = deps.now();
    const registry = Registry.read(deps, deps.digests);
    const experimentRows = deps.experiments.rows();
    const checked = checkStudents(deps.students, deps.issues);
    const { records, labels, groups } = trainingRows(checked, deps.settings.passMark);
    const moment = chooseMoment(checked, deps.settings);
    const featureSet = featureSetFor(moment, [...checked.columns.byAttribute.keys()]);
    const validated = trainCalibrated(
      { records, labels, groups, featureSet },
      {
        folds: deps.settings.folds,
        seed: deps.settings.seed,
        topKShare: Math.min(1, deps.settings.capacity / Math.max(1, checked.records.length))
      }
    );
    writeSummary(deps.summary, checked, deps.settings.passMark);
    const notes2 = [];
    const dropped = validated.model.encoding.dropped;
    if (dropped.length > 0) {
      notes2.push(`Not used, because every training row has the same value or none: ${dropped.join(", ")}.`);
    }
    const usefulness = judgeUsefulness(validated.validation.outOfFold, labels);
    const runId = nextRunId(experimentRows);
    const modelJson = JSON.stringify(validated.model);
    const candidate = {
      version: registry.nextVersion(versionsNamedIn(experimentRows)),
      createdAt: deps.now().toISOString(),
      experimentId: runId,
      dataFingerprint: fingerprint(records, labels, deps.digests),
      rows: records.length,
      mode: moment,
      features: validated.model.encoding.features.map((f) => f.name),
      metrics: flatMetrics(validated),
      threshold: validated.threshold,
      modelJson,
      checksum: "",
      status: "",
      catchCurve: catchCurve(validated.validation.outOfFold, labels),
      referenceSample: encodeReferenceSample(
        referenceSampleThatFits(records, modelAttributes(validated.model), { seed: deps.settings.seed })
      )
    };
    const record = (outcome, version2) => ({
      runId,
      at: started,
      dataFingerprint: candidate.dataFingerprint,
      rows: candidate.rows,
      mode: candidate.mode,
      version: version2,
      validated,
      settings: deps.settings,
      seconds: (deps.now().getTime() - started.getTime()) / 1e3,
      outcome
    });
    if (usefulness.refusals.length > 0) {
      const why = usefulness.refusals.join(" ");
      notes2.push(...registry.problems);
      deps.experiments.append([experimentRow(record(`refused, not registered: ${why}`, null))]);
      return {
        runId,
        version: candidate,
        validated,
        alias: "refused",
        gateReason: why,
        usefulness,
        champion: registry.aliases().champion,
        notes: notes2
      };
    }
    const version = {
      ...candidate,
      checksum: versionChecksum(candidate, deps.digests.sha256Hex)
    };
    const decision = decidePromotion(version, registry.championForGate());
    notes2.push(...registry.problems);
    const current = registry.aliases();
    const move = {
      at: version.createdAt,
      alias: decision.alias,
      from: current[decision.alias],
      to: version.version,
      by: SET_BY_TRAINING,
      reason: decision.reason
    };
    registry.commit(version, [move]);
    deps.experiments.append([experimentRow(record(`${decision.alias}: ${decision.reason}`, version.version))]);
    return {
      runId,
      version,
      validated,
      alias: decision.alias,
      gateReason: decision.reason,
      usefulness,
      champion: registry.aliases().champion,
      notes: notes2
    };
  }
  function trainingRows(checked, passMark) {
    const records = checked.records.filter((r) => r["G3"] !== null && r["G3"] !== void 0);
    if (!checked.columns.byAttribute.has("G3")) {
      throw new DataError('The roster has no final grade column ("G3"), so there is nothing to learn from.', {
        row: 1
      });
    }
    return { records, labels: failLabels(records, passMark), groups: records.map(matchKey) };
  }
  function chooseMoment(checked, settings) {
    if (settings.mode === "mid" && !checked.columns.byAttribute.has("G1")) {
      throw new DataError(
        'The mid-term setting needs a first-period grade column ("G1"). Add it, or choose early term in Settings.',
        { row: 1, column: "G1" }
      );
    }
    if (settings.mode !== "auto") return settings.mode;
    const withG1 = checked.records.filter((r) => r["G1"] !== null && r["G1"] !== void 0).length;
    return checked.columns.byAttribute.has("G1") && withG1 >= checked.records.length / 2 ? "mid" : "early";
  }
  function fingerprint(records, labels, digests2) {
    const names = [...new Set(records.flatMap((r) => Object.keys(r)))].sort();
    const rows = records.map((r, i) => [...names.map((n) => r[n] ?? null), labels[i]]);
    return digests2.sha256Hex(JSON.stringify([names, rows]));
  }
  function flatMetrics(validated) {
    const metrics = {};
    for (const [name, summary2] of Object.entries(validated.validation.summary)) {
      metrics[name] = round(summary2.mean);
      metrics[`${name}Sd`] = round(summary2.sd);
    }
    metrics["brierUncalibrated"] = round(validated.calibration.brierBefore);
    if (validated.calibration.platt) {
      metrics["plattA"] = round(validated.calibration.platt.a, 6);
      metrics["plattB"] = round(validated.calibration.platt.b, 6);
    }
    return metrics;
  }
  function round(x, digits = 4) {
    return Number.isFinite(x) ? Number(x.toFixed(digits)) : x;
  }

  // src/core/schedule/daily-hour.ts
  var MINUTE_MS = 6e4;
  var HOUR_MS = 60 * MINUTE_MS;
  var DAY_MS = 24 * HOUR_MS;
  function atHourOnDayOf(ms, hour, offsetAt) {
    const local = ms + offsetAt(ms) * MINUTE_MS;
    const candidateLocal = Math.floor(local / DAY_MS) * DAY_MS + hour * HOUR_MS;
    const guess = candidateLocal - offsetAt(ms) * MINUTE_MS;
    return candidateLocal - offsetAt(guess) * MINUTE_MS;
  }
  function nextDailyRun(now, hour, offsetAt) {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23)
      throw new RangeError(`The hour must be a whole number from 0 to 23, got ${hour}.`);
    if (!Number.isFinite(now)) throw new RangeError(`now must be a finite time, got ${now}.`);
    const today = atHourOnDayOf(now, hour, offsetAt);
    return today > now ? today : atHourOnDayOf(now + DAY_MS, hour, offsetAt);
  }
  function offsetMinutes(text) {
    const match = /^([+-])(\d{2}):?(\d{2})$/.exec(text.trim());
    if (!match) throw new RangeError(`"${text}" is not a UTC offset like +0100.`);
    const [, sign, hours, minutes] = match;
    return (sign === "-" ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  }

  // src/core/schedule/retry.ts
  var MINUTE_MS2 = 6e4;
  var FIRST_RETRY_MS = 2 * MINUTE_MS2;
  var LONGEST_RETRY_MS = 60 * MINUTE_MS2;
  var FAILURES_BEFORE_REPORT = 3;
  var NEXT_BLOCK_AFTER_MS = MINUTE_MS2;
  function retryDelayMs(attempt) {
    if (!Number.isInteger(attempt) || attempt < 1)
      throw new RangeError(`attempt must be a whole number ≥ 1, got ${attempt}`);
    return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(attempt - 1, 10));
  }

  // src/jobs/background/background-state.ts
  var BACKGROUND_KEY = "passcompass.background";
  var NO_CHECKS_YET = {
    lastFinishedAt: null,
    lastAlertAt: null,
    compareWith: null,
    lastComparedRun: null
  };
  var EMPTY_BACKGROUND = {
    scoring: null,
    monitoring: null,
    checks: NO_CHECKS_YET,
    notice: null,
    lastScoring: null,
    lastCheck: null
  };
  var isTime = (value) => value === null || Number.isFinite(value);
  function isCheckState(value) {
    const v = value;
    return typeof v === "object" && v !== null && typeof v.verdict === "string" && Array.isArray(v.problemKinds) && v.problemKinds.every((kind) => typeof kind === "string") && typeof v.missedCheck === "boolean";
  }
  function isMonitoringWork(value) {
    const v = value;
    return typeof v === "object" && v !== null && Number.isFinite(v.onSince) && typeof v.onBy === "string" && Number.isFinite(v.dueAt);
  }
  function isCheckMemory(value) {
    const v = value;
    return typeof v === "object" && v !== null && isTime(v.lastFinishedAt) && isTime(v.lastAlertAt) && (v.compareWith === null || isCheckState(v.compareWith)) && (v.lastComparedRun === null || typeof v.lastComparedRun === "string");
  }
  var isCount = (value) => Number.isInteger(value) && value >= 0;
  function isLastScoring(value) {
    const v = value;
    return typeof v === "object" && v !== null && Number.isFinite(v.at) && isCount(v.version) && isCount(v.scored) && isCount(v.notScored) && typeof v.tiers === "object" && v.tiers !== null && isCount(v.tiers.High) && isCount(v.tiers.Medium) && isCount(v.tiers.Low) && (v.expectedCatch === null || Number.isFinite(v.expectedCatch) && v.expectedCatch >= 0);
  }
  function isLastCheck(value) {
    const v = value;
    return typeof v === "object" && v !== null && Number.isFinite(v.at) && typeof v.verdict === "string" && typeof v.alert === "string";
  }
  function isScoringWork(value) {
    const v = value;
    return typeof v === "object" && v !== null && Number.isInteger(v.attempts) && Number.isFinite(v.dueAt) && (v.lastError === null || typeof v.lastError === "string") && (v.reportedAt === null || Number.isFinite(v.reportedAt));
  }
  function loadBackground(store) {
    const text = store.get(BACKGROUND_KEY);
    if (!text) return { ...EMPTY_BACKGROUND, checks: { ...NO_CHECKS_YET } };
    try {
      const raw = JSON.parse(text);
      return {
        scoring: isScoringWork(raw?.scoring) ? raw.scoring : null,
        monitoring: isMonitoringWork(raw?.monitoring) ? raw.monitoring : null,
        checks: isCheckMemory(raw?.checks) ? raw.checks : { ...NO_CHECKS_YET },
        notice: typeof raw?.notice === "string" ? raw.notice : null,
        lastScoring: isLastScoring(raw?.lastScoring) ? raw.lastScoring : null,
        lastCheck: isLastCheck(raw?.lastCheck) ? raw.lastCheck : null
      };
    } catch {
      return { ...EMPTY_BACKGROUND, checks: { ...NO_CHECKS_YET } };
    }
  }
  function saveBackground(store, state) {
    const remembers = Object.values(state.checks).some((value) => value !== null) || state.lastScoring !== null || state.lastCheck !== null;
    if (state.scoring === null && state.monitoring === null && state.notice === null && !remembers) {
      if (store.get(BACKGROUND_KEY) !== null) store.remove(BACKGROUND_KEY);
    } else store.set(BACKGROUND_KEY, JSON.stringify(state));
  }
  function nextDue(state) {
    const times = [state.scoring?.dueAt, state.monitoring?.dueAt].filter((t) => t !== void 0);
    return times.length === 0 ? null : Math.min(...times);
  }

  // src/jobs/background/tick.ts
  function runTick(deps) {
    const now = deps.now().getTime();
    const state = loadBackground(deps.store);
    const report = { ran: [] };
    const work = state.scoring;
    if (work && work.dueAt <= now) {
      report.ran.push("scoring");
      beginScoringAttempt(deps);
      try {
        const result = deps.withLock(() => deps.continueScoring());
        report.scoring = result;
        recordScoring(deps, result);
        return report;
      } catch (error) {
        report.error = error instanceof Error ? error.message : String(error);
        recordFailure(deps, report.error);
        return report;
      }
    }
    const monitoring2 = state.monitoring;
    if (monitoring2 && monitoring2.dueAt <= now) {
      report.ran.push("monitoring");
      monitoring2.dueAt = nextDailyRun(now, deps.monitoringHour(), deps.offsetAt);
      saveBackground(deps.store, state);
      reschedule(deps, state);
      try {
        deps.withLock(() => deps.runMonitoringCheck());
      } catch (error) {
        report.error = error instanceof Error ? error.message : String(error);
      }
      return report;
    }
    reschedule(deps, state);
    return report;
  }
  function beginScoringAttempt(deps) {
    const state = loadBackground(deps.store);
    const now = deps.now().getTime();
    const work = state.scoring ?? { attempts: 0, dueAt: now, lastError: null, reportedAt: null };
    work.attempts += 1;
    work.dueAt = now + retryDelayMs(work.attempts);
    state.scoring = work;
    saveBackground(deps.store, state);
    reschedule(deps, state);
  }
  function recordScoring(deps, result) {
    const state = loadBackground(deps.store);
    const now = deps.now().getTime();
    if (result.status === "continuing") {
      state.scoring = { attempts: 0, dueAt: now + NEXT_BLOCK_AFTER_MS, lastError: null, reportedAt: null };
    } else {
      state.scoring = null;
      if (result.status === "abandoned") state.notice = result.why;
      if (result.status === "finished") {
        const { version, scored, notScored, tiers, expectedCatch: expectedCatch2 } = result;
        const catchShare = Number.isFinite(expectedCatch2) ? expectedCatch2 : null;
        state.lastScoring = {
          at: now,
          version,
          scored,
          notScored,
          tiers: { ...tiers },
          expectedCatch: catchShare
        };
      }
    }
    saveBackground(deps.store, state);
    reschedule(deps, state);
  }
  function recordFailure(deps, message) {
    const state = loadBackground(deps.store);
    const work = state.scoring;
    if (!work) return;
    work.lastError = message;
    try {
      deps.showFailure(`Scoring in the background (attempt ${work.attempts})`, message, new Date(work.dueAt));
    } catch {
    }
    if (work.attempts >= FAILURES_BEFORE_REPORT && work.reportedAt === null) {
      state.notice = `Scoring in the background has failed ${work.attempts} times in a row. The last error: ${message} PassCompass keeps trying by itself, less often each time; Score students continues it now.`;
      deps.reportFailure(
        "PassCompass: scoring in the background keeps failing",
        `Scoring students in the background has failed ${work.attempts} times in a row. PassCompass keeps trying by itself, less often each time. Open the spreadsheet and choose PassCompass ▸ Score students to see why and to continue.`
      );
      work.reportedAt = deps.now().getTime();
    }
    saveBackground(deps.store, state);
  }
  function reschedule(deps, state) {
    const due = nextDue(state);
    if (due === null) deps.scheduler.sleep();
    else deps.scheduler.wakeAt(new Date(due));
  }
  function takeNotice(store) {
    const state = loadBackground(store);
    if (state.notice === null) return null;
    const notice = state.notice;
    state.notice = null;
    saveBackground(store, state);
    return notice;
  }

  // src/core/monitoring/alert-decision.ts
  var HOUR_MS2 = 60 * 60 * 1e3;
  var ALERT_SPACING_MS = 23 * HOUR_MS2;
  var HEARTBEAT_LIMIT_MS = 48 * HOUR_MS2;
  function checkWasMissed(times) {
    for (const [name, value] of Object.entries(times))
      if (value !== null && !Number.isFinite(value)) throw new RangeError(`${name} must be a finite time.`);
    if (times.monitoringOnSince === null) return false;
    const since = Math.max(times.monitoringOnSince, times.lastFinishedCheckAt ?? -Infinity);
    return times.now - since > HEARTBEAT_LIMIT_MS;
  }
  function assertState(state, name) {
    if (state.verdict === "ok" !== (state.problemKinds.length === 0))
      throw new RangeError(`The ${name} check's verdict "${state.verdict}" disagrees with its problem kinds.`);
  }
  function news(current, previous) {
    const known = new Set(previous?.problemKinds ?? []);
    const fresh = current.problemKinds.filter((kind) => !known.has(kind));
    const items = [];
    if (current.missedCheck && !previous?.missedCheck)
      items.push(`no monitoring check finished for ${HEARTBEAT_LIMIT_MS / HOUR_MS2} hours`);
    if (fresh.length > 0) items.push(`new problem: ${fresh.join(", ")}`);
    const previousProblem = previous?.missedCheck ? "a missed check" : previous?.verdict;
    if (current.verdict === "ok" && !current.missedCheck && previousProblem && previousProblem !== "ok")
      items.push(`back to normal (was ${previousProblem})`);
    return items;
  }
  function decideAlert(input) {
    const { current, previous, lastAlertAt, now } = input;
    if (!Number.isFinite(now)) throw new RangeError(`now must be a finite time, got ${now}.`);
    if (lastAlertAt !== null && !(Number.isFinite(lastAlertAt) && lastAlertAt <= now))
      throw new RangeError(`The last alert time ${lastAlertAt} must be a finite time no later than now.`);
    assertState(current, "current");
    if (previous) assertState(previous, "previous");
    const items = news(current, previous);
    if (items.length === 0) {
      const reason = current.verdict === "ok" ? "no problem" : `nothing new: ${current.problemKinds.join(", ")}`;
      return { send: false, reason, compareNextWith: current };
    }
    if (lastAlertAt !== null && now - lastAlertAt < ALERT_SPACING_MS) {
      const hours = Math.floor((now - lastAlertAt) / HOUR_MS2);
      const reason = `held until a day after the last alert (sent ${hours} h ago): ${items.join("; ")}`;
      return { send: false, reason, compareNextWith: previous };
    }
    return { send: true, reason: items.join("; "), compareNextWith: current };
  }

  // src/core/alerts/alert-facts.ts
  var VERDICTS = [
    "drift",
    "data-quality",
    "accuracy",
    "check-failed",
    "check-missed",
    "back-to-normal"
  ];
  function assertVerdicts(facts) {
    const { verdicts } = facts;
    if (verdicts.length === 0) throw new RangeError("An alert needs at least one verdict.");
    for (const verdict2 of verdicts)
      if (!VERDICTS.includes(verdict2)) throw new RangeError(`Unknown alert verdict "${String(verdict2)}".`);
    if (new Set(verdicts).size !== verdicts.length) throw new RangeError("An alert verdict is repeated.");
    if (verdicts.includes("back-to-normal") && verdicts.length > 1)
      throw new RangeError('"back-to-normal" cannot be sent beside a problem.');
    const needs = (verdict2, present, what) => {
      if (verdicts.includes(verdict2) && !present) throw new RangeError(`A "${verdict2}" alert needs ${what}.`);
    };
    needs("drift", facts.drift !== void 0, "drift figures");
    needs("data-quality", (facts.dataQuality ?? []).length > 0, "at least one data-quality problem");
    needs("accuracy", facts.accuracy !== void 0, "accuracy figures");
    needs("check-failed", facts.failure !== void 0, "the stage that failed");
    needs("check-missed", facts.missed !== void 0, "the heartbeat finding");
  }
  function assertCounts(facts) {
    const counts2 = [];
    const { drift } = facts;
    if (drift)
      counts2.push(
        ["rowsCompared", drift.rowsCompared],
        ["referenceRows", drift.referenceRows],
        ["columnsTested", drift.columnsTested],
        ["columnsDrifted", drift.columnsDrifted],
        ["columnsDriftedCorrected", drift.columnsDriftedCorrected]
      );
    for (const problem of facts.dataQuality ?? []) counts2.push(["A data-quality count", problem.count]);
    if (facts.accuracy) counts2.push(["studentsWithFinalGrades", facts.accuracy.studentsWithFinalGrades]);
    if (facts.model) counts2.push(["The model version", facts.model.version]);
    for (const [name, value] of counts2)
      if (!(Number.isInteger(value) && value >= 0))
        throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}.`);
    const hours = facts.missed?.hoursWithoutCheck ?? 0;
    if (!(hours >= 0 && Number.isFinite(hours)))
      throw new RangeError(`hoursWithoutCheck must be a finite number ≥ 0, got ${hours}.`);
  }
  function assertFigures(accuracy) {
    const { auc, highTierRecall, highTierPrecision, failRate } = accuracy;
    for (const figure2 of [auc, accuracy.accuracy, highTierRecall, highTierPrecision, failRate]) {
      if (figure2 === null) continue;
      const values = [figure2.value, figure2.low, figure2.high, figure2.expected ?? 0];
      if (!values.every((x) => x >= 0 && x <= 1) || figure2.low > figure2.high)
        throw new RangeError(
          `A realised figure must lie in [0, 1] with low ≤ high, got ${JSON.stringify(figure2)}.`
        );
    }
  }
  function assertAlertFacts(facts) {
    assertVerdicts(facts);
    assertCounts(facts);
    if (facts.accuracy) assertFigures(facts.accuracy);
  }

  // src/core/alerts/figure-format.ts
  var NOT_AVAILABLE = "not available";
  function formatCount(n) {
    if (!Number.isFinite(n)) return NOT_AVAILABLE;
    const digits = String(Math.round(Math.abs(n)));
    const grouped2 = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return n < 0 ? `-${grouped2}` : grouped2;
  }
  function countOf(n, noun, plural3 = `${noun}s`) {
    return `${formatCount(n)} ${n === 1 ? noun : plural3}`;
  }
  function formatPercent(p) {
    return Number.isFinite(p) ? `${Math.round(p * 100)}%` : NOT_AVAILABLE;
  }
  function formatAuc(auc) {
    return Number.isFinite(auc) ? auc.toFixed(2) : NOT_AVAILABLE;
  }
  function clipText(text, maxLength) {
    const flat2 = text.replace(/\s+/g, " ").trim();
    if (flat2.length <= maxLength) return flat2;
    let end = maxLength - 1;
    const last = flat2.charCodeAt(end - 1);
    if (last >= 55296 && last <= 56319) end -= 1;
    return `${flat2.slice(0, end)}…`;
  }
  function listInWords(items) {
    if (items.length <= 1) return items.join("");
    return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
  }

  // src/core/alerts/accuracy-section.ts
  function realisedRow([label3, figure2, format, flaggedWords]) {
    if (figure2 === null) return [label3, NOT_AVAILABLE, ""];
    const measured = `${format(figure2.value)} (${format(figure2.low)} to ${format(figure2.high)})`;
    return [
      label3,
      figure2.flagged ? `${measured}: ${flaggedWords}` : measured,
      figure2.expected === null ? NOT_AVAILABLE : format(figure2.expected)
    ];
  }
  function accuracySection(accuracy, belowPromise) {
    const known = `Final grades are now known for ${countOf(accuracy.studentsWithFinalGrades, "student")}, so PassCompass compared the risk scores it gave with what happened.`;
    const lines = [
      ["AUC: how well the scores ranked students", accuracy.auc, formatAuc, "below expected"],
      ["Accuracy of the at-risk flag", accuracy.accuracy, formatPercent, "below expected"],
      [
        "Of the students who failed, share in the High tier",
        accuracy.highTierRecall,
        formatPercent,
        "below expected"
      ],
      ["Of the High tier, share who failed", accuracy.highTierPrecision, formatPercent, "below expected"],
      ["Fail rate (expected: the mean predicted risk)", accuracy.failRate, formatPercent, "not as predicted"]
    ];
    const flagged = lines.flatMap(([, figure2], index) => figure2?.flagged ? [index] : []);
    const shortfall = flagged.length > 0 ? `${countOf(flagged.length, "figure")} fell short of what was expected when this version was trained.` : "The scores did less well than was expected when this version was trained.";
    return {
      tone: belowPromise ? "problem" : "information",
      title: belowPromise ? "Predictions were less accurate than expected" : "How accurate the predictions were",
      paragraphs: [belowPromise ? `${known} ${shortfall}` : known],
      table: {
        caption: "Realised accuracy",
        header: ["Measure", "This term (95% interval)", "Expected"],
        rows: lines.map(realisedRow),
        flaggedRows: flagged
      },
      notes: [
        "AUC is 1 when every student who failed had a higher risk score than every student who passed, and 0.5 when the scores did no better than chance.",
        "Expected figures come from cross-validation when this version was trained."
      ]
    };
  }

  // src/core/alerts/alert-section.ts
  var PHRASE_LENGTH = 120;
  var COLUMN_LABEL_LENGTH = 80;
  var TIME_LENGTH = 80;

  // src/core/alerts/check-sections.ts
  function checkFailedSection(checkedAt, stage) {
    return {
      tone: "problem",
      title: "The daily check stopped with an error",
      paragraphs: [
        `The check of ${checkedAt} stopped while ${clipText(stage, PHRASE_LENGTH)}, so this term's data and risk scores were not checked.`,
        "The error is recorded in the Monitoring sheet."
      ],
      notes: []
    };
  }
  function checkMissedSection(missed) {
    const hours = countOf(Math.floor(missed.hoursWithoutCheck), "hour");
    const when = missed.lastFinishedAt === null ? `No monitoring check has finished since daily monitoring was turned on, ${hours} ago.` : `No monitoring check has finished for ${hours}: the last one finished ${clipText(missed.lastFinishedAt, TIME_LENGTH)}.`;
    return {
      tone: "problem",
      title: "The daily check did not run",
      paragraphs: [
        when,
        "The daily trigger may have been removed, or may belong to someone who no longer has access to the spreadsheet. Until checks run again, nobody is told about problems."
      ],
      notes: []
    };
  }
  var RESOLVED_NOUNS = {
    drift: "drift from the training data",
    "data-quality": "problems in the imported data",
    accuracy: "lower accuracy than expected",
    "check-failed": "a check that stopped with an error",
    "check-missed": "missed checks"
  };
  function backToNormalSection(resolved) {
    const earlier = resolved.length > 0 ? `The latest check no longer finds what an earlier alert reported (${listInWords(resolved.map((r) => RESOLVED_NOUNS[r]))}). ` : "";
    return {
      tone: "good",
      title: "Back to normal",
      paragraphs: [`${earlier}Nothing needs attention today.`],
      notes: []
    };
  }

  // src/core/alerts/data-quality-section.ts
  var DATA_QUALITY_LINES_SHOWN = 12;
  var PROBLEM_WORDS = {
    blank: "left blank",
    "blank-share": "left blank more often than in training",
    "out-of-range": "not a valid value",
    "unseen-category": "a category the model never saw in training",
    "missing-column": "column missing from the roster",
    "not-scored": "students who could not be scored",
    other: "another problem"
  };
  function howMany(problem) {
    if (problem.kind === "missing-column") return "whole column";
    if (problem.kind === "not-scored") return countOf(problem.count, "student");
    return countOf(problem.count, "cell");
  }
  function problemColumns(problems) {
    const names = byCountDescending(problems).map((problem) => problem.column).filter((column2) => column2 !== null).map((column2) => clipText(column2, COLUMN_LABEL_LENGTH));
    return [...new Set(names)];
  }
  function byCountDescending(problems) {
    return problems.map((problem, index) => ({ problem, index })).sort((a, b) => b.problem.count - a.problem.count || a.index - b.index).map(({ problem }) => problem);
  }
  function dataQualitySection(problems) {
    const cells = problems.filter((p) => p.kind !== "missing-column" && p.kind !== "not-scored").reduce((sum3, p) => sum3 + p.count, 0);
    const columns = problemColumns(problems).length;
    const shown3 = byCountDescending(problems).slice(0, DATA_QUALITY_LINES_SHOWN);
    const paragraphs = [
      `The check found ${countOf(cells, "cell")} with problems in ${countOf(columns, "column")} of the Students sheet. Cells that cannot be read are treated as blank, so the risk scores of the students concerned rest on less information.`
    ];
    if (problems.some((p) => p.kind === "missing-column"))
      paragraphs.push("A missing column leaves out what it measures for every student.");
    return {
      tone: "problem",
      title: "Problems in the imported data",
      paragraphs,
      table: {
        caption: "Data-quality problems",
        header: ["Column", "Problem", "How many"],
        rows: shown3.map((p) => [
          p.column === null ? "whole roster" : clipText(p.column, COLUMN_LABEL_LENGTH),
          PROBLEM_WORDS[p.kind],
          howMany(p)
        ])
      },
      notes: problems.length > shown3.length ? [`${countOf(problems.length - shown3.length, "more line")} in the Monitoring sheet.`] : []
    };
  }

  // src/core/alerts/drift-section.ts
  var TOP_COLUMNS_SHOWN = 5;
  function driftSection(drift, drifted) {
    const changed = `${formatCount(drift.columnsDriftedCorrected)} of the ${countOf(drift.columnsTested, "column")} tested have changed by more than chance explains (${formatCount(drift.columnsDrifted)} before allowing for testing many columns at once)`;
    const compared = `PassCompass compared the ${countOf(drift.rowsCompared, "student")} on this term's roster with the ${countOf(drift.referenceRows, "student")} in the model's training sample, one column at a time.`;
    const verdict2 = drifted ? `${changed}, enough that the model's risk scores may be less reliable for this roster.` : `${changed}: not enough to count as drift.`;
    const phrases = drift.topColumns.slice(0, TOP_COLUMNS_SHOWN).map((p) => clipText(p, PHRASE_LENGTH));
    const unlisted = drift.columnsDrifted - phrases.length;
    const share = drift.columnsTested > 0 ? ` (${formatPercent(drift.columnsDrifted / drift.columnsTested)})` : "";
    return {
      tone: drifted ? "problem" : "information",
      title: drifted ? "This term's roster no longer looks like the training data" : "Comparison with the training data",
      paragraphs: [`${compared} ${verdict2}`],
      table: {
        caption: "Drift figures",
        header: [],
        rows: [
          ["Students compared (this term)", formatCount(drift.rowsCompared)],
          ["Students in the model's training sample", formatCount(drift.referenceRows)],
          ["Columns tested", formatCount(drift.columnsTested)],
          ["Columns that changed", `${formatCount(drift.columnsDrifted)}${share}`],
          [
            "Columns that changed, allowing for testing many at once",
            formatCount(drift.columnsDriftedCorrected)
          ]
        ]
      },
      ...phrases.length > 0 ? { list: { title: "Largest changes", items: phrases } } : {},
      notes: [
        ...phrases.length > 0 && unlisted > 0 ? [
          unlisted === 1 ? "The other changed column is in the Monitoring sheet." : `The other ${formatCount(unlisted)} changed columns are in the Monitoring sheet.`
        ] : [],
        "The second count uses the Benjamini-Hochberg correction: with many columns, a few look changed by chance."
      ]
    };
  }

  // src/core/alerts/alert-subject.ts
  var VERDICT_ORDER = [
    "data-quality",
    "drift",
    "accuracy",
    "check-failed",
    "check-missed",
    "back-to-normal"
  ];
  var VERDICT_HEADLINES = {
    drift: "this term's roster no longer looks like the training data",
    "data-quality": "problems in the imported data",
    accuracy: "predictions were less accurate than expected",
    "check-failed": "the daily check stopped with an error",
    "check-missed": "the daily check did not run",
    "back-to-normal": "the daily check is back to normal"
  };
  var SUBJECT_PREFIX = "PassCompass: ";
  function mostSeriousFirst(verdicts) {
    return [...verdicts].sort((a, b) => VERDICT_ORDER.indexOf(a) - VERDICT_ORDER.indexOf(b));
  }
  function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  function alertSubject(verdicts) {
    const [first, ...others] = mostSeriousFirst(verdicts);
    if (first === void 0) throw new RangeError("An alert needs at least one verdict.");
    const more = others.length > 0 ? `, and ${others.length} more` : "";
    return `${SUBJECT_PREFIX}${VERDICT_HEADLINES[first]}${more}`;
  }

  // src/core/alerts/html.ts
  var fragments = /* @__PURE__ */ new WeakSet();
  function fragment(markup) {
    const made = Object.freeze({ html: markup });
    fragments.add(made);
    return made;
  }
  var ENTITIES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;"
  };
  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
  }
  function isHtmlFragment(value) {
    return typeof value === "object" && value !== null && fragments.has(value);
  }
  function render(value) {
    if (value === null || value === void 0 || value === false) return "";
    if (Array.isArray(value)) return value.map((item) => render(item)).join("");
    if (isHtmlFragment(value)) return value.html;
    return escapeHtml(String(value));
  }
  function html(strings, ...values) {
    let markup = strings[0] ?? "";
    values.forEach((value, index) => {
      markup += render(value) + (strings[index + 1] ?? "");
    });
    return fragment(markup);
  }
  function joinHtml(values, separator = fragment("")) {
    return fragment(values.map((value) => render(value)).join(separator.html));
  }
  function httpsUrl(url) {
    if (!/^https:\/\/[^\s/?#]+/i.test(url) || /[\s\u0000-\u001f\u007f]/.test(url)) {
      throw new RangeError(`A link in an alert must be an https: URL, got "${url.slice(0, 80)}".`);
    }
    return url;
  }

  // src/core/alerts/next-steps.ts
  var COLUMNS_NAMED_IN_STEP = 3;
  var MONITORING_STEP = "Open the spreadsheet's Monitoring sheet for the full figures of every check.";
  function dataQualityStep(facts) {
    const columns = problemColumns(facts.dataQuality ?? []);
    const named3 = columns.slice(0, COLUMNS_NAMED_IN_STEP).map((column2) => `“${column2}”`);
    const rest = columns.length - named3.length;
    if (named3.length === 0)
      return "Check the import: the Students sheet should hold this term's whole roster, with a header row.";
    const which = rest > 0 ? `${named3.join(", ")} and ${countOf(rest, "other column")}` : listInWords(named3);
    return `Check the import: in the Students sheet, look at ${which}, correct the cells, then run PassCompass ▸ Check data, which lists every cell in the Data issues sheet.`;
  }
  var STEPS = {
    drift: "Find out why these columns moved: a new attendance rule, a different intake, an import from another system. If this term's students really are different, retrain the model once their final grades are in (PassCompass ▸ Train model); until then, treat the risk scores as a rough guide beside what tutors know.",
    accuracy: "Review the caseload: ask tutors which students they are worried about that the risk scores missed. Then review the model with your data lead: retrain it, or roll back to an earlier version.",
    "check-failed": "If the error comes back tomorrow, ask your data lead to look at it in the Monitoring sheet.",
    "check-missed": "Ask your data lead to turn daily monitoring on again: the check runs under the account that turned it on.",
    "back-to-normal": "Nothing needs doing. The Monitoring sheet keeps the history of every check."
  };
  function nextSteps(facts) {
    const steps = mostSeriousFirst(facts.verdicts).map(
      (verdict2) => verdict2 === "data-quality" ? dataQualityStep(facts) : STEPS[verdict2]
    );
    return facts.verdicts.includes("back-to-normal") ? steps : [...steps, MONITORING_STEP];
  }

  // src/core/alerts/alert-content.ts
  var SPREADSHEET_NAME_LENGTH = 200;
  function modelWords(facts) {
    if (facts.model === null) return "no champion model yet";
    const moment = facts.model.moment === "early" ? "early-term" : "mid-term";
    return `version ${formatCount(facts.model.version)} (${moment} model)`;
  }
  function sectionFor(verdict2, facts, checkedAt) {
    switch (verdict2) {
      case "drift":
        return facts.drift ? driftSection(facts.drift, true) : null;
      case "data-quality":
        return dataQualitySection(facts.dataQuality ?? []);
      case "accuracy":
        return facts.accuracy ? accuracySection(facts.accuracy, true) : null;
      case "check-failed":
        return facts.failure ? checkFailedSection(checkedAt, facts.failure.stage) : null;
      case "check-missed":
        return facts.missed ? checkMissedSection(facts.missed) : null;
      case "back-to-normal":
        return backToNormalSection(facts.resolved ?? []);
    }
  }
  function informationSections(facts) {
    const sections = [];
    if (facts.drift && !facts.verdicts.includes("drift")) sections.push(driftSection(facts.drift, false));
    if (facts.accuracy && !facts.verdicts.includes("accuracy"))
      sections.push(accuracySection(facts.accuracy, false));
    return sections;
  }
  function summary(verdicts) {
    if (verdicts.length < 2) return null;
    const headlines = mostSeriousFirst(verdicts).map((verdict2) => VERDICT_HEADLINES[verdict2]);
    return `The check found ${verdicts.length} problems, most serious first: ${listInWords(headlines)}.`;
  }
  function alertContent(facts) {
    assertAlertFacts(facts);
    const url = httpsUrl(facts.spreadsheet.url);
    const subject = alertSubject(facts.verdicts);
    const checkedAt = clipText(facts.checkedAt, TIME_LENGTH);
    const problems = mostSeriousFirst(facts.verdicts).map((verdict2) => sectionFor(verdict2, facts, checkedAt)).filter((section2) => section2 !== null);
    return {
      subject,
      heading: capitalise(subject.slice(SUBJECT_PREFIX.length)),
      allClear: facts.verdicts.includes("back-to-normal"),
      summary: summary(facts.verdicts),
      context: [
        ["Spreadsheet", clipText(facts.spreadsheet.name, SPREADSHEET_NAME_LENGTH)],
        ["Checked", checkedAt],
        ["Model", modelWords(facts)]
      ],
      sections: [...problems, ...informationSections(facts)],
      nextSteps: nextSteps(facts),
      link: { text: "Open the spreadsheet", url },
      footer: "Sent by PassCompass's daily monitoring check. This email gives totals only and never names a student; the spreadsheet has the details."
    };
  }

  // src/core/alerts/alert-html.ts
  var FONT = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
  var INK = "#101828";
  var MUTED = "#475467";
  var RULE = "#eaecf0";
  var TONE_COLOURS = {
    problem: "#b42318",
    information: "#344054",
    good: "#067647"
  };
  var CELL = `padding:7px 10px;border-bottom:1px solid ${RULE};text-align:left;vertical-align:top;`;
  function figureTable(table) {
    const head = table.header.length > 0 ? html`<thead>
          <tr>
            ${table.header.map(
      (heading) => html`<th scope="col" style="${CELL}background-color:#f2f4f7;font-weight:600;color:${INK};">
                  ${heading}
                </th>`
    )}
          </tr>
        </thead>` : null;
    const keyValue = table.header.length === 0;
    const flagged = new Set(table.flaggedRows ?? []);
    const rows = table.rows.map((row, rowIndex) => {
      const colour = flagged.has(rowIndex) ? `color:${TONE_COLOURS.problem};font-weight:600;` : `color:${INK};`;
      return html`<tr>
      ${row.map(
        (cell, index) => keyValue && index === 0 ? html`<th scope="row" style="${CELL}font-weight:normal;color:${MUTED};width:58%;">${cell}</th>` : html`<td style="${CELL}${colour}${keyValue ? "font-weight:600;" : ""}">${cell}</td>`
      )}
    </tr>`;
    });
    return html`<table
    cellpadding="0"
    cellspacing="0"
    border="0"
    width="100%"
    style="border-collapse:collapse;width:100%;margin:4px 0 12px;font-size:14px;line-height:1.4;border-top:1px solid ${RULE};"
  >
    <caption style="text-align:left;font-size:13px;font-weight:600;color:${MUTED};padding:0 0 6px;">
      ${table.caption}
    </caption>
    ${head}
    <tbody>
      ${rows}
    </tbody>
  </table>`;
  }
  function section(part) {
    const colour = TONE_COLOURS[part.tone];
    return html`<h2
      style="margin:28px 0 10px;padding:0 0 0 10px;border-left:4px solid ${colour};font-size:18px;line-height:1.3;color:${colour};"
    >
      ${part.title}
    </h2>
    ${part.paragraphs.map((text) => html`<p style="margin:0 0 12px;">${text}</p>`)}
    ${part.table && figureTable(part.table)}
    ${part.list && html`<p style="margin:8px 0 4px;font-size:14px;font-weight:600;color:${MUTED};">${part.list.title}</p>
        <ul style="margin:0 0 12px;padding:0 0 0 22px;font-size:14px;">
          ${part.list.items.map((item) => html`<li style="margin:0 0 4px;">${item}</li>`)}
        </ul>`}
    ${part.notes.map((note) => html`<p style="margin:0 0 8px;font-size:13px;color:${MUTED};">${note}</p>`)}`;
  }
  function alertHtml(content) {
    const accent = content.allClear ? TONE_COLOURS.good : TONE_COLOURS.problem;
    const preview = content.summary ?? content.sections[0]?.paragraphs[0] ?? "";
    const context2 = joinHtml(
      content.context.map(
        ([label3, value]) => html`<tr>
          <td style="padding:2px 12px 2px 0;color:${MUTED};white-space:nowrap;vertical-align:top;">
            ${label3}
          </td>
          <td style="padding:2px 0;color:${INK};">${value}</td>
        </tr>`
      )
    );
    const page = html`<!DOCTYPE html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${content.subject}</title>
      </head>
      <body style="margin:0;padding:0;background-color:#f2f4f7;">
        <div style="display:none;max-height:0;overflow:hidden;">${preview}</div>
        <table
          role="presentation"
          cellpadding="0"
          cellspacing="0"
          border="0"
          width="100%"
          style="background-color:#f2f4f7;"
        >
          <tr>
            <td align="center" style="padding:24px 12px;">
              <table
                role="presentation"
                cellpadding="0"
                cellspacing="0"
                border="0"
                width="100%"
                style="max-width:640px;background-color:#ffffff;border:1px solid #d0d5dd;border-top:6px solid ${accent};border-radius:6px;"
              >
                <tr>
                  <td
                    style="padding:24px 28px 28px;font-family:${FONT};font-size:15px;line-height:1.55;color:${INK};text-align:left;overflow-wrap:break-word;"
                  >
                    <p
                      style="margin:0 0 6px;font-size:13px;font-weight:600;letter-spacing:0.04em;text-transform:uppercase;color:${MUTED};"
                    >
                      PassCompass · daily monitoring check
                    </p>
                    <h1 style="margin:0 0 16px;font-size:24px;line-height:1.25;color:${INK};">
                      ${content.heading}
                    </h1>
                    <table
                      role="presentation"
                      cellpadding="0"
                      cellspacing="0"
                      border="0"
                      style="margin:0 0 8px;font-size:14px;line-height:1.4;"
                    >
                      ${context2}
                    </table>
                    ${content.summary && html`<p
                        style="margin:16px 0 0;padding:12px 14px;background-color:#fef3f2;border-radius:4px;"
                      >
                        ${content.summary}
                      </p>`}
                    ${content.sections.map(section)}
                    <h2
                      style="margin:28px 0 10px;padding:0 0 0 10px;border-left:4px solid #1d4ed8;font-size:18px;line-height:1.3;color:#1d4ed8;"
                    >
                      What to do next
                    </h2>
                    <ol style="margin:0 0 20px;padding:0 0 0 24px;">
                      ${content.nextSteps.map((step) => html`<li style="margin:0 0 8px;">${step}</li>`)}
                    </ol>
                    <p style="margin:0 0 24px;">
                      <a
                        href="${content.link.url}"
                        style="display:inline-block;padding:11px 20px;background-color:#1d4ed8;color:#ffffff;text-decoration:none;font-weight:600;border-radius:4px;"
                        >${content.link.text}</a
                      >
                    </p>
                    <p
                      style="margin:0;padding:14px 0 0;border-top:1px solid ${RULE};font-size:12px;line-height:1.5;color:#667085;"
                    >
                      ${content.footer}<br /><span style="word-break:break-all;">${content.link.url}</span>
                    </p>
                  </td>
                </tr>
              </table>
            </td>
          </tr>
        </table>
      </body>
    </html> `;
    return page.html;
  }

  // src/core/alerts/alert-text.ts
  function underline(title, character) {
    return [title, character.repeat(title.length)];
  }
  function padded(cells, widths) {
    return cells.map((cell, index) => index === cells.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)).join("  ").trimEnd();
  }
  function tableLines(table) {
    if (table.header.length === 0)
      return [`${table.caption}:`, ...table.rows.map((row) => `  ${row[0] ?? ""}: ${row.slice(1).join(" ")}`)];
    const all = [table.header, ...table.rows];
    const widths = table.header.map((_, column2) => Math.max(...all.map((row) => (row[column2] ?? "").length)));
    const rule = widths.map((width) => "-".repeat(width));
    return [
      `${table.caption}:`,
      `  ${padded(table.header, widths)}`,
      `  ${padded(rule, widths)}`,
      ...table.rows.map((row) => `  ${padded(row, widths)}`)
    ];
  }
  function sectionLines(section2) {
    const lines = [...underline(section2.title, "-"), ...section2.paragraphs.flatMap((p) => [p, ""])];
    if (section2.table) lines.push(...tableLines(section2.table), "");
    if (section2.list)
      lines.push(`${section2.list.title}:`, ...section2.list.items.map((item) => `  - ${item}`), "");
    if (section2.notes.length > 0) lines.push(...section2.notes, "");
    return lines;
  }
  function alertText(content) {
    const width = Math.max(...content.context.map(([label3]) => label3.length));
    return [
      ...underline(content.heading, "="),
      "",
      ...content.context.map(([label3, value]) => `${`${label3}:`.padEnd(width + 1)} ${value}`),
      "",
      ...content.summary ? [content.summary, ""] : [],
      ...content.sections.flatMap(sectionLines),
      ...underline("What to do next", "-"),
      ...content.nextSteps.map((step, index) => `${index + 1}. ${step}`),
      "",
      `${content.link.text}: ${content.link.url}`,
      "",
      "--",
      content.footer,
      ""
    ].join("\n");
  }

  // src/core/alerts/render-alert.ts
  var EMAIL_BODY_LIMIT_BYTES = 200 * 1024;
  function utf8Length(text) {
    let bytes = 0;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code < 128) bytes += 1;
      else if (code < 2048) bytes += 2;
      else if (code >= 55296 && code <= 56319 && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 56320 && next <= 57343) {
          bytes += 4;
          i += 1;
        } else bytes += 3;
      } else bytes += 3;
    }
    return bytes;
  }
  function renderAlertEmail(facts) {
    const content = alertContent(facts);
    const email = { subject: content.subject, htmlBody: alertHtml(content), body: alertText(content) };
    for (const part of ["htmlBody", "body"]) {
      const bytes = utf8Length(email[part]);
      if (bytes > EMAIL_BODY_LIMIT_BYTES)
        throw new RangeError(
          `The alert's ${part} is ${bytes} bytes, over the ${EMAIL_BODY_LIMIT_BYTES}-byte limit.`
        );
    }
    return email;
  }

  // src/core/alerts/roster-text-guard.ts
  var ROW_REFERENCE = /\brows? \d+\b/i;
  var MIN_TEXT_LENGTH = 4;
  var MIN_DIGITS = 5;
  var AlertPrivacyError = class extends Error {
    constructor(leaks) {
      super(`The alert would show ${leaks} piece${leaks === 1 ? "" : "s"} of student data; it was not sent.`);
      this.leaks = leaks;
      this.name = "AlertPrivacyError";
    }
  };
  var flat = (text) => text.replace(/\s+/g, " ").trim().toLowerCase();
  var decodeEntities = (markup) => markup.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  function searchable(text) {
    if (/^\d+$/.test(text)) return text.length >= MIN_DIGITS;
    return text.length >= MIN_TEXT_LENGTH;
  }
  function rosterTextIn(email, identifying) {
    const haystack = flat([email.subject, email.body, decodeEntities(email.htmlBody)].join("\n"));
    const found = /* @__PURE__ */ new Set();
    for (const text of identifying) {
      const needle = flat(text);
      if (searchable(needle) && haystack.includes(needle)) found.add(text);
    }
    const row = ROW_REFERENCE.exec(haystack);
    if (row) found.add(row[0]);
    return [...found];
  }
  function assertNoRosterText(email, identifying) {
    const found = rosterTextIn(email, identifying);
    if (found.length > 0) throw new AlertPrivacyError(found.length);
  }

  // src/jobs/monitoring/alert.ts
  var FAMILIES = [
    ["drift", "drift"],
    ["data-quality", "data-quality"],
    ["accuracy", "accuracy"],
    ["check-failed", "check-failed"]
  ];
  function familiesOf(kinds) {
    return FAMILIES.filter(([prefix]) => kinds.some((k) => k === prefix || k.startsWith(`${prefix}:`))).map(
      ([, family]) => family
    );
  }
  function driftFacts(findings) {
    const drift = findings.drift;
    if (!drift) return void 0;
    const tested = drift.columns.filter((c) => c.status === "tested");
    const drifted = tested.filter((c) => c.driftedCorrected);
    const shown3 = (drifted.length > 0 ? drifted : tested.filter((c) => c.drifted)).sort((a, b) => (a.adjustedP ?? 1) - (b.adjustedP ?? 1)).slice(0, 5);
    return {
      rowsCompared: findings.rowsCompared,
      referenceRows: drift.quality.reference.rows,
      columnsTested: drift.testedColumns,
      columnsDrifted: drift.raw.driftedColumns,
      columnsDriftedCorrected: drift.corrected.driftedColumns,
      topColumns: shown3.map((c) => findings.moved.get(c.column) ?? c.column)
    };
  }
  function figure(metric) {
    if (metric.value === null) return null;
    return {
      value: metric.value,
      low: metric.interval.low,
      high: metric.interval.high,
      expected: metric.expected,
      flagged: metric.problem
    };
  }
  function accuracyFacts(findings) {
    const a = findings.accuracy;
    if (!a) return void 0;
    return {
      studentsWithFinalGrades: a.students,
      auc: figure(a.auc),
      accuracy: figure(a.accuracy),
      highTierRecall: figure(a.highRecall),
      highTierPrecision: figure(a.highPrecision),
      failRate: figure(a.calibration)
    };
  }
  function alertFacts(subject, where) {
    const { findings } = subject;
    const kinds = findings?.summary.problemKinds ?? [];
    const verdicts = familiesOf(kinds);
    if (subject.failedStage !== null) verdicts.push("check-failed");
    if (subject.missed) verdicts.push("check-missed");
    const facts = {
      ...where,
      model: findings ? { version: findings.version.version, moment: findings.version.mode } : null,
      verdicts: verdicts.length > 0 ? verdicts : ["back-to-normal"]
    };
    if (verdicts.length === 0) {
      const was = familiesOf(subject.previous?.problemKinds ?? []);
      facts["resolved"] = subject.previous?.missedCheck ? [...was, "check-missed"] : was;
    }
    if (findings) {
      facts["drift"] = driftFacts(findings);
      facts["accuracy"] = accuracyFacts(findings);
      const counts2 = findings.quality.problems.map((p) => ({ kind: p.kind, column: p.column, count: p.count }));
      if (counts2.length > 0) facts["dataQuality"] = counts2;
    }
    if (subject.failedStage !== null) facts["failure"] = { stage: subject.failedStage };
    if (subject.missed) facts["missed"] = subject.missed;
    for (const key of Object.keys(facts)) if (facts[key] === void 0) delete facts[key];
    return facts;
  }
  function sendAlert(mailer, recipients, facts, identifying) {
    const email = renderAlertEmail(facts);
    assertNoRosterText(email, identifying);
    if (recipients.length === 0) return { told: 0, words: "Not sent: no recipients in Settings" };
    const quota = mailer.remainingQuota();
    if (quota < recipients.length)
      return {
        told: 0,
        words: `Not sent: the daily mail quota is used up (${quota} left); tried again tomorrow`
      };
    mailer.send(recipients, email);
    return { told: recipients.length, words: `Sent to ${recipients.length}` };
  }

  // src/jobs/monitoring/check-report.ts
  var TEST_NAMES = {
    ks: "K-S",
    "chi-square": "chi-square",
    "z-test": "Z-test",
    wasserstein: "Wasserstein",
    "jensen-shannon": "Jensen-Shannon"
  };
  var VERDICT_WORDS = {
    ok: "OK",
    drift: "Drift",
    "data-quality": "Data quality",
    accuracy: "Accuracy",
    several: "Several problems",
    "check-failed": "Check failed",
    nothing: "Nothing to check"
  };
  function historyRow(findings, at) {
    const { drift, accuracy, quality: quality2, summary: summary2 } = findings;
    const auc = accuracy?.auc;
    return {
      checkedAt: at,
      version: findings.version.version,
      source: findings.source,
      rowsCompared: findings.rowsCompared,
      columnsTested: drift?.testedColumns ?? null,
      driftedRaw: drift ? drift.raw.driftedColumns : null,
      driftedCorrected: drift ? drift.corrected.driftedColumns : null,
      driftedShare: drift?.corrected.share ?? null,
      dataQualityProblems: quality2.problems.length,
      studentsWithGrades: accuracy?.students ?? null,
      realisedAuc: auc && auc.value !== null ? auc.value : null,
      expectedAuc: findings.version.metrics["auc"] ?? null,
      verdict: VERDICT_WORDS[summary2.verdict],
      notes: notes(findings)
    };
  }
  var ACCURACY_WORDS = {
    "accuracy:auc": "ROC AUC below what cross-validation promised",
    "accuracy:accuracy": "accuracy below what cross-validation promised",
    "accuracy:highRecall": "the High tier caught fewer of the failures than expected",
    "accuracy:highPrecision": "fewer High-tier students failed than expected",
    "accuracy:calibration": "the fail rate differs from the mean predicted risk"
  };
  function notes(findings) {
    const parts = [];
    if (findings.drift === null) parts.push("No reference sample to compare with: retrain to keep one.");
    else if (findings.summary.drift.note) parts.push(findings.summary.drift.note);
    else if (findings.summary.drift.corrected)
      parts.push(
        `${findings.drift.corrected.driftedColumns} of ${findings.drift.testedColumns} columns drifted after correction.`
      );
    const problems = findings.quality.problems.length;
    if (problems > 0) parts.push(`${problems} data-quality ${problems === 1 ? "problem" : "problems"}.`);
    if (findings.accuracy?.note) parts.push(findings.accuracy.note);
    const flagged = findings.summary.problemKinds.filter((k) => k.startsWith("accuracy:"));
    if (flagged.length > 0)
      parts.push(
        `Realised accuracy off expectation: ${flagged.map((k) => ACCURACY_WORDS[k] ?? k).join("; ")}.`
      );
    return parts.join(" ");
  }
  var LABELS = new Map(ATTRIBUTES.map((a) => [a.name, a.label]));
  var label2 = (column2) => LABELS.get(column2) ?? column2;
  function checkDetail(findings, at) {
    const quality2 = new Map(findings.quality.columns.map((c) => [c.column, c]));
    const columns = (findings.drift?.columns ?? []).map((column2) => {
      const q = quality2.get(column2.column);
      const outOfRange = q ? Object.values(q.outOfRange).reduce((a, b) => a + (b ?? 0), 0) : 0;
      return {
        column: `${column2.column} (${label2(column2.column)})`,
        test: column2.test ? TEST_NAMES[column2.test] : column2.note || column2.status,
        statistic: column2.statistic,
        pValue: column2.pValue ?? null,
        adjustedP: column2.adjustedP ?? null,
        driftedRaw: column2.status === "tested" ? column2.drifted : null,
        driftedCorrected: column2.status === "tested" ? column2.driftedCorrected ?? null : null,
        moved: findings.moved.get(column2.column) ?? "",
        blankShare: q?.blankShare ?? 0,
        referenceBlankShare: q?.referenceBlankShare ?? 0,
        outOfRange,
        unseen: q?.unseenCells ?? 0
      };
    });
    return {
      checkedAt: at,
      columns,
      problems: findings.quality.problems.map((p) => p.sentence),
      accuracy: accuracyRows(findings)
    };
  }
  var METRIC_NAMES = [
    ["auc", "ROC AUC"],
    ["accuracy", "Accuracy at the threshold"],
    ["highRecall", "High tier: share of failures caught"],
    ["highPrecision", "High tier: share who failed"],
    ["calibration", "Fail rate (expected: mean predicted risk)"]
  ];
  function accuracyRows(findings) {
    const accuracy = findings.accuracy;
    if (!accuracy) return [];
    return METRIC_NAMES.map(([key, metric]) => {
      const m = accuracy[key];
      return m.value === null ? { metric, value: null, low: null, high: null, expected: m.expected, problem: false, note: m.reason } : {
        metric,
        value: m.value,
        low: m.interval.low,
        high: m.interval.high,
        expected: m.expected,
        problem: m.problem,
        note: !m.problem ? "" : key === "calibration" ? "the mean predicted risk lies outside this interval" : "what cross-validation promised lies above this interval"
      };
    });
  }

  // src/jobs/monitoring/current-rows.ts
  var isEmptyRow = (row) => row.every((cell) => cell === "" || cell === null || cell === void 0);
  function valueOf(reading, cell) {
    if (reading.kind !== "invalid") return reading.value;
    return typeof cell === "number" || typeof cell === "string" ? cell : String(cell);
  }
  function readStudents(values, attributes) {
    const [headerRow = [], ...data] = values;
    const header = headerRow.map((cell) => String(cell ?? ""));
    const columns = findRosterColumns(header);
    const gradeColumn = columns.byAttribute.get("G3");
    const rows = [];
    data.forEach((row, i) => {
      if (isEmptyRow(row)) return;
      const sheetRow = i + 2;
      const record = {};
      const asScored = {};
      for (const name of attributes) {
        const column2 = columns.byAttribute.get(name);
        const reading = column2 === void 0 ? null : normaliseValue(attributeNamed(name), row[column2]);
        record[name] = reading === null ? null : valueOf(reading, row[column2]);
        asScored[name] = reading?.value ?? null;
      }
      const keyCell = columns.key ? String(row[columns.key.index] ?? "").trim() : "";
      const grade = gradeColumn === void 0 ? null : normaliseValue(attributeNamed("G3"), row[gradeColumn]);
      rows.push({
        sheetRow,
        values: record,
        asScored,
        key: keyCell || `row ${sheetRow}`,
        finalGrade: grade && grade.kind === "ok" && typeof grade.value === "number" ? grade.value : null
      });
    });
    return { header, columns, rows };
  }
  function tableOfRows(rows, attributes) {
    const table = {};
    for (const name of attributes) table[name] = rows.map((row) => row.values[name] ?? null);
    return table;
  }
  var LOG = { time: 0, run: LOG_RUN_COLUMN, version: 2, key: 3, risk: 4, tier: 5, inputs: 6 };
  function latestLoggedRun(rows, attributesOf) {
    const last = rows[rows.length - 1];
    if (!last) return null;
    const runId = String(last[LOG.run] ?? "");
    const version = Number(last[LOG.version]);
    const attributes = attributesOf(version);
    if (!runId || attributes === null) return null;
    const table = Object.fromEntries(attributes.map((name) => [name, []]));
    let count = 0;
    for (const row of rows) {
      if (row[LOG.run] !== runId) continue;
      count += 1;
      const inputs = parseInputs(row[LOG.inputs]);
      attributes.forEach((name, i) => table[name]?.push(inputs?.[i] ?? null));
    }
    const at = last[LOG.time];
    return { runId, version, at: at instanceof Date ? at : null, table, rows: count };
  }
  function parseInputs(cell) {
    if (typeof cell !== "string" || cell === "") return null;
    try {
      const parsed = JSON.parse(cell);
      return Array.isArray(parsed) ? parsed.map((v) => typeof v === "number" || typeof v === "string" ? v : null) : null;
    } catch {
      return null;
    }
  }
  function predictionsByKey(rows, version) {
    const byKey = /* @__PURE__ */ new Map();
    for (const row of rows) {
      const risk2 = row[LOG.risk];
      if (Number(row[LOG.version]) !== version || typeof risk2 !== "number") continue;
      byKey.set(String(row[LOG.key]), { risk: risk2, tier: String(row[LOG.tier] ?? "") });
    }
    return byKey;
  }

  // src/core/drift/column-values.ts
  function dictionaryKind(column2) {
    return isCategorical(attributeNamed(column2)) ? "categorical" : "numeric";
  }
  function counts(rows, blank2, invalid) {
    return { rows, blank: blank2, invalid, used: rows - blank2 - invalid, blankShare: rows === 0 ? 0 : blank2 / rows };
  }
  function numericValues(cells) {
    const values = [];
    let blank2 = 0;
    for (const cell of cells) {
      if (isBlank(cell)) blank2 += 1;
      else if (typeof cell === "number" && Number.isFinite(cell)) values.push(cell);
    }
    return { values, counts: counts(cells.length, blank2, cells.length - blank2 - values.length) };
  }
  function categoricalValues(cells) {
    const values = [];
    let blank2 = 0;
    for (const cell of cells) {
      if (isBlank(cell)) blank2 += 1;
      else if (typeof cell === "string") values.push(cell);
      else if (typeof cell === "number" && Number.isFinite(cell)) values.push(String(cell));
    }
    return { values, counts: counts(cells.length, blank2, cells.length - blank2 - values.length) };
  }
  function compareCategories(a, b) {
    if (typeof a === "number" && typeof b === "number") return a - b;
    const left = String(a);
    const right = String(b);
    return left < right ? -1 : left > right ? 1 : 0;
  }
  function countCategories(reference, current) {
    const tally = /* @__PURE__ */ new Map();
    const add = (value, side) => {
      let pair = tally.get(value);
      if (!pair) {
        pair = [0, 0];
        tally.set(value, pair);
      }
      pair[side] += 1;
    };
    for (const value of reference) add(value, 0);
    for (const value of current) add(value, 1);
    const categories = [...tally.keys()].sort(compareCategories);
    return {
      categories,
      reference: categories.map((category) => tally.get(category)?.[0] ?? 0),
      current: categories.map((category) => tally.get(category)?.[1] ?? 0)
    };
  }

  // src/core/drift/incomplete-gamma.ts
  var EPSILON2 = 1e-15;
  var TINY = 1e-300;
  var MAX_ITERATIONS = 1e5;
  function assertArguments(a, x) {
    if (!(a > 0) || !Number.isFinite(a))
      throw new RangeError(`The shape a must be positive and finite, got ${a}.`);
    if (!(x >= 0)) throw new RangeError(`The point x must be at least 0, got ${x}.`);
  }
  function prefactor(a, x) {
    return Math.exp(-x + a * Math.log(x) - gammaln(a));
  }
  function lowerBySeries(a, x) {
    let term = 1 / a;
    let sum3 = term;
    for (let n = 1; n <= MAX_ITERATIONS; n += 1) {
      term *= x / (a + n);
      sum3 += term;
      if (Math.abs(term) < Math.abs(sum3) * EPSILON2) return sum3 * prefactor(a, x);
    }
    throw new Error(`The incomplete gamma series did not converge for a = ${a}, x = ${x}.`);
  }
  function upperByContinuedFraction(a, x) {
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let fraction = d;
    for (let i = 1; i <= MAX_ITERATIONS; i += 1) {
      const an = -i * (i - a);
      b += 2;
      d = an * d + b;
      if (Math.abs(d) < TINY) d = TINY;
      c = b + an / c;
      if (Math.abs(c) < TINY) c = TINY;
      d = 1 / d;
      const step = d * c;
      fraction *= step;
      if (Math.abs(step - 1) < EPSILON2) return fraction * prefactor(a, x);
    }
    throw new Error(`The incomplete gamma continued fraction did not converge for a = ${a}, x = ${x}.`);
  }
  function regularisedGammaQ(a, x) {
    assertArguments(a, x);
    if (x === 0) return 1;
    if (x === Infinity) return 0;
    return x < a + 1 ? 1 - lowerBySeries(a, x) : upperByContinuedFraction(a, x);
  }

  // src/core/drift/chi-square-test.ts
  function chiSquareSurvival(x, degreesOfFreedom) {
    if (!(degreesOfFreedom > 0))
      throw new RangeError(`Degrees of freedom must be positive, got ${degreesOfFreedom}.`);
    if (Number.isNaN(x)) throw new RangeError("The chi-square statistic is NaN.");
    return x <= 0 ? 1 : regularisedGammaQ(degreesOfFreedom / 2, x / 2);
  }
  function total(counts2) {
    let sum3 = 0;
    for (const count of counts2) {
      if (!(count >= 0) || !Number.isFinite(count))
        throw new RangeError(`Counts must be finite and ≥ 0, got ${count}.`);
      sum3 += count;
    }
    return sum3;
  }
  function chiSquareHomogeneity(reference, current) {
    if (reference.length !== current.length)
      throw new RangeError(
        `Counts per category must align: ${reference.length} reference, ${current.length} current.`
      );
    const referenceTotal = total(reference);
    const currentTotal = total(current);
    if (referenceTotal === 0 || currentTotal === 0)
      throw new RangeError("The chi-square test needs at least one value on each side.");
    const grandTotal = referenceTotal + currentTotal;
    let statistic = 0;
    let categories = 0;
    reference.forEach((referenceCount, index) => {
      const currentCount = current[index] ?? 0;
      const categoryTotal = referenceCount + currentCount;
      if (categoryTotal === 0) return;
      categories += 1;
      const expectedReference = referenceTotal * categoryTotal / grandTotal;
      const expectedCurrent = currentTotal * categoryTotal / grandTotal;
      statistic += (referenceCount - expectedReference) ** 2 / expectedReference;
      statistic += (currentCount - expectedCurrent) ** 2 / expectedCurrent;
    });
    const degreesOfFreedom = categories - 1;
    if (degreesOfFreedom === 0) return { statistic: 0, degreesOfFreedom, pValue: 1 };
    return { statistic, degreesOfFreedom, pValue: chiSquareSurvival(statistic, degreesOfFreedom) };
  }

  // src/core/drift/pool-rare-categories.ts
  var MIN_EXPECTED_COUNT = 1;
  function poolRareCategories(reference, current) {
    const referenceTotal = reference.reduce((a, b) => a + b, 0);
    const currentTotal = current.reduce((a, b) => a + b, 0);
    const all = referenceTotal + currentTotal;
    const smaller = Math.min(referenceTotal, currentTotal);
    const enough = (total2) => all === 0 || total2 * smaller / all >= MIN_EXPECTED_COUNT;
    const order2 = reference.map((count, i) => ({ i, total: count + (current[i] ?? 0) })).filter((c) => c.total > 0).sort((a, b) => a.total - b.total || a.i - b.i);
    const pooledIndexes = /* @__PURE__ */ new Set();
    let pooledTotal = 0;
    for (const category of order2) {
      if (order2.length - pooledIndexes.size - 1 < 1) break;
      const pooledIsSmall = pooledIndexes.size > 0 && !enough(pooledTotal);
      if (enough(category.total) && !pooledIsSmall) break;
      pooledIndexes.add(category.i);
      pooledTotal += category.total;
    }
    if (pooledIndexes.size <= 1) return { reference: [...reference], current: [...current], pooled: 0 };
    const keep = reference.map((_, i) => i).filter((i) => !pooledIndexes.has(i));
    return {
      reference: [...keep.map((i) => reference[i] ?? 0), sum2(pooledIndexes, reference)],
      current: [...keep.map((i) => current[i] ?? 0), sum2(pooledIndexes, current)],
      pooled: pooledIndexes.size
    };
  }
  function sum2(indexes, counts2) {
    let total2 = 0;
    for (const i of indexes) total2 += counts2[i] ?? 0;
    return total2;
  }

  // src/core/drift/jensen-shannon.ts
  function shares(counts2, side) {
    let total2 = 0;
    for (const count of counts2) {
      if (!(count >= 0) || !Number.isFinite(count))
        throw new RangeError(`Counts must be finite and ≥ 0, got ${count}.`);
      total2 += count;
    }
    if (total2 === 0) throw new RangeError(`The ${side} distribution has no mass.`);
    return counts2.map((count) => count / total2);
  }
  function klTerm(p, q) {
    return p === 0 ? 0 : p * Math.log(p / q);
  }
  function jensenShannonDistance(p, q, base = Math.E) {
    if (p.length !== q.length)
      throw new RangeError(`Distributions must align: ${p.length} and ${q.length} categories.`);
    if (!(base > 1) || !Number.isFinite(base)) throw new RangeError(`The base must exceed 1, got ${base}.`);
    const left = shares(p, "first");
    const right = shares(q, "second");
    let divergence = 0;
    left.forEach((pi, index) => {
      const qi = right[index] ?? 0;
      const mi = (pi + qi) / 2;
      divergence += klTerm(pi, mi) + klTerm(qi, mi);
    });
    return Math.sqrt(Math.max(0, divergence / 2 / Math.log(base)));
  }

  // src/core/drift/kolmogorov-distribution.ts
  function kolmogorovSurvival(lambda) {
    if (Number.isNaN(lambda)) throw new RangeError("λ is NaN.");
    if (lambda <= 0) return 1;
    if (lambda < 1.18) {
      const factor = Math.PI * Math.PI / (8 * lambda * lambda);
      let sum4 = 0;
      for (let k = 1; k <= 8; k += 1) sum4 += Math.exp(-(2 * k - 1) * (2 * k - 1) * factor);
      return Math.min(1, Math.max(0, 1 - Math.sqrt(2 * Math.PI) / lambda * sum4));
    }
    let sum3 = 0;
    for (let k = 1; k <= 8; k += 1) sum3 += (k % 2 === 1 ? 1 : -1) * Math.exp(-2 * k * k * lambda * lambda);
    return Math.min(1, Math.max(0, 2 * sum3));
  }
  function ksExactPValue(m, n, h) {
    if (!Number.isInteger(m) || !Number.isInteger(n) || m < 1 || n < 1)
      throw new RangeError(`Sample sizes must be positive integers, got ${m} and ${n}.`);
    if (!Number.isInteger(h) || h < 0 || h > m * n)
      throw new RangeError(`The statistic's numerator must be a whole number from 0 to ${m * n}, got ${h}.`);
    if (h === 0) return 1;
    const row = new Float64Array(n + 1);
    for (let i = 0; i <= m; i += 1) {
      for (let j = 0; j <= n; j += 1) {
        if (Math.abs(i * n - j * m) >= h) row[j] = 0;
        else if (i === 0 && j === 0) row[j] = 1;
        else row[j] = (i * (row[j] ?? 0) + j * (j > 0 ? row[j - 1] ?? 0 : 0)) / (i + j);
      }
    }
    return Math.min(1, Math.max(0, 1 - (row[n] ?? 0)));
  }

  // src/core/drift/ks-test.ts
  var byValue = (a, b) => a - b;
  function sortedFinite(values, side) {
    if (values.length === 0) throw new RangeError(`The KS test needs at least one ${side} value.`);
    for (const value of values)
      if (!Number.isFinite(value)) throw new RangeError(`KS values must be finite numbers, got ${value}.`);
    return [...values].sort(byValue);
  }
  function statisticNumerator(a, b) {
    const m = a.length;
    const n = b.length;
    let i = 0;
    let j = 0;
    let h = 0;
    while (i < m && j < n) {
      const x = Math.min(a[i], b[j]);
      while (i < m && a[i] === x) i += 1;
      while (j < n && b[j] === x) j += 1;
      h = Math.max(h, Math.abs(i * n - j * m));
    }
    return h;
  }
  function ksTwoSample(reference, current, options = {}) {
    const a = sortedFinite(reference, "reference");
    const b = sortedFinite(current, "current");
    const m = a.length;
    const n = b.length;
    const h = statisticNumerator(a, b);
    const statistic = h / (m * n);
    const requested = options.method ?? "auto";
    const method = requested === "auto" ? m * n <= (options.exactLimit ?? 1e6) ? "exact" : "asymptotic" : requested;
    if (method === "exact") return { statistic, pValue: ksExactPValue(m, n, h), method };
    const root = Math.sqrt(m * n / (m + n));
    return { statistic, pValue: kolmogorovSurvival((root + 0.12 + 0.11 / root) * statistic), method };
  }

  // src/core/drift/proportion-test.ts
  function normalTwoSidedPValue(z2) {
    if (Number.isNaN(z2)) throw new RangeError("z is NaN.");
    return z2 === 0 ? 1 : regularisedGammaQ(0.5, z2 * z2 / 2);
  }
  function assertCount3(hits, size, side) {
    if (!Number.isInteger(size) || size < 1)
      throw new RangeError(`The ${side} sample needs at least one value.`);
    if (!Number.isInteger(hits) || hits < 0 || hits > size)
      throw new RangeError(`The ${side} count must be a whole number from 0 to ${size}, got ${hits}.`);
  }
  function twoProportionZTest(referenceHits, referenceSize, currentHits, currentSize) {
    assertCount3(referenceHits, referenceSize, "reference");
    assertCount3(currentHits, currentSize, "current");
    const pooled = (referenceHits + currentHits) / (referenceSize + currentSize);
    if (pooled === 0 || pooled === 1) return { statistic: 0, pValue: 1 };
    const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / referenceSize + 1 / currentSize));
    const statistic = (currentHits / currentSize - referenceHits / referenceSize) / standardError;
    return { statistic, pValue: normalTwoSidedPValue(statistic) };
  }

  // src/core/drift/wasserstein.ts
  var byValue2 = (a, b) => a - b;
  function sortedFinite2(values, side) {
    if (values.length === 0) throw new RangeError(`The Wasserstein distance needs at least one ${side} value.`);
    for (const value of values)
      if (!Number.isFinite(value)) throw new RangeError(`Values must be finite numbers, got ${value}.`);
    return [...values].sort(byValue2);
  }
  function wassersteinDistance(u, v) {
    const a = sortedFinite2(u, "first");
    const b = sortedFinite2(v, "second");
    const m = a.length;
    const n = b.length;
    let i = 0;
    let j = 0;
    let area = 0;
    let previous = Math.min(a[0], b[0]);
    while (i < m || j < n) {
      const x = Math.min(i < m ? a[i] : Infinity, j < n ? b[j] : Infinity);
      area += Math.abs(i / m - j / n) * (x - previous);
      while (i < m && a[i] === x) i += 1;
      while (j < n && b[j] === x) j += 1;
      previous = x;
    }
    return area;
  }
  var WASSERSTEIN_SD_FLOOR = 1e-3;
  function normalisedWasserstein(reference, current) {
    const distance = wassersteinDistance(reference, current);
    return distance / Math.max(standardDeviation([...reference]), WASSERSTEIN_SD_FLOOR);
  }

  // src/core/drift/drift-measure.ts
  var onlyNumbers = (values) => values.filter((value) => typeof value === "number");
  function measureDrift(test, reference, current, ks) {
    switch (test) {
      case "ks": {
        const result = ksTwoSample(onlyNumbers(reference), onlyNumbers(current), ks);
        const { statistic, pValue } = result;
        return { statistic, pValue, label: `Kolmogorov-Smirnov (${result.method})` };
      }
      case "wasserstein":
        return {
          statistic: normalisedWasserstein(onlyNumbers(reference), onlyNumbers(current)),
          label: "Wasserstein / reference SD"
        };
      case "chi-square": {
        const counts2 = countCategories(reference, current);
        const pooled = poolRareCategories(counts2.reference, counts2.current);
        const result = chiSquareHomogeneity(pooled.reference, pooled.current);
        const { statistic, pValue } = result;
        const note = pooled.pooled > 0 ? `, ${pooled.pooled} rare categories pooled` : "";
        return { statistic, pValue, label: `chi-square (df ${result.degreesOfFreedom}${note})` };
      }
      case "z-test": {
        const counts2 = countCategories(reference, current);
        const hits = [counts2.reference[0] ?? 0, counts2.current[0] ?? 0];
        const result = twoProportionZTest(hits[0], reference.length, hits[1], current.length);
        return { ...result, label: `two-proportion z-test on "${String(counts2.categories[0])}"` };
      }
      case "jensen-shannon": {
        const counts2 = countCategories(reference, current);
        return {
          statistic: jensenShannonDistance(counts2.reference, counts2.current),
          label: "Jensen-Shannon distance"
        };
      }
    }
  }
  function formatForNote(value) {
    if (value !== 0 && Math.abs(value) < 1e-4) return value.toExponential(1);
    return String(Number(value.toPrecision(3)));
  }

  // src/core/drift/drift-test-choice.ts
  var DRIFT_DEFAULTS = {
    /** A reference with more values than this is compared by distances rather than p-values. */
    largeReference: 1e3,
    /** A numeric column with at most this many distinct values is compared as categories. */
    fewDistinctValues: 5,
    /** Significance tests: drift when p < 0.05. */
    pThreshold: 0.05,
    /** Distances: drift when the distance ≥ 0.1. */
    distanceThreshold: 0.1,
    /** No verdict on a column with fewer usable values than this on either side. */
    minRows: 30,
    /** The dataset drifted when at least this share of the tested columns drifted. */
    driftShare: 0.5
  };
  function chooseDriftTest(kind, referenceValues, distinctValues, largeReference = DRIFT_DEFAULTS.largeReference) {
    if (referenceValues < 0 || distinctValues < 0)
      throw new RangeError(`Counts cannot be negative: ${referenceValues} values, ${distinctValues} distinct.`);
    const asNumbers = kind === "numeric" && distinctValues > DRIFT_DEFAULTS.fewDistinctValues;
    if (referenceValues > largeReference) return asNumbers ? "wasserstein" : "jensen-shannon";
    if (asNumbers) return "ks";
    return distinctValues <= 2 ? "z-test" : "chi-square";
  }

  // src/core/drift/column-drift.ts
  function columnDrift(column2, reference, current, options = {}) {
    const kind = options.kind ?? dictionaryKind(column2);
    const minRows = options.minRows ?? DRIFT_DEFAULTS.minRows;
    const pThreshold = options.pThreshold ?? DRIFT_DEFAULTS.pThreshold;
    const distanceThreshold = options.distanceThreshold ?? DRIFT_DEFAULTS.distanceThreshold;
    if (!(minRows >= 1)) throw new RangeError(`minRows must be at least 1, got ${minRows}.`);
    if (!(pThreshold > 0 && pThreshold < 1))
      throw new RangeError(`pThreshold must lie in (0, 1), got ${pThreshold}.`);
    if (!(distanceThreshold > 0))
      throw new RangeError(`distanceThreshold must be positive, got ${distanceThreshold}.`);
    const read = kind === "numeric" ? numericValues : categoricalValues;
    const left = read(reference);
    const right = read(current);
    const distinctValues = (/* @__PURE__ */ new Set([...left.values, ...right.values])).size;
    const base = { column: column2, kind, distinctValues, reference: left.counts, current: right.counts };
    const notTested = (status, note) => ({
      ...base,
      status,
      test: null,
      statistic: null,
      threshold: null,
      drifted: false,
      note
    });
    const [m, n] = [left.values.length, right.values.length];
    if (m < minRows || n < minRows)
      return notTested(
        "too few rows",
        `too few rows: ${n} current and ${m} reference values (minimum ${minRows})`
      );
    if (distinctValues === 1) return notTested("constant", "not tested: constant in both");
    const test = chooseDriftTest(kind, m, distinctValues, options.largeReference);
    const measured = measureDrift(test, left.values, right.values, options.ks);
    const { pValue, statistic } = measured;
    const threshold = pValue !== void 0 ? pThreshold : distanceThreshold;
    const drifted = pValue !== void 0 ? pValue < pThreshold : statistic >= distanceThreshold;
    const shown3 = pValue !== void 0 ? `: p = ${formatForNote(pValue)}` : ` = ${formatForNote(statistic)}`;
    const comparison = pValue !== void 0 ? drifted ? "<" : "≥" : drifted ? "≥" : "<";
    return {
      ...base,
      status: "tested",
      test,
      statistic,
      ...pValue !== void 0 ? { pValue } : {},
      threshold,
      drifted,
      note: `${measured.label}${shown3} ${comparison} ${threshold}${drifted ? ", drifted" : ""}`
    };
  }

  // src/core/drift/multiple-testing.ts
  function benjaminiHochberg(pValues) {
    for (const p of pValues)
      if (!(p >= 0 && p <= 1)) throw new RangeError(`A p-value must lie in [0, 1], got ${p}.`);
    const m = pValues.length;
    const order2 = pValues.map((_, index) => index).sort((a, b) => pValues[a] - pValues[b]);
    const adjusted = new Array(m).fill(1);
    let running = 1;
    for (let rank = m; rank >= 1; rank -= 1) {
      const index = order2[rank - 1];
      running = Math.min(running, pValues[index] * m / rank);
      adjusted[index] = running;
    }
    return adjusted;
  }

  // src/core/drift/dataset-drift.ts
  function verdict(driftedColumns, tested, driftShare) {
    if (tested === 0) return { driftedColumns, share: null, drifted: null };
    const share = driftedColumns / tested;
    return { driftedColumns, share, drifted: share >= driftShare };
  }
  function quality(columns, side, rows) {
    let blank2 = 0;
    let invalid = 0;
    for (const column2 of columns) {
      blank2 += column2[side].blank;
      invalid += column2[side].invalid;
    }
    const cells = rows * columns.length;
    return { rows, cells, blank: blank2, invalid, blankShare: cells === 0 ? 0 : blank2 / cells };
  }
  function datasetDrift(reference, current, options = {}) {
    const referenceRows = tableRows(reference, "reference");
    const currentRows = tableRows(current, "current");
    const driftShare = options.driftShare ?? DRIFT_DEFAULTS.driftShare;
    if (!(driftShare > 0 && driftShare <= 1))
      throw new RangeError(`driftShare must lie in (0, 1], got ${driftShare}.`);
    const minRows = options.minRows ?? DRIFT_DEFAULTS.minRows;
    const names = options.columns ?? Object.keys(reference);
    const results = names.map((name) => {
      const kind = options.kinds?.[name];
      const columnOptions = kind ? { ...options, kind } : options;
      return columnDrift(
        name,
        columnOf(reference, name, "reference"),
        columnOf(current, name, "current"),
        columnOptions
      );
    });
    const withP = results.filter((result) => result.pValue !== void 0);
    const adjusted = benjaminiHochberg(withP.map((result) => result.pValue));
    const adjustedByColumn = new Map(withP.map((result, index) => [result, adjusted[index]]));
    const pThreshold = options.pThreshold ?? DRIFT_DEFAULTS.pThreshold;
    const columns = results.map((result) => {
      const adjustedP = adjustedByColumn.get(result);
      if (adjustedP === void 0)
        return result.status === "tested" ? { ...result, driftedCorrected: result.drifted } : result;
      return { ...result, adjustedP, driftedCorrected: adjustedP < pThreshold };
    });
    const tested = columns.filter((column2) => column2.status === "tested");
    const raw = verdict(tested.filter((column2) => column2.drifted).length, tested.length, driftShare);
    const corrected = verdict(
      tested.filter((column2) => column2.driftedCorrected).length,
      tested.length,
      driftShare
    );
    const note = currentRows < minRows ? `too few rows: the current window has ${currentRows} rows (minimum ${minRows})` : tested.length === 0 ? "no column could be tested" : "";
    return {
      columns,
      testedColumns: tested.length,
      raw,
      corrected,
      note,
      quality: {
        reference: quality(columns, "reference", referenceRows),
        current: quality(columns, "current", currentRows)
      }
    };
  }

  // src/core/monitoring/check-verdict.ts
  var ANY_DRIFTED_COLUMN = Number.MIN_VALUE;
  var ACCURACY_METRICS = ["auc", "accuracy", "highRecall", "highPrecision", "calibration"];
  function dataQualityKind(problem) {
    return problem.column === null ? `data-quality:${problem.kind}` : `data-quality:${problem.kind}:${problem.column}`;
  }
  function checkVerdict(inputs) {
    const kinds = /* @__PURE__ */ new Set();
    const families = /* @__PURE__ */ new Set();
    const add = (family, kind) => {
      families.add(family);
      kinds.add(kind);
    };
    if (inputs.drift?.corrected.drifted === true) add("drift", "drift");
    for (const problem of inputs.dataQuality) add("data-quality", dataQualityKind(problem));
    if (inputs.accuracy) {
      for (const metric of ACCURACY_METRICS)
        if (inputs.accuracy[metric].problem) add("accuracy", `accuracy:${metric}`);
    }
    const [only] = families;
    const verdict2 = only === void 0 ? "ok" : families.size > 1 ? "several" : only;
    const problemKinds = [...kinds].sort();
    return {
      verdict: verdict2,
      problemKinds,
      drift: {
        raw: inputs.drift?.raw.drifted ?? null,
        corrected: inputs.drift?.corrected.drifted ?? null,
        note: inputs.drift === null ? "no reference sample to compare with" : inputs.drift.note
      }
    };
  }

  // src/core/monitoring/cell-fault.ts
  var categoryText = (value) => typeof value === "number" ? String(value) : value.trim();
  function seenCategories(reference) {
    const seen = /* @__PURE__ */ new Set();
    for (const value of reference) if (value !== null && !isBlank(value)) seen.add(categoryText(value));
    return seen;
  }
  function cellFault(attribute, value, seen) {
    if (value === null || isBlank(value)) return "blank";
    if (isCategorical(attribute)) {
      const text = categoryText(value);
      if (!attribute.categories.includes(text)) return "not-a-category";
      return seen.has(text) ? null : "unseen-category";
    }
    if (typeof value !== "number" || !Number.isFinite(value)) return "not-a-number";
    if (value < attribute.min) return "below-min";
    if (value > attribute.max) return "above-max";
    return Number.isInteger(value) ? null : "not-whole";
  }

  // src/core/monitoring/sheet-rows.ts
  var FIRST_ROWS_LISTED = 5;
  function assertSheetRow(row, what) {
    if (!Number.isInteger(row) || row < 1)
      throw new RangeError(`${what} must be a sheet row number (a whole number ≥ 1), got ${row}.`);
  }
  function firstRows(rows) {
    return [...new Set(rows)].sort((a, b) => a - b).slice(0, FIRST_ROWS_LISTED);
  }
  function rowsPhrase(listed2, total2) {
    if (listed2.length === 0) return "";
    if (total2 > listed2.length) return `rows ${listed2.join(", ")} and ${total2 - listed2.length} more`;
    if (listed2.length === 1) return `row ${listed2[0]}`;
    return `rows ${listed2.slice(0, -1).join(", ")} and ${listed2[listed2.length - 1]}`;
  }

  // src/core/monitoring/quality-sentences.ts
  var plural2 = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  var percent2 = (share) => `${Math.round(share * 100)}%`;
  function named2(column2) {
    const { label: label3 } = attributeNamed(column2);
    return label3 === column2 ? label3 : `${label3} (${column2})`;
  }
  var FAULT_ORDER = [
    "below-min",
    "above-max",
    "not-whole",
    "not-a-number",
    "not-a-category"
  ];
  function faultWords(fault, n, column2) {
    const attribute = attributeNamed(column2);
    const bounds = "min" in attribute ? `${attribute.min}-${attribute.max}` : "";
    const words = {
      "below-min": `${n} below the range ${bounds}`,
      "above-max": `${n} above the range ${bounds}`,
      "not-whole": plural2(n, "not a whole number", "not whole numbers"),
      "not-a-number": plural2(n, "not a number", "not numbers"),
      "not-a-category": `${n} not in its list of categories`
    };
    return words[fault];
  }
  function problemSentence(problem, quality2) {
    const rows = rowsPhrase(problem.firstRows, problem.count);
    if (problem.kind === "not-scored")
      return `${plural2(problem.count, "row", "rows")} could not be scored: ${rows}.`;
    if (problem.column === null || quality2 === null)
      throw new RangeError(`A ${problem.kind} problem needs its column and the column's summary.`);
    const name = named2(problem.column);
    switch (problem.kind) {
      case "missing-column":
        return `No roster column holds ${name}, which the model uses: it reads as blank for every student.`;
      case "blank-share":
        return `${name} is blank in ${problem.count} of ${quality2.rows} rows (${percent2(quality2.blankShare)}, against ${percent2(quality2.referenceBlankShare)} in the training sample): ${rows}.`;
      case "out-of-range": {
        const column2 = problem.column;
        const faults = FAULT_ORDER.flatMap((fault) => {
          const n = quality2.outOfRange[fault];
          return n ? [faultWords(fault, n, column2)] : [];
        }).join(", ");
        const values = plural2(problem.count, "value", "values");
        return `${name} has ${values} the data dictionary does not allow (${faults}): ${rows}.`;
      }
      case "unseen-category":
        return `${name} has ${plural2(problem.count, "value", "values")} in ${plural2(quality2.unseenCategories, "category", "categories")} never seen in the training sample, which the model scores as its most common category: ${rows}.`;
    }
  }

  // src/core/monitoring/data-quality.ts
  var BLANK_SHARE_EXCESS = 0.1;
  var MIN_BLANK_ROWS = 5;
  function columnQuality(name, input, present) {
    const attribute = attributeNamed(name);
    const referenceColumn = columnOf(input.reference, name, "reference");
    const seen = seenCategories(referenceColumn);
    const referenceBlank = referenceColumn.filter((value) => cellFault(attribute, value, seen) === "blank");
    const rows = { blank: [], outOfRange: [], unseen: [] };
    const outOfRange = {};
    const unseen = /* @__PURE__ */ new Set();
    for (const row of input.rows) {
      const value = row.values[name] ?? null;
      const fault = cellFault(attribute, value, seen);
      if (fault === null) continue;
      if (fault === "blank") rows.blank.push(row.sheetRow);
      else if (fault === "unseen-category") {
        rows.unseen.push(row.sheetRow);
        unseen.add(String(value).trim());
      } else {
        rows.outOfRange.push(row.sheetRow);
        outOfRange[fault] = (outOfRange[fault] ?? 0) + 1;
      }
    }
    const quality2 = {
      column: name,
      present,
      rows: input.rows.length,
      blank: rows.blank.length,
      blankShare: input.rows.length === 0 ? 0 : rows.blank.length / input.rows.length,
      referenceBlankShare: referenceColumn.length === 0 ? 0 : referenceBlank.length / referenceColumn.length,
      outOfRange,
      unseenCells: rows.unseen.length,
      unseenCategories: unseen.size
    };
    return { quality: quality2, rows };
  }
  function dataQuality(input) {
    input.rows.forEach((row, index) => assertSheetRow(row.sheetRow, `Current row ${index}'s sheet row`));
    input.notScoredRows.forEach((row) => assertSheetRow(row, "An unscored row"));
    const found = new Set(input.rosterHeaders.map((header) => attributeForHeader(header)?.name));
    const missing = [];
    const perColumn = [];
    const columns = input.attributes.map((name) => {
      const { quality: quality2, rows } = columnQuality(name, input, found.has(name));
      const problem = (kind, affected, count = affected.length) => {
        const base = { kind, column: name, count, firstRows: firstRows(affected) };
        return { ...base, sentence: problemSentence(base, quality2) };
      };
      if (!quality2.present) {
        missing.push(problem("missing-column", [], input.rows.length));
        return quality2;
      }
      const excess = quality2.blankShare - quality2.referenceBlankShare;
      if (excess > BLANK_SHARE_EXCESS + 1e-9 && quality2.blank >= MIN_BLANK_ROWS)
        perColumn.push(problem("blank-share", rows.blank));
      if (rows.outOfRange.length > 0) perColumn.push(problem("out-of-range", rows.outOfRange));
      if (rows.unseen.length > 0) perColumn.push(problem("unseen-category", rows.unseen));
      return quality2;
    });
    const problems = [...missing, ...perColumn];
    const notScored = [...new Set(input.notScoredRows)];
    if (notScored.length > 0) {
      const base = {
        kind: "not-scored",
        column: null,
        count: notScored.length,
        firstRows: firstRows(notScored)
      };
      problems.push({ ...base, sentence: problemSentence(base, null) });
    }
    return { rows: input.rows.length, columns, problems };
  }

  // src/core/monitoring/describe-shift.ts
  var MIN_VALUES_DESCRIBED = 10;
  var attributeOrUndefined = (name) => ATTRIBUTES.find((attribute) => attribute.name === name);
  var shown2 = (x) => Number.isInteger(x) ? String(x) : x.toFixed(1);
  var SAME_EVERYWHERE = "the same value in every row on both sides";
  var percent3 = (share) => `${Math.round(share * 100)}%`;
  function centreShift(reference, current) {
    const [m0, m1] = [median(reference), median(current)];
    if (m0 !== m1) return `median ${shown2(m0)} → ${shown2(m1)}`;
    const [a0, a1] = [mean(reference).toFixed(1), mean(current).toFixed(1)];
    if (a0 !== a1) return `mean ${a0} → ${a1}`;
    const middle = (values) => {
      const sorted = [...values].sort((a, b) => a - b);
      return `${shown2(quantileSorted(sorted, 0.25))}-${shown2(quantileSorted(sorted, 0.75))}`;
    };
    const [q0, q1] = [middle(reference), middle(current)];
    return q0 !== q1 ? `middle half ${q0} → ${q1}` : `median ${shown2(m0)}, mean ${a0} on both sides`;
  }
  var OUTSIDE_KEY = "\0outside";
  var OUTSIDE_WORDS = "values outside the data dictionary";
  var UNNAMED_SHIFT = "the shares of its categories changed";
  function largestShareChange(reference, current, words) {
    const keyed = (value) => words(value) === void 0 ? OUTSIDE_KEY : value;
    const counts2 = countCategories(reference.map(keyed), current.map(keyed));
    let best = { index: 0, change: -Infinity, grew: false };
    counts2.categories.forEach((_, index) => {
      const change = (counts2.current[index] ?? 0) / current.length - (counts2.reference[index] ?? 0) / reference.length;
      const size = Math.abs(change);
      const clearlyLarger = size > best.change + 1e-12;
      const tiedButGrew = Math.abs(size - best.change) <= 1e-12 && change > 0 && !best.grew;
      if (clearlyLarger || tiedButGrew) best = { index, change: size, grew: change > 0 };
    });
    const key = counts2.categories[best.index];
    const named3 = key === OUTSIDE_KEY ? OUTSIDE_WORDS : `"${words(key) ?? ""}"`;
    const [before, after] = [counts2.reference[best.index] ?? 0, counts2.current[best.index] ?? 0];
    return `${named3} ${percent3(before / reference.length)} → ${percent3(after / current.length)}`;
  }
  function describeShift(drift, reference, current) {
    if (reference.length !== drift.reference.rows || current.length !== drift.current.rows)
      throw new RangeError(
        `"${drift.column}" was tested on ${drift.reference.rows} reference and ${drift.current.rows} current rows, but ${reference.length} and ${current.length} were given.`
      );
    const attribute = attributeOrUndefined(drift.column);
    const label3 = attribute?.label ?? drift.column;
    const tooFew = (left2, right2) => left2 < MIN_VALUES_DESCRIBED || right2 < MIN_VALUES_DESCRIBED;
    const tooFewPhrase = (left2, right2) => `${label3}: too few values to describe (${right2} current, ${left2} reference)`;
    if (drift.kind === "categorical") {
      const [left2, right2] = [categoricalValues(reference).values, categoricalValues(current).values];
      if (tooFew(left2.length, right2.length)) return tooFewPhrase(left2.length, right2.length);
      if (drift.status === "constant") return `${label3}: ${SAME_EVERYWHERE}`;
      if (!attribute || !isCategorical(attribute)) return `${label3}: ${UNNAMED_SHIFT}`;
      const { categories, categoryLabels } = attribute;
      const words = (category) => categories.includes(category) ? categoryLabels?.[category] ?? category : void 0;
      return `${label3}: ${largestShareChange(left2, right2, words)}`;
    }
    const [left, right] = [numericValues(reference).values, numericValues(current).values];
    if (tooFew(left.length, right.length)) return tooFewPhrase(left.length, right.length);
    if (drift.status === "constant") return `${label3}: ${SAME_EVERYWHERE}`;
    if (attribute?.kind === "ordinal" && attribute.levels) {
      const { levels, min: min2 } = attribute;
      const words = (code) => levels[code - min2];
      return `${label3}: ${largestShareChange(left, right, words)}`;
    }
    return `${label3}: ${centreShift(left, right)}`;
  }

  // src/core/monitoring/realised-metric.ts
  function undefinedMetric(reason, expected) {
    return { value: null, reason, expected, problem: false };
  }
  function judged(value, interval, expected) {
    if (expected === void 0) return { value, interval, expected: null, problem: false };
    return { value, interval, expected, problem: expected > interval.high };
  }
  function proportion(successes, trials, expected, why) {
    if (trials === 0) return undefinedMetric(why, expected ?? null);
    return judged(successes / trials, wilsonInterval(successes, trials), expected);
  }

  // src/core/monitoring/realised-accuracy.ts
  var MIN_STUDENTS_WITH_GRADES = 20;
  var TIERS2 = /* @__PURE__ */ new Set(["High", "Medium", "Low", ""]);
  var isProbability2 = (x) => Number.isFinite(x) && x >= 0 && x <= 1;
  function assertInputs(pairs, expected) {
    pairs.forEach((pair, index) => {
      if (!isProbability2(pair.risk)) throw new RangeError(`Pair ${index}: risk ${pair.risk} is not in [0, 1].`);
      if (!TIERS2.has(pair.tier)) throw new RangeError(`Pair ${index}: "${pair.tier}" is not a tier.`);
      if (typeof pair.failed !== "boolean") throw new TypeError(`Pair ${index}: failed must be true or false.`);
    });
    for (const [name, value] of Object.entries(expected))
      if (value !== void 0 && !isProbability2(value))
        throw new RangeError(`The expected ${name} must lie in [0, 1], got ${String(value)}.`);
  }
  function aucMetric(risks, labels, failures, expected) {
    const passes = labels.length - failures;
    if (failures === 0 || passes === 0)
      return undefinedMetric(
        `undefined with one class only: every student ${failures ? "failed" : "passed"}`,
        expected
      );
    const value = rocAuc(risks, labels);
    return judged(value, hanleyMcNeilInterval(value, failures, passes), expected);
  }
  function realisedAccuracy(pairs, expected) {
    assertInputs(pairs, expected);
    const students2 = pairs.length;
    const failures = pairs.filter((pair) => pair.failed).length;
    if (students2 < MIN_STUDENTS_WITH_GRADES) {
      const note = `too few students with final grades yet: ${students2} of the ${MIN_STUDENTS_WITH_GRADES} needed`;
      const none = (value) => undefinedMetric(note, value ?? null);
      return {
        students: students2,
        failures,
        note,
        auc: none(expected.auc),
        accuracy: none(expected.accuracy),
        highRecall: none(expected.highRecall),
        highPrecision: none(expected.highPrecision),
        calibration: undefinedMetric(note, null)
      };
    }
    const risks = pairs.map((pair) => pair.risk);
    const labels = pairs.map((pair) => pair.failed ? 1 : 0);
    const { tp, tn } = confusionAt(risks, labels, expected.threshold);
    const high = pairs.filter((pair) => pair.tier === "High");
    const highFailed = high.filter((pair) => pair.failed).length;
    const meanRisk = risks.reduce((sum3, risk2) => sum3 + risk2, 0) / students2;
    const observed = wilsonInterval(failures, students2);
    return {
      students: students2,
      failures,
      note: "",
      auc: aucMetric(risks, labels, failures, expected.auc),
      accuracy: judged((tp + tn) / students2, wilsonInterval(tp + tn, students2), expected.accuracy),
      highRecall: proportion(highFailed, failures, expected.highRecall, "undefined: no student failed"),
      highPrecision: proportion(highFailed, high.length, expected.highPrecision, "undefined: nobody is High"),
      calibration: {
        value: failures / students2,
        interval: observed,
        expected: meanRisk,
        problem: meanRisk < observed.low || meanRisk > observed.high
      }
    };
  }

  // src/jobs/monitoring/inspect.ts
  function expectations(version, settings, scored) {
    const expected = {
      auc: version.metrics["auc"] ?? 0.5,
      accuracy: version.metrics["accuracy"] ?? 0.5,
      threshold: version.threshold
    };
    const curve = version.catchCurve;
    if (curve && scored > 0) {
      const rule = tierRuleOf(settings);
      const recall = expectedCatch(curve, rule, scored);
      if (Number.isFinite(recall)) expected.highRecall = recall;
      if (rule.kind === "capacity" && Number.isFinite(recall)) {
        const share = Math.min(1, rule.capacity / scored);
        expected.highPrecision = Math.min(1, recall * curve.failRate / share);
      }
    }
    return expected;
  }
  function driftOf(reference, current, attributes) {
    if (!reference) return { drift: null, moved: /* @__PURE__ */ new Map() };
    const columns = attributes.filter((name) => reference[name] !== void 0);
    const drift = datasetDrift(reference, current, { columns, driftShare: ANY_DRIFTED_COLUMN });
    const moved = /* @__PURE__ */ new Map();
    for (const column2 of drift.columns)
      if (column2.status === "tested")
        moved.set(
          column2.column,
          describeShift(
            column2,
            columnOf(reference, column2.column, "reference"),
            columnOf(current, column2.column, "current")
          )
        );
    return { drift, moved };
  }
  function inspect(data) {
    const version = data.champion;
    const model = JSON.parse(version.modelJson);
    const attributes = modelAttributes(model);
    const reference = version.referenceSample ? decodeReferenceSample(version.referenceSample).table : null;
    const students2 = readStudents(data.students, attributes);
    const run = latestLoggedRun(data.log, (v) => v === version.version ? attributes : null);
    const fresh = run !== null && run.runId !== data.lastComparedRun;
    const current = fresh ? run.table : tableOfRows(students2.rows, attributes);
    const source = fresh ? `Inference log, run ${run.runId}` : "Students sheet";
    const rowsCompared = fresh ? run.rows : students2.rows.length;
    const { drift, moved } = driftOf(reference, current, attributes);
    const notScored = students2.rows.filter((row) => !scoreability(model, row.asScored).ok).map((r) => r.sheetRow);
    const quality2 = dataQuality({
      attributes,
      reference: reference ?? Object.fromEntries(attributes.map((name) => [name, []])),
      rows: students2.rows,
      rosterHeaders: students2.header,
      notScoredRows: notScored
    });
    const accuracy = realised(data, students2.rows, version);
    const summary2 = checkVerdict({ drift, dataQuality: quality2.problems, accuracy });
    return {
      version,
      source,
      comparedRun: fresh ? run.runId : data.lastComparedRun,
      rowsCompared,
      drift,
      moved,
      quality: quality2,
      accuracy,
      summary: summary2
    };
  }
  function realised(data, rows, version) {
    const graded = rows.filter((row) => row.finalGrade !== null);
    if (graded.length === 0 || data.salt === null) return null;
    const predictions = predictionsByKey(data.log, version.version);
    const pairs = [];
    for (const row of graded) {
      const logged = predictions.get(pseudonym(row.key, data.salt, data.sha256Hex));
      if (!logged) continue;
      const tier = ["High", "Medium", "Low"].includes(logged.tier) ? logged.tier : "";
      pairs.push({ risk: logged.risk, tier, failed: row.finalGrade < data.settings.passMark });
    }
    if (pairs.length === 0) return null;
    return realisedAccuracy(pairs, expectations(version, data.settings, predictions.size));
  }

  // src/jobs/monitoring/run-check.ts
  var HOUR_MS3 = 36e5;
  function runMonitoringCheck(deps) {
    const at = deps.now();
    const now = at.getTime();
    const state = loadBackground(deps.store);
    const memory = state.checks;
    const missed = checkWasMissed({
      monitoringOnSince: state.monitoring?.onSince ?? null,
      lastFinishedCheckAt: memory.lastFinishedAt,
      now
    });
    let stage = "reading the model registry";
    let findings = null;
    let failure = null;
    let nothing = false;
    let identifying = [];
    let registryProblems = [];
    try {
      const registry = Registry.read(deps, deps.digests);
      const champion = registry.champion();
      registryProblems = registry.problems;
      if (champion === null) nothing = true;
      else {
        stage = "reading the Students sheet";
        const students2 = deps.students.read();
        stage = "reading the Inference log";
        const log = deps.log.rows();
        stage = "comparing this term's rows with the training data";
        findings = inspect({
          champion,
          students: students2,
          log,
          lastComparedRun: memory.lastComparedRun,
          settings: deps.settings,
          salt: deps.store.get(SALT_KEY),
          // The bundle's own SHA-256, as scoring uses: one Utilities.computeDigest call per graded student
          // would make the check's service calls grow with the roster.
          sha256Hex
        });
        identifying = readStudents(students2, []).rows.map((row2) => row2.key);
      }
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    const current = failure ? { verdict: "check-failed", problemKinds: ["check-failed"], missedCheck: missed } : {
      verdict: findings?.summary.verdict ?? "ok",
      problemKinds: findings?.summary.problemKinds ?? [],
      missedCheck: missed
    };
    const decision = decideAlert({
      current,
      previous: memory.compareWith,
      lastAlertAt: memory.lastAlertAt,
      now
    });
    let alert = `Not sent: ${decision.reason}`;
    let compareWith = decision.compareNextWith;
    if (decision.send) {
      const subject = {
        findings,
        failedStage: failure === null ? null : stage,
        missed: missed ? {
          lastFinishedAt: memory.lastFinishedAt === null ? null : deps.formatTime(new Date(memory.lastFinishedAt)),
          hoursWithoutCheck: Math.floor(
            (now - (memory.lastFinishedAt ?? state.monitoring?.onSince ?? now)) / HOUR_MS3
          )
        } : null,
        previous: memory.compareWith
      };
      try {
        const sent = sendAlert(
          deps.mailer,
          deps.settings.alertRecipients,
          alertFacts(subject, { spreadsheet: deps.spreadsheet, checkedAt: deps.formatTime(at) }),
          identifying
        );
        alert = sent.words;
        if (sent.told > 0) memory.lastAlertAt = now;
        else compareWith = memory.compareWith;
      } catch (error) {
        alert = `Not sent: ${error instanceof Error ? error.message : String(error)}`;
        compareWith = memory.compareWith;
      }
    }
    const found = findings ? { ...historyRow(findings, at), alert } : emptyRow(
      at,
      nothing ? VERDICT_WORDS.nothing : VERDICT_WORDS["check-failed"],
      alert,
      nothing ? "No champion model yet: train one, then the check compares new students with its training data." : `Failed while ${stage}: ${failure ?? ""}`
    );
    const row = registryProblems.length === 0 ? found : { ...found, notes: [found.notes, ...registryProblems].filter(Boolean).join(" ") };
    deps.monitoring.record(row, findings ? checkDetail(findings, at) : null);
    const latest = loadBackground(deps.store);
    latest.checks = {
      lastFinishedAt: failure === null ? now : memory.lastFinishedAt,
      lastAlertAt: memory.lastAlertAt,
      compareWith,
      lastComparedRun: findings?.comparedRun ?? memory.lastComparedRun
    };
    latest.lastCheck = { at: now, verdict: row.verdict, alert: row.alert };
    saveBackground(deps.store, latest);
    return { row, problem: failure !== null || findings !== null && findings.summary.verdict !== "ok" };
  }
  function backgroundFailureRow(at, what, message, retryAt) {
    return emptyRow(
      at,
      "Background work failed",
      "Not sent: repeated failures are emailed to the trigger owner",
      `${what} failed: ${message} It is tried again at ${retryAt}.`
    );
  }
  function emptyRow(at, verdict2, alert, notes2) {
    return {
      checkedAt: at,
      version: null,
      source: "",
      rowsCompared: null,
      columnsTested: null,
      driftedRaw: null,
      driftedCorrected: null,
      driftedShare: null,
      dataQualityProblems: null,
      studentsWithGrades: null,
      realisedAuc: null,
      expectedAuc: null,
      verdict: verdict2,
      alert,
      notes: notes2
    };
  }

  // src/jobs/monitoring/daily-monitoring.ts
  var hourText = (hour) => `${String(hour).padStart(2, "0")}:00`;
  function monitoringStatus(store) {
    const { monitoring: monitoring2 } = loadBackground(store);
    return {
      on: monitoring2 !== null,
      turnedOnBy: monitoring2?.onBy ?? null,
      nextCheck: monitoring2 ? new Date(monitoring2.dueAt) : null
    };
  }
  function turnOnMonitoring(deps, user, hour) {
    const state = loadBackground(deps.store);
    const now = deps.now().getTime();
    if (state.monitoring) {
      const { onBy, onSince, dueAt: dueAt2 } = state.monitoring;
      return `Daily monitoring is already on: ${onBy || "another editor"} turned it on on ${deps.formatTime(new Date(onSince))}. The next check runs at ${deps.formatTime(new Date(dueAt2))}; nothing was changed.`;
    }
    const dueAt = nextDailyRun(now, hour, deps.offsetAt);
    state.monitoring = { onSince: now, onBy: user, dueAt };
    saveBackground(deps.store, state);
    reschedule(deps, state);
    return `Daily monitoring is on. A check runs every day at about ${hourText(hour)} (the spreadsheet's time zone), first at ${deps.formatTime(new Date(dueAt))}; its results go to the Monitoring sheet, and an alert goes to the recipients in Settings when something changes.`;
  }
  function turnOffMonitoring(deps) {
    const state = loadBackground(deps.store);
    if (!state.monitoring) return "Daily monitoring was already off.";
    state.monitoring = null;
    saveBackground(deps.store, state);
    reschedule(deps, state);
    return "Daily monitoring is off. Check now still runs a check whenever you choose it.";
  }
  function moveMonitoringHour(deps, hour) {
    const state = loadBackground(deps.store);
    if (!state.monitoring) return;
    const dueAt = nextDailyRun(deps.now().getTime(), hour, deps.offsetAt);
    if (dueAt === state.monitoring.dueAt) return;
    state.monitoring.dueAt = dueAt;
    saveBackground(deps.store, state);
    reschedule(deps, state);
  }
  function heartbeatNotice(store, now, formatTime) {
    const { monitoring: monitoring2, checks } = loadBackground(store);
    const missed = checkWasMissed({
      monitoringOnSince: monitoring2?.onSince ?? null,
      lastFinishedCheckAt: checks.lastFinishedAt,
      now: now.getTime()
    });
    if (!missed) return null;
    const last = checks.lastFinishedAt === null ? "since it was turned on" : `since ${formatTime(new Date(checks.lastFinishedAt))}`;
    return `Daily monitoring is on, but no check has finished ${last} (over ${HEARTBEAT_LIMIT_MS / 36e5} hours). The Monitoring sheet shows the last one. Choose PassCompass ▸ Check now to run one; if it keeps happening, turn daily monitoring off and on again (it may belong to an editor who no longer has access).`;
  }

  // src/sheets/project-files.ts
  var projectFiles = {
    read(name) {
      return HtmlService.createHtmlOutputFromFile(name).getContent();
    }
  };
  var digests = {
    sha256Hex(text) {
      const bytes = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8);
      return bytes.map((b) => ((b + 256) % 256).toString(16).padStart(2, "0")).join("");
    }
  };

  // src/core/data/formula-escape.ts
  var FORMULA_START = /^[=+\-@\t\r]/;
  var SHEETS_WOULD_CONVERT = /^\s*([-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?%?|true|false)\s*$/i;
  function needsQuotePrefix(text) {
    return FORMULA_START.test(text) || SHEETS_WOULD_CONVERT.test(text);
  }
  function escapeForSheet(value) {
    if (typeof value !== "string") return value;
    if (value.startsWith("'") || needsQuotePrefix(value)) return `'${value}`;
    return value;
  }

  // src/core/time/timestamp-format.ts
  var SHEET_FORMATS = {
    monthFirst: "m/d/yyyy h:mm",
    dayFirst: "dd/mm/yyyy hh:mm",
    dayFirstDotted: "dd.mm.yyyy hh:mm",
    iso: "yyyy-mm-dd hh:mm"
  };
  var MONTH_FIRST = /* @__PURE__ */ new Set(["US", "PH", "FM", "MH", "PW"]);
  var DOTTED = /* @__PURE__ */ new Set(["DE", "AT", "CH", "PL", "RU", "UA", "CZ", "SK", "FI", "NO", "TR", "RO", "HR", "RS"]);
  var YEAR_FIRST = /* @__PURE__ */ new Set(["CN", "JP", "KR", "TW", "HU", "LT", "SE", "CA", "ZA", "MN"]);
  function country(locale) {
    const parts = locale.split(/[_-]/);
    return parts.length > 1 ? (parts[parts.length - 1] ?? "").toUpperCase() : "";
  }
  function order(locale) {
    const code = country(locale);
    if (code === "") return "iso";
    if (MONTH_FIRST.has(code)) return "monthFirst";
    if (DOTTED.has(code)) return "dayFirstDotted";
    if (YEAR_FIRST.has(code)) return "iso";
    return "dayFirst";
  }
  function sheetTimestampFormat(locale) {
    return SHEET_FORMATS[order(locale)];
  }
  var TIMESTAMP_COLUMN_WIDTH = 140;
  var TEXT_TIMESTAMP_PATTERN = "d MMMM yyyy, HH:mm";
  function textTimestamp(formatted, timeZone) {
    return `${formatted} (${timeZone})`;
  }

  // src/sheets/layouts/layout.ts
  var TIME = "time";
  var AUTOMATIC = "0.###############";
  var FORMATS = {
    /** Version and row numbers. */
    whole: "0",
    count: "#,##0",
    /** Risks, rates and shares, read by teachers as percentages: 27.3%, as the alerts and dialogs say them. */
    percent: "0.0%",
    /** ROC AUC, Brier score and their spread: the three decimals they are compared at. */
    score: "0.000",
    seconds: "0.0",
    time: TIME
  };
  function sheetLayout(header, legend, specs, sections = []) {
    const columns = header.map((name) => ({ header: name, ...specs[name] }));
    return { legend, columns, sections };
  }
  var TIME_HEADERS = /* @__PURE__ */ new Set(["Time", "Created"]);
  function defaultLayout(header) {
    const columns = header.map(
      (name) => TIME_HEADERS.has(name) ? { header: name, width: TIMESTAMP_COLUMN_WIDTH, format: TIME } : { header: name }
    );
    return { legend: "", columns, sections: [] };
  }
  function headerNotes(layout) {
    return layout.columns.map(
      (column2, i) => [i === 0 ? layout.legend : "", column2.note ?? ""].filter((text) => text !== "").join("\n\n")
    );
  }
  var sameRow = (row, header) => row.length > 0 && row.every((cell, i) => cell === (header[i] ?? ""));
  function blockStyles(layout, rows, timeFormat) {
    const format = (f) => f === TIME ? timeFormat() : f ?? AUTOMATIC;
    const columnFormats = layout.columns.map((c) => c.format);
    const headers = layout.columns.map((c) => c.header);
    const styles = { formats: [], wraps: [], weights: [], alignments: [] };
    let current = columnFormats;
    for (const row of rows) {
      const section2 = layout.sections.find((s) => sameRow(row, s.header));
      const header = section2 !== void 0 || sameRow(row, headers);
      if (section2) current = section2.formats;
      styles.formats.push(layout.columns.map((_, i) => header ? AUTOMATIC : format(current[i])));
      styles.wraps.push(layout.columns.map((c) => header || c.wrap === true));
      styles.weights.push(layout.columns.map(() => header ? "bold" : null));
      styles.alignments.push(layout.columns.map(() => header ? null : "top"));
    }
    return styles;
  }

  // src/sheets/apply-layout.ts
  function layOutColumns(sheet, layout) {
    const header = sheet.getRange(1, 1, 1, layout.columns.length);
    header.setWrap(true);
    const notes2 = headerNotes(layout);
    if (notes2.some((note) => note !== "")) header.setNotes([notes2]);
    sheet.setFrozenRows(1);
    for (const run of runs(layout, (c) => c.hidden ? void 0 : c.width))
      sheet.setColumnWidths(run.start, run.count, run.value);
    for (const run of runs(layout, (c) => c.hidden ? true : void 0))
      sheet.hideColumns(run.start, run.count);
  }
  function lacksLayout(sheet, layout) {
    return layout.legend !== "" && sheet.getRange(1, 1).getNote() !== headerNotes(layout)[0];
  }
  function styleBlock(range, rows, layout, timeFormat, belowHeader) {
    if (rows.length === 0) return;
    const styles = blockStyles(layout, rows, timeFormat);
    const wraps = layout.columns.some((c) => c.wrap);
    range.setNumberFormats(styles.formats);
    if (wraps || belowHeader) range.setWraps(styles.wraps);
    if (belowHeader) range.setFontWeights(styles.weights);
    if (wraps) range.setVerticalAlignments(styles.alignments);
  }
  function runs(layout, valueOf2) {
    const found = [];
    layout.columns.forEach((column2, i) => {
      const value = valueOf2(column2);
      if (value === void 0) return;
      const last = found[found.length - 1];
      if (last && last.value === value && last.start + last.count === i + 1) last.count += 1;
      else found.push({ start: i + 1, count: 1, value });
    });
    return found;
  }

  // src/sheets/layouts/aliases.ts
  var ALIASES_LAYOUT = sheetLayout(
    ALIAS_HEADER,
    "Aliases: the history of which version scores students, one row per move, oldest first, never changed. champion = the version that scores students; challenger = a newer one waiting to be promoted. PassCompass reads where each points now from this history.",
    {
      Time: { width: 140, format: FORMATS.time },
      Alias: { width: 80 },
      "From version": { width: 70, format: FORMATS.whole, note: "Blank: the alias pointed nowhere before." },
      "To version": { width: 70, format: FORMATS.whole, note: "Blank: the alias was cleared." },
      "Moved by": {
        width: 110,
        note: "set by training: a new version became champion or challenger on its own; promote and roll back: someone chose them in the PassCompass menu."
      },
      Reason: { width: 360, wrap: true }
    }
  );

  // src/sheets/layouts/data-issues.ts
  var DATA_ISSUES_LAYOUT = sheetLayout(
    ISSUE_HEADER,
    "Data issues: what Check data found in the Students sheet, one problem per row, with the row and column to look at and what PassCompass does about it. The Students sheet is never changed. Rewritten by every check.",
    {
      Row: { width: 50, format: FORMATS.whole, note: "The row of the Students sheet." },
      Column: { width: 120 },
      Value: { width: 120, note: "What the cell holds; blank when it is empty." },
      Problem: { width: 320, wrap: true },
      "What PassCompass does": { width: 280, wrap: true }
    }
  );

  // src/sheets/layouts/experiments.ts
  var EXPERIMENTS_LAYOUT = sheetLayout(
    EXPERIMENT_HEADER,
    "Experiments: one row per Train model run, oldest first. Every figure comes from cross-validation: each student scored by a model that never saw them. Accuracy, Precision, Recall and F1 count a student as flagged from the version's threshold. Version is blank when the model was not good enough to publish; Outcome says why.",
    {
      Run: { width: 70 },
      Time: { width: 140, format: FORMATS.time },
      "Data fingerprint": {
        hidden: true,
        note: "A digest of the rows this run trained on: two runs with the same fingerprint used the same data. Kept so runs can be compared."
      },
      Rows: { width: 60, format: FORMATS.count },
      Failures: { width: 70, format: FORMATS.count, note: "Students in Rows whose final grade was a fail." },
      Mode: { width: 60, note: "early: without the period grades G1 and G2; mid: with them." },
      "Parameters (JSON)": {
        hidden: true,
        note: "The settings this run used (pass mark, folds, seed, capacity, threshold), so it can be repeated."
      },
      "CV ROC AUC": {
        width: 80,
        format: FORMATS.score,
        note: "How well risks rank students who failed above those who passed: 1 = perfectly, 0.5 = chance."
      },
      "AUC sd": { width: 60, format: FORMATS.score, note: "How much the AUC varied from fold to fold." },
      Accuracy: { width: 80, format: FORMATS.percent },
      Precision: { width: 80, format: FORMATS.percent, note: "Of the students flagged, the share who failed." },
      Recall: { width: 70, format: FORMATS.percent, note: "Of the students who failed, the share flagged." },
      F1: {
        width: 60,
        format: FORMATS.percent,
        note: "Precision and recall in one figure (their harmonic mean)."
      },
      Brier: {
        width: 60,
        format: FORMATS.score,
        note: "Mean squared gap between risk and outcome; lower is better."
      },
      "Top-K recall": {
        width: 80,
        format: FORMATS.percent,
        note: "Of the students who failed, the share among the highest risks, as many as the capacity in Settings."
      },
      "Top-K precision": {
        width: 80,
        format: FORMATS.percent,
        note: "Of the highest risks, as many as the capacity in Settings, the share who failed."
      },
      "Per fold (JSON)": {
        hidden: true,
        note: "Each cross-validation fold's figures, to see how much they varied. Kept for the record."
      },
      "Duration (s)": { width: 80, format: FORMATS.seconds },
      Version: { width: 70, format: FORMATS.whole },
      Outcome: { width: 320, wrap: true }
    }
  );

  // src/sheets/layouts/inference-log.ts
  var INFERENCE_LOG_LAYOUT = sheetLayout(
    LOG_HEADER,
    "Inference log: what each Score students run predicted, one row per student, oldest first; the newest 50,000 rows are kept. Student key is a pseudonym, never a name. The daily monitoring check reads the latest run here.",
    {
      Time: { width: 140, format: FORMATS.time },
      Run: { width: 240, note: "The scoring run: its rows share this id." },
      "Model version": { width: 70, format: FORMATS.whole },
      "Student key": {
        width: 125,
        note: "A pseudonym made from the student with a secret kept in this spreadsheet: the same student has the same key in every run, and no one can turn it back into a name."
      },
      "Risk of failing": { width: 70, format: FORMATS.percent },
      Tier: { width: 60 },
      "Inputs (JSON)": {
        hidden: true,
        note: "The student's answers the risk was computed from (no name), as data. The daily monitoring check compares them with the training data: PassCompass needs this column, do not edit it."
      }
    }
  );

  // src/sheets/layouts/summary.ts
  var SUMMARY_LAYOUT = sheetLayout(
    SUMMARY_HEADER,
    "Summary: the roster PassCompass last trained on, one row per column (what it means, blanks, range, most common values); below, for each column with few values, the share of students who failed (final grade below the pass mark) for each value. Rewritten by every Train model.",
    {
      Column: { width: 100 },
      Meaning: { width: 230, wrap: true },
      Kind: { width: 90 },
      Blank: { width: 60, format: FORMATS.count, note: "Cells left blank in this column." },
      Distinct: { width: 70, format: FORMATS.count, note: "Different values in this column." },
      Min: { width: 60 },
      Mean: { width: 60 },
      Max: { width: 60 },
      "Most common": {
        width: 220,
        wrap: true,
        note: "The most frequent values, with how many students have each."
      }
    },
    [
      {
        header: RATE_HEADER,
        formats: [void 0, void 0, FORMATS.count, FORMATS.count, FORMATS.percent]
      }
    ]
  );

  // src/sheets/layouts/versions.ts
  var KEEP = "PassCompass needs this column: do not edit or delete it.";
  var VERSIONS_LAYOUT = sheetLayout(
    VERSION_HEADER,
    "Versions: one row per model PassCompass trained, oldest first. Status: champion = the version that scores students; challenger = a newer version that waits for someone to choose Promote challenger in the PassCompass menu; archived = an earlier version. Hidden columns hold the model and its checks.",
    {
      Version: { width: 70, format: FORMATS.whole },
      Created: { width: 140, format: FORMATS.time },
      Experiment: {
        width: 90,
        note: "The Train model run that made this version: its row in Experiments has every figure."
      },
      "Data fingerprint": {
        hidden: true,
        note: `A digest of the rows this version was trained on: two versions with the same fingerprint saw the same data, so their figures can be compared. Training uses it to decide whether a new version may replace the champion on its own. ${KEEP}`
      },
      Rows: { width: 60, format: FORMATS.count, note: "Students with a final grade it was trained on." },
      Mode: {
        width: 60,
        note: "early: trained without the period grades G1 and G2, for the earliest warning; mid: with them."
      },
      Features: {
        width: 360,
        wrap: true,
        note: "What the model weighs: each column, and for a column of categories each answer (school=MS)."
      },
      "CV ROC AUC": {
        width: 80,
        format: FORMATS.score,
        note: "From cross-validation (each student scored by a model that never saw them): how well it ranks students who failed above those who passed. 1 = perfectly, 0.5 = no better than chance."
      },
      "CV Brier": {
        width: 70,
        format: FORMATS.score,
        note: "From cross-validation: the mean squared gap between risk and outcome. Lower is better; 0 is perfect."
      },
      Threshold: {
        width: 80,
        format: FORMATS.percent,
        note: "The risk from which a student counts as flagged in the accuracy, precision and recall of Experiments. Tiers on Students follow Settings, not this."
      },
      "Metrics (JSON)": {
        hidden: true,
        note: `Every cross-validated figure of this version, as data, covered by its checksum. ${KEEP}`
      },
      "Model (JSON)": {
        hidden: true,
        note: "The model itself: its weights and how each answer is turned into numbers. Score students uses it. " + KEEP
      },
      "Checksum (SHA-256)": {
        hidden: true,
        note: `A fingerprint of everything PassCompass trusts in this row. A version whose row no longer matches it was edited, and is never used. ${KEEP}`
      },
      Status: { width: 90 },
      "Catch curve (JSON)": {
        hidden: true,
        note: `How many of the students who failed each share of the highest risks caught in cross-validation: how scoring says how many future failures the High tier should hold. ${KEEP}`
      },
      "Reference sample (JSON)": {
        hidden: true,
        note: `A sample of the answers this version was trained on (no names): what the daily monitoring check compares new students with. ${KEEP}`
      }
    }
  );

  // src/sheets/layouts/index.ts
  var SHEET_LAYOUTS = [
    VERSIONS_LAYOUT,
    ALIASES_LAYOUT,
    EXPERIMENTS_LAYOUT,
    INFERENCE_LOG_LAYOUT,
    SUMMARY_LAYOUT,
    DATA_ISSUES_LAYOUT
  ];
  function layoutFor(header) {
    return SHEET_LAYOUTS.find(
      (layout) => layout.columns.length === header.length && layout.columns.every((c, i) => c.header === header[i])
    ) ?? null;
  }

  // src/sheets/record-sheet.ts
  var SpreadsheetRecordSheet = class {
    constructor(spreadsheet, place, header) {
      this.spreadsheet = spreadsheet;
      this.place = place;
      this.header = header;
      /** True once this execution knows the sheet has its layout. */
      this.laidOut = false;
      this.layout = layoutFor(header) ?? defaultLayout(header);
    }
    rows() {
      const sheet = this.existingSheet();
      if (!sheet) return [];
      const [first = [], ...rows] = sheet.getDataRange().getValues();
      const emptied = rows.length === 0 && first.every((cell) => cell === "");
      this.rowCount = emptied ? void 0 : rows.length;
      return rows;
    }
    append(rows) {
      const sheet = this.laidOutSheet();
      let last = this.rowCount === void 0 ? sheet.getLastRow() : 1 + this.rowCount;
      if (last === 0) {
        this.writeHeader(sheet);
        last = 1;
      }
      if (rows.length > 0) {
        sheet.insertRowsAfter(last, rows.length);
        const width = this.header.length;
        const range = sheet.getRange(last + 1, 1, rows.length, width);
        range.setValues(rows.map((r) => r.map(escapeForSheet)));
        styleBlock(range, rows, this.layout, () => this.timestampFormat(), last === 1);
      }
      this.rowCount = last - 1 + rows.length;
      return last + 1;
    }
    rowsWhere(column2, value) {
      const sheet = this.existingSheet();
      if (!sheet) return [];
      const last = sheet.getLastRow();
      if (last < 2) return [];
      const cells = sheet.getRange(2, column2 + 1, last - 1, 1).getValues();
      const rows = [];
      cells.forEach(([cell], i) => {
        if (cell === value) rows.push(i + 2);
      });
      return rows;
    }
    /** One read and one write over the span from the first row to the last, whatever the count. */
    writeCells(column2, rows, values) {
      const sheet = this.existingSheet();
      const first = rows[0];
      const last = rows[rows.length - 1];
      if (!sheet || first === void 0 || last === void 0) return;
      const range = sheet.getRange(first, column2 + 1, last - first + 1, 1);
      const cells = range.getValues();
      rows.forEach((row, i) => {
        cells[row - first] = [escapeForSheet(values[i] ?? "")];
      });
      range.setValues(cells);
    }
    /** Bottom-up, one call per run of consecutive rows, so earlier deletions do not move later ones. */
    deleteRows(rows) {
      const sheet = this.existingSheet();
      if (!sheet || rows.length === 0) return;
      const sorted = [...rows].sort((a, b) => b - a);
      let index = 0;
      while (index < sorted.length) {
        const bottom = sorted[index];
        let top = bottom;
        while (sorted[index + 1] === top - 1) {
          index += 1;
          top -= 1;
        }
        sheet.deleteRows(top, bottom - top + 1);
        index += 1;
      }
      this.rowCount = void 0;
    }
    /** Deletes the oldest rows so that at most `maxRows` remain, in one call. */
    trim(maxRows) {
      const sheet = this.existingSheet();
      if (!sheet) return 0;
      const rows = this.rowCount ?? sheet.getLastRow() - 1;
      const excess = rows - maxRows;
      if (excess <= 0) return 0;
      sheet.deleteRows(2, excess);
      this.rowCount = maxRows;
      return excess;
    }
    rewrite(rows) {
      const sheet = this.laidOutSheet();
      const needed = 1 + rows.length;
      const maxRows = sheet.getMaxRows();
      if (maxRows < needed) sheet.insertRowsAfter(maxRows, needed - maxRows);
      const width = this.header.length;
      const padded2 = rows.map((r) => Array.from({ length: width }, (_, i) => escapeForSheet(r[i] ?? "")));
      if (padded2.length > 0) {
        const range = sheet.getRange(2, 1, padded2.length, width);
        range.setValues(padded2);
        styleBlock(range, padded2, this.layout, () => this.timestampFormat(), true);
      }
      const previous = this.rowCount ?? padded2.length;
      if (previous > padded2.length)
        sheet.getRange(2 + padded2.length, 1, previous - padded2.length, width).clearContent();
      this.rowCount = padded2.length;
    }
    timestampFormat() {
      this.timeFormat ?? (this.timeFormat = sheetTimestampFormat(this.spreadsheet.getSpreadsheetLocale()));
      return this.timeFormat;
    }
    existingSheet() {
      return this.place.find();
    }
    /** The sheet, created if need be, with its layout (applied now to a sheet an earlier PassCompass made). */
    laidOutSheet() {
      const existing = this.existingSheet();
      if (!existing) return this.createSheet();
      if (!this.laidOut && lacksLayout(existing, this.layout)) layOutColumns(existing, this.layout);
      this.laidOut = true;
      return existing;
    }
    /** The header row, bold, in row 1 (the grid widened to it first). */
    writeHeader(sheet) {
      const width = this.header.length;
      if (sheet.getMaxColumns() < width)
        sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
      sheet.getRange(1, 1, 1, width).setValues([[...this.header]]).setFontWeight("bold");
    }
    createSheet() {
      return this.place.findOrCreate((sheet, name) => {
        this.writeHeader(sheet);
        layOutColumns(sheet, this.layout);
        this.laidOut = true;
        sheet.protect().setDescription(`${name}: kept by PassCompass`).setWarningOnly(true);
        this.rowCount = 0;
      });
    }
  };

  // src/core/settings.ts
  var DEFAULT_SETTINGS = {
    passMark: 10,
    mode: "auto",
    folds: 5,
    capacity: 25,
    seed: 1,
    tierRule: "capacity",
    highFrom: 0.5,
    mediumFrom: 0.3,
    alertRecipients: [],
    monitoringHour: 7
  };
  var RANGES = {
    passMark: [1, 20],
    folds: [2, 20],
    capacity: [1, 1e5],
    seed: [0, 2 ** 31 - 1],
    highFrom: [0, 1],
    mediumFrom: [0, 1],
    monitoringHour: [0, 23]
  };
  var FRACTIONAL = ["passMark", "highFrom", "mediumFrom"];
  function defaultSettings() {
    return { ...DEFAULT_SETTINGS, alertRecipients: [...DEFAULT_SETTINGS.alertRecipients] };
  }
  function parseSettings(stored) {
    if (stored === null || stored.trim() === "") return { settings: defaultSettings(), problems: [] };
    let raw;
    try {
      raw = JSON.parse(stored);
    } catch {
      return {
        settings: defaultSettings(),
        problems: ["The saved settings were not readable; defaults are used."]
      };
    }
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      return {
        settings: defaultSettings(),
        problems: [
          `The saved settings hold ${String(JSON.stringify(raw)).slice(0, 40)}, not a set of named values; defaults are used.`
        ]
      };
    }
    return validateSettings(raw);
  }
  function numberOf(value) {
    if (typeof value === "number") return value;
    if (typeof value === "string" && DECIMAL.test(value.trim())) return Number(value.trim());
    return Number.NaN;
  }
  var DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
  function validateSettings(raw) {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      return {
        settings: defaultSettings(),
        problems: ["The settings are not a set of named values; defaults are used."]
      };
    }
    const settings = defaultSettings();
    const problems = [];
    for (const [key, [min2, max2]] of Object.entries(RANGES)) {
      if (raw[key] === void 0) continue;
      const value = numberOf(raw[key]);
      const whole = !FRACTIONAL.includes(key);
      if (!Number.isFinite(value) || value < min2 || value > max2 || whole && !Number.isInteger(value)) {
        problems.push(
          `${key} must be ${whole ? "a whole number" : "a number"} from ${min2} to ${max2}; using ${DEFAULT_SETTINGS[key]}.`
        );
      } else settings[key] = value;
    }
    if (raw["mode"] !== void 0) {
      if (raw["mode"] === "auto" || raw["mode"] === "early" || raw["mode"] === "mid")
        settings.mode = raw["mode"];
      else problems.push(`mode must be auto, early or mid; using ${DEFAULT_SETTINGS.mode}.`);
    }
    if (raw["tierRule"] !== void 0) {
      if (raw["tierRule"] === "capacity" || raw["tierRule"] === "thresholds")
        settings.tierRule = raw["tierRule"];
      else problems.push(`tierRule must be capacity or thresholds; using ${DEFAULT_SETTINGS.tierRule}.`);
    }
    if (raw["alertRecipients"] !== void 0) {
      const read = readRecipients(raw["alertRecipients"]);
      if (read === null) {
        problems.push("alertRecipients must be email addresses separated by commas or new lines; using none.");
      } else {
        settings.alertRecipients = read.addresses;
        problems.push(...read.problems);
      }
    }
    if (settings.mediumFrom > settings.highFrom) {
      problems.push(
        `mediumFrom (${settings.mediumFrom}) must not be above highFrom (${settings.highFrom}); using ${DEFAULT_SETTINGS.mediumFrom} and ${DEFAULT_SETTINGS.highFrom}.`
      );
      settings.mediumFrom = DEFAULT_SETTINGS.mediumFrom;
      settings.highFrom = DEFAULT_SETTINGS.highFrom;
    }
    return { settings, problems };
  }
  var MAX_ALERT_RECIPIENTS = 20;
  var RECIPIENT_SEPARATORS = /[\s,;]+/;
  function isEmailAddress(text) {
    if (text.length > 254) return false;
    const at = text.indexOf("@");
    if (at < 1 || at !== text.lastIndexOf("@")) return false;
    const local = text.slice(0, at);
    const labels = text.slice(at + 1).split(".");
    const tld = labels[labels.length - 1] ?? "";
    return local.length <= 64 && /^[^\s@,;<>()[\]\\"]+$/.test(local) && !/^\.|\.$|\.\./.test(local) && labels.length >= 2 && labels.every((label3) => /^[\p{L}\p{N}]([\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u.test(label3)) && (/^\p{L}{2,}$/u.test(tld) || /^xn--[a-z0-9-]+$/i.test(tld));
  }
  function readRecipients(value) {
    let items;
    if (typeof value === "string") items = value.split(RECIPIENT_SEPARATORS);
    else if (Array.isArray(value)) items = value;
    else return null;
    const addresses = [];
    const problems = [];
    const seen = /* @__PURE__ */ new Set();
    for (const item of items) {
      const address = typeof item === "string" ? item.trim() : item;
      if (address === "") continue;
      const key = typeof address === "string" ? address.toLowerCase() : JSON.stringify(address);
      if (seen.has(key)) continue;
      seen.add(key);
      if (typeof address === "string" && isEmailAddress(address)) addresses.push(address);
      else problems.push(`alertRecipients: ${quoted(address)} is not an email address; it is left out.`);
    }
    if (addresses.length > MAX_ALERT_RECIPIENTS) {
      const over = addresses.length - MAX_ALERT_RECIPIENTS;
      problems.push(
        `alertRecipients: at most ${MAX_ALERT_RECIPIENTS} addresses (MailApp counts each one against a daily quota); the last ${over === 1 ? "one is" : `${over} are`} left out. A group address can reach more people.`
      );
      addresses.length = MAX_ALERT_RECIPIENTS;
    }
    return { addresses, problems };
  }
  function quoted(value) {
    const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
    const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
    return typeof value === "string" ? `"${short}"` : short;
  }

  // src/sheets/settings-store.ts
  var KEY = "passcompass.settings";
  var settingsStore = {
    read() {
      return parseSettings(PropertiesService.getDocumentProperties().getProperty(KEY));
    },
    write(settings) {
      PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(settings));
    },
    /** Saves `raw` (from the settings dialog) only when every value is valid; otherwise says what is wrong. */
    save(raw) {
      const { settings, problems } = validateSettings(raw);
      if (problems.length > 0) return { saved: false, problems };
      settingsStore.write(settings);
      return { saved: true, problems: [] };
    }
  };

  // src/sheets/sheet-table.ts
  var SpreadsheetTable = class {
    constructor(place, options = {}) {
      this.place = place;
      this.options = options;
    }
    read() {
      const sheet = this.place.find();
      if (!sheet) return [];
      const values = sheet.getDataRange().getValues();
      return values.length === 1 && values[0]?.length === 1 && values[0][0] === "" ? [] : values;
    }
    replace(values) {
      const width = values[0]?.length ?? 0;
      if (values.length === 0 || width === 0) throw new RangeError("A table needs at least a header row.");
      const layout = layoutFor(values[0] ?? []);
      let laidOut = false;
      const sheet = this.place.findOrCreate((created, name) => {
        if (this.options.rewrittenByPassCompass) {
          created.protect().setDescription(`${name}: rewritten by PassCompass`).setWarningOnly(true);
        }
        if (layout) layOutColumns(created, layout);
        laidOut = true;
      });
      resizeGrid(sheet, values.length, width);
      if (layout && !laidOut && lacksLayout(sheet, layout)) layOutColumns(sheet, layout);
      const range = sheet.getRange(1, 1, values.length, width);
      range.setValues(values.map((row) => row.map(escapeForSheet)));
      sheet.setFrozenRows(1);
      const timeFormat = () => sheetTimestampFormat(sheet.getParent().getSpreadsheetLocale());
      if (layout) styleBlock(range, values, layout, timeFormat, true);
      else sheet.getRange(1, 1, 1, width).setFontWeight("bold");
    }
    name() {
      return this.place.find()?.getName() ?? this.place.usual;
    }
    ownColumns(columns, table) {
      const sheet = this.place.find();
      if (!sheet || !this.options.columns) return columns.map(() => -1);
      return this.options.columns.ownColumns(sheet, this.place.usual, columns, table);
    }
  };
  function resizeGrid(sheet, rows, columns) {
    const maxRows = sheet.getMaxRows();
    if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
    else if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
    const maxColumns = sheet.getMaxColumns();
    if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
    else if (maxColumns > columns) sheet.deleteColumns(columns + 1, maxColumns - columns);
  }

  // src/sheets/summary-sheet.ts
  function summarySheet(place) {
    const table = new SpreadsheetTable(place, { rewrittenByPassCompass: true });
    return {
      write(values, chart) {
        table.replace(values);
        const sheet = place.find();
        if (!sheet) return;
        for (const old of sheet.getCharts()) sheet.removeChart(old);
        if (!chart) return;
        const first = chart.firstRow + 1;
        sheet.insertChart(
          sheet.newChart().setChartType(Charts.ChartType.COLUMN).addRange(sheet.getRange(first, 2, chart.rows, 1)).addRange(sheet.getRange(first, 5, chart.rows, 1)).setPosition(2, 11, 0, 0).setOption("title", chart.title).setOption("legend", { position: "none" }).build()
        );
      }
    };
  }

  // src/sheets/adjacent-runs.ts
  function adjacentRuns(columns) {
    const order2 = columns.map((column2, position) => ({ column: column2, position })).sort((a, b) => a.column - b.column);
    const runs2 = [];
    for (const { column: column2, position } of order2) {
      const last = runs2[runs2.length - 1];
      if (last && column2 === last.end + 1) {
        last.positions.push(position);
        last.end = column2;
      } else runs2.push({ start: column2, positions: [position], end: column2 });
    }
    return runs2.map(({ start, positions }) => ({ start, positions }));
  }

  // src/sheets/risk-colours.ts
  var TIER_COLOURS = {
    High: { background: "#f4c7c3", font: "#7f1d1d" },
    Medium: { background: "#fce8b2", font: "#713f12" },
    Low: { background: "#b7e1cd", font: "#14532d" }
  };
  var RISK_GRADIENT = { low: "#ffffff", high: "#e67c73" };
  var OWN_COLUMN_WIDTHS = { risk: 125, tier: 80, reasons: 460, version: 110, scoredAt: 140 };
  function styleOwnColumns(sheet, columns, dataRows, notes2, timeFormat) {
    if (dataRows === 0) return;
    const riskRange = sheet.getRange(2, columns.risk + 1, dataRows, 1);
    const tierRange = sheet.getRange(2, columns.tier + 1, dataRows, 1);
    riskRange.setNumberFormat("0.0%");
    sheet.getRange(2, columns.scoredAt + 1, dataRows, 1).setNumberFormat(timeFormat());
    sheet.getRange(2, columns.reasons + 1, dataRows, 1).setWrap(true);
    for (const name of Object.keys(OWN_COLUMN_WIDTHS))
      sheet.setColumnWidth(columns[name] + 1, OWN_COLUMN_WIDTHS[name]);
    writeHeaderNotes(sheet, [
      [columns.risk, notes2.risk],
      [columns.tier, notes2.tier],
      [columns.reasons, notes2.reasons]
    ]);
    const kept = sheet.getConditionalFormatRules().filter((rule) => !isOwnRule(rule, columns));
    const own2 = [
      ...Object.keys(TIER_COLOURS).map(
        (tier) => SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(tier).setBackground(TIER_COLOURS[tier].background).setFontColor(TIER_COLOURS[tier].font).setRanges([tierRange]).build()
      ),
      SpreadsheetApp.newConditionalFormatRule().setGradientMinpointWithValue(RISK_GRADIENT.low, SpreadsheetApp.InterpolationType.NUMBER, "0").setGradientMaxpointWithValue(RISK_GRADIENT.high, SpreadsheetApp.InterpolationType.NUMBER, "1").setRanges([riskRange]).build()
    ];
    sheet.setConditionalFormatRules([...kept, ...own2]);
    if (!sheet.getFilter()) sheet.getRange(1, 1, dataRows + 1, sheet.getLastColumn()).createFilter();
  }
  function writeHeaderNotes(sheet, notes2) {
    for (const run of adjacentRuns(notes2.map(([column2]) => column2))) {
      const cells = run.positions.map((p) => notes2[p]?.[1] ?? "");
      sheet.getRange(1, run.start + 1, 1, cells.length).setNotes([cells]);
    }
  }
  function isOwnRule(rule, columns) {
    const ranges = rule.getRanges();
    const onlyColumn = (column2) => ranges.length > 0 && ranges.every((r) => r.getColumn() === column2 + 1 && r.getNumColumns() === 1);
    if (onlyColumn(columns.risk) && rule.getGradientCondition() !== null) return true;
    const condition = rule.getBooleanCondition();
    if (!onlyColumn(columns.tier) || condition === null) return false;
    const [value] = condition.getCriteriaValues();
    return condition.getCriteriaType() === SpreadsheetApp.BooleanCriteria.TEXT_EQUAL_TO && typeof value === "string" && Object.prototype.hasOwnProperty.call(TIER_COLOURS, value);
  }

  // src/sheets/roster-sheet.ts
  var SpreadsheetRosterSheet = class {
    constructor(spreadsheet, sheetName, ownership) {
      this.spreadsheet = spreadsheet;
      this.sheetName = sheetName;
      this.ownership = ownership;
    }
    layout() {
      const sheet = this.existing();
      if (!sheet) return { header: [], dataRows: 0 };
      const lastRow = sheet.getLastRow();
      const lastColumn = sheet.getLastColumn();
      if (lastRow === 0 || lastColumn === 0) return { header: [], dataRows: 0 };
      const [header = []] = sheet.getRange(1, 1, 1, lastColumn).getValues();
      return { header, dataRows: lastRow - 1 };
    }
    readRows(first, count, width) {
      return this.required().getRange(first + 2, 1, count, width).getValues();
    }
    ensureColumns(columns, header, dataRows) {
      return this.ownership.ensureColumns(this.required(), this.sheetName, columns, header, dataRows);
    }
    writeColumns(columns, first, values) {
      if (values.length === 0) return;
      const sheet = this.required();
      for (const run of adjacentRuns(columns)) {
        const block = values.map((row) => run.positions.map((p) => escapeForSheet(row[p] ?? "")));
        sheet.getRange(first + 2, run.start + 1, values.length, run.positions.length).setValues(block);
      }
    }
    readColumn(column2, count) {
      if (count === 0) return [];
      return this.required().getRange(2, column2 + 1, count, 1).getValues().map((row) => row[0] ?? "");
    }
    style(columns, dataRows, notes2) {
      styleOwnColumns(
        this.required(),
        columns,
        dataRows,
        notes2,
        () => sheetTimestampFormat(this.spreadsheet.getSpreadsheetLocale())
      );
    }
    existing() {
      if (this.sheet === void 0) this.sheet = this.spreadsheet.getSheetByName(this.sheetName);
      return this.sheet;
    }
    required() {
      const sheet = this.existing();
      if (!sheet) throw new RangeError(`There is no sheet named ${this.sheetName}.`);
      return sheet;
    }
  };

  // src/sheets/document-store.ts
  function documentStore() {
    const properties = PropertiesService.getDocumentProperties();
    return {
      get: (key) => properties.getProperty(key),
      set: (key, value) => {
        properties.setProperty(key, value);
      },
      remove: (key) => {
        properties.deleteProperty(key);
      }
    };
  }

  // src/sheets/tick-scheduler.ts
  var TICK_HANDLER = "passCompassTick";
  var LEGACY_TICK_HANDLERS = ["continueScoring"];
  var TRIGGER_DOCUMENTS_KEY = "passcompass.triggerDocuments";
  function readTriggerDocuments(properties) {
    try {
      const parsed = JSON.parse(properties.getProperty(TRIGGER_DOCUMENTS_KEY) ?? "{}");
      return typeof parsed === "object" && parsed !== null ? parsed : {};
    } catch {
      return {};
    }
  }
  function tickScheduler(documentId, firingTriggerId) {
    const removeOwn = () => {
      const bound2 = ScriptApp.getInstallationSource() === ScriptApp.InstallationSource.NONE;
      const properties = PropertiesService.getUserProperties();
      const documents = readTriggerDocuments(properties);
      const kept = {};
      for (const trigger of ScriptApp.getProjectTriggers()) {
        const id = trigger.getUniqueId();
        const handler = trigger.getHandlerFunction();
        const ours = handler === TICK_HANDLER || LEGACY_TICK_HANDLERS.includes(handler);
        const here = bound2 || documents[id] === documentId || id === firingTriggerId;
        if (ours && here) ScriptApp.deleteTrigger(trigger);
        else if (documents[id] !== void 0) kept[id] = documents[id];
      }
      return kept;
    };
    return {
      wakeAt(at) {
        const kept = removeOwn();
        const trigger = ScriptApp.newTrigger(TICK_HANDLER).timeBased().at(at).create();
        kept[trigger.getUniqueId()] = documentId;
        PropertiesService.getUserProperties().setProperty(TRIGGER_DOCUMENTS_KEY, JSON.stringify(kept));
      },
      sleep() {
        const kept = removeOwn();
        PropertiesService.getUserProperties().setProperty(TRIGGER_DOCUMENTS_KEY, JSON.stringify(kept));
      }
    };
  }
  function removeTrigger(triggerId) {
    if (triggerId === null) return;
    for (const trigger of ScriptApp.getProjectTriggers()) {
      if (trigger.getUniqueId() === triggerId) ScriptApp.deleteTrigger(trigger);
    }
  }

  // src/sheets/owner-mail.ts
  function mailExecutionOwner(subject, body) {
    const to = Session.getEffectiveUser().getEmail();
    if (!to || MailApp.getRemainingDailyQuota() < 1) return 0;
    MailApp.sendEmail({ to, subject, body });
    return 1;
  }

  // src/sheets/document-lock.ts
  var WAIT_MS = 30 * 1e3;
  function withDocumentLock(job) {
    const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
    if (!lock.tryLock(WAIT_MS)) {
      throw new DataError(
        "Another PassCompass job is still running on this spreadsheet. Try again in a minute."
      );
    }
    try {
      return job();
    } finally {
      lock.releaseLock();
    }
  }

  // src/ui/dialogs.ts
  function spreadsheetDialogs(spreadsheet) {
    return {
      confirm(title, message) {
        const ui = SpreadsheetApp.getUi();
        return ui.alert(title, message, ui.ButtonSet.YES_NO) === ui.Button.YES;
      },
      prompt(title, message) {
        const ui = SpreadsheetApp.getUi();
        const response = ui.prompt(title, message, ui.ButtonSet.OK_CANCEL);
        return response.getSelectedButton() === ui.Button.OK ? response.getResponseText().trim() : null;
      },
      inform(title, message) {
        const ui = SpreadsheetApp.getUi();
        ui.alert(title, message, ui.ButtonSet.OK);
      },
      toast(message, title) {
        spreadsheet.toast(message, title ?? "PassCompass");
      }
    };
  }

  // src/ui/menu.ts
  var ADDON_MENU = [
    { caption: "Open PassCompass", functionName: "showSidebar" },
    "separator",
    {
      caption: "Load sample data",
      items: [
        { caption: "Math", functionName: "loadSampleMath" },
        { caption: "Portuguese", functionName: "loadSamplePortuguese" },
        { caption: "Both courses", functionName: "loadSampleBothCourses" }
      ]
    },
    { caption: "Check data", functionName: "checkData" },
    { caption: "Train model", functionName: "trainModel" },
    { caption: "Score students", functionName: "scoreStudents" },
    { caption: "Check now", functionName: "checkNow" },
    {
      caption: "Daily monitoring",
      items: [
        { caption: "Turn on daily monitoring", functionName: "turnOnDailyMonitoring" },
        { caption: "Turn off daily monitoring", functionName: "turnOffDailyMonitoring" }
      ]
    },
    { caption: "Settings…", functionName: "showSettings" },
    "separator",
    { caption: "Promote challenger…", functionName: "promoteChallenger" },
    { caption: "Roll back champion…", functionName: "rollBackChampion" }
  ];
  var MENU_CAPTION = "PassCompass";
  function buildAddonMenu(ui, bound2 = false, entries = ADDON_MENU) {
    const menu = bound2 ? ui.createMenu(MENU_CAPTION) : ui.createAddonMenu();
    for (const entry of entries) {
      if (entry === "separator") menu.addSeparator();
      else if ("items" in entry) {
        const sub = ui.createMenu(entry.caption);
        for (const item of entry.items) sub.addItem(item.caption, item.functionName);
        menu.addSubMenu(sub);
      } else menu.addItem(entry.caption, entry.functionName);
    }
    menu.addToUi();
  }

  // src/ui/run-from-menu.ts
  function isUserFacing(error) {
    return error instanceof SampleIntegrityError || error instanceof DataError || error instanceof TamperedVersionError;
  }
  function runFromMenu(job) {
    try {
      return job();
    } catch (error) {
      if (!isUserFacing(error)) throw error;
      SpreadsheetApp.getUi().alert("PassCompass", error.message, SpreadsheetApp.getUi().ButtonSet.OK);
      return void 0;
    }
  }

  // src/ui/sidebar-protocol.ts
  var SIDEBAR_ACTIONS = ["status", "checkData", "train", "score", "checkNow", "settings"];
  function parseSidebarRequest(raw) {
    const action = typeof raw === "object" && raw !== null ? raw.action : void 0;
    if (typeof action === "string" && SIDEBAR_ACTIONS.includes(action))
      return { action };
    return {
      problem: `The sidebar asked for something PassCompass does not know (${JSON.stringify(action)}).`
    };
  }

  // src/ui/sidebar.ts
  var SIDEBAR_TITLE = "PassCompass";
  function showSidebar() {
    const html2 = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(SIDEBAR_TITLE);
    SpreadsheetApp.getUi().showSidebar(html2);
  }
  function capturedDialogs(asker) {
    const lines = [];
    return {
      confirm: (title, message) => asker.confirm(title, message),
      prompt: (title, message) => asker.prompt(title, message),
      inform(title, message) {
        const heading = title.replace(/^PassCompass: /, "");
        lines.push(`${heading.charAt(0).toUpperCase()}${heading.slice(1)}
${message}`);
      },
      toast(message) {
        lines.push(message);
      },
      said: () => lines.join("\n\n")
    };
  }
  var percent4 = (x) => `${Math.round(x * 100)}%`;
  function tierRuleSentence(settings) {
    const medium = `Medium from ${percent4(settings.mediumFrom)} risk, the rest Low`;
    return settings.tierRule === "capacity" ? `The ${settings.capacity} students at highest risk are High (fewer when several share the risk at the cut-off); ${medium}.` : `High from ${percent4(settings.highFrom)} risk; ${medium}.`;
  }
  function sidebarStatus(status, settings, formatTime) {
    const { champion, lastScoring, monitoring: monitoring2 } = status;
    return {
      champion: champion && {
        version: champion.version,
        moment: champion.mode === "early" ? "early-term" : "mid-term",
        trainedAt: Number.isFinite(champion.createdAt.getTime()) ? formatTime(champion.createdAt) : "unknown",
        rows: champion.rows,
        auc: champion.auc,
        highHoldsOf10: champion.highHolds === null ? null : Math.round(champion.highHolds * 10)
      },
      championProblem: status.championProblem,
      challenger: status.challenger,
      tierRule: tierRuleSentence(settings),
      lastScoring: lastScoring && {
        at: formatTime(new Date(lastScoring.at)),
        version: lastScoring.version,
        scored: lastScoring.scored,
        notScored: lastScoring.notScored,
        high: lastScoring.tiers.High,
        medium: lastScoring.tiers.Medium,
        low: lastScoring.tiers.Low
      },
      scoringUnderway: status.scoringUnderway,
      monitoring: {
        on: monitoring2.on,
        nextCheck: monitoring2.nextCheck && formatTime(monitoring2.nextCheck),
        lastCheck: monitoring2.lastCheck && {
          at: formatTime(new Date(monitoring2.lastCheck.at)),
          verdict: monitoring2.lastCheck.verdict,
          alert: monitoring2.lastCheck.alert
        }
      }
    };
  }
  function answerSidebar(raw, server) {
    const request = parseSidebarRequest(raw);
    if ("problem" in request) return { ok: false, message: request.problem, status: server.status() };
    if (request.action === "status") return { ok: true, message: "", status: server.status() };
    const dialogs = capturedDialogs(server.asker());
    let ok = true;
    try {
      server.run(request.action, dialogs);
    } catch (error) {
      if (!isUserFacing(error)) throw error;
      dialogs.inform("Stopped", error.message);
      ok = false;
    }
    return { ok, message: dialogs.said(), status: server.status() };
  }

  // src/jobs/workbook-status.ts
  var finite = (x) => x !== void 0 && Number.isFinite(x) ? x : null;
  function workbookStatus(deps) {
    const background2 = loadBackground(deps.store);
    const registry = Registry.read(deps, deps.digests);
    let champion = null;
    let championProblem = null;
    try {
      const loaded = registry.champion();
      if (loaded) {
        const rule = tierRuleOf(deps.settings);
        const ranked = background2.lastScoring?.scored ?? 0;
        const holds = loaded.catchCurve ? finite(expectedCatch(loaded.catchCurve, rule, ranked)) : null;
        champion = {
          version: loaded.version,
          mode: loaded.mode,
          createdAt: new Date(loaded.createdAt),
          rows: loaded.rows,
          auc: finite(loaded.metrics["auc"]),
          highHolds: holds
        };
      }
    } catch (error) {
      if (!(error instanceof TamperedVersionError)) throw error;
      championProblem = error.message;
    }
    const pending = pendingRun(deps.store);
    const monitoring2 = monitoringStatus(deps.store);
    return {
      champion,
      championProblem,
      challenger: registry.aliases().challenger,
      lastScoring: background2.lastScoring,
      scoringUnderway: pending ? { scored: pending.nextRow, total: pending.dataRows } : null,
      monitoring: { on: monitoring2.on, nextCheck: monitoring2.nextCheck, lastCheck: background2.lastCheck }
    };
  }

  // src/ui/settings-dialog.ts
  var MONITORING_OFF = { on: false, turnedOnBy: null, timeZone: "Etc/GMT" };
  function showSettingsDialog(settings, monitoring2 = MONITORING_OFF) {
    const template = HtmlService.createTemplateFromFile("Settings");
    template["settings"] = settings;
    template["monitoring"] = monitoring2;
    const html2 = template.evaluate().setSandboxMode(HtmlService.SandboxMode.IFRAME).setWidth(440).setHeight(640);
    SpreadsheetApp.getUi().showModalDialog(html2, "PassCompass settings");
  }

  // src/sheets/alert-mailer.ts
  var alertMailer = {
    remainingQuota: () => MailApp.getRemainingDailyQuota(),
    send(recipients, message) {
      MailApp.sendEmail({
        to: recipients.join(","),
        subject: message.subject,
        body: message.body,
        htmlBody: message.htmlBody,
        name: "PassCompass"
      });
    }
  };

  // src/sheets/ownership-record.ts
  var OWNED_KEY = "passcompass.owned";
  var NAMES_TRIED = 10;
  function candidateNames(usual) {
    return Array.from(
      { length: NAMES_TRIED },
      (_, i) => i === 0 ? usual : i === 1 ? `${usual} (PassCompass)` : `${usual} (PassCompass ${i})`
    );
  }
  var isRecord2 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
  var idOf = (value) => typeof value === "number" && Number.isInteger(value) ? { id: value } : {};
  function parseOwnership(text) {
    const record = { sheets: {}, columns: [] };
    if (!text) return record;
    let raw;
    try {
      raw = JSON.parse(text);
    } catch {
      return record;
    }
    if (!isRecord2(raw)) return record;
    if (isRecord2(raw["sheets"])) {
      for (const [usual, entry] of Object.entries(raw["sheets"])) {
        if (isRecord2(entry) && typeof entry["name"] === "string")
          record.sheets[usual] = { ...idOf(entry["id"]), name: entry["name"] };
      }
    }
    if (Array.isArray(raw["columns"])) {
      for (const entry of raw["columns"]) {
        if (!isRecord2(entry) || typeof entry["name"] !== "string" || !isRecord2(entry["headers"])) continue;
        const headers = Object.fromEntries(
          Object.entries(entry["headers"]).filter(
            (pair) => typeof pair[1] === "string"
          )
        );
        record.columns.push({ ...idOf(entry["id"]), name: entry["name"], headers });
      }
    }
    return record;
  }
  function serialiseOwnership(record) {
    return JSON.stringify(record);
  }

  // src/sheets/ownership.ts
  function namedSheet(spreadsheet, name) {
    let sheet;
    const find = () => {
      if (sheet === void 0) sheet = spreadsheet.getSheetByName(name);
      return sheet;
    };
    return {
      usual: name,
      find,
      findOrCreate(setUp) {
        const found = find();
        if (found) return found;
        const created = spreadsheet.insertSheet(name);
        setUp(created, name);
        sheet = created;
        return created;
      }
    };
  }
  var OWN_PROTECTION = /: (kept|rewritten) by PassCompass$/;
  var MIN_HEADER_MATCH = 3;
  function madeByPassCompass(sheet, header) {
    const protections = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).filter((p) => p.isWarningOnly()).map((p) => p.getDescription());
    const described = protections.some((d) => OWN_PROTECTION.test(d));
    if (!described && !protections.includes("")) return false;
    const width = Math.min(sheet.getLastColumn(), header.length);
    if (width < (described ? Math.min(MIN_HEADER_MATCH, header.length) : header.length) || width === 0)
      return false;
    const [first = []] = sheet.getRange(1, 1, 1, width).getValues();
    return header.slice(0, width).every((name, i) => first[i] === name);
  }
  var SheetOwnership = class {
    /** `tell`: shows the teacher a short message (a toast), once, when PassCompass uses another name. */
    constructor(spreadsheet, store, tell) {
      this.spreadsheet = spreadsheet;
      this.store = store;
      this.tell = tell;
    }
    /**
     * The place of PassCompass's sheet usually named `usual`, whose first row is `header` (how a sheet made before
     * the record is recognised).
     */
    sheet(usual, header) {
      let sheet;
      let free = { name: usual, blockedBy: null };
      const find = () => {
        if (sheet === void 0) {
          const found = this.resolveSheet(usual, header);
          sheet = found.sheet;
          free = found.free;
        }
        return sheet;
      };
      return {
        usual,
        find,
        findOrCreate: (setUp) => {
          const found = find();
          if (found) return found;
          const name = free.name;
          this.update((record) => {
            record.sheets[usual] = { name };
          });
          const created = this.spreadsheet.insertSheet(name);
          const entry = { id: created.getSheetId(), name };
          this.update((record) => {
            record.sheets[usual] = entry;
          });
          setUp(created, name);
          if (free.blockedBy !== null)
            this.notify(`PassCompass leaves your sheet "${free.blockedBy}" as it is: its own is "${name}".`);
          sheet = created;
          return created;
        }
      };
    }
    /**
     * 0-based indexes of PassCompass's `columns` in `table` (`sheet`, usually named `usual`, as read: header row
     * first), -1 for each it has none of. Makes no call unless a header is one PassCompass may have written.
     */
    ownColumns(sheet, usual, columns, table) {
      const header = table[0] ?? [];
      const names = new Set(columns.flatMap((c) => candidateNames(c.header)));
      if (!header.some((h) => names.has(textOf(h)))) return columns.map(() => -1);
      const body = table.slice(1);
      return this.findColumns(
        sheet,
        usual,
        columns,
        header,
        (first, last) => body.map((row) => row.slice(first, last + 1))
      ).found;
    }
    /**
     * 0-based indexes and headers of PassCompass's `columns` in `sheet` (which it does not own; `header` is its
     * header row, `dataRows` the rows below it), adding at the right of `header` those it has none of yet, under
     * a name no header has. Says once which names it used instead of the usual ones.
     */
    ensureColumns(sheet, usual, columns, header, dataRows) {
      const { found, sheetId } = this.findColumns(
        sheet,
        usual,
        columns,
        header,
        (first, last) => dataRows === 0 ? [] : sheet.getRange(2, first + 1, dataRows, last - first + 1).getValues()
      );
      const texts = header.map(textOf);
      const taken = new Set(texts.map((t) => t.toLowerCase()));
      const headers = found.map((index) => index >= 0 ? texts[index] ?? "" : "");
      const added = [];
      const renamed = [];
      columns.forEach((column2, k) => {
        if ((found[k] ?? -1) >= 0) return;
        const name = freeName(column2.header, (n) => taken.has(n.toLowerCase()), texts);
        if (!name) {
          throw new DataError(
            `The ${usual} sheet has no free name left for PassCompass's "${column2.header}" column: rename one of the columns named like it.`,
            { row: 1, column: column2.header }
          );
        }
        taken.add(name.name.toLowerCase());
        headers[k] = name.name;
        added.push(k);
        if (name.blockedBy !== null) renamed.push({ theirs: name.blockedBy, ours: name.name });
      });
      const entry = {
        id: sheetId,
        name: usual,
        headers: Object.fromEntries(columns.map((c, k) => [c.header, headers[k] ?? ""]))
      };
      const before = this.record().columns.find((c) => c.id === sheetId);
      if (!before || JSON.stringify(before.headers) !== JSON.stringify(entry.headers)) {
        const same = (c) => c.id === sheetId || c.name.toLowerCase() === usual.toLowerCase();
        this.update((record) => {
          record.columns = [...record.columns.filter((c) => !same(c)), entry];
        });
      }
      const indexes = [...found];
      if (added.length > 0) {
        const start = header.length;
        const needed = start + added.length;
        if (sheet.getMaxColumns() < needed)
          sheet.insertColumnsAfter(sheet.getMaxColumns(), needed - sheet.getMaxColumns());
        sheet.getRange(1, start + 1, 1, added.length).setValues([added.map((k) => headers[k] ?? "")]).setFontWeight("bold");
        added.forEach((k, i) => {
          indexes[k] = start + i;
        });
      }
      if (renamed.length > 0) this.notify(columnsMessage(renamed));
      return { columns: indexes, headers };
    }
    /** See the module comment: the recorded (or, without a record, the adopted) columns whose cells pass. */
    findColumns(sheet, usual, columns, header, read) {
      const sheetId = sheet.getSheetId();
      const texts = header.map(textOf);
      const entry = this.columnsEntry(sheetId, usual);
      let candidates;
      if (entry) {
        candidates = columns.map((c) => {
          const text = entry.headers[c.header];
          return text === void 0 ? -1 : onlyIndex(texts, text);
        });
      } else {
        const exact = columns.map((c) => onlyIndex(texts, c.header));
        candidates = exact.every((i) => i >= 0) ? exact : columns.map(() => -1);
      }
      const present = candidates.filter((i) => i >= 0);
      if (present.length === 0) return { found: candidates, sheetId };
      const first = Math.min(...present);
      const rows = read(first, Math.max(...present));
      const found = candidates.map((index, k) => {
        const column2 = columns[k];
        if (index < 0 || !column2) return -1;
        return rows.every((row) => column2.holds(row[index - first] ?? "")) ? index : -1;
      });
      return { found, sheetId };
    }
    /** The record's entry for the columns of sheet `sheetId`; an entry from an .xlsx file is bound by name. */
    columnsEntry(sheetId, usual) {
      const columns = this.record().columns;
      return columns.find((c) => c.id === sheetId) ?? columns.find((c) => c.id === void 0 && c.name.toLowerCase() === usual.toLowerCase()) ?? null;
    }
    /** PassCompass's sheet usually named `usual`, or null with the name to create it under. */
    resolveSheet(usual, header) {
      const entry = this.record().sheets[usual];
      if (entry) {
        const sheet = entry.id === void 0 ? this.spreadsheet.getSheetByName(entry.name) : this.spreadsheet.getSheetById(entry.id);
        if (sheet) {
          if (entry.id === void 0) {
            const bound2 = { id: sheet.getSheetId(), name: entry.name };
            this.update((record) => {
              record.sheets[usual] = bound2;
            });
          }
          return { sheet, free: { name: usual, blockedBy: null } };
        }
        this.update((record) => {
          delete record.sheets[usual];
        });
      }
      let blockedBy = null;
      for (const name of candidateNames(usual)) {
        const sheet = this.spreadsheet.getSheetByName(name);
        if (!sheet) return { sheet: null, free: { name, blockedBy } };
        if (madeByPassCompass(sheet, header)) {
          const adopted = { id: sheet.getSheetId(), name: sheet.getName() };
          this.update((record) => {
            record.sheets[usual] = adopted;
          });
          return { sheet, free: { name: usual, blockedBy: null } };
        }
        blockedBy ?? (blockedBy = sheet.getName());
      }
      throw new DataError(
        `PassCompass needs a sheet of its own for its ${usual}, but every name it may give it ("${usual}", "${usual} (PassCompass)", …) is taken by a sheet it did not make. Rename one of them.`
      );
    }
    /**
     * Tells the teacher, when there is someone to tell: a time-driven trigger has no one watching, and the
     * sheet's or column's name then says whose it is by itself.
     */
    notify(message) {
      try {
        this.tell(message);
      } catch {
      }
    }
    record() {
      this.cached ?? (this.cached = parseOwnership(this.store.get(OWNED_KEY)));
      return this.cached;
    }
    /** Applies `change` to the stored record (read again, in case another execution changed it) and saves it. */
    update(change) {
      const record = parseOwnership(this.store.get(OWNED_KEY));
      change(record);
      this.store.set(OWNED_KEY, serialiseOwnership(record));
      this.cached = record;
    }
  };
  function textOf(cell) {
    return String(cell ?? "").trim();
  }
  function onlyIndex(texts, text) {
    const first = texts.indexOf(text);
    return first >= 0 && texts.indexOf(text, first + 1) < 0 ? first : -1;
  }
  function freeName(usual, taken, texts) {
    const name = candidateNames(usual).find((n) => !taken(n));
    if (name === void 0) return null;
    const blockedBy = name === usual ? null : texts.find((t) => t.toLowerCase() === usual.toLowerCase()) ?? usual;
    return { name, blockedBy };
  }
  function columnsMessage(renamed) {
    const list = (names) => names.length === 1 ? `"${names[0]}"` : `${names.slice(0, -1).map((n) => `"${n}"`).join(", ")} and "${names[names.length - 1]}"`;
    const theirs = renamed.map((r) => r.theirs);
    const ours = renamed.map((r) => r.ours);
    return renamed.length === 1 ? `PassCompass leaves your column ${list(theirs)} as it is: its own is ${list(ours)}.` : `PassCompass leaves your columns ${list(theirs)} as they are: its own are ${list(ours)}.`;
  }

  // src/sheets/monitoring-sheet.ts
  var MONITORING_SHEET = "Monitoring";
  var AUTOMATIC2 = "0.###############";
  var FORMATS2 = { whole: "0", count: "#,##0", share: "0%", fineShare: "0.0%", auc: "0.00", p: "0.0000" };
  var TIME2 = "time";
  var HISTORY = [
    { key: "checkedAt", header: "Checked at", format: TIME2, width: TIMESTAMP_COLUMN_WIDTH },
    { key: "version", header: "Version", format: FORMATS2.whole, width: 70 },
    { key: "source", header: "What was compared", format: AUTOMATIC2, width: 350 },
    { key: "rowsCompared", header: "Rows compared", format: FORMATS2.count, width: 80 },
    { key: "columnsTested", header: "Columns tested", format: FORMATS2.count, width: 80 },
    { key: "driftedRaw", header: "Drifted columns (raw)", format: FORMATS2.count, width: 90 },
    { key: "driftedCorrected", header: "Drifted columns (corrected)", format: FORMATS2.count, width: 100 },
    { key: "driftedShare", header: "Drifted share", format: FORMATS2.share, width: 80 },
    { key: "dataQualityProblems", header: "Data-quality problems", format: FORMATS2.count, width: 90 },
    { key: "studentsWithGrades", header: "Students with final grades", format: FORMATS2.count, width: 100 },
    { key: "realisedAuc", header: "Realised AUC", format: FORMATS2.auc, width: 80 },
    { key: "expectedAuc", header: "Expected AUC", format: FORMATS2.auc, width: 80 },
    { key: "verdict", header: "Verdict", format: AUTOMATIC2, width: 120 },
    { key: "alert", header: "Alert", format: AUTOMATIC2, width: 160 },
    { key: "notes", header: "Notes", format: AUTOMATIC2, width: 480 }
  ];
  var column = (key) => HISTORY.findIndex((c) => c.key === key) + 1;
  var MONITORING_HEADER = HISTORY.map((c) => c.header);
  var DETAIL_COLUMNS = [
    ["Column", 340],
    ["Test", 150],
    ["Statistic", 80],
    ["p-value", 80],
    ["Adjusted p (BH)", 110],
    ["Drifted (raw)", 95],
    ["Drifted (corrected)", 130],
    ["What moved", 300],
    ["Blank now", 80],
    ["Blank in training", 120],
    ["Out of range", 95],
    ["Unseen categories", 125]
  ];
  var GAP_WIDTH = 24;
  var DETAIL_COLUMN = HISTORY.length + 2;
  var DETAIL_WIDTH = DETAIL_COLUMNS.length;
  var LAST_COLUMN = DETAIL_COLUMN + DETAIL_WIDTH - 1;
  var LEGEND = [
    "How to read this sheet: one row per daily check on the left, oldest first; the latest check in detail below the chart.",
    "Drifted (raw): columns whose own test says they changed since training (p-value below 0.05, or a distance of 0.1 or more).",
    "Drifted (corrected): the same after the Benjamini-Hochberg correction for testing many columns at once, which keeps chance alarms rare. One such column makes the verdict Drift.",
    "Drifted share: drifted (corrected) columns ÷ columns tested, to follow how far the roster has moved from check to check.",
    "Realised AUC (1 = ranks who failed perfectly, 0.5 = chance) and the accuracy table appear once final grades (G3) are in."
  ];
  var MONITORING_NOTE = "Monitoring: what the daily check found. Left: one row per check, oldest first, never rewritten. Right: the latest check in detail, with how to read it and a chart of the checks so far.";
  var CHART = { row: 2 + LEGEND.length + 1, rows: 18, width: 760, height: 360 };
  var CHART_TITLE = "Drift and realised accuracy, check by check";
  var SERIES_COLOURS = { share: "#0072b2", auc: "#e69f00" };
  var STYLES = {
    plain: {},
    bold: { bold: true },
    legend: { font: "#5f6368" },
    header: { bold: true, background: "#f1f3f4" },
    problem: { bold: true, background: TIER_COLOURS.High.background, font: TIER_COLOURS.High.font },
    /** A problem row in a table: coloured, not bold, so the figures stay easy to read. */
    flagged: { background: TIER_COLOURS.High.background, font: TIER_COLOURS.High.font },
    failed: { bold: true, background: TIER_COLOURS.Medium.background, font: TIER_COLOURS.Medium.font },
    idle: { background: "#e8eaed", font: "#3c4043" }
  };
  function verdictStyle(verdict2) {
    if (verdict2 === "OK") return STYLES.plain;
    if (verdict2 === "Nothing to check") return STYLES.idle;
    if (verdict2 === "Check failed") return STYLES.failed;
    return STYLES.problem;
  }
  function monitoringSheet(spreadsheet, place = namedSheet(spreadsheet, MONITORING_SHEET)) {
    const sheetOf = () => place.findOrCreate(setUpSheet);
    return {
      record(row, detail) {
        const sheet = sheetOf();
        const timeFormat = sheetTimestampFormat(spreadsheet.getSpreadsheetLocale());
        const lastRow = sheet.getLastRow();
        const target = lastHistoryRow(sheet, lastRow) + 1;
        const block = detailBlock(row, detail);
        ensureGrid(sheet, Math.max(target, block.length), LAST_COLUMN);
        writeHistoryRow(sheet, target, row, timeFormat);
        sheet.getRange(1, DETAIL_COLUMN, Math.max(lastRow, 1), DETAIL_WIDTH).clear();
        writeBlock(sheet, block, timeFormat);
        replaceChart(sheet, target);
      },
      note(row) {
        const sheet = sheetOf();
        const target = lastHistoryRow(sheet, sheet.getLastRow()) + 1;
        ensureGrid(sheet, target, LAST_COLUMN);
        writeHistoryRow(sheet, target, row, sheetTimestampFormat(spreadsheet.getSpreadsheetLocale()));
        replaceChart(sheet, target);
      },
      name() {
        return place.find()?.getName() ?? place.usual;
      },
      history() {
        const sheet = place.find();
        if (!sheet) return [];
        const lastRow = sheet.getLastRow();
        if (lastRow < 2) return [];
        const cells = sheet.getRange(2, 1, lastRow - 1, HISTORY.length).getValues();
        return cells.filter((r) => r[0] !== "").map(historyRowOf);
      }
    };
  }
  function setUpSheet(sheet, name) {
    ensureGrid(sheet, 2, LAST_COLUMN);
    sheet.getRange(1, 1, 1, HISTORY.length).setValues([HISTORY.map((c) => c.header)]).setFontWeight("bold").setWrap(true);
    sheet.getRange(1, 1).setNote(MONITORING_NOTE);
    sheet.setFrozenRows(1);
    HISTORY.forEach((c, i) => sheet.setColumnWidth(i + 1, c.width));
    sheet.setColumnWidth(DETAIL_COLUMN - 1, GAP_WIDTH);
    DETAIL_COLUMNS.forEach(([, width], i) => sheet.setColumnWidth(DETAIL_COLUMN + i, width));
    sheet.protect().setDescription(`${name}: kept by PassCompass`).setWarningOnly(true);
  }
  function ensureGrid(sheet, rows, columns) {
    const maxRows = sheet.getMaxRows();
    if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
    const maxColumns = sheet.getMaxColumns();
    if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  }
  function lastHistoryRow(sheet, lastRow) {
    if (lastRow < 2) return 1;
    const times = sheet.getRange(2, 1, lastRow - 1, 1).getValues();
    for (let i = times.length - 1; i >= 0; i -= 1) if (times[i]?.[0] !== "") return i + 2;
    return 1;
  }
  function writeHistoryRow(sheet, at, row, timeFormat) {
    const verdict2 = verdictStyle(row.verdict);
    const styles = HISTORY.map((c) => c.key === "verdict" ? verdict2 : STYLES.plain);
    sheet.getRange(at, 1, 1, HISTORY.length).setValues([HISTORY.map((c) => cellOf(row[c.key]))]).setNumberFormats([HISTORY.map((c) => c.format === TIME2 ? timeFormat : c.format)]).setFontWeights([styles.map((s) => s.bold ? "bold" : null)]).setFontColors([styles.map((s) => s.font ?? null)]).setBackgrounds([styles.map((s) => s.background ?? null)]).setWrap(true);
  }
  function cellOf(value) {
    return value === null ? "" : escapeForSheet(value);
  }
  function historyRowOf(cells) {
    const at = (key) => cells[column(key) - 1];
    const number = (key) => {
      const value = at(key);
      return typeof value === "number" ? value : null;
    };
    const text = (key) => String(at(key) ?? "");
    const checkedAt = at("checkedAt");
    return {
      checkedAt: checkedAt instanceof Date ? checkedAt : new Date(String(checkedAt)),
      version: number("version"),
      source: text("source"),
      rowsCompared: number("rowsCompared"),
      columnsTested: number("columnsTested"),
      driftedRaw: number("driftedRaw"),
      driftedCorrected: number("driftedCorrected"),
      driftedShare: number("driftedShare"),
      dataQualityProblems: number("dataQualityProblems"),
      studentsWithGrades: number("studentsWithGrades"),
      realisedAuc: number("realisedAuc"),
      expectedAuc: number("expectedAuc"),
      verdict: text("verdict"),
      alert: text("alert"),
      notes: text("notes")
    };
  }
  var styled = (style, ...values) => values.map((value) => ({ value, style }));
  var blank = () => [];
  function detailBlock(row, detail) {
    const title = [
      { value: "Latest check", style: STYLES.bold },
      { value: detail?.checkedAt ?? row.checkedAt, format: TIME2, style: STYLES.bold },
      { value: row.verdict, style: verdictStyle(row.verdict) }
    ];
    const lines = [title, ...LEGEND.map((text) => styled(STYLES.legend, text))];
    while (lines.length < CHART.row - 1 + CHART.rows) lines.push(blank());
    if (!detail) {
      lines.push(styled(STYLES.plain, "This check has no detail: see its Notes in the history."));
      return lines;
    }
    lines.push(styled(STYLES.bold, "Drift by column"));
    lines.push(styled(STYLES.header, ...DETAIL_COLUMNS.map(([header]) => header)));
    lines.push(...detail.columns.map(columnLine));
    if (detail.columns.length === 0) lines.push(styled(STYLES.plain, "No column was compared."));
    lines.push(blank(), styled(STYLES.bold, `Data-quality problems (${detail.problems.length})`));
    const problems = detail.problems.length > 0 ? detail.problems : ["None found."];
    lines.push(...problems.map((sentence) => styled(STYLES.plain, sentence)));
    lines.push(blank(), ...accuracyLines(detail.accuracy));
    return lines;
  }
  var yesNo2 = (flag) => flag === null ? "" : flag ? "Yes" : "No";
  function columnLine(c) {
    const style = c.driftedCorrected ? STYLES.flagged : STYLES.plain;
    const cells = [
      [c.column],
      [c.test],
      [c.statistic, FORMATS2.p],
      [c.pValue, FORMATS2.p],
      [c.adjustedP, FORMATS2.p],
      [yesNo2(c.driftedRaw)],
      [yesNo2(c.driftedCorrected)],
      [c.moved],
      [c.blankShare, FORMATS2.fineShare],
      [c.referenceBlankShare, FORMATS2.fineShare],
      [c.outOfRange, FORMATS2.count],
      [c.unseen, FORMATS2.count]
    ];
    return cells.map(([value, format]) => ({ value, style, ...format ? { format } : {} }));
  }
  function accuracyLines(rows) {
    const heading = styled(STYLES.bold, "Realised accuracy");
    if (rows.length === 0)
      return [heading, styled(STYLES.plain, "Appears once final grades (G3) are in the roster.")];
    const header = styled(
      STYLES.header,
      "Metric",
      "Value",
      "Low (95%)",
      "High (95%)",
      "Cross-validated",
      "Problem",
      "Note"
    );
    const line = (r) => {
      const style = r.problem ? STYLES.flagged : STYLES.plain;
      const figure2 = (value) => ({ value, format: FORMATS2.auc, style });
      return [
        { value: r.metric, style },
        figure2(r.value),
        figure2(r.low),
        figure2(r.high),
        figure2(r.expected),
        { value: r.problem ? "Yes" : "No", style },
        { value: r.note, style }
      ];
    };
    return [heading, header, ...rows.map(line)];
  }
  function writeBlock(sheet, lines, timeFormat) {
    const grid = lines.map(
      (line) => Array.from({ length: DETAIL_WIDTH }, (_, i) => line[i] ?? { value: "" })
    );
    const map = (read) => grid.map((line) => line.map(read));
    sheet.getRange(1, DETAIL_COLUMN, grid.length, DETAIL_WIDTH).setValues(map((c) => cellOf(c.value))).setNumberFormats(map((c) => c.format === TIME2 ? timeFormat : c.format ?? AUTOMATIC2)).setFontWeights(map((c) => c.style?.bold ? "bold" : null)).setFontColors(map((c) => c.style?.font ?? null)).setBackgrounds(map((c) => c.style?.background ?? null));
  }
  function replaceChart(sheet, lastRow) {
    for (const old of sheet.getCharts()) sheet.removeChart(old);
    const series = (key) => sheet.getRange(1, column(key), lastRow, 1);
    sheet.insertChart(
      sheet.newChart().setChartType(Charts.ChartType.LINE).addRange(series("checkedAt")).addRange(series("driftedShare")).addRange(series("realisedAuc")).setPosition(CHART.row, DETAIL_COLUMN, 0, 0).setOption("title", CHART_TITLE).setOption("width", CHART.width).setOption("height", CHART.height).setOption("legend", { position: "bottom" }).setOption("pointSize", 5).setOption("interpolateNulls", true).setOption("series", {
        0: { targetAxisIndex: 0, color: SERIES_COLOURS.share },
        1: { targetAxisIndex: 1, color: SERIES_COLOURS.auc, lineDashStyle: [6, 4] }
      }).setOption("vAxes", {
        0: { title: "Drifted share", format: "percent", viewWindow: { min: 0, max: 1 } },
        1: { title: "Realised AUC", format: "0.0", viewWindow: { min: 0, max: 1 } }
      }).build()
    );
  }

  // src/sheets/spreadsheet-clock.ts
  function spreadsheetClock(spreadsheet) {
    let zone;
    const timeZone = () => zone ?? (zone = spreadsheet.getSpreadsheetTimeZone());
    return {
      timeZone,
      formatTime: (at) => textTimestamp(Utilities.formatDate(at, timeZone(), TEXT_TIMESTAMP_PATTERN), timeZone()),
      offsetAt: (ms) => offsetMinutes(Utilities.formatDate(new Date(ms), timeZone(), "Z"))
    };
  }

  // src/ui/training-report.ts
  var pct = (x) => x === void 0 || !Number.isFinite(x) ? "n/a" : `${(x * 100).toFixed(1)}%`;
  var num2 = (x) => x === void 0 || !Number.isFinite(x) ? "n/a" : x.toFixed(3);
  function outOfFold(result) {
    const { outOfFoldAuc, interval } = result.usefulness;
    return `out-of-fold ROC AUC ${num2(outOfFoldAuc)}` + (interval ? ` (95% interval ${num2(interval.low)} to ${num2(interval.high)})` : "");
  }
  function refusalReport(result) {
    const u = result.usefulness;
    return [
      `This model was not published: no version was registered and it scores no one.`,
      ...result.usefulness.refusals,
      `Trained on ${u.rows} students with a final grade (${u.failures} failed, ${u.passes} passed), ${result.version.mode}-term, run ${result.runId} (kept in the Experiments sheet).`,
      `Cross-validated ROC AUC ${num2(result.version.metrics["auc"])} ± ${num2(result.version.metrics["aucSd"])}; ${outOfFold(result)}.`,
      result.champion === null ? "There is no champion yet, so Score students has no model to score with." : `Version ${result.champion} stays the champion.`,
      `To publish a model, train on more graded students (at least ${MIN_PER_OUTCOME} who failed, ${MIN_PER_OUTCOME} who passed and ${MIN_ROWS} in all), for example last year's cohort, and check the Data issues sheet for blank or unreadable cells.`
    ];
  }
  function calibrationLine(m) {
    return m["plattA"] === void 0 ? `The percentages needed no correction (a correction would not have lowered the Brier score ${num2(m["brier"])}).` : `The percentages were corrected to match observed fail rates better: Brier ${num2(m["brierUncalibrated"])} before, ${num2(m["brier"])} after, measured on students each correction never saw. The ranking is unchanged.`;
  }
  function trainingReport(result, capacity, settingProblems = []) {
    const m = result.version.metrics;
    const lines = result.alias === "refused" ? refusalReport(result) : [
      `Version ${result.version.version} (${result.version.mode}-term model, ${result.version.rows} students, run ${result.runId}).`,
      `Cross-validated ROC AUC ${num2(m["auc"])} ± ${num2(m["aucSd"])}, Brier ${num2(m["brier"])}; ${outOfFold(result)}.`,
      `At the ${pct(result.version.threshold)} risk threshold: accuracy ${pct(m["accuracy"])}, recall ${pct(m["recall"])}, precision ${pct(m["precision"])}.`,
      `If counsellors see the ${capacity} students at highest risk, they reach about ${pct(m["topKRecall"])} of those who fail.`,
      calibrationLine(m),
      `It is now the ${result.alias}: ${result.gateReason}.`
    ];
    return [...lines, ...result.notes, ...settingProblems.map((p) => `Setting: ${p}`)].join("\n");
  }
  function reportTraining(dialogs, result, capacity, settingProblems) {
    dialogs.inform(
      result.alias === "refused" ? "PassCompass: model not published" : "PassCompass: model trained",
      trainingReport(result, capacity, settingProblems)
    );
  }

  // src/main.ts
  var INFERENCE_LOG_SHEET = "Inference log";
  var ROWS_PER_EXECUTION_KEY2 = "passcompass.rowsPerExecution";
  var DOCUMENT_ID_KEY = "passcompass.documentId";
  function activeSpreadsheet() {
    const active = SpreadsheetApp.getActive();
    if (active) return active;
    const id = PropertiesService.getDocumentProperties().getProperty(DOCUMENT_ID_KEY);
    if (!id) throw new Error("PassCompass cannot tell which spreadsheet this background run belongs to.");
    return SpreadsheetApp.openById(id);
  }
  function services(spreadsheet = activeSpreadsheet(), dialogs = spreadsheetDialogs(spreadsheet)) {
    const store = documentStore();
    const owned = new SheetOwnership(spreadsheet, store, (message) => dialogs.toast(message, "PassCompass"));
    const record = (name, header) => new SpreadsheetRecordSheet(spreadsheet, owned.sheet(name, header), header);
    return {
      spreadsheet,
      students: new SpreadsheetTable(namedSheet(spreadsheet, STUDENTS_SHEET), { columns: owned }),
      issues: new SpreadsheetTable(owned.sheet(DATA_ISSUES_SHEET, ISSUE_HEADER), {
        rewrittenByPassCompass: true
      }),
      experiments: record(EXPERIMENTS_SHEET, EXPERIMENT_HEADER),
      versions: record(VERSIONS_SHEET, [...VERSION_HEADER]),
      aliases: record(ALIASES_SHEET, [...ALIAS_HEADER]),
      summary: summarySheet(owned.sheet(SUMMARY_SHEET, SUMMARY_HEADER)),
      roster: new SpreadsheetRosterSheet(spreadsheet, STUDENTS_SHEET, owned),
      log: record(INFERENCE_LOG_SHEET, LOG_HEADER),
      monitoring: monitoringSheet(spreadsheet, owned.sheet(MONITORING_SHEET, MONITORING_HEADER)),
      dialogs,
      store,
      digests,
      now: () => /* @__PURE__ */ new Date(),
      clock: spreadsheetClock(spreadsheet)
    };
  }
  function background(deps, firingTriggerId = null) {
    const documentId = deps.spreadsheet.getId();
    const trigger = tickScheduler(documentId, firingTriggerId);
    return {
      store: deps.store,
      now: deps.now,
      scheduler: {
        wakeAt(at) {
          if (deps.store.get(DOCUMENT_ID_KEY) !== documentId) deps.store.set(DOCUMENT_ID_KEY, documentId);
          trigger.wakeAt(at);
        },
        sleep() {
          trigger.sleep();
          if (deps.store.get(DOCUMENT_ID_KEY) !== null) deps.store.remove(DOCUMENT_ID_KEY);
        }
      },
      withLock: withDocumentLock,
      reportFailure: mailExecutionOwner,
      continueScoring: () => score2(deps, { kind: "follow-up" }),
      runMonitoringCheck: () => runMonitoringCheck(monitoring(deps)),
      showFailure: (what, message, retryAt) => withDocumentLock(
        () => deps.monitoring.note(backgroundFailureRow(deps.now(), what, message, deps.clock.formatTime(retryAt)))
      ),
      monitoringHour: () => settingsStore.read().settings.monitoringHour,
      offsetAt: deps.clock.offsetAt,
      formatTime: deps.clock.formatTime
    };
  }
  function monitoring(deps) {
    return {
      ...deps,
      mailer: alertMailer,
      settings: settingsStore.read().settings,
      spreadsheet: { name: deps.spreadsheet.getName(), url: deps.spreadsheet.getUrl() },
      formatTime: deps.clock.formatTime
    };
  }
  function checkNow(deps = services()) {
    tellBackgroundNotice(deps);
    const { row, problem } = withDocumentLock(() => runMonitoringCheck(monitoring(deps)));
    const lines = [
      `Verdict: ${row.verdict}.`,
      row.notes,
      `Alert: ${row.alert}.`,
      `The ${deps.monitoring.name()} sheet has the details.`
    ];
    deps.dialogs.inform(
      problem ? "PassCompass: the check found problems" : "PassCompass: check finished",
      lines.filter(Boolean).join("\n")
    );
    return { verdict: row.verdict, alert: row.alert };
  }
  function setDailyMonitoring(on) {
    const deps = services();
    const jobs2 = background(deps);
    return withDocumentLock(
      () => on ? turnOnMonitoring(
        jobs2,
        Session.getActiveUser().getEmail(),
        settingsStore.read().settings.monitoringHour
      ) : turnOffMonitoring(jobs2)
    );
  }
  function score2(deps, request) {
    const rowsPerExecution2 = Number(deps.store.get(ROWS_PER_EXECUTION_KEY2)) || void 0;
    return scoreStudents(
      {
        ...deps,
        settings: settingsStore.read().settings,
        uuid: () => Utilities.getUuid(),
        ...rowsPerExecution2 ? { rowsPerExecution: rowsPerExecution2 } : {}
      },
      request
    );
  }
  function tellBackgroundNotice(deps) {
    const notice = takeNotice(deps.store);
    if (notice) deps.dialogs.inform("PassCompass: background work", notice);
    const heartbeat = heartbeatNotice(deps.store, deps.now(), deps.clock.formatTime);
    if (heartbeat) deps.dialogs.inform("PassCompass: daily monitoring", heartbeat);
  }
  function scoreFromMenu(deps = services()) {
    tellBackgroundNotice(deps);
    const pending = pendingRun(deps.store);
    const resume = pending ? {
      runId: pending.runId,
      continueIt: deps.dialogs.confirm(
        "Continue scoring?",
        `A scoring run stopped after ${pending.nextRow} of ${pending.dataRows} rows. Yes continues it; No starts again from the first row.`
      )
    } : null;
    const jobs2 = background(deps);
    beginScoringAttempt(jobs2);
    let result;
    try {
      result = withDocumentLock(() => score2(deps, { kind: "menu", resume }));
    } catch (error) {
      if (!pendingRun(deps.store)) recordScoring(jobs2, { status: "idle", why: "" });
      throw error;
    }
    recordScoring(jobs2, result);
    if (result.status === "finished")
      deps.dialogs.inform("PassCompass: students scored", scoringSummary(result));
    else if (result.status === "continuing")
      deps.dialogs.toast(
        `Scored ${result.scored} of ${result.dataRows} rows; PassCompass continues in a few minutes.`,
        "PassCompass"
      );
    else deps.dialogs.inform("PassCompass: Score students", result.why);
    return result;
  }
  function tick(event) {
    const firing = event?.triggerUid ?? null;
    const spreadsheet = SpreadsheetApp.getActive() ?? (documentStore().get(DOCUMENT_ID_KEY) ? activeSpreadsheet() : null);
    if (!spreadsheet) {
      removeTrigger(firing);
      return { ran: [] };
    }
    return runTick(background(services(spreadsheet), firing));
  }
  function checkDataNow(deps) {
    return withDocumentLock(() => checkData(deps));
  }
  function train3(deps) {
    tellBackgroundNotice(deps);
    const { settings, problems } = settingsStore.read();
    const result = withDocumentLock(() => trainModel({ ...deps, settings }));
    reportTraining(deps.dialogs, result, settings.capacity, problems);
    return { version: result.version.version, alias: result.alias, auc: result.version.metrics["auc"] };
  }
  function answerSidebarRequest(raw) {
    const spreadsheet = activeSpreadsheet();
    return answerSidebar(raw, {
      status() {
        const deps = services(spreadsheet);
        const { settings } = settingsStore.read();
        return sidebarStatus(workbookStatus({ ...deps, settings }), settings, deps.clock.formatTime);
      },
      asker: () => spreadsheetDialogs(spreadsheet),
      run(action, dialogs) {
        const deps = services(spreadsheet, dialogs);
        if (action === "checkData") checkDataNow(deps);
        else if (action === "train") train3(deps);
        else if (action === "score") scoreFromMenu(deps);
        else if (action === "checkNow") checkNow(deps);
        else entryPoints.showSettings();
      }
    });
  }
  function loadSampleFromMenu(courses) {
    return runFromMenu(() => {
      const { students: students2, dialogs } = services();
      return loadSample(courses, { files: projectFiles, digests, students: students2, dialogs });
    });
  }
  var entryPoints = {
    /**
     * Simple trigger: builds the menu. Under AuthMode.NONE (an add-on not yet enabled in this document) nothing
     * else is allowed, and only an add-on runs there; otherwise the install decides the kind of menu.
     */
    onOpen(event) {
      const bound2 = event?.authMode !== ScriptApp.AuthMode.NONE && ScriptApp.getInstallationSource() === ScriptApp.InstallationSource.NONE;
      buildAddonMenu(SpreadsheetApp.getUi(), bound2);
    },
    /** Runs when the add-on is installed, so the menu appears without reopening the spreadsheet. */
    onInstall(event) {
      entryPoints.onOpen(event);
    },
    loadSampleMath: () => loadSampleFromMenu(["math"]),
    loadSamplePortuguese: () => loadSampleFromMenu(["portuguese"]),
    loadSampleBothCourses: () => loadSampleFromMenu(["math", "portuguese"]),
    checkData: () => runFromMenu(() => checkDataNow(services())),
    trainModel: () => runFromMenu(() => train3(services())),
    /** Opens the sidebar: where PassCompass stands, the main jobs as buttons, and help for teachers. */
    showSidebar: () => showSidebar(),
    /** Called by the sidebar through google.script.run: a `SidebarRequest` in, a `SidebarReply` out. */
    sidebarRequest: (raw) => answerSidebarRequest(raw),
    showSettings: () => {
      const store = documentStore();
      const status = monitoringStatus(store);
      const timeZone = SpreadsheetApp.getActive().getSpreadsheetTimeZone();
      showSettingsDialog(settingsStore.read().settings, {
        on: status.on,
        turnedOnBy: status.turnedOnBy,
        timeZone
      });
    },
    /** Called by the settings dialog through google.script.run: plain JSON in, plain JSON out. */
    saveSettings: (raw) => {
      const saved = settingsStore.save(
        typeof raw === "object" && raw !== null ? raw : {}
      );
      if (saved.saved) {
        const deps = services();
        withDocumentLock(
          () => moveMonitoringHour(background(deps), settingsStore.read().settings.monitoringHour)
        );
      }
      return saved;
    },
    /** Called by the settings dialog: turns daily monitoring on or off; returns what to tell the person. */
    setDailyMonitoring: (on) => setDailyMonitoring(on === true),
    checkNow: () => runFromMenu(checkNow),
    turnOnDailyMonitoring: () => runFromMenu(() => {
      const deps = services();
      tellBackgroundNotice(deps);
      deps.dialogs.inform("PassCompass: daily monitoring", setDailyMonitoring(true));
    }),
    turnOffDailyMonitoring: () => runFromMenu(() => {
      const deps = services();
      deps.dialogs.inform("PassCompass: daily monitoring", setDailyMonitoring(false));
    }),
    scoreStudents: () => runFromMenu(scoreFromMenu),
    /** The one background trigger of this document (time-driven): runs whatever is due. */
    passCompassTick: (event) => tick(event),
    /** The background trigger's name in earlier versions; a trigger left from one runs the tick and is replaced. */
    continueScoring: (event) => tick(event),
    promoteChallenger: () => runFromMenu(() => promoteChallenger(services())),
    rollBackChampion: () => runFromMenu(() => rollBackChampion(services()))
  };
  return __toCommonJS(main_exports);
})();

function onOpen() {
  return PassCompass.entryPoints.onOpen.apply(null, arguments);
}
function onInstall() {
  return PassCompass.entryPoints.onInstall.apply(null, arguments);
}
function loadSampleMath() {
  return PassCompass.entryPoints.loadSampleMath.apply(null, arguments);
}
function loadSamplePortuguese() {
  return PassCompass.entryPoints.loadSamplePortuguese.apply(null, arguments);
}
function loadSampleBothCourses() {
  return PassCompass.entryPoints.loadSampleBothCourses.apply(null, arguments);
}
function checkData() {
  return PassCompass.entryPoints.checkData.apply(null, arguments);
}
function trainModel() {
  return PassCompass.entryPoints.trainModel.apply(null, arguments);
}
function showSidebar() {
  return PassCompass.entryPoints.showSidebar.apply(null, arguments);
}
function sidebarRequest() {
  return PassCompass.entryPoints.sidebarRequest.apply(null, arguments);
}
function showSettings() {
  return PassCompass.entryPoints.showSettings.apply(null, arguments);
}
function saveSettings() {
  return PassCompass.entryPoints.saveSettings.apply(null, arguments);
}
function setDailyMonitoring() {
  return PassCompass.entryPoints.setDailyMonitoring.apply(null, arguments);
}
function checkNow() {
  return PassCompass.entryPoints.checkNow.apply(null, arguments);
}
function turnOnDailyMonitoring() {
  return PassCompass.entryPoints.turnOnDailyMonitoring.apply(null, arguments);
}
function turnOffDailyMonitoring() {
  return PassCompass.entryPoints.turnOffDailyMonitoring.apply(null, arguments);
}
function scoreStudents() {
  return PassCompass.entryPoints.scoreStudents.apply(null, arguments);
}
function passCompassTick() {
  return PassCompass.entryPoints.passCompassTick.apply(null, arguments);
}
function continueScoring() {
  return PassCompass.entryPoints.continueScoring.apply(null, arguments);
}
function promoteChallenger() {
  return PassCompass.entryPoints.promoteChallenger.apply(null, arguments);
}
function rollBackChampion() {
  return PassCompass.entryPoints.rollBackChampion.apply(null, arguments);
}
