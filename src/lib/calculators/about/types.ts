/** The prose on a tool's own page. Numbers in the worked example come from the defaults, not from here. */
export interface ToolAbout {
  /** One paragraph under the title: who the tool is for and what it answers. */
  intro: string;
  /** Which variant the calculator uses by default, the alternative, and why. */
  variants: string;
  assumptions: readonly string[];
  /** Introduces the worked example computed from the default inputs. */
  example: string;
  /** How to read the result against the benchmark. */
  reading: readonly string[];
  faq: readonly { question: string; answer: string }[];
  sources: readonly { title: string; publisher: string; url: string }[];
}
