import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support';
import ar from 'lunr-languages/lunr.ar';
import da from 'lunr-languages/lunr.da';
import de from 'lunr-languages/lunr.de';
import el from 'lunr-languages/lunr.el';
import es from 'lunr-languages/lunr.es';
import fi from 'lunr-languages/lunr.fi';
import fr from 'lunr-languages/lunr.fr';
import he from 'lunr-languages/lunr.he';
import hu from 'lunr-languages/lunr.hu';
import hy from 'lunr-languages/lunr.hy';
import it from 'lunr-languages/lunr.it';
import ko from 'lunr-languages/lunr.ko';
import nl from 'lunr-languages/lunr.nl';
import no from 'lunr-languages/lunr.no';
import pl from 'lunr-languages/lunr.pl';
import pt from 'lunr-languages/lunr.pt';
import ro from 'lunr-languages/lunr.ro';
import ru from 'lunr-languages/lunr.ru';
import sv from 'lunr-languages/lunr.sv';
import tr from 'lunr-languages/lunr.tr';
import type { SearchLanguage } from '../language-tags';

// Stemmers and stop words per language come from lunr-languages (Snowball's stemmers, the same lists Lunr users
// get). Left out: Chinese, Japanese, Thai and Vietnamese (they bring word splitters of their own, and need Node
// or large dictionaries; Intl.Segmenter already splits those scripts), and Hindi, Kannada, Sanskrit, Tamil and
// Telugu (their stemmers return the word unchanged, and loading them needs a 660 KB Thai word list).
const PLUGINS: Readonly<Record<Exclude<SearchLanguage, 'en'>, (lunr: object) => void>> = {
  ...{ ar, da, de, el, es, fi, fr, he, hu, hy, it, ko, nl, no, pl, pt, ro, ru, sv, tr },
};

/** The functions of one language's index and search pipelines, as its lunr-languages plugin sets them up. */
export interface LanguageSteps {
  /** Index steps that come before the stop words (the Greek normaliser, whose stop list is normalised). */
  beforeStop: lunr.PipelineFunction[];
  /** The stop word filter. */
  stop: lunr.PipelineFunction | undefined;
  /** Index steps after the stop words: the language's own (French accent folding), then its stemmer. */
  afterStop: lunr.PipelineFunction[];
  /** Search pipeline after trimming: the same without stop words. */
  search: lunr.PipelineFunction[];
}

const loaded = new Map<SearchLanguage, LanguageSteps>();
let supportReady = false;
const labelOf = (fn: lunr.PipelineFunction): string => String((fn as { label?: string }).label);

/** The pipeline steps of a language, without its trimmer: the app trims every script alike. */
export function languageSteps(language: SearchLanguage): LanguageSteps {
  let steps = loaded.get(language);
  if (steps !== undefined) return steps;
  if (language === 'en') {
    steps = { beforeStop: [], stop: lunr.stopWordFilter, afterStop: [lunr.stemmer], search: [lunr.stemmer] };
  } else {
    if (!supportReady) {
      stemmerSupport(lunr);
      supportReady = true;
    }
    const plugin = lunr as unknown as Record<string, (this: unknown) => void>;
    if (plugin[language] === undefined) PLUGINS[language](lunr);
    // A plugin is a builder plugin that resets and fills the builder's two pipelines: run it on a stand-in
    // builder to read which functions it chose, and in what order.
    const builder = { pipeline: new lunr.Pipeline(), searchPipeline: new lunr.Pipeline() };
    plugin[language]!.call(builder);
    const stackOf = (pipeline: lunr.Pipeline) =>
      (pipeline as unknown as { _stack: lunr.PipelineFunction[] })._stack.filter(
        (fn) => !labelOf(fn).startsWith('trimmer'),
      );
    let index = stackOf(builder.pipeline);
    let search = stackOf(builder.searchPipeline);
    // The Greek plugin adds its normaliser (accents off, final sigma as sigma) only for Lunr 1, but its stop
    // words and stemmer expect normalised words: under Lunr 2 no accented word was stemmed. Put it back.
    const normalise = (lunr as unknown as { el?: { normilizer?: lunr.PipelineFunction } }).el?.normilizer;
    if (language === 'el' && normalise !== undefined) {
      index = [normalise, ...index];
      search = [normalise, ...search];
    }
    const at = index.findIndex((fn) => labelOf(fn).startsWith('stopWordFilter'));
    steps =
      at < 0
        ? { beforeStop: [], stop: undefined, afterStop: index, search }
        : { beforeStop: index.slice(0, at), stop: index[at], afterStop: index.slice(at + 1), search };
  }
  loaded.set(language, steps);
  return steps;
}
