import { z } from 'zod';

/** A regular expression source with at least one capture group: the value read. */
const capturePattern = z.string().refine((source) => {
  try {
    return new RegExp(`${source}|`).exec('')!.length > 1;
  } catch {
    return false;
  }
}, 'a valid regular expression with a capture group');

/** CSS selectors, tried in order (the current layout first). */
const selectors = z.array(z.string().min(1)).min(1);

/** A dotted path into a page's state object: "listing.seller.name". */
const statePath = z.string().regex(/^[A-Za-z_$][\w$]*(\.[\w$]+)*$/);

/** Where a page keeps the ad as data, and which path holds each field. */
const PageStateSchema = z
  .object({
    /** The name an inline script assigns the object to: `window.__CONFIG__`. */
    assignedTo: z.string().optional(),
    /** Or a script element holding JSON: `script#__NEXT_DATA__`. */
    scriptSelector: z.string().optional(),
    fields: z
      .object({
        title: statePath,
        description: statePath,
        price: statePath,
        currency: statePath,
        sellerName: statePath,
        sellerId: statePath,
        sellerProfile: statePath,
        location: statePath,
        listingId: statePath,
        postedAt: statePath,
        images: statePath,
      })
      .partial(),
    /** The state's price unit as a fraction of the currency: 0.01 for cents. */
    priceScale: z.number().positive().default(1),
    /** The currency of every price in the state, when the state itself does not say. */
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    /** Image URLs as templates: `["$_#", "$_86"]` replaces the size placeholder. */
    imageTemplate: z.tuple([z.string(), z.string()]).optional(),
  })
  .refine((state) => Boolean(state.assignedTo) !== Boolean(state.scriptSelector), 'assignedTo or scriptSelector');

export const PLATFORM_KINDS = ['classifieds', 'auction', 'shop', 'social', 'pets'] as const;

/**
 * What Spoor knows about one marketplace or social platform: how to recognise its pages, where
 * its URLs keep listing and seller ids, and the few selectors the generic reader cannot find.
 * Everything else (JSON-LD, OpenGraph, labelled values, visible prices) is read generically.
 */
export const PlatformSpecSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(1),
  kind: z.enum(PLATFORM_KINDS),
  /** Registrable domains ("dba.dk") or a brand on any public suffix ("ebay.*"). */
  hosts: z.array(z.string().regex(/^(?:[a-z0-9-]+\.)+(?:[a-z]{2,}|\*)$/)).min(1),
  /** For platforms inside a bigger site: Facebook Marketplace is facebook.com/marketplace. */
  pathPrefix: z.string().startsWith('/').optional(),
  /** Patterns on the URL's path (and query) whose first group is the listing id. */
  listingIdInUrl: z.array(capturePattern).default([]),
  /** Patterns on a profile link's path (and query) whose first group is the seller's id. */
  sellerProfile: z.array(capturePattern).default([]),
  /** The ad's own URL when rel=canonical points elsewhere (eBay: a catalogue page): `https://{host}/itm/{listingId}`. */
  canonical: z.string().includes('{listingId}').optional(),
  /** Query parameters that only record how the visitor arrived. */
  trackingParams: z.array(z.string()).default([]),
  selectors: z
    .object({
      title: selectors,
      description: selectors,
      price: selectors,
      seller: selectors,
      location: selectors,
      listingId: selectors,
      postedAt: selectors,
      images: selectors,
    })
    .partial()
    .default({}),
  state: PageStateSchema.optional(),
  /** Gallery URLs keep small thumbnails: `["/s-l\\d+\\.", "/s-l500."]` asks for a bigger size. */
  imageRewrite: z.tuple([z.string(), z.string()]).optional(),
});
export type PlatformSpec = z.infer<typeof PlatformSpecSchema>;
export type PlatformSpecInput = z.input<typeof PlatformSpecSchema>;
export const PlatformListSchema = z.array(PlatformSpecSchema);
