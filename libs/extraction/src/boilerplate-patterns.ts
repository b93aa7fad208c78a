import { isProse, wordCount } from './line-shape';
import type { RemovalReason } from './removal-reason';

interface BoilerplateRule {
  readonly reason: RemovalReason;
  readonly pattern: RegExp;
  /** Longer lines are prose that happens to use the words, not page furniture. */
  readonly maxWords: number;
  /** Only for lines that do not read as a sentence (the words are common in reporting). */
  readonly unlessProse?: boolean;
}

const RELATED_WORDS =
  "read\\s+more|see\\s+more|more|related(?:\\s+(?:articles?|stories|news|content|coverage|links|topics|posts|videos?))?|see\\s+also|also\\s+read|read\\s+also|recommended(?:\\s+(?:for\\s+you|stories|articles|reading))?|trending(?:\\s+(?:now|stories|news))?|most\\s+(?:read|popular|viewed|shared|commented|watched)|you\\s+(?:may|might)\\s+also\\s+(?:like|be\\s+interested\\s+in)|more\\s+(?:stories|news|articles|headlines|on\\s+this\\s+(?:story|topic))|more\\s+(?:from|in|on)\\s+[\\p{L}\\s&'-]{1,40}|latest(?:\\s+(?:news|stories|articles|headlines))?|top\\s+(?:stories|news|headlines)|editor'?s\\s+picks?|don'?t\\s+miss|popular(?:\\s+now)?|what\\s+to\\s+read\\s+next|further\\s+reading|(?:next|previous)\\s+(?:article|story|post)|(?:in\\s+)?other\\s+news|also\\s+in\\s+(?:the\\s+)?news|recent\\s+posts|breaking\\s+news|headlines|also\\s+on\\s+[\\w.-]+|on\\s+[\\w-]+\\.(?:com|org|net|co\\.uk)";
const LEGAL_LINK =
  'privacy(?:\\s+policy)?|terms\\s+(?:of\\s+(?:use|service)|and\\s+conditions|&\\s+conditions)|contact(?:\\s+us)?|about(?:\\s+us)?|advertise(?:\\s+with\\s+us)?|careers|jobs|sitemap|site\\s+map|accessibility|imprint|impressum|disclaimer|rss(?:\\s+feeds?)?|faq|help|cookies?(?:\\s+policy)?|terms';
const SOCIAL =
  'share|tweet|email|e-mail|print|whatsapp|facebook|twitter|x|linkedin|pinterest|reddit|telegram|messenger|copy|link|save|comment|comments|sms|flipboard|instagram|youtube|tiktok';

const RULES: readonly BoilerplateRule[] = [
  {
    reason: 'copyright',
    pattern:
      /©|\ball rights reserved\b|\btous droits réservés\b|\balle rechte vorbehalten\b|\btodos los derechos reservados\b|^copyright\b|\bcopyright\s*(?:\(c\)|\d{4})|^\(c\)\s*\d{4}|\bsubject\s+to\s+copyright\b/iu,
    maxWords: 40,
  },
  {
    reason: 'site-credits',
    pattern:
      /^(?:(?:web\s*)?site\s+|web\s+design\s+|(?:proudly\s+)?)?(?:maintained|developed|designed|powered|hosted|built|created|managed|operated)(?:\s*(?:and|&|,)\s*(?:maintained|developed|designed|powered|hosted|built|created|managed|operated))*\s+by\b|^(?:web)?site\s+by\b/iu,
    maxWords: 15,
  },
  {
    reason: 'comment-prompt',
    pattern:
      /\byour\s+(?:comment|reply|e-?mail\s+address\s+will)\b|\bcomment\s+as\s+a\s+(?:visitor|guest)\b|\bbe\s+the\s+first\s+to\s+comment\b|\bcomments?\s+(?:are|is)\s+(?:closed|moderated|disabled)\b|\bjoin\s+the\s+(?:conversation|discussion)\b|^leave\s+a\s+(?:reply|comment)\b|^(?:\d+\s+)?(?:comments?|replies)(?:\s*\(\d+\))?\s*:?$|^(?:reply|report\s+abuse)$/iu,
    maxWords: 20,
  },
  {
    reason: 'comment-prompt',
    pattern: /^(?:tell|let)\s+us\s+what\s+you\s+think\b|^what\s+do\s+you\s+think\?\s*$/iu,
    maxWords: 12,
  },
  // "Send your comments", "View all comments"; a sentence like "He did not see the comments." is longer.
  {
    reason: 'comment-prompt',
    pattern:
      /^(?:send|post|leave|add|write|submit|view|show|hide|load|see|read)\s+(?:your\s+|a\s+|all\s+|more\s+|the\s+)?(?:\d+\s+)?(?:comments?|reply|replies)\b/iu,
    maxWords: 6,
  },
  {
    reason: 'subscription-prompt',
    pattern:
      /^(?:subscribe|sign\s*up)\b|\bour\s+(?:[\p{L}-]+\s+){0,3}newsletters?\b|\bdelivered\s+(?:straight\s+|directly\s+)?to\s+your\s+inbox\b|\balready\s+a\s+(?:subscriber|member)\b|\bsubscribe\s+(?:now|today|here|to\s+our)\b|\b(?:download|get)\s+our\s+(?:free\s+)?app\b|\bsupport\s+(?:our|independent|quality)\s+journalism\b|\bbecome\s+a\s+(?:subscriber|supporter)\b/iu,
    maxWords: 30,
  },
  { reason: 'subscription-prompt', pattern: /\bnewsletters?\b/iu, maxWords: 12, unlessProse: true },
  // "Get the latest updates right in your inbox", "Get breaking news alerts and special reports".
  {
    reason: 'subscription-prompt',
    pattern:
      /\b(?:straight|right|directly|delivered)\s+(?:in|to|into|through)\s+your\s+(?:inbox|letterbox|mailbox)\b|\b(?:news|newsletters?|updates|stories|briefing)\b[^.]{0,40}\b(?:in|to|into)\s+your\s+inbox\b|\bmeet\s+your\s+inbox\b|\bbreaking\s+news\s+alerts\b|^if\s+you\s+(?:enjoyed|liked|value)\s+this\s+(?:article|story|post|piece)\b|^(?:want|get)\s+more\s+stories\s+like\s+this\b/iu,
    maxWords: 40,
  },
  {
    reason: 'login-prompt',
    pattern:
      /^(?:log\s*in|sign\s*in|log\s*out|sign\s*out|my\s+account|create\s+(?:a\s+free\s+|an\s+)?account|forgot(?:ten)?\s+(?:your\s+)?password)\b|^register\s*$/iu,
    maxWords: 8,
  },
  {
    reason: 'login-prompt',
    pattern: /\b(?:log|sign)\s+in\s+to\s+(?:continue|read|comment|access|view|your)\b/iu,
    maxWords: 20,
  },
  {
    reason: 'cookie-notice',
    pattern:
      /\b(?:we|this\s+(?:site|website)|our\s+(?:site|website|partners))\s+uses?\s+cookies\b|\bcookie\s+(?:policy|settings|preferences|consent|notice|banner)\b|\baccept\s+(?:all\s+)?cookies\b|\bby\s+(?:continuing|using)\s+(?:to\s+(?:browse|use)\s+)?(?:this|our)\s+(?:site|website)\b/iu,
    maxWords: 60,
  },
  {
    reason: 'legal-links',
    pattern: new RegExp(`^(?:${LEGAL_LINK})(?:\\s*[|•·,/]?\\s*(?:${LEGAL_LINK}))*\\s*$`, 'iu'),
    maxWords: 20,
  },
  {
    reason: 'related-label',
    pattern: new RegExp(`^(?:${RELATED_WORDS})\\s*[:›»>|\\-–—.…]*\\s*$`, 'iu'),
    maxWords: 10,
  },
  {
    reason: 'related-link',
    pattern: new RegExp(
      `^(?:${RELATED_WORDS}|watch|listen|video|gallery|in\\s+pictures|photos)\\s*[:›»>|\\-–—]\\s*\\S`,
      'iu',
    ),
    maxWords: 30,
  },
  {
    reason: 'related-link',
    pattern: /^(?:read|click|tap)\s+(?:more|here|the\s+full\s+(?:story|article))\b/iu,
    maxWords: 20,
  },
  {
    reason: 'advertisement',
    pattern:
      /^(?:advertisement|advertising|advert|sponsored(?:\s+content)?|ad|ads|promoted|partner\s+content|paid\s+content|story\s+continues\s+below(?:\s+advertisement)?|continue\s+reading(?:\s+below)?|scroll\s+(?:down\s+)?to\s+continue(?:\s+with\s+content)?|article\s+continues\s+(?:below|after\s+(?:this\s+)?advertisement))\s*[:.]?$/iu,
    maxWords: 8,
  },
  {
    reason: 'advertisement',
    pattern:
      /\b(?:contains?|may\s+contain|includes?)\s+(?:\w+\s+){0,2}affiliate\b|\baffiliate\s+(?:links?|commission)\b/iu,
    maxWords: 30,
  },
  {
    reason: 'share-prompt',
    pattern:
      /^(?:share|tweet|email|e-mail|print|whatsapp|copy\s+link)(?:\s+(?:this|the)(?:\s+(?:article|story|page|post))?|\s+(?:on|via)\s+\p{L}+)?\s*[:.!]?$/iu,
    maxWords: 8,
  },
  {
    reason: 'share-prompt',
    pattern:
      /\bshare\s+(?:this|on|via)\b|\bfollow\s+us\s+(?:on|at)\b|\b(?:click|tap)\s+to\s+share\b/iu,
    maxWords: 20,
  },
  {
    reason: 'share-prompt',
    pattern: new RegExp(`^(?:(?:${SOCIAL})\\s*[|•·/,]?\\s*){2,}$`, 'iu'),
    maxWords: 14,
  },
  {
    reason: 'share-prompt',
    pattern:
      /^follow\s+(?:@\w+|us\b|(?:\p{Lu}[\p{L}.'’]*\s+){1,3}on\s+(?:twitter|facebook|instagram|x)\b)|^like\s+this\s+(?:story|article|post)\?|^(?:partager|compartir|teilen|condividi|compartilhe)\b/iu,
    maxWords: 30,
  },
  {
    reason: 'share-prompt',
    pattern: /^join\s+(?:us|our)\b.*\b(?:whatsapp|telegram|channel|community|facebook|group)\b/iu,
    maxWords: 15,
  },
  {
    reason: 'page-tool',
    pattern:
      /^(?:skip\s+to\s+(?:main\s+)?content|this\s+(?:slideshow|video|content)\s+requires\s+javascript|(?:image|photo|slide)\s+\d+\s+(?:of|\/)\s*\/?\s*\d*|listen\s+to\s+(?:this\s+)?(?:article|story)|\d+\s*(?:-\s*)?min(?:ute)?s?\s+read|reading\s+time\b.*|(?:save|gift|bookmark)\s+(?:this\s+)?(?:article|story)|font\s+size|text\s+size|(?:a\s*){2,3}|zoom|toggle\s+\w+)\s*[:.]?$/iu,
    maxWords: 8,
  },
  {
    reason: 'tag-list',
    pattern:
      /^(?:filed\s+under|tags?|topics?|categor(?:y|ies)|(?:search\s+)?keywords|related\s+topics|short\s+link|permalink|more\s+about)\s*:/iu,
    maxWords: 25,
  },
  {
    reason: 'media-credit',
    pattern:
      /^[([]?\s*(?:photo(?:graph)?s?|images?|pictures?|video|file\s+photo|illustration|graphic|caption|credit)\s*(?:by\b|credit\b|:|\/|\||©)|\bvia\s+getty\s+images\b|\bgetty\s+images\b|^(?:AFP|AP|Reuters|EPA|dpa|Xinhua|Anadolu)\s*\/\s*\S+/iu,
    maxWords: 25,
  },
  // A caption that ends with its credit: "Protesters outside the court (Image: Getty)".
  {
    reason: 'media-credit',
    pattern:
      /[([]\s*(?:(?:AP|AFP|Reuters|EPA|file|staff)\s+)?(?:photo(?:graph)?s?|images?|pictures?|pic|foto|video|illustration|graphic|credit)\s*(?:by\b|:|\/|©)[^()[\]]*[)\]]\s*$|\(\s*(?:getty\s+images|shutterstock|istock(?:photo)?)\s*\)\s*$/iu,
    maxWords: 60,
  },
  // "Write to Jane Doe at jane@example.com", "Reach the reporter on Twitter at …"; case matters
  // here, since the name is told apart by its capitals.
  {
    reason: 'contributor-credit',
    pattern:
      /^(?:[Hh]ave\s+a\s+(?:news\s+)?tip\?|(?:[Ww]rite|[Rr]each|[Cc]ontact|[Ee]-?mail)\s+(?:to\s+)?(?:the\s+)?(?:reporters?|writers?|authors?|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:at|on|via)\b(?=.*(?:@|https?:\/\/|twitter|\.com\b)))/u,
    maxWords: 30,
  },
  {
    reason: 'contributor-credit',
    pattern: /\bcontributed\s+to\s+this\s+(?:report|story|article)\.?$/iu,
    maxWords: 40,
  },
  // A bare link printed as text: the page's own address, a short link.
  { reason: 'url-line', pattern: /^(?:https?:\/\/|www\.)\S+$/iu, maxWords: 40 },
  // Wire production credits: "(Reporting by Jane Doe; Editing by John Roe)".
  {
    reason: 'contributor-credit',
    pattern:
      /^\(?\s*(?:(?:additional\s+)?reporting|writing|editing|compiled|produced|research)\s+by\s+\S[^;]*(?:;\s*(?:(?:additional\s+)?reporting|writing|editing|compiled|produced|research)\s+by\s+\S[^;]*)*\)?\.?$/iu,
    maxWords: 40,
  },
  {
    reason: 'source-line',
    pattern: /^(?:sources?|via|with\s+(?:agencies|wires)|agencies)\s*(?:[:\-–—]\s*\S|$)/iu,
    maxWords: 10,
  },
];

/** The boilerplate rule a line's words trip, or null for a line that may be article text. */
export function matchBoilerplate(line: string): RemovalReason | null {
  const words = wordCount(line);
  const prose = isProse(line);
  for (const rule of RULES) {
    if (
      words <= rule.maxWords &&
      !(rule.unlessProse === true && prose) &&
      rule.pattern.test(line)
    ) {
      return rule.reason;
    }
  }
  return isNavigationMenu(line) ? 'navigation-menu' : null;
}

// Breadcrumbs and menus: three or more short items joined by separators ("Home > World > Africa").
function isNavigationMenu(line: string): boolean {
  const items = line.split(/\s*[|•·»›>]\s*|\s+\/\s+/u).filter((item) => item.length > 0);
  return items.length >= 3 && items.every((item) => wordCount(item) <= 4) && !isProse(line);
}
