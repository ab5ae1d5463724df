/**
 * A chart as a list of shapes in its own units (CSS pixels at 96 to the inch), so
 * one drawing is written both as SVG (the HTML page, Word 2016 and later) and as a
 * PNG (Word's fallback for viewers that cannot show SVG, LibreOffice among them).
 * Text is a shape too, but only SVG draws it: pictures meant for Word carry none,
 * their words and numbers are written as text beside them.
 */

/** "#RRGGBB" */
export type Colour = string;

export type Shape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: Colour; stroke?: Colour }
  | {
      kind: 'line';
      points: [number, number][];
      stroke: Colour;
      width: number;
      /** [on, off] lengths of a dashed line */
      dash?: [number, number];
    }
  | { kind: 'dot'; x: number; y: number; r: number; fill: Colour; stroke?: Colour; strokeWidth?: number }
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      anchor: 'start' | 'middle' | 'end';
      fill: Colour;
      bold?: boolean;
    };

export interface Scene {
  width: number;
  height: number;
  shapes: Shape[];
}
