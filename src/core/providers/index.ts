// Every provider module. Order breaks ties between layers of equal depth (outermost first).
import type { ProviderModule } from '../signals';
import { akamai } from './akamai';
import { aws } from './aws';
import { azure } from './azure';
import { bunny } from './bunny';
import { cloudflare } from './cloudflare';
import { digitalocean } from './digitalocean';
import { edgecast } from './edgecast';
import { fastly } from './fastly';
import { fly } from './fly';
import { github } from './github';
import { google } from './google';
import { heroku } from './heroku';
import { netlify } from './netlify';
import { oracle } from './oracle';
import { imperva } from './imperva';
import { keycdn } from './keycdn';
import { sucuri } from './sucuri';
import { render } from './render';
import { vercel } from './vercel';

export const PROVIDERS: readonly ProviderModule[] = [
  cloudflare, fastly, akamai, imperva, sucuri, bunny, edgecast, keycdn,
  aws, azure, google,
  vercel, netlify, github, heroku, fly, render, digitalocean, oracle,
];
